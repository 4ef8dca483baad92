package com.onering.jobs.cdc;

import static com.onering.jobs.cdc.DebeziumEvents.key;
import static com.onering.jobs.cdc.DebeziumEvents.order;
import static com.onering.jobs.cdc.DebeziumEvents.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job, Kafka source included, on a MiniCluster against the real Kafka test server
 * ({@code scripts/test-servers.sh start kafka}; {@code ONERING_TEST_KAFKA_BOOTSTRAP}): Debezium-shaped change events
 * produced with the Kafka client, read by the job's KafkaSource (bounded at the offsets latest at start), enriched and
 * written to a temporary directory, and the order_cancelled_soon alerts of its CEP branch to another. A missing
 * server fails the test, like the provisioner's integration tests.
 */
@Tag("integration")
class KafkaJobTest {
    static final String BOOTSTRAP_VARIABLE = "ONERING_TEST_KAFKA_BOOTSTRAP";

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static String bootstrap;

    @BeforeAll
    static void kafka() {
        bootstrap = System.getenv(BOOTSTRAP_VARIABLE);
        if (bootstrap == null || bootstrap.isBlank()) {
            fail("Kafka test server is not running: start it with scripts/test-servers.sh start kafka and source "
                    + ".work/test-servers/servers.env (" + BOOTSTRAP_VARIABLE + "), or run scripts/test.sh");
        }
    }

    @Test
    void readsDebeziumEventsFromKafkaAndWritesTheLake(@TempDir Path output, @TempDir Path alerts) throws Exception {
        String topic = "cdc.orders." + UUID.randomUUID().toString().substring(0, 8);
        String group = "onering-cdc-enrichment-test-" + UUID.randomUUID().toString().substring(0, 8);
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin client = Admin.create(admin)) {
            client.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(60, TimeUnit.SECONDS);
        }
        Instant day1 = Instant.parse("2024-03-05T10:00:00Z");
        Instant day2 = Instant.parse("2024-03-06T08:00:00Z");
        var fr = order("ORD-10", "FR", "placed", 3, "12.50");
        var ca = order("ORD-11", "CA", "placed", 1, "99.99");
        var gb = order("ORD-12", "gb", "shipped", 2, "7.25");
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> kafka = new KafkaProducer<>(producer)) {
            // Debezium keys by primary key, so one order's events stay in order on one partition.
            send(kafka, topic, fr.id(), value("r", null, fr, day1, 100L, true));
            send(kafka, topic, ca.id(), value("c", null, ca, day1, 101L, true));
            send(kafka, topic, gb.id(), value("c", null, gb, day1, 102L, true));
            send(kafka, topic, fr.id(), value("u", null, fr.withStatus("cancelled"), day2, 103L, true));
            send(kafka, topic, ca.id(), value("d", ca, null, day2, 104L, true));
            send(kafka, topic, ca.id(), null); // the tombstone after the delete
            kafka.flush();
        }

        JobSettings settings = JobSettings.parse("--bootstrap-servers", bootstrap, "--topic", topic, "--group-id", group,
                "--output", output.toUri().toString(), "--checkpoint-interval-seconds", "1", "--bounded", "true",
                "--alerts-output", alerts.toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        CdcEnrichmentJob.build(env, settings);
        env.execute("kafka job test");

        List<LakeFiles.Row> rows = LakeFiles.committedRows(output);
        assertEquals(5, rows.size(), "one row per change, none for the tombstone: " + rows);
        Map<String, String> day = new java.util.TreeMap<>();
        rows.forEach(r -> day.put(r.json().get("order_id").asText() + ":" + r.json().get("operation").asText(), r.partition()));
        assertEquals(Map.of("ORD-10:snapshot", "dt=2024-03-05", "ORD-11:insert", "dt=2024-03-05", "ORD-12:insert", "dt=2024-03-05",
                "ORD-10:update", "dt=2024-03-06", "ORD-11:delete", "dt=2024-03-06"), day);
        LakeFiles.Row gbRow = rows.stream().filter(r -> r.json().get("order_id").asText().equals("ORD-12")).findFirst().orElseThrow();
        assertEquals("GB", gbRow.json().get("country").asText());
        assertEquals("United Kingdom", gbRow.json().get("country_name").asText());
        assertTrue(gbRow.toString().contains("14.50") || gbRow.json().get("amount").decimalValue().compareTo(new java.math.BigDecimal("14.50")) == 0);
        LakeFiles.Row cancelled = rows.stream().filter(r -> r.json().get("operation").asText().equals("update")).findFirst().orElseThrow();
        assertTrue(cancelled.json().get("is_lost_revenue").asBoolean());
        assertTrue(LakeFiles.files(output).stream().noneMatch(f -> f.getFileName().toString().startsWith(".")),
                "no part file left in progress: " + LakeFiles.files(output));

        // The CEP branch: both orders cancelled 22 hours after they were placed alert; ORD-12 (shipped) does not.
        List<LakeFiles.Row> alertRows = LakeFiles.committedRows(alerts);
        Map<String, LakeFiles.Row> alertByOrder = new java.util.TreeMap<>();
        alertRows.forEach(r -> alertByOrder.put(r.json().get("order_id").asText(), r));
        assertEquals(2, alertRows.size(), "one alert per cancelled order: " + alertRows);
        assertEquals(List.of("ORD-10", "ORD-11"), List.copyOf(alertByOrder.keySet()));
        LakeFiles.Row frAlert = alertByOrder.get("ORD-10");
        assertEquals("dt=2024-03-06", frAlert.partition());
        assertEquals("order_cancelled_soon", frAlert.json().get("alert").asText());
        assertEquals("FR", frAlert.json().get("country").asText());
        assertEquals(0, frAlert.json().get("amount").decimalValue().compareTo(new java.math.BigDecimal("37.50")));
        assertEquals(day1.toString(), frAlert.json().get("placed_at").asText());
        assertEquals(day2.toString(), frAlert.json().get("cancelled_at").asText());
        assertEquals(22 * 60, frAlert.json().get("minutes_between").asLong());
        assertEquals("update", frAlert.json().get("cancelled_operation").asText());
        assertEquals("delete", alertByOrder.get("ORD-11").json().get("cancelled_operation").asText());
        assertTrue(LakeFiles.files(alerts).stream().noneMatch(f -> f.getFileName().toString().startsWith(".")),
                "no alert part file left in progress: " + LakeFiles.files(alerts));
    }

    private static void send(KafkaProducer<String, String> kafka, String topic, String orderId, String value) throws Exception {
        kafka.send(new ProducerRecord<>(topic, key(orderId, true), value)).get(60, TimeUnit.SECONDS);
    }
}
