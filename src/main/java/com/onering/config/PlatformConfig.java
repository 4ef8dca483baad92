package com.onering.config;

import com.onering.model.MemorySize;
import com.onering.model.Profile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stack config, read once and validated. {@code providedSecrets} are values set with
 * {@code pulumi config set --secret}; everything else that is secret is generated. {@code allowedGroups} maps a UI
 * workload to the directory groups its gatekeeper admits; {@code ldapSuffix} is the directory's base DN;
 * {@code excludedComponents} are components of the selected profiles the stack leaves out; {@code pipelines} names the
 * pipeline folders ({@code pipelines/<name>/}) the stack deploys as Dagster code locations.
 */
public record PlatformConfig(
        String stack,
        TargetConfig target,
        Set<Profile> profiles,
        ObjectStoreEngine objectStore,
        Map<String, WorkloadOverride> overrides,
        Optional<MemorySize> hostMemory,
        Map<String, String> providedSecrets,
        Optional<MasterSecret> masterSecret,
        boolean retainDataVolumes,
        StreamingBroker broker,
        Map<String, List<String>> allowedGroups,
        List<CustomService> customServices,
        String ldapSuffix,
        Set<String> excludedComponents,
        List<String> pipelines,
        Optional<BackupSettings> backup) {
    /** The directory suffix when the stack sets none (seed 000). */
    public static final String DEFAULT_LDAP_SUFFIX = "dc=oner,dc=local";

    public PlatformConfig {
        profiles = Set.copyOf(profiles);
        overrides = Map.copyOf(overrides);
        providedSecrets = Map.copyOf(providedSecrets);
        allowedGroups = Map.copyOf(allowedGroups);
        customServices = List.copyOf(customServices);
        excludedComponents = Set.copyOf(excludedComponents);
        pipelines = List.copyOf(pipelines);
    }

    /**
     * The host port a published port will really use: its override or default, moved by the stack's port offset.
     * Components need it where a service must know its own public address (login redirects, advertised listeners),
     * because overrides apply after they describe.
     */
    public int hostPort(String workload, String portName, int defaultHostPort) {
        WorkloadOverride override = overrides.get(workload);
        return (override == null ? defaultHostPort : override.hostPorts().getOrDefault(portName, defaultHostPort)) + target.portOffset();
    }

    /**
     * Whether people are managed in the directory (the security profile brings OpenLDAP and Keycloak): databases then
     * authenticate people against it and UIs sit behind the gatekeeper.
     */
    public boolean directoryEnabled() {
        return profiles.contains(Profile.SECURITY);
    }

    /** Whether the stack leaves out a component its profiles would bring ({@code onering:exclude}). */
    public boolean excludes(String component) {
        return excludedComponents.contains(component);
    }

    /** The URL browsers use for a published application port (see {@link #publicUrl}). */
    public String publishedUrl(String workload, String portName, int defaultHostPort) {
        return publicUrl(workload, hostPort(workload, portName, defaultHostPort));
    }

    /**
     * The URL browsers use for {@code workload}, published on {@code hostPort}: on Docker
     * {@code http://<publishAddress>:<hostPort>}, or {@code https://<workload>.<domain>} behind a public entry; on a cluster with an ingress class the workload's own host name,
     * {@code <workload>.<domain>} (HTTPS when a certificate issuer is named), else the host port of a
     * {@code kubectl port-forward} on the deploying machine's loopback.
     */
    public String publicUrl(String workload, int hostPort) {
        if (target.publicEntry().isPresent()) {
            return "https://" + target.publicEntry().get().hostName(workload);
        }
        return target.kubernetes()
                .filter(k -> k.ingressClass().isPresent())
                .map(k -> (k.tlsIssuer().isPresent() ? "https://" : "http://") + k.publicHost(workload))
                .orElseGet(() -> "http://" + target.publishAddress() + ":" + hostPort);
    }

    /** A config with defaults for everything but the stack name and profiles: for code and tests that build one directly. */
    public static PlatformConfig defaults(String stack, Set<Profile> profiles) {
        return new PlatformConfig(stack, TargetConfig.localDocker(),
                profiles, ObjectStoreEngine.GARAGE, Map.of(), Optional.empty(), Map.of(), Optional.empty(), true, StreamingBroker.PULSAR, Map.of(), List.of(),
                DEFAULT_LDAP_SUFFIX, Set.of(), List.of(), Optional.empty());
    }

    public PlatformConfig withTarget(TargetConfig newTarget) {
        return new PlatformConfig(stack, newTarget, profiles, objectStore, overrides, hostMemory, providedSecrets, masterSecret, retainDataVolumes,
                broker, allowedGroups, customServices, ldapSuffix, excludedComponents, pipelines, backup);
    }

    public PlatformConfig withMasterSecret(MasterSecret master) {
        return new PlatformConfig(stack, target, profiles, objectStore, overrides, hostMemory, providedSecrets, Optional.of(master),
                retainDataVolumes, broker, allowedGroups, customServices, ldapSuffix, excludedComponents, pipelines, backup);
    }

    public PlatformConfig withExcluded(Set<String> components) {
        return new PlatformConfig(stack, target, profiles, objectStore, overrides, hostMemory, providedSecrets, masterSecret, retainDataVolumes,
                broker, allowedGroups, customServices, ldapSuffix, components, pipelines, backup);
    }

    public PlatformConfig withObjectStore(ObjectStoreEngine engine) {
        return new PlatformConfig(stack, target, profiles, engine, overrides, hostMemory, providedSecrets, masterSecret, retainDataVolumes,
                broker, allowedGroups, customServices, ldapSuffix, excludedComponents, pipelines, backup);
    }
}
