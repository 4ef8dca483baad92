package com.onering.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.Profile;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.KubeApi;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.TestServers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every object the Kubernetes target writes, for every profile, sent to a real API server with strict field validation
 * (dry run: validated and admitted, not stored), a server-side apply round trip of one stack, and objects made wrong on
 * purpose to prove the server refuses what it must. Runs against the {@code kube} test server
 * ({@code scripts/test-servers.sh start kube}); without it the tests fail, they do not skip.
 */
@Tag("kube-api")
class KubernetesApiServerTest {
    private static KubeApi api;

    @BeforeAll
    static void connect() {
        api = new KubeApi(TestServers.kube());
    }

    private static List<Map<String, Object>> objects(String yaml) {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(yaml), ConfigFiles.projectDefault());
        // Objects only: a Helm release is rendered by the provider's embedded Helm, not sent as one object.
        return plan.stream().filter(r -> r.type().startsWith("kubernetes:") && r.inputs().containsKey("kind"))
                .map(KubeApi::manifest).toList();
    }

    private static String namespaceOf(List<Map<String, Object>> objects) {
        return objects.stream().filter(o -> o.get("kind").equals("Namespace"))
                .map(o -> (String) ((Map<?, ?>) o.get("metadata")).get("name")).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(Profile.class)
    void everyObjectOfEveryProfilePassesStrictValidation(Profile profile) {
        List<Map<String, Object>> objects = objects(KubernetesTargetTest.onCluster(KubernetesTargetTest.withoutDockerHostComponents(profile), true));
        api.ensureNamespace(namespaceOf(objects));
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (Map<String, Object> object : objects) {
            if (object.get("kind").equals("Namespace")) {
                continue;
            }
            KubeApi.Answer answer = api.dryRunCreate(object);
            checked++;
            if (!answer.accepted()) {
                refused.add(object.get("kind") + "/" + ((Map<?, ?>) object.get("metadata")).get("name") + ": " + answer.status() + " " + answer.body());
            }
        }
        assertTrue(checked > 0, "nothing sent for " + profile.configName());
        assertEquals(List.of(), refused, "objects the API server refused");
    }

    /**
     * The core stack applied for real with server-side apply, read back, and applied again unchanged: the second apply
     * changes no object (its resourceVersion stays), as a quiet {@code pulumi preview} needs.
     */
    @Test
    void theCoreStackRoundTripsThroughServerSideApply() {
        List<Map<String, Object>> objects = objects("  onering:profiles: [core]\n  onering:target: kubernetes\n"
                + "  onering:kubernetes:\n    namespace: onering-round-trip\n    registry: registry.example.com:5000\n");
        assertEquals("onering-round-trip", namespaceOf(objects));
        Map<String, String> versions = new LinkedHashMap<>();
        for (Map<String, Object> object : objects) {
            KubeApi.Answer applied = api.apply(object, "onering-test");
            assertTrue(applied.accepted(), object.get("kind") + ": " + applied);
            versions.put(key(object), resourceVersion(applied.body()));
        }
        Map<String, Object> postgres = objects.stream().filter(o -> key(o).equals("StatefulSet/postgres")).findFirst().orElseThrow();
        Map<?, ?> stored = KubeApi.parse(api.get(postgres).body());
        Map<?, ?> container = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) stored.get("spec")).get("template")).get("spec")).get("containers")).get(0);
        assertEquals(Map.of("memory", "256Mi"), ((Map<?, ?>) container.get("resources")).get("limits"));
        assertEquals("Retain", ((Map<?, ?>) ((Map<?, ?>) stored.get("spec")).get("persistentVolumeClaimRetentionPolicy")).get("whenDeleted"));
        Map<String, String> claimVersions = new LinkedHashMap<>();
        for (Map<String, Object> object : objects) {
            KubeApi.Answer again = api.apply(object, "onering-test");
            if (object.get("kind").equals("PersistentVolumeClaim")) {
                // kube-apiserver 1.37.2 writes a claim once more on its first apply after the create, with every field
                // as it was (observed: the two answers differ in resourceVersion only); from then on it stays, as any object.
                claimVersions.put(key(object), resourceVersion(again.body()));
            } else {
                assertEquals(versions.get(key(object)), resourceVersion(again.body()), key(object) + " changed on an unchanged apply");
            }
        }
        assertEquals(List.of("PersistentVolumeClaim/hook-state"), List.copyOf(claimVersions.keySet()), "the claims applied by themselves");
        for (Map<String, Object> object : objects) {
            if (claimVersions.containsKey(key(object))) {
                KubeApi.Answer third = api.apply(object, "onering-test");
                assertEquals(claimVersions.get(key(object)), resourceVersion(third.body()), key(object) + " changed on an unchanged apply");
            }
        }
    }


    @Test
    @SuppressWarnings("unchecked")
    void theServerRefusesAnUnknownFieldAPortOutOfRangeAndABadName() {
        List<Map<String, Object>> objects = objects(KubernetesTargetTest.onCluster("  onering:profiles: [core]\n", false));
        api.ensureNamespace(namespaceOf(objects));
        Map<String, Object> redis = objects.stream().filter(o -> key(o).equals("StatefulSet/redis")).findFirst().orElseThrow();
        assertTrue(api.dryRunCreate(redis).accepted(), "the unchanged object is accepted");

        KubeApi.Answer unknownField = api.dryRunCreate(mutated(redis, container -> container.put("memoryLimit", "256Mi")));
        assertEquals(400, unknownField.status(), unknownField.body());
        assertTrue(unknownField.body().contains("memoryLimit"), unknownField.body());

        KubeApi.Answer badPort = api.dryRunCreate(mutated(redis, container ->
                ((List<Map<String, Object>>) container.get("ports")).get(0).put("containerPort", 70000L)));
        assertEquals(422, badPort.status(), badPort.body());

        Map<String, Object> badName = KubeApi.copy(redis);
        ((Map<String, Object>) badName.get("metadata")).put("name", "Redis_Store");
        KubeApi.Answer refusedName = api.dryRunCreate(badName);
        assertEquals(422, refusedName.status(), refusedName.body());
        assertFalse(refusedName.accepted());
    }

    /** A copy of a workload object with its one container changed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> mutated(Map<String, Object> object, Consumer<Map<String, Object>> change) {
        Map<String, Object> copy = KubeApi.copy(object);
        Map<String, Object> spec = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) copy.get("spec")).get("template")).get("spec");
        change.accept(((List<Map<String, Object>>) spec.get("containers")).get(0));
        return copy;
    }

    private static String key(Map<String, Object> object) {
        return object.get("kind") + "/" + ((Map<?, ?>) object.get("metadata")).get("name");
    }

    private static String resourceVersion(String body) {
        return String.valueOf(((Map<?, ?>) KubeApi.parse(body).get("metadata")).get("resourceVersion"));
    }
}
