package com.onering.components.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.ingestion.FlinkJobHook;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CDC enrichment job's hook in the offline plan: attached to Flink when Debezium runs on a Kafka-protocol broker,
 * absent on Pulsar (no Flink 2.x Pulsar connector), run after the Flink cluster, the topics and the buckets.
 */
class FlinkCdcJobTest {
    private static final String STACK = "  onering:profiles: [core, ingestion, streaming]\n";

    private static Optional<PlannedResource> hook(String yaml) {
        return OfflinePlan.run(MockRun.config(yaml), ConfigFiles.projectDefault()).stream()
                .filter(r -> r.type().equals("command:local:Command") && r.name().equals("hook-" + FlinkJobHook.NAME)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(PlannedResource hook) {
        return (Map<String, Object>) hook.inputs().get("environment");
    }

    @Test
    void onKafkaAndRedpandaTheJobIsDeployedAfterTheClusterTopicsAndBuckets() {
        for (String broker : List.of("kafka", "redpanda")) {
            PlannedResource hook = hook(STACK + "  onering:broker: " + broker + "\n").orElseThrow(() -> new AssertionError("no job hook on " + broker));
            for (String needed : List.of("::flink-jobmanager", "::flink-taskmanager", "::hook-kafka-topics", "::hook-object-store")) {
                assertTrue(hook.dependsOn().stream().anyMatch(u -> u.endsWith(needed)), broker + ": " + needed + " missing from " + hook.dependsOn());
            }
            Map<String, Object> env = env(hook);
            assertEquals("http://127.0.0.1:8090", env.get(FlinkJobHook.REST_URL), broker);
            // The job runs inside the platform: the broker's in-network listener, the topic Debezium writes.
            assertEquals(broker.equals("kafka") ? "kafka:19092" : "redpanda:9092", env.get(FlinkJobHook.BOOTSTRAP_SERVERS));
            assertEquals("cdc.orders", env.get(FlinkJobHook.TOPIC));
            assertEquals("s3://bronze/cdc/orders_enriched", env.get(FlinkJobHook.OUTPUT));
            assertEquals("s3://bronze/cdc/orders_alerts", env.get(FlinkJobHook.ALERTS_OUTPUT));
            assertEquals(FlinkJobHook.JAR_PATH, env.get(FlinkJobHook.JAR));
            assertTrue(String.valueOf(hook.inputs().get("triggers")).matches(".*[0-9a-f]{16}.*"), hook.inputs().toString());
        }
    }

    @Test
    void theEnvironmentHoldsNoSecret() {
        Map<String, Object> env = env(hook(STACK + "  onering:broker: kafka\n").orElseThrow());
        assertEquals(Map.of(), FlinkJobHook.spec("u", "b", "t", new FlinkJobHook.Outputs("o", "a"), List.of(), List.of()).env().entrySet().stream()
                .filter(e -> e.getValue().contains("{{secret:")).collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        env.forEach((key, value) -> {
            assertFalse(String.valueOf(value).contains("{{"), key + " left a placeholder: " + value);
            assertFalse(key.contains("PASSWORD") || key.contains("SECRET") || key.contains("TOKEN"), key);
        });
    }

    @Test
    void onPulsarOrWithoutDebeziumThereIsNoJob() {
        assertTrue(hook(STACK).isEmpty(), "pulsar (the default broker) has no Flink 2.x connector");
        assertTrue(hook(STACK + "  onering:broker: pulsar\n").isEmpty());
        assertTrue(hook("  onering:profiles: [core, ingestion]\n  onering:broker: kafka\n").isEmpty(), "no streaming profile, no CDC topic");
        assertTrue(hook(STACK + "  onering:broker: kafka\n  onering:exclude: [debezium]\n").isEmpty(), "no Debezium, no change events");
    }

    @Test
    void withTheGateTheJobIsDeployedOnlyWhereItsHookRunsInsideThePlatform() {
        String secured = "  onering:profiles: [core, ingestion, streaming, security]\n  onering:broker: kafka\n";
        assertTrue(hook(secured).isEmpty(), "on this machine the hook would have to pass the gate in front of Flink's REST API");
        PlannedResource remote = hook(secured + "  onering:dockerHost: ssh://deploy@vps.example.com\n  onering:exclude: [airbyte]\n")
                .orElseThrow(() -> new AssertionError("a remote host runs the hook in the platform's network"));
        assertEquals("http://flink-jobmanager:8081", env(remote).get(FlinkJobHook.REST_URL));
    }

    /** The job's pom, sources and packed seed are the hook's trigger files: its build output is not. */
    @Test
    void theTriggerFollowsTheJobsSources(@TempDir Path project) throws Exception {
        ConfigFiles original = ConfigFiles.projectDefault();
        Path config = project.resolve("config");
        try (var files = Files.walk(original.root())) {
            for (Path source : files.toList()) {
                Path target = config.resolve(original.root().relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path job = project.resolve(FlinkJobHook.PROJECT_DIR);
        Files.createDirectories(job.resolve("src/main/java"));
        Files.createDirectories(job.resolve("target"));
        Files.writeString(job.resolve("pom.xml"), "<project/>");
        Files.writeString(job.resolve("src/main/java/Job.java"), "class Job {}");
        Files.writeString(job.resolve("target/job.jar"), "built");
        String kafka = STACK + "  onering:broker: kafka\n";
        Object before = trigger(kafka, new ConfigFiles(config));
        Files.writeString(job.resolve("target/job.jar"), "rebuilt");
        assertEquals(before, trigger(kafka, new ConfigFiles(config)), "build output is not a source");
        Files.writeString(job.resolve("src/main/java/Job.java"), "class Job { int x; }");
        Object changed = trigger(kafka, new ConfigFiles(config));
        assertNotEquals(before, changed);
        Path seed = config.resolve("dbt/postgres_gold/seeds/country_regions.csv");
        Files.writeString(seed, Files.readString(seed) + "ZZ,Nowhere,nowhere,ZZZ\n");
        assertNotEquals(changed, trigger(kafka, new ConfigFiles(config)), "the packed reference data is part of the job");
    }

    private static Object trigger(String yaml, ConfigFiles files) {
        return OfflinePlan.run(MockRun.config(yaml), files).stream()
                .filter(r -> r.type().equals("command:local:Command") && r.name().equals("hook-" + FlinkJobHook.NAME))
                .findFirst().orElseThrow().inputs().get("triggers");
    }
}
