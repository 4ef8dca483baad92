package com.onering.testsupport;

import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.Dependency;
import com.onering.model.ImageSource;
import com.onering.model.Template;
import com.onering.model.Tier;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.plan.PlannedResource;
import com.onering.platform.Platform;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The invariants every workload keeps on a cluster, whatever the profiles: one Deployment, StatefulSet or Job per
 * workload; a pinned image (a version tag, or the digest of an image the plan builds and pushes); probes for services;
 * memory requests equal to limits; claims for data and no host path; no privilege escalation and no API token; secrets
 * only in Secrets; a Service per workload with ports; a NetworkPolicy per data store admitting exactly its clients;
 * unique object names per kind; whole numbers wherever the API wants integers.
 */
public final class ClusterInvariants {
    public static final Set<String> WORKLOAD_TYPES = Set.of(
            "kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:StatefulSet", "kubernetes:batch/v1:Job");
    private static final String SECRET_MARK = "[secret:";

    private ClusterInvariants() {
    }

    public static void assertHold(Platform platform, List<PlannedResource> plan) {
        List<PlannedResource> workloads = plan.stream().filter(r -> WORKLOAD_TYPES.contains(r.type()) && !isHook(r)).toList();
        assertEquals(platform.workloads().stream().map(WorkloadSpec::name).collect(Collectors.toSet()),
                workloads.stream().map(PlannedResource::name).collect(Collectors.toSet()), "one workload object per workload");
        Set<String> pushed = ofType(plan, "docker:index/registryImage:RegistryImage").stream()
                .map(r -> (String) r.inputs().get("name")).collect(Collectors.toSet());
        hookJobs(plan).forEach(job -> assertHookJob(job, pushed));
        for (PlannedResource object : workloads) {
            WorkloadSpec workload = Platforms.workload(platform, object.name());
            String name = workload.name();
            Map<?, ?> pod = map(object.inputs(), "spec", "template", "spec");
            List<Map<?, ?>> containers = maps(pod.get("containers"));
            assertEquals(1, containers.size(), name);
            Map<?, ?> container = containers.get(0);

            String image = (String) container.get("image");
            if (workload.image() instanceof ImageSource.Built) {
                String reference = image.substring(0, image.indexOf('@'));
                assertTrue(pushed.contains(reference) && image.matches(".*@sha256:[0-9a-f]{64}"), name + " runs a built image not pushed by digest: " + image);
            } else {
                assertTrue(ImageSource.Pulled.parse(image).isPresent(), name + " runs an image not pinned to a version: " + image);
            }

            Map<?, ?> limits = map(container, "resources", "limits");
            assertEquals(workload.memory().mebibytes() + "Mi", limits.get("memory"), name + " memory limit");
            assertEquals(limits, map(container, "resources", "requests"), name + " requests differ from limits");

            if (workload.kind() == WorkloadKind.SERVICE) {
                for (String probe : List.of("startupProbe", "readinessProbe", "livenessProbe")) {
                    assertTrue(map(container, probe, "exec").get("command") instanceof List<?> command && !command.isEmpty(),
                            name + " has no " + probe);
                }
                assertEquals("Always", pod.get("restartPolicy"), name);
            } else {
                assertEquals("kubernetes:batch/v1:Job", object.type(), name);
                assertEquals("Never", pod.get("restartPolicy"), name);
            }

            Set<String> dataVolumes = workload.volumes().stream().filter(v -> v.kind() == VolumeSpec.Kind.DATA).map(VolumeSpec::name)
                    .collect(Collectors.toSet());
            if (workload.kind() == WorkloadKind.SERVICE && !dataVolumes.isEmpty()) {
                assertEquals("kubernetes:apps/v1:StatefulSet", object.type(), name + " keeps data");
                assertEquals(dataVolumes, maps(map(object.inputs(), "spec").get("volumeClaimTemplates")).stream()
                        .map(c -> (String) map(c, "metadata").get("name")).collect(Collectors.toSet()), name + " claims");
                assertEquals("Retain", map(object.inputs(), "spec", "persistentVolumeClaimRetentionPolicy").get("whenDeleted"), name);
            } else {
                assertEquals(workload.kind() == WorkloadKind.JOB ? "kubernetes:batch/v1:Job" : "kubernetes:apps/v1:Deployment", object.type(), name);
            }
            for (Map<?, ?> volume : maps(pod.get("volumes"))) {
                assertFalse(volume.containsKey("hostPath"), name + " mounts a host path: " + volume);
            }

            assertEquals(false, pod.get("automountServiceAccountToken"), name);
            assertEquals(false, pod.get("enableServiceLinks"), name);
            assertEquals(false, map(container, "securityContext").get("allowPrivilegeEscalation"), name);
            assertEquals("RuntimeDefault", map(pod, "securityContext", "seccompProfile").get("type"), name);

            Set<String> secretEnv = workload.env().entrySet().stream().filter(e -> !Template.secretRefs(e.getValue()).isEmpty())
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            for (Map<?, ?> variable : maps(container.get("env"))) {
                Object value = variable.get("value");
                assertFalse(value instanceof String text && (text.contains(SECRET_MARK) || text.contains("{{secret:")),
                        name + " has a secret in its pod spec: " + variable.get("name"));
                assertEquals(secretEnv.contains(variable.get("name")), value == null && map(variable, "valueFrom", "secretKeyRef").get("name") != null,
                        name + ": " + variable.get("name") + " must come from a Secret exactly when it carries one");
            }
        }
        for (PlannedResource configMap : ofType(plan, "kubernetes:core/v1:ConfigMap")) {
            map(configMap.inputs(), "data").values().forEach(content -> assertFalse(String.valueOf(content).contains(SECRET_MARK),
                    configMap.name() + " holds a secret"));
        }
        assertServices(platform, plan);
        assertNetworkPolicies(platform, plan);
        assertUniqueNames(plan);
        plan.stream().filter(r -> r.type().startsWith("kubernetes:")).forEach(r -> assertWholeNumbers(r.name(), r.inputs()));
    }

    /** The Jobs that run hooks: named {@code hook-<hook>}, which no workload is. */
    public static List<PlannedResource> hookJobs(List<PlannedResource> plan) {
        return ofType(plan, "kubernetes:batch/v1:Job").stream().filter(ClusterInvariants::isHook).toList();
    }

    private static boolean isHook(PlannedResource object) {
        return object.type().equals("kubernetes:batch/v1:Job") && object.name().startsWith("hook-");
    }

    /**
     * A hook's Job: the runner image pushed and run by digest, settings only from its Secret, requests = limits, a
     * non-root user, the deployer label the data stores admit, no retry inside the update, a deadline, and a
     * replacement after a failure, the trigger and a digest of the settings in the pod template (so a change runs the hook again).
     */
    private static void assertHookJob(PlannedResource job, Set<String> pushed) {
        String name = job.name();
        Map<?, ?> spec = map(job.inputs(), "spec");
        assertEquals(0, ((Number) spec.get("backoffLimit")).intValue(), name);
        assertTrue(spec.get("activeDeadlineSeconds") instanceof Number deadline && deadline.intValue() > 0, name + " may run unbounded");
        assertEquals("true", map(job.inputs(), "metadata", "annotations").get("pulumi.com/replaceUnready"), name);
        Map<?, ?> template = map(spec, "template");
        assertEquals("true", map(template, "metadata", "labels").get("onering.io/deployer"), name + " is not admitted by the data stores");
        Map<?, ?> annotations = map(template, "metadata", "annotations");
        assertTrue(annotations.get("onering.io/trigger") instanceof String trigger && !trigger.isBlank(), name + " trigger");
        assertTrue(annotations.containsKey("onering.io/settings"), name + " settings digest");
        Map<?, ?> pod = map(template, "spec");
        Map<?, ?> container = maps(pod.get("containers")).get(0);
        String image = (String) container.get("image");
        assertTrue(image.contains("@sha256:") && pushed.contains(image.substring(0, image.indexOf('@'))), name + " runs " + image);
        assertEquals(List.of(name.substring("hook-".length())), container.get("args"), name);
        assertFalse(container.containsKey("env"), name + " has settings in its pod spec");
        assertEquals(name + "-env", map(maps(container.get("envFrom")).get(0), "secretRef").get("name"), name);
        assertEquals(map(container, "resources", "limits"), map(container, "resources", "requests"), name);
        assertEquals(true, map(pod, "securityContext").get("runAsNonRoot"), name);
        assertEquals(false, pod.get("automountServiceAccountToken"), name);
        assertEquals(false, pod.get("enableServiceLinks"), name);
        assertEquals("Never", pod.get("restartPolicy"), name);
        assertEquals(false, map(container, "securityContext").get("allowPrivilegeEscalation"), name);
        assertEquals("RuntimeDefault", map(pod, "securityContext", "seccompProfile").get("type"), name);
    }

    private static void assertServices(Platform platform, List<PlannedResource> plan) {
        Map<String, PlannedResource> services = ofType(plan, "kubernetes:core/v1:Service").stream()
                .collect(Collectors.toMap(PlannedResource::name, r -> r));
        for (WorkloadSpec workload : platform.workloads()) {
            if (workload.ports().isEmpty()) {
                assertFalse(services.containsKey(workload.name()), workload.name() + " has a Service but no port");
                continue;
            }
            PlannedResource service = services.get(workload.name());
            assertNotNull(service, workload.name() + " has no Service");
            assertEquals("ClusterIP", map(service.inputs(), "spec").get("type"), workload.name());
            assertEquals(workload.ports().stream().map(p -> p.name() + "/" + p.containerPort()).collect(Collectors.toSet()),
                    maps(map(service.inputs(), "spec").get("ports")).stream()
                            .map(p -> p.get("name") + "/" + Math.round(((Number) p.get("port")).doubleValue())).collect(Collectors.toSet()),
                    workload.name() + " Service ports");
        }
    }

    private static void assertNetworkPolicies(Platform platform, List<PlannedResource> plan) {
        Map<String, PlannedResource> policies = ofType(plan, "kubernetes:networking.k8s.io/v1:NetworkPolicy").stream()
                .collect(Collectors.toMap(PlannedResource::name, r -> r));
        Set<String> stores = new TreeSet<>();
        for (WorkloadSpec store : platform.workloads()) {
            if (store.tier() != Tier.DATA_STORE) {
                continue;
            }
            stores.add(store.name() + "-clients");
            PlannedResource policy = policies.get(store.name() + "-clients");
            assertNotNull(policy, "data store " + store.name() + " has no NetworkPolicy");
            assertEquals(store.name(), map(policy.inputs(), "spec", "podSelector", "matchLabels").get("app.kubernetes.io/name"));
            Set<String> admitted = new TreeSet<>();
            for (Map<?, ?> rule : maps(map(policy.inputs(), "spec").get("ingress"))) {
                for (Map<?, ?> peer : maps(rule.get("from"))) {
                    maps(map(peer, "podSelector").get("matchExpressions")).forEach(e -> ((List<?>) e.get("values")).forEach(v -> admitted.add((String) v)));
                }
            }
            Set<String> clients = platform.workloads().stream().filter(w -> reaches(platform, w, store.name()))
                    .map(WorkloadSpec::name).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(clients, admitted, store.name() + " admits exactly its clients");
        }
        assertEquals(stores, policies.keySet(), "a NetworkPolicy per data store, and none else");
    }

    /** Whether {@code workload} depends on {@code store}, directly or through its dependencies (computed here, not by the target). */
    private static boolean reaches(Platform platform, WorkloadSpec workload, String store) {
        for (Dependency dependency : workload.dependsOn()) {
            if (dependency.workload().equals(store) || reaches(platform, Platforms.workload(platform, dependency.workload()), store)) {
                return true;
            }
        }
        return false;
    }

    /** The mock engine accepts two objects of one name; the API server and the real engine do not. */
    private static void assertUniqueNames(List<PlannedResource> plan) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (PlannedResource r : plan) {
            if (!seen.add(r.type() + "::" + r.name())) {
                duplicates.add(r.type() + "::" + r.name());
            }
            if (r.type().startsWith("kubernetes:") && !r.type().startsWith("kubernetes:core/v1:Namespace")) {
                String objectName = r.type() + "/" + map(r.inputs(), "metadata").get("name");
                if (!seen.add(objectName)) {
                    duplicates.add(objectName);
                }
            }
        }
        assertEquals(List.of(), duplicates, "names used twice");
    }

    /** Numbers travel to the engine as doubles: every one the program writes must be whole. */
    private static void assertWholeNumbers(String where, Object value) {
        if (value instanceof Number number) {
            assertEquals(Math.rint(number.doubleValue()), number.doubleValue(), where + " has a fractional number");
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> assertWholeNumbers(where + "." + k, v));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> assertWholeNumbers(where, v));
        }
    }

    private static Map<?, ?> map(Map<?, ?> root, String... path) {
        return PlannedResource.nested(root, path);
    }

    static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).map(m -> (Map<?, ?>) m).filter(m -> !m.isEmpty()).forEach(maps::add);
        }
        return maps;
    }
}
