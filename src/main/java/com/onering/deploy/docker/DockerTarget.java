package com.onering.deploy.docker;

import com.onering.components.security.OAuth2Proxy;
import com.onering.config.PlatformConfig;
import com.onering.deploy.Target;
import com.onering.deploy.host.HostBootstrap;
import com.onering.deploy.host.HostBootstrap.HostFacts;
import com.onering.hooks.HookExecutor;
import com.onering.hooks.HookRunnerImage;
import com.onering.hooks.LocalCommandExecutor;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.PortSpec;
import com.onering.model.Tier;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.platform.PlatformComponent;
import com.onering.secrets.SecretStore;
import com.pulumi.command.remote.Command;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.docker.Container;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.docker.Network;
import com.pulumi.docker.NetworkArgs;
import com.pulumi.docker.Provider;
import com.pulumi.docker.ProviderArgs;
import com.pulumi.docker.RemoteImage;
import com.pulumi.docker.Volume;
import com.pulumi.docker.VolumeArgs;
import com.pulumi.docker.inputs.ContainerHealthcheckArgs;
import com.pulumi.docker.inputs.ContainerLabelArgs;
import com.pulumi.docker.inputs.ContainerNetworksAdvancedArgs;
import com.pulumi.docker.inputs.ContainerPortArgs;
import com.pulumi.docker.inputs.ContainerUploadArgs;
import com.pulumi.docker.inputs.ContainerVolumeArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps the platform model to pulumi-docker resources: one provider (local socket or {@code ssh://} host), a platform
 * network and an internal data network, a pulled or built image per reference, named volumes, and a container per
 * workload. Its image arguments ({@link DockerImages}) also serve the cluster target, which builds and pushes there.
 */
public final class DockerTarget implements Target {
    static final String LABEL_PREFIX = "com.onering.";
    private static final String HOOK_STATE_VOLUME = "hook-state";
    private static final String PLATFORM_NETWORK = "platform";
    private static final String DATA_NETWORK = "data";
    /** Every container's logs: JSON files, rotated at 20 MiB, five kept (as config/host/bootstrap.sh's daemon.json). */
    static final String LOG_DRIVER = "json-file";
    static final Map<String, Object> LOG_ROTATION = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of("max-file", "5", "max-size", "20m")));

    private final Platform platform;
    private final PlatformConfig config;
    private final SecretStore secrets;
    private final ConfigFiles files;
    private final String prefix;
    private final Optional<Command> hostBootstrap;
    private final Provider provider;
    private final Network platformNetwork;
    private final Network dataNetwork;
    private final Map<String, String> imageResourceNames;
    private final Map<String, RemoteImage> images = new HashMap<>();
    private final Map<String, Volume> volumes = new HashMap<>();
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final HookExecutor hooks;
    /** Declared by the first hook that runs in the host's network (hashing the runner's files once). */
    private RemoteImage hookRunner;

    public DockerTarget(Platform platform, SecretStore secrets, ConfigFiles files) {
        this.platform = platform;
        this.config = platform.config();
        this.secrets = secrets;
        this.files = files;
        this.prefix = namePrefix(config.stack());
        this.imageResourceNames = imageResourceNames(platform.workloads());
        ProviderArgs.Builder providerArgs = ProviderArgs.builder();
        this.hostBootstrap = HostBootstrap.of(config.target(), files).map(bootstrap -> bootstrap.declare(prefix + "-host-bootstrap"));
        // The engine's address waits for the bootstrap's output, so nothing reaches a host before Docker is on it.
        config.target().dockerHost().ifPresent(host -> providerArgs.host(
                hostBootstrap.map(bootstrap -> bootstrap.stdout().applyValue(facts -> host)).orElse(Output.of(host))));
        this.provider = new Provider("docker", providerArgs.build());
        this.platformNetwork = network(PLATFORM_NETWORK, false);
        this.dataNetwork = network(DATA_NETWORK, true);
        this.hooks = config.target().hooksRunInsideThePlatform()
                ? new HookContainers(this::networkEndpoint, config.target().dockerHost().orElseThrow(), prefix,
                        List.of(networkName(PLATFORM_NETWORK), networkName(DATA_NETWORK)), this::hookRunnerImage, this::hookStateVolume)
                : new LocalCommandExecutor(this::endpoint);
    }

    /** The bootstrapped host's facts as its last run reported them: cores, memory, free disk, Docker's version. */
    @Override
    public Map<String, Output<?>> outputs() {
        return hostBootstrap.<Map<String, Output<?>>>map(bootstrap -> Map.of("host",
                bootstrap.stdout().applyValue(stdout -> HostFacts.find(stdout).map(HostFacts::asOutput).orElse(Map.of())))).orElse(Map.of());
    }

    /** Hooks run on this machine against the published ports of a local engine, and inside the networks of a remote one. */
    @Override
    public HookExecutor hooks() {
        return hooks;
    }

    @Override
    public Map<String, Resource> deploy(PlatformComponent component, List<Resource> prerequisites) {
        ComponentSpec spec = component.spec();
        if (!spec.charts().isEmpty()) {
            throw new IllegalStateException(spec.name() + " brings Helm charts, which only a cluster installs");
        }
        Map<String, Resource> deployed = new LinkedHashMap<>();
        for (WorkloadSpec workload : spec.workloads()) {
            Container container = container(component, workload, prerequisites);
            containers.put(workload.name(), container);
            deployed.put(workload.name(), container);
        }
        return deployed;
    }

    /** The Docker name of a workload's container in a stack: what {@code docker exec} and {@code docker logs} take. */
    public static String containerName(String stack, String workload) {
        return namePrefix(stack) + "-" + workload;
    }

    private static String namePrefix(String stack) {
        return "onering-" + stack;
    }

    /** The published address, or the in-network name when unpublished. */
    @Override
    public String endpoint(String workload, String portName) {
        PortSpec port = platform.port(workload, portName);
        return port.isPublished()
                ? bindAddress(platform.workload(workload).orElseThrow(), port) + ":" + port.hostPort()
                : networkEndpoint(workload, portName);
    }

    /** The workload's name on the stack's networks and its container port: how every container of the stack reaches it. */
    private String networkEndpoint(String workload, String portName) {
        return workload + ":" + platform.port(workload, portName).containerPort();
    }

    private String networkName(String role) {
        return prefix + "-" + role;
    }

    @Override
    public Optional<String> url(WorkloadSpec workload) {
        return workload.ui().filter(ui -> workload.port(ui.portName()).map(PortSpec::isPublished).orElse(false))
                .map(ui -> (ui.portName().equals(OAuth2Proxy.HTTPS_PORT_NAME) ? "https://" : "http://")
                        + endpoint(workload.name(), ui.portName()) + ui.path());
    }

    private Network network(String role, boolean internal) {
        return new Network(role + "-network", NetworkArgs.builder()
                .name(networkName(role))
                .driver("bridge")
                .internal(internal)
                .labels(List.of(com.pulumi.docker.inputs.NetworkLabelArgs.builder().label(LABEL_PREFIX + "stack").value(config.stack()).build()))
                .build(), options().build());
    }

    private Container container(PlatformComponent component, WorkloadSpec workload, List<Resource> prerequisites) {
        List<Resource> dependsOn = new ArrayList<>(prerequisites);
        for (Dependency dependency : workload.dependsOn()) {
            Container upstream = containers.get(dependency.workload());
            if (upstream == null) {
                throw new IllegalStateException(workload.name() + " is declared before its dependency " + dependency.workload());
            }
            dependsOn.add(upstream);
        }
        boolean job = workload.kind() == WorkloadKind.JOB;
        ContainerArgs.Builder args = ContainerArgs.builder()
                .name(containerName(config.stack(), workload.name()))
                .hostname(workload.name())
                // imageId, not the tag: a rebuilt or re-pulled image replaces the container.
                .image(image(workload.image()).imageId())
                .envs(environment(workload))
                .memory((int) workload.memory().mebibytes())
                // Swap equal to the limit means no swap; left unset, Docker reports twice the limit and every
                // preview would propose to remove it.
                .memorySwap((int) workload.memory().mebibytes())
                // Declared, not left to the daemon: a daemon with default log options (the host bootstrap's
                // daemon.json sets these same ones) copies them into every container, and a container declared
                // without them would be replaced at every update (found by the first pulumi up on a remote host).
                .logDriver(LOG_DRIVER)
                .logOpts(LOG_ROTATION)
                .restart(job ? "no" : "unless-stopped")
                .networksAdvanced(networks(workload))
                .labels(labels(component, workload))
                .ports(workload.ports().stream().filter(PortSpec::isPublished).map(p -> publishedPort(workload, p)).toList())
                .volumes(mounts(component, workload))
                .uploads(workload.files().stream().map(this::upload).toList());
        if (!workload.entrypoint().isEmpty()) {
            args.entrypoints(workload.entrypoint());
        }
        if (!workload.command().isEmpty()) {
            args.command(workload.command());
        }
        workload.user().ifPresent(args::user);
        workload.health().ifPresent(h -> args.healthcheck(healthcheck(h)));
        if (job) {
            // A job runs to completion during `pulumi up`; dependants start after it exits.
            args.mustRun(false).attach(true);
        } else if (workload.health().isPresent()) {
            // Every service is created only once healthy: dependants, the database and realm providers and the
            // hooks all need it ready, and `pulumi up` then fails truthfully when a service never becomes healthy.
            Duration budget = workload.health().get().worstCaseStart();
            args.wait_(true).waitTimeout((int) Math.max(60, budget.toSeconds()));
        }
        if (workload.tier() == Tier.DATA_STORE) {
            args.destroyGraceSeconds(30);
        }
        return new Container(workload.name(), args.build(), options()
                .parent(component)
                .dependsOn(dependsOn)
                // Container names are fixed, so a replacement must remove the old container first.
                .deleteBeforeReplace(true)
                .build());
    }

    private RemoteImage hookRunnerImage() {
        if (hookRunner == null) {
            hookRunner = image(HookRunnerImage.of(files));
        }
        return hookRunner;
    }

    /** Where hooks keep state between runs; kept like the data volumes, since it belongs to the data it was made for. */
    private Volume hookStateVolume() {
        return volumes.computeIfAbsent(HOOK_STATE_VOLUME, name -> volume(name, options().retainOnDelete(config.retainDataVolumes())));
    }

    private RemoteImage image(ImageSource source) {
        return images.computeIfAbsent(source.reference(), ref -> {
            return new RemoteImage(imageResourceNames.getOrDefault(ref, resourceName(source.repository())), DockerImages.remoteImage(source, ref, files), options()
                    // The name that carried the tag before, so a stack deployed then keeps its image resources.
                    .aliases(Alias.builder().name(resourceName(ref)).build())
                    .build());
        });
    }

    /**
     * An image resource is named after its repository, not its tag: bumping a tag then replaces one resource (its
     * {@code name} changes) instead of removing one and adding another. A repository used with two tags keeps the
     * tag in both names.
     */
    private static Map<String, String> imageResourceNames(List<WorkloadSpec> workloads) {
        Map<String, Set<String>> referencesByRepository = new TreeMap<>();
        workloads.forEach(w -> referencesByRepository.computeIfAbsent(w.image().repository(), r -> new TreeSet<>()).add(w.image().reference()));
        Map<String, String> names = new HashMap<>();
        referencesByRepository.forEach((repository, references) -> references.forEach(
                ref -> names.put(ref, resourceName(references.size() == 1 ? repository : ref))));
        return names;
    }

    private static String resourceName(String image) {
        return "image-" + image.replaceAll("[^A-Za-z0-9]+", "-");
    }

    private Output<List<String>> environment(WorkloadSpec workload) {
        List<Output<String>> entries = workload.sortedEnv().entrySet().stream()
                .map(e -> secrets.render(e.getValue()).applyValue(v -> e.getKey() + "=" + v))
                .toList();
        return Output.all(entries);
    }

    private List<ContainerNetworksAdvancedArgs> networks(WorkloadSpec workload) {
        List<Network> attached = new ArrayList<>();
        if (workload.tier() == Tier.DATA_STORE) {
            attached.add(dataNetwork);
            // An internal network cannot publish ports; a published data store also joins the platform network.
            if (workload.ports().stream().anyMatch(PortSpec::isPublished)) {
                attached.add(platformNetwork);
            }
        } else {
            attached.add(platformNetwork);
            if (!platform.dataStoresReachedBy(workload).isEmpty()) {
                attached.add(dataNetwork);
            }
        }
        return attached.stream().map(n -> ContainerNetworksAdvancedArgs.builder()
                .name(n.name())
                .aliases(workload.name())
                .build()).toList();
    }

    private List<ContainerLabelArgs> labels(PlatformComponent component, WorkloadSpec workload) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("stack", config.stack());
        labels.put("component", component.spec().name());
        labels.put("profile", component.spec().profile().configName());
        labels.put("workload", workload.name());
        labels.put("managed-by", "pulumi");
        return labels.entrySet().stream()
                .map(e -> ContainerLabelArgs.builder().label(LABEL_PREFIX + e.getKey()).value(e.getValue()).build())
                .toList();
    }

    private String bindAddress(WorkloadSpec workload, PortSpec port) {
        return config.target().bindAddress(workload.tier(), port);
    }

    private ContainerPortArgs publishedPort(WorkloadSpec workload, PortSpec port) {
        return ContainerPortArgs.builder()
                .internal(port.containerPort())
                .external(port.hostPort())
                .ip(bindAddress(workload, port))
                .protocol(port.protocol().name().toLowerCase(java.util.Locale.ROOT))
                .build();
    }

    private List<ContainerVolumeArgs> mounts(PlatformComponent component, WorkloadSpec workload) {
        List<ContainerVolumeArgs> mounts = new ArrayList<>(workload.volumes().stream().map(v -> volumeMount(component, v)).toList());
        // Paths of the Docker host (also over ssh://), in a fixed order so the plan does not depend on a set's.
        workload.hostMounts().stream().sorted().forEach(mount -> mounts.add(ContainerVolumeArgs.builder()
                .hostPath(mount.hostPath())
                .containerPath(mount.containerPath())
                .readOnly(true)
                .build()));
        return mounts;
    }

    private ContainerVolumeArgs volumeMount(PlatformComponent component, VolumeSpec spec) {
        Volume volume = volumes.computeIfAbsent(spec.name(), name -> volume(name, options()
                .parent(component)
                // Data volumes outlive `pulumi destroy`: re-creating the stack re-attaches the same named volume.
                .retainOnDelete(spec.kind() == VolumeSpec.Kind.DATA && config.retainDataVolumes())));
        return ContainerVolumeArgs.builder().volumeName(volume.name()).containerPath(spec.containerPath()).build();
    }

    private Volume volume(String name, CustomResourceOptions.Builder options) {
        return new Volume(name, VolumeArgs.builder()
                .name(prefix + "-" + name)
                .labels(List.of(com.pulumi.docker.inputs.VolumeLabelArgs.builder().label(LABEL_PREFIX + "stack").value(config.stack()).build()))
                .build(), options.build());
    }

    private ContainerUploadArgs upload(FileSpec file) {
        return ContainerUploadArgs.builder()
                .file(file.containerPath())
                .content(secrets.render(file.content()))
                .executable(file.executable())
                .build();
    }

    private static ContainerHealthcheckArgs healthcheck(HealthCheck check) {
        return ContainerHealthcheckArgs.builder()
                .tests(check.test())
                .interval(goDuration(check.interval()))
                .timeout(goDuration(check.timeout()))
                .startPeriod(goDuration(check.startPeriod()))
                .retries(check.retries())
                .build();
    }

    /**
     * A duration as Go prints it ("30s", "1m0s", "2m30s", "1h0m0s"), the form the provider reads back from Docker:
     * "120s" would differ from the "2m0s" in state on every preview.
     */
    static String goDuration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        int seconds = duration.toSecondsPart();
        if (hours > 0) {
            return hours + "h" + minutes + "m" + seconds + "s";
        }
        return minutes > 0 ? minutes + "m" + seconds + "s" : seconds + "s";
    }

    private CustomResourceOptions.Builder options() {
        return CustomResourceOptions.builder().provider(provider);
    }
}
