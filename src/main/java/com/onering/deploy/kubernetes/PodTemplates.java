package com.onering.deploy.kubernetes;

import com.onering.config.KubernetesSettings;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.PortSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.secrets.SecretStore;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.core.v1.ConfigMap;
import com.pulumi.kubernetes.core.v1.ConfigMapArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.core.v1.inputs.ConfigMapVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerPortArgs;
import com.pulumi.kubernetes.core.v1.inputs.EmptyDirVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvVarArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvVarSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.ExecActionArgs;
import com.pulumi.kubernetes.core.v1.inputs.KeyToPathArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ProbeArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.core.v1.inputs.SeccompProfileArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecretKeySelectorArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecretVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeMountArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pod of one workload: its container (image, arguments, environment, ports, probes, memory), the files placed into
 * it and its volumes. Values and files that carry a secret go into the workload's Secrets and reach the container by
 * reference; everything else is in the pod spec or a ConfigMap, so {@code kubectl get -o yaml} of a Deployment never
 * shows a secret.
 */
final class PodTemplates {
    /** File modes as the API takes them (decimal): rwxr-xr-x for scripts, r--r--r-- for everything else. */
    private static final int EXECUTABLE_MODE = 0755;
    private static final int READ_ONLY_MODE = 0444;
    private static final String FILES_VOLUME = "files";
    private static final String SECRET_FILES_VOLUME = "secret-files";

    /** What a pod needs besides its spec: claims for a StatefulSet's data, and the objects the spec refers to. */
    record Pod(PodSpecArgs spec, List<PersistentVolumeClaimArgs> claims, List<Resource> references) {
    }

    private final KubernetesSettings cluster;
    private final SecretStore secrets;
    private final ObjectNames names;

    PodTemplates(KubernetesSettings cluster, SecretStore secrets, ObjectNames names) {
        this.cluster = cluster;
        this.secrets = secrets;
        this.names = names;
    }

    Pod pod(WorkloadSpec workload, Output<String> image, CustomResourceOptions options) {
        List<Resource> references = new ArrayList<>();
        List<VolumeArgs> volumes = new ArrayList<>();
        List<VolumeMountArgs> mounts = new ArrayList<>();
        List<PersistentVolumeClaimArgs> claims = new ArrayList<>();
        for (VolumeSpec volume : workload.volumes()) {
            mounts.add(VolumeMountArgs.builder().name(volume.name()).mountPath(volume.containerPath()).build());
            if (volume.kind() == VolumeSpec.Kind.DATA && workload.kind() == WorkloadKind.JOB) {
                // A Job's pod has no claim template: its data would silently vanish with the pod.
                throw new IllegalStateException("job " + workload.name() + " keeps data in " + volume.name() + ", which a cluster would not keep");
            }
            if (volume.kind() == VolumeSpec.Kind.DATA) {
                claims.add(claim(workload, volume));
            } else {
                volumes.add(VolumeArgs.builder().name(volume.name()).emptyDir(EmptyDirVolumeSourceArgs.builder().build()).build());
            }
        }
        placeFiles(workload, options, references, volumes, mounts);

        ContainerArgs.Builder container = ContainerArgs.builder()
                .name(workload.name())
                .image(image)
                .env(environment(workload, options, references))
                .ports(workload.ports().stream().map(PodTemplates::containerPort).toList())
                // Requests equal to limits: the scheduler reserves what Docker would cap, so a full node refuses a pod
                // instead of letting the kernel kill one.
                .resources(ResourceRequirementsArgs.builder()
                        .requests(Map.of("memory", memory(workload)))
                        .limits(Map.of("memory", memory(workload)))
                        .build())
                .volumeMounts(mounts)
                .securityContext(SecurityContextArgs.builder().allowPrivilegeEscalation(false).build());
        if (!workload.entrypoint().isEmpty()) {
            container.command(workload.entrypoint());
        }
        if (!workload.command().isEmpty()) {
            container.args(workload.command());
        }
        workload.health().ifPresent(check -> container
                .startupProbe(probe(check, startFailures(check)))
                .readinessProbe(probe(check, check.retries()))
                .livenessProbe(probe(check, check.retries())));

        PodSecurityContextArgs.Builder podSecurity = PodSecurityContextArgs.builder()
                .seccompProfile(SeccompProfileArgs.builder().type("RuntimeDefault").build());
        workload.user().flatMap(PodTemplates::numericIds).ifPresent(ids -> podSecurity
                .runAsUser(ids[0]).runAsGroup(ids[1]).runAsNonRoot(ids[0] != 0));
        PodSpecArgs spec = PodSpecArgs.builder()
                .hostname(workload.name())
                .containers(container.build())
                .volumes(volumes)
                .securityContext(podSecurity.build())
                // No workload talks to the Kubernetes API: no token in any pod.
                .automountServiceAccountToken(false)
                // Service links would add variables such as REDIS_PORT=tcp://10.0.0.7:6379, which images read as settings.
                .enableServiceLinks(false)
                .restartPolicy(workload.kind() == WorkloadKind.JOB ? "Never" : "Always")
                .build();
        return new Pod(spec, claims, references);
    }

    private static String memory(WorkloadSpec workload) {
        return workload.memory().mebibytes() + "Mi";
    }

    private PersistentVolumeClaimArgs claim(WorkloadSpec workload, VolumeSpec volume) {
        PersistentVolumeClaimSpecArgs.Builder spec = PersistentVolumeClaimSpecArgs.builder()
                .accessModes("ReadWriteOnce")
                .resources(ResourceRequirementsArgs.builder()
                        .requests(Map.of("storage", cluster.volumeSize().mebibytes() + "Mi"))
                        .build());
        cluster.storageClass().ifPresent(spec::storageClassName);
        return PersistentVolumeClaimArgs.builder()
                .metadata(ObjectMetaArgs.builder().name(volume.name()).labels(names.selector(workload.name())).build())
                .spec(spec.build())
                .build();
    }

    /**
     * Environment values that carry a secret go into the Secret {@code <workload>-env} and are referenced by key; the
     * others stay literal in the pod spec.
     */
    private List<EnvVarArgs> environment(WorkloadSpec workload, CustomResourceOptions options, List<Resource> references) {
        Map<String, String> secretValues = new LinkedHashMap<>();
        List<EnvVarArgs> environment = new ArrayList<>();
        String secretName = names.object(workload.name(), "env");
        workload.sortedEnv().forEach((name, value) -> {
            EnvVarArgs.Builder variable = EnvVarArgs.builder().name(name);
            if (Template.secretRefs(value).isEmpty()) {
                variable.value(value);
            } else {
                secretValues.put(name, value);
                variable.valueFrom(EnvVarSourceArgs.builder()
                        .secretKeyRef(SecretKeySelectorArgs.builder().name(secretName).key(name).build())
                        .build());
            }
            environment.add(variable.build());
        });
        if (!secretValues.isEmpty()) {
            references.add(secret(secretName, workload, secretValues, options));
        }
        return environment;
    }

    /**
     * Files go into the ConfigMap {@code <workload>-files}, or the Secret of that name when they carry a secret, each
     * mounted at its path by itself ({@code subPath}), so a file never hides the rest of its directory.
     */
    private void placeFiles(WorkloadSpec workload, CustomResourceOptions options, List<Resource> references,
                            List<VolumeArgs> volumes, List<VolumeMountArgs> mounts) {
        Map<String, String> plain = new LinkedHashMap<>();
        Map<String, String> secret = new LinkedHashMap<>();
        List<KeyToPathArgs> plainItems = new ArrayList<>();
        List<KeyToPathArgs> secretItems = new ArrayList<>();
        List<FileSpec> files = workload.files();
        for (int i = 0; i < files.size(); i++) {
            FileSpec file = files.get(i);
            String key = ObjectNames.fileKey(i, file.containerPath());
            boolean holdsSecret = !Template.secretRefs(file.content()).isEmpty();
            KeyToPathArgs item = KeyToPathArgs.builder().key(key).path(key).mode(file.executable() ? EXECUTABLE_MODE : READ_ONLY_MODE).build();
            if (holdsSecret) {
                secret.put(key, file.content());
                secretItems.add(item);
            } else {
                plain.put(key, file.content());
                plainItems.add(item);
            }
            mounts.add(VolumeMountArgs.builder()
                    .name(holdsSecret ? SECRET_FILES_VOLUME : FILES_VOLUME)
                    .mountPath(file.containerPath())
                    .subPath(key)
                    .readOnly(true)
                    .build());
        }
        String objectName = names.object(workload.name(), "files");
        if (!plain.isEmpty()) {
            references.add(new ConfigMap(objectName, ConfigMapArgs.builder()
                    .metadata(names.metadata(objectName, workload.name()))
                    .data(plain)
                    .build(), options));
            volumes.add(VolumeArgs.builder().name(FILES_VOLUME)
                    .configMap(ConfigMapVolumeSourceArgs.builder().name(objectName).items(plainItems).build()).build());
        }
        if (!secret.isEmpty()) {
            references.add(secret(objectName, workload, secret, options));
            volumes.add(VolumeArgs.builder().name(SECRET_FILES_VOLUME)
                    .secret(SecretVolumeSourceArgs.builder().secretName(objectName).items(secretItems).build()).build());
        }
    }

    /** A Secret of {@code templates} rendered: their {@code {{secret:…}}} placeholders filled in. */
    private Secret secret(String name, WorkloadSpec workload, Map<String, String> templates, CustomResourceOptions options) {
        return new Secret(name, SecretArgs.builder()
                .metadata(names.metadata(name, workload.name()))
                .type("Opaque")
                .stringData(secrets.renderAll(templates).asSecret())
                .build(), options);
    }

    private static ContainerPortArgs containerPort(PortSpec port) {
        return ContainerPortArgs.builder()
                .name(port.name())
                .containerPort(port.containerPort())
                .protocol(port.protocol().name())
                .build();
    }

    /** Docker's probe in Kubernetes' terms: the same command, period, timeout and retries. */
    private static ProbeArgs probe(HealthCheck check, int failureThreshold) {
        List<String> command = check.test().get(0).equals("CMD")
                ? check.test().subList(1, check.test().size())
                : List.of("/bin/sh", "-c", check.test().get(1));
        return ProbeArgs.builder()
                .exec(ExecActionArgs.builder().command(command).build())
                .periodSeconds(seconds(check.interval()))
                .timeoutSeconds(seconds(check.timeout()))
                .failureThreshold(failureThreshold)
                .build();
    }

    /** The startup probe covers Docker's start period, in which failures do not count, plus the retries. */
    private static int startFailures(HealthCheck check) {
        long interval = Math.max(1, check.interval().toSeconds());
        return (int) ((check.startPeriod().toSeconds() + interval - 1) / interval) + check.retries();
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, duration.toSeconds());
    }

    /** {@code uid[:gid]} of numbers; a user name means nothing to the API (it would need the image's passwd). */
    private static Optional<Integer[]> numericIds(String user) {
        String[] parts = user.split(":");
        if (!parts[0].matches("\\d+") || (parts.length > 1 && !parts[1].matches("\\d+"))) {
            return Optional.empty();
        }
        int uid = Integer.parseInt(parts[0]);
        return Optional.of(new Integer[] {uid, parts.length > 1 ? Integer.parseInt(parts[1]) : uid});
    }
}
