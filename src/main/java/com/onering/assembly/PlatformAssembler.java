package com.onering.assembly;

import com.onering.components.custom.CustomServiceComponent;
import com.onering.components.ingestion.Airbyte;
import com.onering.components.security.PublicEntry;
import com.onering.config.ConfigProblem;
import com.onering.config.CustomService;
import com.onering.config.InvalidConfigException;
import com.onering.config.KubernetesSettings;
import com.onering.config.NearMiss;
import com.onering.config.PlatformConfig;
import com.onering.config.WorkloadOverride;
import com.onering.hooks.HookRunnerImage;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.HookSpec;
import com.onering.model.HostMount;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Selects the components of the chosen profiles plus everything they depend on, applies overrides, and runs the
 * checks that need the whole catalog. All problems are reported together, before any resource exists.
 */
public final class PlatformAssembler {
    private static final int MAX_PORT = 65_535;
    private final List<Component> catalog;

    public PlatformAssembler(List<Component> catalog) {
        this.catalog = List.copyOf(catalog);
    }

    public Platform assemble(PlatformContext context) {
        PlatformConfig config = context.config();
        List<ConfigProblem> problems = new ArrayList<>();
        checkPipelines(context, problems);
        Map<String, Component> byName = new LinkedHashMap<>();
        Map<String, ComponentSpec> described = new LinkedHashMap<>();
        for (Component component : catalog) {
            byName.put(component.name(), component);
            described.put(component.name(), component.describe(context));
        }
        Map<String, String> ownerOfWorkload = new HashMap<>();
        described.values().forEach(c -> c.workloads().forEach(w -> ownerOfWorkload.put(w.name(), c.name())));
        for (Component custom : customServices(config, ownerOfWorkload, problems)) {
            byName.put(custom.name(), custom);
            ComponentSpec spec = custom.describe(context);
            described.put(custom.name(), spec);
            spec.workloads().forEach(w -> ownerOfWorkload.put(w.name(), custom.name()));
        }

        List<String> ordered = dependencyOrder(selected(config, described), described, ownerOfWorkload);
        checkExclusions(config, described, ordered, ownerOfWorkload, problems);
        Map<String, ComponentSpec> deployed = new LinkedHashMap<>();
        Set<String> enabledWorkloads = new LinkedHashSet<>();
        for (String name : ordered) {
            ComponentSpec spec = described.get(name);
            List<WorkloadSpec> workloads = spec.workloads().stream()
                    .map(w -> applyOverride(w, config, problems))
                    .toList();
            workloads.forEach(w -> enabledWorkloads.add(w.name()));
            deployed.put(name, new ComponentSpec(spec.name(), spec.profile(), spec.typeToken(), workloads, spec.secrets(),
                    spec.databases(), spec.hooks(), spec.connectionOutputs(), spec.charts()));
        }
        config.overrides().keySet().stream().filter(w -> !enabledWorkloads.contains(w)).sorted().forEach(w ->
                problems.add(ConfigProblem.of("overrides." + w, ownerOfWorkload.containsKey(w)
                        ? "component '" + w + "' is not deployed by the selected profiles " + profileNames(config)
                        : "unknown component '" + w + "'" + NearMiss.suggestion(w, enabledWorkloads) + "; deployed components are "
                                + String.join(", ", enabledWorkloads))));
        Platform completed = complete(config, deployed, byName, ownerOfWorkload);
        Platform platform = config.directoryEnabled()
                ? new Platform(config, withPublicEntry(config, Gatekeeper.guard(config, completed.components(), problems))) : completed;
        checkHooksCanRun(platform);
        checkPortClashes(platform, problems);
        config.target().kubernetes().ifPresent(cluster -> checkCluster(platform, cluster, problems));
        if (!config.target().isLocal()) {
            config.target().dockerHost().ifPresent(host -> checkRemoteHost(platform, host, problems));
        }
        checkMemoryBudget(platform, problems);
        checkProvidedSecrets(config, described, platform, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        return platform;
    }

    /**
     * The custom services of the stack config as components. Their syntax was checked by the config loader; what
     * needs the catalog is checked here: a name already used by the platform, a dependency on an unknown workload.
     */
    private static List<Component> customServices(PlatformConfig config, Map<String, String> ownerOfWorkload, List<ConfigProblem> problems) {
        Set<String> customNames = config.customServices().stream().map(CustomService::name).collect(Collectors.toSet());
        int before = problems.size();
        List<Component> components = new ArrayList<>();
        for (CustomService service : config.customServices()) {
            String key = "customServices." + service.name();
            if (ownerOfWorkload.containsKey(service.name()) || ownerOfWorkload.containsValue(service.name())) {
                problems.add(ConfigProblem.of(key, "the name '" + service.name() + "' is already used by the platform's "
                        + ownerOfWorkload.getOrDefault(service.name(), service.name()) + " component; choose another name"));
                continue;
            }
            List<String> unknown = service.dependsOn().stream()
                    .filter(d -> !ownerOfWorkload.containsKey(d) && !customNames.contains(d)).toList();
            if (!unknown.isEmpty()) {
                Set<String> known = new LinkedHashSet<>(ownerOfWorkload.keySet());
                known.addAll(customNames);
                problems.add(ConfigProblem.of(key + ".dependsOn", "unknown workload " + unknown.stream()
                        .map(d -> d + NearMiss.suggestion(d, known)).collect(Collectors.joining(", "))
                        + "; depend on a platform workload (e.g. postgres, redis, object-store) or another custom service"));
                continue;
            }
            components.add(new CustomServiceComponent(service));
        }
        // A rejected service may be another's dependency: deploy none until all are valid.
        return problems.size() == before ? components : List.of();
    }

    /**
     * Lets every deployed component finish its description against the whole platform, then orders again: completion
     * may add dependencies between deployed components (Prometheus on its scrape targets).
     */
    private static Platform complete(PlatformConfig config, Map<String, ComponentSpec> deployed, Map<String, Component> byName,
                                     Map<String, String> ownerOfWorkload) {
        Platform draft = new Platform(config, List.copyOf(deployed.values()));
        Map<String, ComponentSpec> completed = new LinkedHashMap<>();
        deployed.forEach((name, spec) -> completed.put(name, keepOverrides(spec, byName.get(name).completeWith(spec, draft))));
        List<String> order = dependencyOrder(completed.keySet(), completed, ownerOfWorkload);
        return new Platform(config, order.stream().map(completed::get).toList());
    }

    /**
     * A component that rebuilds its workloads in {@code completeWith} builds them from its own defaults; the stack's
     * overrides were applied (once, with the port offset) to the workloads it described, and the draft the component
     * observed already has them, so each rebuilt workload keeps the memory and ports of the one it replaces.
     */
    private static ComponentSpec keepOverrides(ComponentSpec overridden, ComponentSpec completed) {
        Map<String, WorkloadSpec> applied = overridden.workloads().stream()
                .collect(Collectors.toMap(WorkloadSpec::name, w -> w));
        List<WorkloadSpec> workloads = completed.workloads().stream()
                .map(w -> Optional.ofNullable(applied.get(w.name())).map(a -> w.withMemory(a.memory()).withPorts(a.ports())).orElse(w))
                .toList();
        return new ComponentSpec(completed.name(), completed.profile(), completed.typeToken(), workloads, completed.secrets(),
                completed.databases(), completed.hooks(), completed.connectionOutputs(), completed.charts());
    }

    /** Every pipeline the stack lists has a folder with a valid declaration. */
    private static void checkPipelines(PlatformContext context, List<ConfigProblem> problems) {
        context.pipelines().values().forEach(declared -> declared.problem()
                .ifPresent(problem -> problems.add(ConfigProblem.of("pipelines", problem))));
    }

    /** The components of the chosen profiles that have something to deploy (the pipelines of a stack with none do not). */
    private static Set<String> selected(PlatformConfig config, Map<String, ComponentSpec> described) {
        return described.values().stream()
                .filter(c -> config.profiles().contains(c.profile()) && !config.excludedComponents().contains(c.name()))
                .filter(c -> !(c.workloads().isEmpty() && c.hooks().isEmpty() && c.databases().isEmpty() && c.charts().isEmpty()))
                .map(ComponentSpec::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * {@code onering:exclude} names components; one that is unknown, or that a deployed component still needs (the
     * dependency closure brought it back), is a mistake the user must see, not a silent no-op.
     */
    private static void checkExclusions(PlatformConfig config, Map<String, ComponentSpec> described, List<String> ordered,
                                        Map<String, String> ownerOfWorkload, List<ConfigProblem> problems) {
        for (String excluded : new TreeSet<>(config.excludedComponents())) {
            if (!described.containsKey(excluded)) {
                problems.add(ConfigProblem.of("exclude", "unknown component '" + excluded + "'"
                        + NearMiss.suggestion(excluded, described.keySet()) + "; components are "
                        + String.join(", ", new TreeSet<>(described.keySet()))));
            } else if (ordered.contains(excluded)) {
                String needers = ordered.stream().filter(name -> !name.equals(excluded))
                        .filter(name -> described.get(name).workloads().stream().flatMap(w -> w.dependsOn().stream())
                                .anyMatch(d -> excluded.equals(ownerOfWorkload.get(d.workload()))))
                        .collect(Collectors.joining(", "));
                problems.add(ConfigProblem.of("exclude", "'" + excluded + "' is needed by " + needers
                        + "; remove it from exclude or exclude those too"));
            }
        }
    }

    /** Depth-first closure over workload dependencies; a component comes after everything it needs. */
    private static List<String> dependencyOrder(Set<String> roots, Map<String, ComponentSpec> described, Map<String, String> ownerOfWorkload) {
        List<String> order = new ArrayList<>();
        Set<String> visiting = new LinkedHashSet<>();
        for (String root : roots) {
            visit(root, described, ownerOfWorkload, visiting, order);
        }
        return order;
    }

    private static void visit(String name, Map<String, ComponentSpec> described, Map<String, String> ownerOfWorkload,
                              Set<String> visiting, List<String> order) {
        if (order.contains(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new IllegalStateException("component dependency cycle: " + String.join(" -> ", visiting) + " -> " + name);
        }
        ComponentSpec spec = described.get(name);
        if (spec == null) {
            throw new IllegalStateException("a deployed component depends on " + name + ", which is not deployed");
        }
        for (WorkloadSpec workload : spec.workloads()) {
            for (Dependency dependency : workload.dependsOn()) {
                String owner = ownerOfWorkload.get(dependency.workload());
                if (owner == null) {
                    throw new IllegalStateException(workload.name() + " depends on unknown workload " + dependency.workload());
                }
                if (!owner.equals(name)) {
                    visit(owner, described, ownerOfWorkload, visiting, order);
                }
            }
        }
        visiting.remove(name);
        order.add(name);
    }

    /** A workload with the stack's overrides applied and every published port where {@link PlatformConfig#hostPort} puts it. */
    private static WorkloadSpec applyOverride(WorkloadSpec workload, PlatformConfig config, List<ConfigProblem> problems) {
        WorkloadOverride override = config.overrides().get(workload.name());
        WorkloadSpec result = override == null ? workload : override.memory().map(workload::withMemory).orElse(workload);
        if (override != null) {
            List<String> portNames = workload.ports().stream().map(PortSpec::name).toList();
            override.hostPorts().keySet().stream().filter(p -> !portNames.contains(p)).forEach(p -> problems.add(ConfigProblem.of(
                    "overrides." + workload.name() + ".ports." + p, "component '" + workload.name() + "' has no port named '" + p + "'"
                            + NearMiss.suggestion(p, portNames) + "; its ports are " + String.join(", ", portNames))));
        }
        List<PortSpec> ports = new ArrayList<>();
        for (PortSpec port : result.ports()) {
            boolean overridden = override != null && override.hostPorts().containsKey(port.name());
            if (!port.isPublished() && !overridden) {
                ports.add(port);
                continue;
            }
            int hostPort = config.hostPort(workload.name(), port.name(), overridden ? 0 : port.hostPort());
            if (hostPort > MAX_PORT) {
                problems.add(ConfigProblem.of("portOffset", "moves " + workload.name() + "'s port " + port.name() + " to " + hostPort
                        + ", past " + MAX_PORT + "; use an offset of at most " + (MAX_PORT - hostPort + config.target().portOffset())));
            }
            ports.add(port.withHostPort(hostPort));
        }
        return result.withPorts(ports);
    }

    /** A hook that waits for a workload or hook the platform does not have would silently never run: a bug. */
    private static void checkHooksCanRun(Platform platform) {
        Set<String> hooks = platform.components().stream().flatMap(c -> c.hooks().stream()).map(h -> h.hook()).collect(Collectors.toSet());
        for (ComponentSpec component : platform.components()) {
            for (var hook : component.hooks()) {
                hook.awaitWorkloads().stream().filter(w -> platform.workload(w).isEmpty()).findFirst().ifPresent(w -> {
                    throw new IllegalStateException("hook " + hook.hook() + " of " + component.name() + " waits for workload " + w + ", which is not deployed");
                });
                hook.afterHooks().stream().filter(h -> !hooks.contains(h)).findFirst().ifPresent(h -> {
                    throw new IllegalStateException("hook " + hook.hook() + " of " + component.name() + " runs after hook " + h + ", which is not deployed");
                });
                // Hooks on the deploying machine reach only published ports; inside the platform they reach every port.
                if (!platform.config().target().hooksRunInsideThePlatform()) {
                    hook.env().values().stream().flatMap(v -> Template.endpointRefs(v).stream())
                            .filter(ref -> platform.workload(ref.workload()).flatMap(w -> w.port(ref.port())).map(p -> !p.isPublished()).orElse(true))
                            .findFirst().ifPresent(ref -> {
                                throw new IllegalStateException("hook " + hook.hook() + " of " + component.name() + " uses "
                                        + ref.workload() + "/" + ref.port() + ", which is not a published port");
                            });
                }
            }
        }
        checkWorkloadsAfterHooks(platform);
    }

    /**
     * A workload that starts after a hook needs that hook's component (and every workload the hook awaits) to come
     * earlier in the deployment order; otherwise the hook could not be declared before the workload.
     */
    private static void checkWorkloadsAfterHooks(Platform platform) {
        List<ComponentSpec> order = platform.components();
        Map<String, Integer> positionOfWorkload = new HashMap<>();
        Map<String, Integer> positionOfHook = new HashMap<>();
        Map<String, HookSpec> hooks = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            int position = i;
            order.get(i).workloads().forEach(w -> positionOfWorkload.put(w.name(), position));
            order.get(i).hooks().forEach(h -> {
                positionOfHook.put(h.hook(), position);
                hooks.put(h.hook(), h);
            });
        }
        for (ComponentSpec component : order) {
            for (WorkloadSpec workload : component.workloads()) {
                int position = positionOfWorkload.get(workload.name());
                for (String hook : workload.afterHooks()) {
                    boolean declaredEarlier = hooks.containsKey(hook) && positionOfHook.get(hook) < position
                            && hooks.get(hook).awaitWorkloads().stream().allMatch(w -> positionOfWorkload.get(w) < position);
                    if (!declaredEarlier) {
                        throw new IllegalStateException(workload.name() + " starts after hook " + hook
                                + ", which is not declared by a component deployed before " + component.name());
                    }
                }
            }
        }
    }

    /** A published port, the config key that sets it, and whether the user wrote that key or it is a platform default. */
    private record Publisher(String user, String key, boolean written) {
    }

    /**
     * Two published ports on one host port. The problem is named by the setting the user wrote (an override or a
     * custom service's port), since a platform default is not theirs to change.
     */
    private static void checkPortClashes(Platform platform, List<ConfigProblem> problems) {
        PlatformConfig config = platform.config();
        Set<String> customServices = config.customServices().stream().map(CustomService::name).collect(Collectors.toSet());
        Map<String, Publisher> publishers = new HashMap<>();
        for (WorkloadSpec workload : platform.workloads()) {
            for (PortSpec port : workload.ports()) {
                if (!port.isPublished()) {
                    continue;
                }
                boolean custom = customServices.contains(workload.name());
                WorkloadOverride override = config.overrides().get(workload.name());
                Publisher publisher = new Publisher(workload.name() + "." + port.name(),
                        (custom ? "customServices." : "overrides.") + workload.name() + ".ports." + port.name(),
                        custom || (override != null && override.hostPorts().containsKey(port.name())));
                Publisher previous = publishers.putIfAbsent(port.hostPort() + "/" + port.protocol(), publisher);
                if (previous != null) {
                    boolean blamePrevious = previous.written() && !publisher.written();
                    problems.add(ConfigProblem.of((blamePrevious ? previous : publisher).key(), "host port " + port.hostPort()
                            + " is already published by " + (blamePrevious ? publisher : previous).user() + "; choose another port"));
                }
            }
        }
    }

    /**
     * What a cluster cannot give: a Docker host's socket or root filesystem (Portainer, the node exporter), and images
     * built on the deploying machine without a registry to push them to.
     */
    private static void checkCluster(Platform platform, KubernetesSettings cluster, List<ConfigProblem> problems) {
        for (ComponentSpec component : platform.components()) {
            component.workloads().stream().flatMap(w -> w.hostMounts().stream()).sorted().distinct().forEach(mount ->
                    problems.add(ConfigProblem.of("exclude", "'" + component.name() + "' needs the Docker host's " + mount.hostPath()
                            + ", which no pod of a cluster is given; add " + component.name() + " to onering:exclude ("
                            + (mount == HostMount.DOCKER_SOCKET ? "kubectl and the cluster's own dashboard manage workloads there"
                                    : "the cluster's node exporter, e.g. from kube-prometheus-stack, reports its nodes") + ")")));
        }
        Set<String> built = platform.workloads().stream().map(WorkloadSpec::image).filter(i -> i instanceof ImageSource.Built)
                .map(ImageSource::repository).collect(Collectors.toCollection(TreeSet::new));
        if (platform.components().stream().anyMatch(c -> !c.hooks().isEmpty())) {
            built.add(HookRunnerImage.REPOSITORY);
        }
        if (!built.isEmpty() && cluster.registry().isEmpty()) {
            problems.add(ConfigProblem.of("kubernetes.registry", "is needed: the stack builds " + built.size() + " images ("
                    + String.join(", ", built) + ") on this machine, and the cluster pulls them from a registry; "
                    + "set it to a registry the cluster can pull from, e.g. registry.example.com:5000"));
        }
    }

    /**
     * A remote Docker host runs every hook inside its network, except what abctl does: it installs Airbyte into a kind
     * cluster of the deploying machine's own Docker and reads its credentials there.
     */
    /** The gated components, and in front of them the public entry when the stack has one. */
    private static List<ComponentSpec> withPublicEntry(PlatformConfig config, List<ComponentSpec> gated) {
        return config.target().publicEntry().map(entry -> {
            List<ComponentSpec> all = new ArrayList<>(gated);
            all.add(PublicEntry.around(entry, gated));
            return List.copyOf(all);
        }).orElse(gated);
    }

    private static void checkRemoteHost(Platform platform, String dockerHost, List<ConfigProblem> problems) {
        platform.component(Airbyte.NAME).ifPresent(airbyte -> problems.add(ConfigProblem.of("exclude", "'" + Airbyte.NAME
                + "' is installed by abctl on the deploying machine's Docker, not on " + dockerHost + "; add " + Airbyte.NAME
                + " to onering:exclude (or run abctl on the host itself)")));
    }

    private static void checkMemoryBudget(Platform platform, List<ConfigProblem> problems) {
        platform.config().hostMemory().ifPresent(host -> {
            MemorySize total = platform.totalMemory();
            if (total.compareTo(host) > 0) {
                problems.add(ConfigProblem.of("hostMemory", "the selected profiles need " + total + " of memory limits but the host has "
                        + host + " (" + platform.memoryByProfile().entrySet().stream()
                        .map(e -> e.getKey().configName() + " " + e.getValue()).collect(Collectors.joining(", "))
                        + "); disable a profile, lower limits in onering:overrides, or raise hostMemory"));
            }
        });
    }

    private static void checkProvidedSecrets(PlatformConfig config, Map<String, ComponentSpec> described, Platform platform,
                                             List<ConfigProblem> problems) {
        // Described components plus what platform-level steps (the gatekeeper) added.
        Set<String> declared = java.util.stream.Stream.concat(described.values().stream(), platform.components().stream())
                .flatMap(c -> c.secrets().stream()).map(s -> s.name()).collect(Collectors.toSet());
        config.providedSecrets().keySet().stream().filter(s -> !declared.contains(s)).sorted().forEach(s ->
                problems.add(ConfigProblem.of("secrets." + s, "no component uses a secret named '" + s + "'" + NearMiss.suggestion(s, declared)
                        + "; known secrets are " + declared.stream().sorted().collect(Collectors.joining(", ")))));
    }

    private static String profileNames(PlatformConfig config) {
        return config.profiles().stream().map(p -> p.configName()).sorted().collect(Collectors.joining(", ", "[", "]"));
    }
}
