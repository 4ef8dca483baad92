package com.onering.hooks.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookHarness;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer;
import com.onering.hooks.StubServer.Reply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pulsar-topics hook against a stub of Pulsar's admin REST API v2, as documented in the Pulsar 4.x reference
 * (pulsar.apache.org/admin-rest-api, "tenants", "namespaces", "persistent topic"): {@code GET /admin/v2/clusters},
 * {@code GET|PUT /admin/v2/tenants[/{tenant}]} (TenantInfo {adminRoles, allowedClusters}), {@code GET
 * /admin/v2/namespaces/{tenant}}, {@code PUT /admin/v2/namespaces/{tenant}/{ns}}, {@code GET
 * /admin/v2/persistent/{tenant}/{ns}[/partitioned]}, {@code PUT .../{topic}} (non-partitioned), {@code PUT|POST|GET
 * .../{topic}/partitions} (create / grow / read {"partitions": n}); writes answer 204, an existing object 409.
 */
class PulsarTopicsHookTest {
    @TempDir
    Path config;
    private StubServer pulsar;
    private final Set<String> tenants = ConcurrentHashMap.newKeySet();
    private final Set<String> namespaces = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> topics = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(config.resolve("streaming"));
        writeTopics(3);
        pulsar = new StubServer()
                .route("GET", "/admin/v2/clusters", c -> Reply.ok(List.of("standalone")))
                .route("GET", "/admin/v2/tenants", c -> Reply.ok(List.copyOf(tenants)))
                .route("PUT", "/admin/v2/tenants/oner", c -> {
                    assertEquals(List.of("standalone"), c.body().getAsJsonObject().get("allowedClusters").getAsJsonArray().asList().stream()
                            .map(e -> e.getAsString()).toList());
                    return tenants.add("oner") ? new Reply(204, "") : new Reply(409, Map.of("reason", "Tenant already exists"));
                })
                .route("GET", "/admin/v2/namespaces/oner", c -> Reply.ok(List.copyOf(namespaces)));
        for (String ns : List.of("cdc", "events")) {
            String base = "/admin/v2/persistent/oner/" + ns;
            pulsar.route("PUT", "/admin/v2/namespaces/oner/" + ns, c -> namespaces.add("oner/" + ns) ? new Reply(204, "") : new Reply(409, ""))
                    .route("GET", base, c -> Reply.ok(names(ns, 1)))
                    .route("GET", base + "/partitioned", c -> Reply.ok(names(ns, 2)));
            for (String topic : List.of("orders", "ingest.http.v1")) {
                String full = "persistent://oner/" + ns + "/" + topic;
                pulsar.route("PUT", base + "/" + topic, c -> topics.putIfAbsent(full, 0) == null ? new Reply(204, "") : new Reply(409, ""))
                        .route("PUT", base + "/" + topic + "/partitions",
                                c -> topics.putIfAbsent(full, c.body().getAsInt()) == null ? new Reply(204, "") : new Reply(409, ""))
                        .route("POST", base + "/" + topic + "/partitions", c -> {
                            topics.put(full, c.body().getAsInt());
                            return new Reply(204, "");
                        })
                        .route("GET", base + "/" + topic + "/partitions", c -> Reply.ok(Map.of("partitions", topics.getOrDefault(full, 0))));
            }
        }
    }

    /** Topic names of a namespace: kind 1 = non-partitioned, 2 = partitioned (0 partitions in the map = non-partitioned). */
    private List<String> names(String ns, int kind) {
        return topics.entrySet().stream().filter(e -> e.getKey().startsWith("persistent://oner/" + ns + "/"))
                .filter(e -> kind == 1 ? e.getValue() == 0 : e.getValue() > 0).map(Map.Entry::getKey).toList();
    }

    @AfterEach
    void stop() {
        pulsar.close();
    }

    private void writeTopics(int eventPartitions) throws Exception {
        Files.writeString(config.resolve("streaming/topics.yaml"), "tenant: oner\ntopics:\n"
                + "  - {namespace: cdc, name: orders, partitions: 1}\n"
                + "  - {namespace: events, name: ingest.http.v1, partitions: " + eventPartitions + "}\n");
    }

    private Outcome apply() {
        return HookHarness.run(new PulsarTopicsHook(), Map.of("PULSAR_ADMIN_URL", pulsar.url()), config, Duration.ofSeconds(5));
    }

    @Test
    void createsTenantNamespacesAndTopicsThenNothingThenGrowsTheChangedTopic() throws Exception {
        Outcome first = apply();
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("pulsar-topics: created tenant oner", "pulsar-topics: created namespace oner/cdc",
                "pulsar-topics: created namespace oner/events", "pulsar-topics: created topic persistent://oner/cdc/orders",
                "pulsar-topics: created topic persistent://oner/events/ingest.http.v1 (3 partitions)"), first.lines(Action.CREATED));
        assertEquals(new TreeMap<>(Map.of("persistent://oner/cdc/orders", 0, "persistent://oner/events/ingest.http.v1", 3)), new TreeMap<>(topics));

        int writes = pulsar.writes().size();
        Outcome second = apply();
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(5, second.count(Action.UNCHANGED), second.toString());
        assertEquals(writes, pulsar.writes().size(), "a second run must not write");

        writeTopics(6);
        Outcome third = apply();
        assertEquals(0, third.exitCode(), third.toString());
        assertEquals(List.of("pulsar-topics: updated topic persistent://oner/events/ingest.http.v1 (partitions 3 -> 6)"), third.lines(Action.UPDATED));
        assertEquals(6, topics.get("persistent://oner/events/ingest.http.v1"));
    }

    @Test
    void aRefusalSaysTheAddressIsNotThisStacksBroker() {
        pulsar.route("GET", "/admin/v2/tenants", c -> new Reply(401, Map.of("reason", "Authentication required")));
        Outcome outcome = apply();
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook pulsar-topics: Pulsar admin API at " + pulsar.url() + " refused the credentials"), outcome.err());
        assertTrue(outcome.err().contains("check that PULSAR_ADMIN_URL names this stack's broker"), outcome.err());
    }

    @Test
    void aPlainTopicTheFileNowWantsPartitionedFailsWithTheWayOut() {
        topics.put("persistent://oner/events/ingest.http.v1", 0);
        Outcome outcome = apply();
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("exists without partitions and Pulsar cannot partition an existing topic"), outcome.err());
        assertTrue(outcome.err().contains("pulsar-admin topics delete persistent://oner/events/ingest.http.v1"), outcome.err());
        assertEquals(0, topics.get("persistent://oner/events/ingest.http.v1"), "the existing topic is left as it was");
    }

    @Test
    void aBrokerStillStartingIsWaitedFor() {
        int[] calls = {0};
        pulsar.route("GET", "/admin/v2/tenants", c -> ++calls[0] < 3 ? new Reply(503, "") : Reply.ok(List.copyOf(tenants)));
        Outcome outcome = apply();
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertEquals(3, calls[0]);
    }
}
