package com.onering.hooks.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookHarness;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookReport.Action;
import com.onering.testsupport.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kafka-topics hook against the real Kafka test server; topics are read back with Kafka's own kafka-topics tool
 * (TopicCommand from the test server's jars). Each test uses a namespace of its own.
 */
@Tag("integration")
class KafkaTopicsIntegrationTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path config;
    private TestServers.Kafka kafka;
    private String ns;

    @BeforeEach
    void topicList() throws Exception {
        kafka = TestServers.kafka();
        ns = "t" + UUID.randomUUID().toString().substring(0, 8);
        writeTopics(2);
    }

    private void writeTopics(int eventPartitions) throws Exception {
        Files.createDirectories(config.resolve("streaming"));
        Files.writeString(config.resolve("streaming/topics.yaml"), "tenant: oner\ntopics:\n"
                + "  - {namespace: " + ns + ", name: orders, partitions: 1}\n"
                + "  - {namespace: " + ns + ", name: events.v1, partitions: " + eventPartitions + "}\n");
    }

    private Outcome apply(String bootstrap, Duration timeout) {
        return HookHarness.run(new KafkaTopicsHook(), Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap), config, timeout);
    }

    @Test
    void createsTopicsThenChangesNothingThenGrowsOnlyTheChangedOne() throws Exception {
        Outcome first = apply(kafka.bootstrapServers(), TIMEOUT);
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("kafka-topics: created topic " + ns + ".orders", "kafka-topics: created topic " + ns + ".events.v1"),
                first.lines(Action.CREATED));
        assertEquals(1, partitions(ns + ".orders"));
        assertEquals(2, partitions(ns + ".events.v1"));

        Outcome second = apply(kafka.bootstrapServers(), TIMEOUT);
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(2, second.count(Action.UNCHANGED), second.toString());
        assertEquals(0, second.count(Action.CREATED) + second.count(Action.UPDATED), second.toString());

        writeTopics(4);
        Outcome third = apply(kafka.bootstrapServers(), TIMEOUT);
        assertEquals(0, third.exitCode(), third.toString());
        assertEquals(List.of("kafka-topics: updated topic " + ns + ".events.v1 (partitions 2 -> 4)"), third.lines(Action.UPDATED));
        assertEquals(List.of("kafka-topics: unchanged topic " + ns + ".orders"), third.lines(Action.UNCHANGED));
        assertEquals(4, partitions(ns + ".events.v1"));
    }

    @Test
    void waitsForABrokerThatIsDownAndCompletesOnceItIsBack() throws Exception {
        TestServers.kill("kafka");
        try {
            CompletableFuture<Outcome> run = CompletableFuture.supplyAsync(() -> apply(kafka.bootstrapServers(), Duration.ofSeconds(150)));
            Thread.sleep(2000);
            assertFalse(run.isDone(), "the hook must keep retrying while the broker is down");
            TestServers.restart("kafka");
            Outcome outcome = run.get(180, TimeUnit.SECONDS);
            assertEquals(0, outcome.exitCode(), outcome.toString());
            assertEquals(2, outcome.count(Action.CREATED) + outcome.count(Action.UNCHANGED), outcome.toString());
        } finally {
            if (!TestServers.isRunning("kafka")) {
                TestServers.restart("kafka");
            }
        }
        assertEquals(2, partitions(ns + ".events.v1"));
    }

    @Test
    void anUnreachableBrokerTimesOutNamingIt() {
        Outcome outcome = apply("127.0.0.1:1", Duration.ofSeconds(3));
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook kafka-topics: timed out after 3s waiting for Kafka broker at 127.0.0.1:1"), outcome.err());
    }

    @Test
    void aTopicNameTheBrokerRejectsNamesTheFileToFixAndTheNextRunFinishes() throws Exception {
        Files.writeString(config.resolve("streaming/topics.yaml"), "tenant: oner\ntopics:\n"
                + "  - {namespace: " + ns + ", name: orders, partitions: 1}\n"
                + "  - {namespace: " + ns + ", name: 'bad name!', partitions: 1}\n");
        Outcome outcome = apply(kafka.bootstrapServers(), TIMEOUT);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("rejected topic '" + ns + ".bad name!'"), outcome.err());
        assertTrue(outcome.err().contains("fix config/streaming/topics.yaml"), outcome.err());
        // What the failed run created is complete (the valid topic, as declared), so the next run can build on it.
        assertEquals(1, partitions(ns + ".orders"));
        writeTopics(2);
        Outcome fixed = apply(kafka.bootstrapServers(), TIMEOUT);
        assertEquals(0, fixed.exitCode(), fixed.toString());
        assertEquals(List.of("kafka-topics: unchanged topic " + ns + ".orders"), fixed.lines(Action.UNCHANGED));
    }

    @Test
    void anInvalidTopicFileIsNamedBeforeConnecting() throws Exception {
        Files.writeString(config.resolve("streaming/topics.yaml"), "tenant: oner\ntopics:\n  - {namespace: x, name: y}\n");
        Outcome outcome = apply("127.0.0.1:1", TIMEOUT);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook kafka-topics: " + config.resolve("streaming/topics.yaml") + " is not a valid topic list"),
                outcome.err());
    }

    /** Partition count as Kafka's own kafka-topics tool reports it. */
    private int partitions(String topic) {
        String cache = System.getenv().getOrDefault("ONERING_TEST_CACHE_DIR", System.getProperty("user.dir") + "/.work/cache");
        String version = System.getenv().getOrDefault("ONERING_TEST_KAFKA_VERSION", "4.3.1");
        TestServers.CommandResult r = TestServers.run(List.of("java", "-cp", cache + "/kafka-" + version + "/lib/*",
                "org.apache.kafka.tools.TopicCommand", "--bootstrap-server", kafka.bootstrapServers(), "--describe", "--topic", topic),
                Map.of(), 60);
        assertEquals(0, r.exitCode(), r.output());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("PartitionCount: (\\d+)").matcher(r.output());
        assertTrue(m.find(), r.output());
        return Integer.parseInt(m.group(1));
    }
}
