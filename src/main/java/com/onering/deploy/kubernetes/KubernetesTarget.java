package com.onering.deploy.kubernetes;

import com.onering.components.security.OAuth2Proxy;
import com.onering.config.KubernetesSettings;
import com.onering.config.PlatformConfig;
import com.onering.deploy.Target;
import com.onering.deploy.docker.DockerImages;
import com.onering.hooks.HookExecutor;
import com.onering.hooks.HookRunnerImage;
import com.onering.model.ChartSpec;
import com.onering.model.Dependency;
import com.onering.model.ImageSource;
import com.onering.model.PortSpec;
import com.onering.model.Tier;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.platform.PlatformComponent;
import com.onering.secrets.SecretStore;
import com.pulumi.core.Output;
import com.pulumi.docker.RegistryImage;
import com.pulumi.docker.RegistryImageArgs;
import com.pulumi.docker.RemoteImage;
import com.pulumi.kubernetes.Provider;
import com.pulumi.kubernetes.ProviderArgs;
import com.pulumi.kubernetes.apps.v1.Deployment;
import com.pulumi.kubernetes.apps.v1.DeploymentArgs;
import com.pulumi.kubernetes.apps.v1.StatefulSet;
import com.pulumi.kubernetes.apps.v1.StatefulSetArgs;
import com.pulumi.kubernetes.apps.v1.inputs.DeploymentSpecArgs;
import com.pulumi.kubernetes.apps.v1.inputs.StatefulSetPersistentVolumeClaimRetentionPolicyArgs;
import com.pulumi.kubernetes.apps.v1.inputs.StatefulSetSpecArgs;
import com.pulumi.kubernetes.batch.v1.Job;
import com.pulumi.kubernetes.batch.v1.JobArgs;
import com.pulumi.kubernetes.batch.v1.inputs.JobSpecArgs;
import com.pulumi.kubernetes.core.v1.Namespace;
import com.pulumi.kubernetes.helm.v3.Release;
import com.pulumi.kubernetes.helm.v3.ReleaseArgs;
import com.pulumi.kubernetes.helm.v3.inputs.RepositoryOptsArgs;
import com.pulumi.kubernetes.core.v1.NamespaceArgs;
import com.pulumi.kubernetes.core.v1.Service;
import com.pulumi.kubernetes.core.v1.ServiceArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServicePortArgs;
import com.pulumi.kubernetes.core.v1.inputs.ServiceSpecArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorArgs;
import com.pulumi.kubernetes.meta.v1.inputs.LabelSelectorRequirementArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.kubernetes.networking.v1.Ingress;
import com.pulumi.kubernetes.networking.v1.IngressArgs;
import com.pulumi.kubernetes.networking.v1.NetworkPolicy;
import com.pulumi.kubernetes.networking.v1.NetworkPolicyArgs;
import com.pulumi.kubernetes.networking.v1.inputs.HTTPIngressPathArgs;
import com.pulumi.kubernetes.networking.v1.inputs.HTTPIngressRuleValueArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressBackendArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressServiceBackendArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressSpecArgs;
import com.pulumi.kubernetes.networking.v1.inputs.IngressTLSArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyIngressRuleArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicyPeerArgs;
import com.pulumi.kubernetes.networking.v1.inputs.NetworkPolicySpecArgs;
import com.pulumi.kubernetes.networking.v1.inputs.ServiceBackendPortArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Maps the platform model to Kubernetes objects in one namespace per stack: a service becomes a Deployment, or a
 * StatefulSet whose claims outlive it when it keeps data; a job becomes a Job; each workload's ports a ClusterIP
 * Service named like its Docker network alias; each data store a NetworkPolicy that admits only its clients; each
 * published UI an Ingress at {@code <name>.<domain>} when the stack names an ingress class; an upstream chart a Helm
 * release. Images the project builds
 * are built on the deploying machine's Docker engine and pushed to the stack's registry. The only place that knows
 * pulumi-kubernetes types.
 */
public final class KubernetesTarget implements Target {
    /** Annotation by which Traefik speaks HTTPS to a backend that serves it itself (Trino's UI). */
    private static final String TRAEFIK_SERVERS_SCHEME = "traefik.ingress.kubernetes.io/service.serversscheme";
    /** Airbyte's chart starts a dozen pods and runs its database migrations: 15 minutes on a small cluster. */
    private static final int CHART_TIMEOUT_SECONDS = 900;
    /** A failed job is retried twice before {@code pulumi up} fails with it. */
    private static final int JOB_RETRIES = 2;

    private final Platform platform;
    private final PlatformConfig config;
    private final KubernetesSettings cluster;
    private final ConfigFiles files;
    private final ObjectNames names;
    private final PodTemplates pods;
    private final Provider provider;
    private final Namespace namespace;
    private final Map<String, Output<String>> images = new HashMap<>();
    private final Map<String, Resource> workloads = new LinkedHashMap<>();
    private final HookJobs hooks;
    /** The deploying machine's own Docker engine, which builds and pushes; declared by the first image built. */
    private com.pulumi.docker.Provider imageBuilder;
    /** The runner's pushed reference, declared by the first hook (hashing the runner's files once). */
    private Output<String> hookRunner;

    public KubernetesTarget(Platform platform, SecretStore secrets, ConfigFiles files) {
        this.platform = platform;
        this.config = platform.config();
        this.cluster = config.target().kubernetes().orElseThrow(() -> new IllegalStateException("not a kubernetes target"));
        this.files = files;
        this.names = new ObjectNames(config.stack(), cluster.namespace());
        this.pods = new PodTemplates(cluster, secrets, names);
        ProviderArgs.Builder providerArgs = ProviderArgs.builder()
                .namespace(cluster.namespace())
                // Server-side apply: a re-created stack adopts what a destroy kept (its namespace, the data claims).
                .enableServerSideApply(true);
        cluster.kubeconfig().ifPresent(providerArgs::kubeconfig);
        cluster.context().ifPresent(providerArgs::context);
        this.provider = new Provider("kubernetes", providerArgs.build());
        this.namespace = new Namespace("namespace", NamespaceArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(cluster.namespace())
                        .labels(new TreeMap<>(Map.of(ObjectNames.INSTANCE_LABEL, config.stack(), "app.kubernetes.io/part-of", "onering")))
                        .build())
                .build(), CustomResourceOptions.builder()
                .provider(provider)
                // Deleting a namespace deletes every claim in it: with retained data, destroy keeps the namespace.
                .retainOnDelete(config.retainDataVolumes())
                .build());
        this.hooks = new HookJobs(cluster, names, config.retainDataVolumes(), this::hookRunnerImage, this::endpoint, this::options);
    }

    /** Hooks run as Jobs in the namespace: the deploying machine reaches no service itself. */
    @Override
    public HookExecutor hooks() {
        return hooks;
    }

    @Override
    public Map<String, Resource> deploy(PlatformComponent component, List<Resource> prerequisites) {
        Map<String, Resource> deployed = new LinkedHashMap<>();
        for (WorkloadSpec workload : component.spec().workloads()) {
            Resource resource = workload(component, workload, prerequisites);
            workloads.put(workload.name(), resource);
            deployed.put(workload.name(), resource);
        }
        for (ChartSpec chart : component.spec().charts()) {
            deployed.put(chart.release(), release(component, chart, prerequisites));
        }
        return deployed;
    }

    /**
     * An upstream chart, installed by the provider's embedded Helm (its hooks run); the provider waits until every
     * object of the release is ready, as for the platform's own workloads.
     */
    private Release release(PlatformComponent component, ChartSpec chart, List<Resource> prerequisites) {
        List<Resource> dependsOn = new ArrayList<>(prerequisites);
        dependsOn.add(namespace);
        return new Release(chart.release(), ReleaseArgs.builder()
                .name(chart.release())
                .namespace(cluster.namespace())
                .chart(chart.chart())
                .version(chart.version())
                .repositoryOpts(RepositoryOptsArgs.builder().repo(chart.repository()).build())
                .values(chart.values())
                // A failed install or upgrade is rolled back rather than left half applied.
                .atomic(true)
                .timeout(CHART_TIMEOUT_SECONDS)
                .build(), options().parent(component).dependsOn(dependsOn).build());
    }

    /** The workload's Service in the stack's namespace, by the name cluster DNS gives it from any namespace. */
    @Override
    public String endpoint(String workload, String portName) {
        PortSpec port = platform.port(workload, portName);
        return workload + "." + cluster.namespace() + ".svc:" + port.containerPort();
    }

    @Override
    public Optional<String> url(WorkloadSpec workload) {
        return cluster.ingressClass().flatMap(c -> workload.ui()
                .filter(ui -> workload.port(ui.portName()).map(PortSpec::isPublished).orElse(false))
                .map(ui -> config.publicUrl(OAuth2Proxy.publicName(workload.name()), 0) + ui.path()));
    }

    private Resource workload(PlatformComponent component, WorkloadSpec workload, List<Resource> prerequisites) {
        CustomResourceOptions children = options().parent(component).build();
        PodTemplates.Pod pod = pods.pod(workload, image(workload.image()), children);
        List<Resource> dependsOn = new ArrayList<>(prerequisites);
        dependsOn.add(namespace);
        dependsOn.addAll(pod.references());
        for (Dependency dependency : workload.dependsOn()) {
            Resource upstream = workloads.get(dependency.workload());
            if (upstream == null) {
                throw new IllegalStateException(workload.name() + " is declared before its dependency " + dependency.workload());
            }
            dependsOn.add(upstream);
        }
        Map<String, String> labels = names.labels(workload.name(), component.spec().name(), component.spec().profile().configName());
        PodTemplateSpecArgs template = PodTemplateSpecArgs.builder()
                .metadata(ObjectMetaArgs.builder().labels(labels).build())
                .spec(pod.spec())
                .build();
        ObjectMetaArgs metadata = ObjectMetaArgs.builder().name(workload.name()).namespace(cluster.namespace()).labels(labels).build();
        if (!workload.ports().isEmpty()) {
            service(workload, children);
        }
        if (workload.tier() == Tier.DATA_STORE) {
            networkPolicy(workload, children);
        }
        if (cluster.ingressClass().isPresent()) {
            ingress(workload, children);
        }
        // Fixed names: a replacement removes the old object first. The provider waits until a Deployment or
        // StatefulSet is ready and a Job has succeeded, as Docker waits for a healthy container or an exited job.
        CustomResourceOptions options = options().parent(component).dependsOn(dependsOn).deleteBeforeReplace(true).build();
        LabelSelectorArgs selector = LabelSelectorArgs.builder().matchLabels(names.selector(workload.name())).build();
        if (workload.kind() == WorkloadKind.JOB) {
            return new Job(workload.name(), JobArgs.builder()
                    .metadata(metadata)
                    .spec(JobSpecArgs.builder().backoffLimit(JOB_RETRIES).template(template).build())
                    .build(), options);
        }
        if (!pod.claims().isEmpty()) {
            // Claims outlive the StatefulSet (Retain): a re-created stack binds the same volumes again.
            String retention = config.retainDataVolumes() ? "Retain" : "Delete";
            return new StatefulSet(workload.name(), StatefulSetArgs.builder()
                    .metadata(metadata)
                    .spec(StatefulSetSpecArgs.builder()
                            .serviceName(workload.name())
                            .replicas(1)
                            .selector(selector)
                            .template(template)
                            .volumeClaimTemplates(pod.claims())
                            .persistentVolumeClaimRetentionPolicy(StatefulSetPersistentVolumeClaimRetentionPolicyArgs.builder()
                                    .whenDeleted(retention).whenScaled(retention).build())
                            .build())
                    .build(), options);
        }
        return new Deployment(workload.name(), DeploymentArgs.builder()
                .metadata(metadata)
                .spec(DeploymentSpecArgs.builder().replicas(1).selector(selector).template(template).build())
                .build(), options);
    }

    private void service(WorkloadSpec workload, CustomResourceOptions options) {
        ObjectMetaArgs.Builder metadata = ObjectMetaArgs.builder().name(workload.name()).namespace(cluster.namespace())
                .labels(names.selector(workload.name()));
        if (workload.ports().stream().anyMatch(p -> p.name().equals(OAuth2Proxy.HTTPS_PORT_NAME))) {
            metadata.annotations(Map.of(TRAEFIK_SERVERS_SCHEME, "https"));
        }
        new Service(workload.name(), ServiceArgs.builder()
                .metadata(metadata.build())
                .spec(ServiceSpecArgs.builder()
                        .type("ClusterIP")
                        .selector(names.selector(workload.name()))
                        .ports(workload.ports().stream().map(port -> ServicePortArgs.builder()
                                .name(port.name())
                                .port(port.containerPort())
                                .targetPort(port.containerPort())
                                .protocol(port.protocol().name())
                                .build()).toList())
                        .build())
                .build(), options);
    }

    /**
     * A data store accepts connections only from the workloads that reach it on Docker's data network (those that depend
     * on it, directly or through what they depend on) and from the deploying pod; every other pod is refused.
     */
    private void networkPolicy(WorkloadSpec store, CustomResourceOptions options) {
        Set<String> clients = new TreeSet<>();
        platform.workloads().stream().filter(w -> platform.dataStoresReachedBy(w).contains(store.name())).forEach(w -> clients.add(w.name()));
        List<NetworkPolicyPeerArgs> peers = new ArrayList<>();
        if (!clients.isEmpty()) {
            peers.add(NetworkPolicyPeerArgs.builder().podSelector(LabelSelectorArgs.builder()
                    .matchLabels(Map.of(ObjectNames.INSTANCE_LABEL, config.stack()))
                    .matchExpressions(LabelSelectorRequirementArgs.builder()
                            .key(ObjectNames.NAME_LABEL).operator("In").values(List.copyOf(clients)).build())
                    .build()).build());
        }
        peers.add(NetworkPolicyPeerArgs.builder().podSelector(LabelSelectorArgs.builder()
                .matchLabels(Map.of(ObjectNames.DEPLOYER_LABEL, "true")).build()).build());
        String name = names.object(store.name(), "clients");
        new NetworkPolicy(name, NetworkPolicyArgs.builder()
                .metadata(names.metadata(name, store.name()))
                .spec(NetworkPolicySpecArgs.builder()
                        .podSelector(LabelSelectorArgs.builder().matchLabels(names.selector(store.name())).build())
                        .policyTypes("Ingress")
                        .ingress(NetworkPolicyIngressRuleArgs.builder().from(peers).build())
                        .build())
                .build(), options);
    }

    /**
     * A UI published on Docker, or a port browsers are sent to (the login), is served at its public host name; behind
     * the security profile, a UI's is its gate's.
     */
    private void ingress(WorkloadSpec workload, CustomResourceOptions options) {
        Optional<PortSpec> uiPort = workload.ui().flatMap(ui -> workload.port(ui.portName())).filter(PortSpec::isPublished)
                .or(() -> workload.ports().stream().filter(PortSpec::browserEntry).findFirst());
        if (uiPort.isEmpty()) {
            return;
        }
        String host = cluster.publicHost(OAuth2Proxy.publicName(workload.name()));
        ObjectMetaArgs.Builder metadata = ObjectMetaArgs.builder().name(workload.name()).namespace(cluster.namespace())
                .labels(names.selector(workload.name()));
        IngressSpecArgs.Builder spec = IngressSpecArgs.builder()
                .ingressClassName(cluster.ingressClass().orElseThrow())
                .rules(IngressRuleArgs.builder()
                        .host(host)
                        .http(HTTPIngressRuleValueArgs.builder().paths(HTTPIngressPathArgs.builder()
                                .path("/")
                                .pathType("Prefix")
                                .backend(IngressBackendArgs.builder().service(IngressServiceBackendArgs.builder()
                                        .name(workload.name())
                                        .port(ServiceBackendPortArgs.builder().number(uiPort.get().containerPort()).build())
                                        .build()).build())
                                .build()).build())
                        .build());
        cluster.tlsIssuer().ifPresent(issuer -> {
            metadata.annotations(Map.of("cert-manager.io/cluster-issuer", issuer));
            spec.tls(IngressTLSArgs.builder().hosts(host).secretName(names.object(workload.name(), "tls")).build());
        });
        new Ingress(workload.name(), IngressArgs.builder().metadata(metadata.build()).spec(spec.build()).build(), options);
    }

    /**
     * A pinned image is pulled by the cluster as it is; an image the project builds is built on the deploying machine's
     * Docker engine, pushed to the stack's registry, and run by its digest.
     */
    private Output<String> image(ImageSource source) {
        return images.computeIfAbsent(source.reference(), reference -> {
            if (!(source instanceof ImageSource.Built)) {
                return Output.of(reference);
            }
            String pushed = cluster.registry().orElseThrow(() -> new IllegalStateException("no kubernetes.registry for " + reference))
                    + "/" + reference;
            String resourceName = "image-" + source.repository().replaceAll("[^A-Za-z0-9]+", "-");
            if (imageBuilder == null) {
                imageBuilder = new com.pulumi.docker.Provider("image-builder");
            }
            CustomResourceOptions onBuilder = CustomResourceOptions.builder().provider(imageBuilder).build();
            RemoteImage built = new RemoteImage(resourceName, DockerImages.remoteImage(source, pushed, files), onBuilder);
            RegistryImage registryImage = new RegistryImage(resourceName, RegistryImageArgs.builder()
                    .name(built.name())
                    // A pod that still runs an older version must be able to restart from it.
                    .keepRemotely(true)
                    .build(), onBuilder);
            return Output.tuple(built.name(), registryImage.sha256Digest()).applyValue(t -> t.t1 + "@" + t.t2);
        });
    }

    private Output<String> hookRunnerImage() {
        if (hookRunner == null) {
            hookRunner = image(HookRunnerImage.of(files));
        }
        return hookRunner;
    }

    private CustomResourceOptions.Builder options() {
        return CustomResourceOptions.builder().provider(provider).dependsOn(namespace);
    }

}
