package com.onering.deploy.kubernetes;

import com.onering.config.KubernetesSettings;
import com.onering.hooks.HookExecutor;
import com.onering.hooks.HookRunnerImage;
import com.onering.model.Digests;
import com.onering.model.HookSpec;
import com.onering.platform.Endpoints;
import com.pulumi.core.Output;
import com.pulumi.kubernetes.batch.v1.Job;
import com.pulumi.kubernetes.batch.v1.JobArgs;
import com.pulumi.kubernetes.batch.v1.inputs.JobSpecArgs;
import com.pulumi.kubernetes.core.v1.PersistentVolumeClaim;
import com.pulumi.kubernetes.core.v1.PersistentVolumeClaimArgs;
import com.pulumi.kubernetes.core.v1.Secret;
import com.pulumi.kubernetes.core.v1.SecretArgs;
import com.pulumi.kubernetes.core.v1.inputs.ContainerArgs;
import com.pulumi.kubernetes.core.v1.inputs.EnvFromSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PersistentVolumeClaimVolumeSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.PodTemplateSpecArgs;
import com.pulumi.kubernetes.core.v1.inputs.ResourceRequirementsArgs;
import com.pulumi.kubernetes.core.v1.inputs.SeccompProfileArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecretEnvSourceArgs;
import com.pulumi.kubernetes.core.v1.inputs.SecurityContextArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeArgs;
import com.pulumi.kubernetes.core.v1.inputs.VolumeMountArgs;
import com.pulumi.kubernetes.meta.v1.inputs.ObjectMetaArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.pulumi.resources.Resource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs each hook as a Job in the stack's namespace from the hook runner image (pushed like the other built images), so
 * {@code pulumi up} reaches no service itself. Settings are the Secret {@code hook-<name>-env}; the pod carries the
 * deployer label, which every data store's NetworkPolicy admits. The pod template carries the hook's trigger and a
 * digest of its settings: a change replaces the Job, which runs the idempotent hook again. A failed Job fails the
 * update, and the next {@code pulumi up} replaces it ({@code pulumi.com/replaceUnready}) instead of waiting on it.
 */
final class HookJobs implements HookExecutor {
    static final String NAME_PREFIX = "hook-";
    private static final String STATE_CLAIM = "hook-state";
    private static final String STATE_VOLUME = "state";
    /** The hook's own waits (for a service, for Airflow's DAG parsing) end well inside this. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(30);
    /** What the runner's state needs: one token file. */
    private static final String STATE_SIZE = "64Mi";

    private final KubernetesSettings cluster;
    private final ObjectNames names;
    private final boolean retainState;
    private final Supplier<Output<String>> image;
    private final Endpoints endpoints;
    private final Supplier<CustomResourceOptions.Builder> options;
    private PersistentVolumeClaim stateClaim;

    /**
     * @param image     the runner image's pushed reference, built on first use
     * @param endpoints a workload port's in-cluster address
     * @param options   the provider and namespace every object of the stack is declared with
     */
    HookJobs(KubernetesSettings cluster, ObjectNames names, boolean retainState, Supplier<Output<String>> image,
             Endpoints endpoints, Supplier<CustomResourceOptions.Builder> options) {
        this.cluster = cluster;
        this.names = names;
        this.retainState = retainState;
        this.image = image;
        this.endpoints = endpoints;
        this.options = options;
    }

    @Override
    public Resource declare(HookSpec spec, Resource parent, Output<Map<String, String>> environment, String triggerHash, List<Resource> dependsOn) {
        String name = NAME_PREFIX + spec.hook();
        Secret settings = new Secret(names.object(name, "env"), SecretArgs.builder()
                .metadata(names.metadata(names.object(name, "env"), name))
                .type("Opaque")
                .stringData(environment.asSecret())
                .build(), options.get().parent(parent).build());
        List<Resource> after = new ArrayList<>(dependsOn);
        after.add(settings);
        after.add(stateClaim());

        Map<String, String> podLabels = new LinkedHashMap<>(names.selector(name));
        podLabels.put(ObjectNames.DEPLOYER_LABEL, "true");
        Output<Map<String, String>> podAnnotations = environment.applyValue(values -> {
            Map<String, String> annotations = new TreeMap<>();
            annotations.put("onering.io/trigger", triggerHash);
            annotations.put("onering.io/settings", digest(values));
            return annotations;
        });
        PodSecurityContextArgs security = PodSecurityContextArgs.builder()
                .runAsUser(HookRunnerImage.USER_ID).runAsGroup(HookRunnerImage.USER_ID).runAsNonRoot(true)
                // The state claim is written by the runner's group whatever the volume's owner.
                .fsGroup(HookRunnerImage.USER_ID)
                .seccompProfile(SeccompProfileArgs.builder().type("RuntimeDefault").build())
                .build();
        String memory = HookRunnerImage.MEMORY_MIB + "Mi";
        ContainerArgs container = ContainerArgs.builder()
                .name("hook")
                .image(image.get())
                .args(spec.hook())
                .envFrom(EnvFromSourceArgs.builder().secretRef(SecretEnvSourceArgs.builder().name(names.object(name, "env")).build()).build())
                .resources(ResourceRequirementsArgs.builder().requests(Map.of("memory", memory)).limits(Map.of("memory", memory)).build())
                .volumeMounts(VolumeMountArgs.builder().name(STATE_VOLUME).mountPath(HookRunnerImage.STATE_DIR).build())
                .securityContext(SecurityContextArgs.builder().allowPrivilegeEscalation(false).build())
                .build();
        PodSpecArgs pod = PodSpecArgs.builder()
                .containers(container)
                .volumes(VolumeArgs.builder().name(STATE_VOLUME)
                        .persistentVolumeClaim(PersistentVolumeClaimVolumeSourceArgs.builder().claimName(STATE_CLAIM).build()).build())
                .securityContext(security)
                .automountServiceAccountToken(false)
                .enableServiceLinks(false)
                .restartPolicy("Never")
                .build();
        return new Job(name, JobArgs.builder()
                .metadata(ObjectMetaArgs.builder()
                        .name(name)
                        .namespace(names.namespace())
                        .labels(names.selector(name))
                        .annotations(Map.of("pulumi.com/replaceUnready", "true"))
                        .build())
                .spec(JobSpecArgs.builder()
                        // No retry inside the update: a hook that fails has said why; the next `pulumi up` runs it anew.
                        .backoffLimit(0)
                        // A hung hook fails its Job when the update stops waiting, instead of running on unseen.
                        .activeDeadlineSeconds((int) RUN_TIMEOUT.toSeconds())
                        .template(PodTemplateSpecArgs.builder()
                                .metadata(ObjectMetaArgs.builder().labels(podLabels).annotations(podAnnotations).build())
                                .spec(pod)
                                .build())
                        .build())
                .build(), options.get()
                .parent(parent)
                .dependsOn(after)
                // A fixed name: the replacement removes the finished Job first.
                .deleteBeforeReplace(true)
                .customTimeouts(CustomTimeouts.builder().create(RUN_TIMEOUT).update(RUN_TIMEOUT).build())
                .build());
    }

    @Override
    public String endpoint(String workload, String portName) {
        return endpoints.of(workload, portName);
    }

    /**
     * Where hooks keep state between runs (Infisical's one-time admin token); kept on destroy like the data it belongs
     * to. ReadWriteOnce: hooks on different nodes take turns with it.
     */
    private PersistentVolumeClaim stateClaim() {
        if (stateClaim == null) {
            PersistentVolumeClaimSpecArgs.Builder spec = PersistentVolumeClaimSpecArgs.builder()
                    .accessModes("ReadWriteOnce")
                    .resources(ResourceRequirementsArgs.builder().requests(Map.of("storage", STATE_SIZE)).build());
            cluster.storageClass().ifPresent(spec::storageClassName);
            stateClaim = new PersistentVolumeClaim(STATE_CLAIM, PersistentVolumeClaimArgs.builder()
                    .metadata(ObjectMetaArgs.builder().name(STATE_CLAIM).namespace(names.namespace()).labels(names.selector(STATE_CLAIM))
                            // With a WaitForFirstConsumer class the claim binds only once a hook's pod uses it.
                            .annotations(Map.of("pulumi.com/skipAwait", "true"))
                            .build())
                    .spec(spec.build())
                    .build(), options.get().retainOnDelete(retainState).build());
        }
        return stateClaim;
    }

    /** A digest of the rendered settings, in key order: changes when any value does, and shows none. */
    private static String digest(Map<String, String> values) {
        MessageDigest digest = Digests.sha256();
        new TreeMap<>(values).forEach((key, value) -> digest.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
