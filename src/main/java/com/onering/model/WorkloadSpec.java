package com.onering.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One container (Docker) or pod (Kubernetes) of a component, described once and target-neutrally.
 * Environment values and file contents may carry {@code {{secret:name}}} placeholders.
 */
public record WorkloadSpec(
        String name,
        WorkloadKind kind,
        ImageSource image,
        List<String> entrypoint,
        List<String> command,
        Map<String, String> env,
        List<PortSpec> ports,
        List<VolumeSpec> volumes,
        List<FileSpec> files,
        Optional<HealthCheck> health,
        List<Dependency> dependsOn,
        MemorySize memory,
        Optional<UiSpec> ui,
        Optional<String> user,
        Tier tier,
        Optional<MetricsSpec> metrics,
        Set<HostMount> hostMounts,
        List<String> afterHooks) {

    public WorkloadSpec {
        entrypoint = List.copyOf(entrypoint);
        command = List.copyOf(command);
        env = Map.copyOf(env);
        ports = List.copyOf(ports);
        volumes = List.copyOf(volumes);
        files = List.copyOf(files);
        dependsOn = List.copyOf(dependsOn);
        hostMounts = Set.copyOf(hostMounts);
        afterHooks = List.copyOf(afterHooks);
    }

    public static Builder service(String name, ImageSource image) {
        return new Builder(name, WorkloadKind.SERVICE, image);
    }

    public static Builder job(String name, ImageSource image) {
        return new Builder(name, WorkloadKind.JOB, image);
    }

    /** Environment in a stable order, so the rendered container inputs never diff on ordering alone. */
    public Map<String, String> sortedEnv() {
        return new TreeMap<>(env);
    }

    /** Secrets referenced anywhere in the workload's environment, files, command or health check. */
    public Set<String> secretRefs() {
        Set<String> refs = new LinkedHashSet<>();
        env.values().forEach(v -> refs.addAll(Template.secretRefs(v)));
        files.forEach(f -> refs.addAll(Template.secretRefs(f.content())));
        command.forEach(c -> refs.addAll(Template.secretRefs(c)));
        health.ifPresent(h -> h.test().forEach(t -> refs.addAll(Template.secretRefs(t))));
        return refs;
    }

    public Optional<PortSpec> port(String portName) {
        return ports.stream().filter(p -> p.name().equals(portName)).findFirst();
    }

    public WorkloadSpec withPorts(List<PortSpec> newPorts) {
        return new WorkloadSpec(name, kind, image, entrypoint, command, env, newPorts, volumes, files, health,
                dependsOn, memory, ui, user, tier, metrics, hostMounts, afterHooks);
    }

    public WorkloadSpec withMemory(MemorySize newMemory) {
        return new WorkloadSpec(name, kind, image, entrypoint, command, env, ports, volumes, files, health,
                dependsOn, newMemory, ui, user, tier, metrics, hostMounts, afterHooks);
    }

    public static final class Builder {
        private final String name;
        private final WorkloadKind kind;
        private final ImageSource image;
        private List<String> entrypoint = List.of();
        private List<String> command = List.of();
        private final Map<String, String> env = new TreeMap<>();
        private final List<PortSpec> ports = new ArrayList<>();
        private final List<VolumeSpec> volumes = new ArrayList<>();
        private final List<FileSpec> files = new ArrayList<>();
        private HealthCheck health;
        private final List<Dependency> dependsOn = new ArrayList<>();
        private MemorySize memory;
        private UiSpec ui;
        private String user;
        private Tier tier = Tier.APPLICATION;
        private MetricsSpec metrics;
        private final Set<HostMount> hostMounts = EnumSet.noneOf(HostMount.class);
        private final List<String> afterHooks = new ArrayList<>();

        private Builder(String name, WorkloadKind kind, ImageSource image) {
            this.name = name;
            this.kind = kind;
            this.image = image;
        }

        public Builder entrypoint(String... argv) {
            this.entrypoint = List.of(argv);
            return this;
        }

        public Builder command(String... argv) {
            this.command = List.of(argv);
            return this;
        }

        public Builder env(String key, String value) {
            this.env.put(key, value);
            return this;
        }

        public Builder env(Map<String, String> values) {
            this.env.putAll(values);
            return this;
        }

        public Builder port(PortSpec port) {
            this.ports.add(port);
            return this;
        }

        public Builder volume(VolumeSpec volume) {
            this.volumes.add(volume);
            return this;
        }

        /**
         * A secret the service reads from a file: {@code content} (with {@code {{secret:…}}} placeholders, and no
         * trailing newline, which some readers keep) goes to {@link FileSpec#SECRETS_DIR}{@code fileName} and
         * {@code pathVariable} (the image's {@code *_FILE} setting) names that path.
         */
        public Builder secretFile(String pathVariable, String fileName, String content) {
            return file(FileSpec.of(FileSpec.SECRETS_DIR + fileName, content)).env(pathVariable, FileSpec.SECRETS_DIR + fileName);
        }

        /** As {@link #secretFile}, for settings read from a command's output (Airflow's {@code *_CMD}): {@code cat} of the file. */
        public Builder secretCommand(String commandVariable, String fileName, String content) {
            return file(FileSpec.of(FileSpec.SECRETS_DIR + fileName, content)).env(commandVariable, "cat " + FileSpec.SECRETS_DIR + fileName);
        }

        public Builder file(FileSpec file) {
            this.files.add(file);
            return this;
        }

        public Builder files(List<FileSpec> more) {
            this.files.addAll(more);
            return this;
        }

        public Builder health(HealthCheck check) {
            this.health = check;
            return this;
        }

        public Builder dependsOn(Dependency dependency) {
            this.dependsOn.add(dependency);
            return this;
        }

        public Builder dependsOn(List<Dependency> dependencies) {
            this.dependsOn.addAll(dependencies);
            return this;
        }

        public Builder memory(MemorySize limit) {
            this.memory = limit;
            return this;
        }

        /** A UI; {@code apiPrefixes} name its machine API paths, which a gatekeeper lets through (see {@link UiSpec}). */
        public Builder ui(String portName, String path, String... apiPrefixes) {
            this.ui = new UiSpec(portName, path, List.of(apiPrefixes), false);
            return this;
        }

        /** A UI analysts work in (see {@link UiSpec#forAnalysts()}). */
        public Builder analystUi(String portName, String path, String... apiPrefixes) {
            this.ui = new UiSpec(portName, path, List.of(apiPrefixes), true);
            return this;
        }

        public Builder user(String uidGid) {
            this.user = uidGid;
            return this;
        }

        public Builder dataStore() {
            this.tier = Tier.DATA_STORE;
            return this;
        }

        /** Prometheus scrapes {@code path} on the named port (which this workload must declare). */
        public Builder metrics(String portName, String path) {
            this.metrics = new MetricsSpec(portName, path, Optional.empty());
            return this;
        }

        /** As {@link #metrics(String, String)}, for an endpoint that wants the named secret as a bearer token. */
        public Builder metrics(String portName, String path, String bearerTokenSecret) {
            this.metrics = new MetricsSpec(portName, path, Optional.of(bearerTokenSecret));
            return this;
        }

        /** Gives the workload a path of the host, read-only ({@link HostMount}: the socket is a privileged grant). */
        public Builder hostMount(HostMount mount) {
            this.hostMounts.add(mount);
            return this;
        }

        /**
         * The workload starts only once the named post-deploy hook has applied: for what a hook creates and the
         * workload needs at start (a bucket, a broker namespace), which no health check of the hook's service shows.
         */
        public Builder afterHook(String hook) {
            this.afterHooks.add(hook);
            return this;
        }

        public WorkloadSpec build() {
            if (memory == null) {
                throw new IllegalStateException("workload " + name + " declares no memory limit");
            }
            if (kind == WorkloadKind.SERVICE && health == null) {
                throw new IllegalStateException("service " + name + " declares no health check");
            }
            if (metrics != null && ports.stream().noneMatch(p -> p.name().equals(metrics.portName()))) {
                throw new IllegalStateException("workload " + name + " exposes metrics on undeclared port " + metrics.portName());
            }
            return new WorkloadSpec(name, kind, image, entrypoint, command, env, ports, volumes, files,
                    Optional.ofNullable(health), dependsOn, memory, Optional.ofNullable(ui), Optional.ofNullable(user), tier,
                    Optional.ofNullable(metrics), hostMounts, afterHooks);
        }
    }
}
