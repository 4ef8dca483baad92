package com.onering.components.streaming;

import static com.onering.testsupport.Platforms.assemble;
import static com.onering.testsupport.Platforms.file;
import static com.onering.testsupport.Platforms.property;
import static com.onering.testsupport.Platforms.workload;
import static com.onering.testsupport.Platforms.workloadNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.model.Dependency;
import com.onering.model.HookSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamingProfileTest {
    private static final String DEBEZIUM_CONFIG = "/debezium/config/application.properties";

    static Platform streaming(String broker) {
        return assemble("  onering:profiles: [streaming]\n  onering:broker: " + broker + "\n");
    }

    @Test
    void pulsarIsTheDefaultBrokerAndDebeziumSinksIntoIt() {
        Platform platform = assemble("  onering:profiles: [streaming]\n");
        Set<String> names = workloadNames(platform);
        assertTrue(names.containsAll(List.of("pulsar", "debezium", "iceberg-rest", "iceberg-catalog-migrate")), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("kafka") || n.startsWith("redpanda")), names.toString());

        String properties = file(workload(platform, "debezium"), DEBEZIUM_CONFIG);
        assertEquals("pulsar", property(properties, "debezium.sink.type"));
        assertEquals(PulsarBroker.SERVICE_URL, property(properties, "debezium.sink.pulsar.client.serviceUrl"));
        assertTrue(workload(platform, "debezium").dependsOn().contains(Dependency.healthy("pulsar")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void changeEventsLandOnTheTopicTheTopicsHookCreates() {
        Map<String, Object> declared = new org.yaml.snakeyaml.Yaml().load(com.onering.platform.ConfigFiles.projectDefault().read("streaming/topics.yaml"));
        List<Map<String, Object>> topics = (List<Map<String, Object>>) declared.get("topics");
        assertTrue(topics.stream().anyMatch(t -> Debezium.CDC_NAMESPACE.equals(t.get("namespace")) && Debezium.CDC_TOPIC.equals(t.get("name"))),
                "the CDC topic must be declared in config/streaming/topics.yaml");
        assertEquals(Debezium.CDC_TENANT, declared.get("tenant"));

        String pulsar = file(workload(assemble("  onering:profiles: [streaming]\n"), "debezium"), DEBEZIUM_CONFIG);
        assertEquals("org.apache.kafka.connect.transforms.RegexRouter", property(pulsar, "debezium.transforms.route.type"));
        assertEquals(Debezium.CDC_TENANT, property(pulsar, "debezium.sink.pulsar.tenant"));
        assertEquals(Debezium.CDC_NAMESPACE, property(pulsar, "debezium.sink.pulsar.namespace"));
        assertEquals(Debezium.CDC_TOPIC, property(pulsar, "debezium.transforms.route.replacement"));
        for (String broker : List.of("kafka", "redpanda")) {
            String kafka = file(workload(streaming(broker), "debezium"), DEBEZIUM_CONFIG);
            assertEquals(Debezium.CDC_NAMESPACE + "." + Debezium.CDC_TOPIC, property(kafka, "debezium.transforms.route.replacement"), broker);
        }
    }

    @Test
    void kafkaBrokerBringsTheUiAndDebeziumUsesItsKafkaSink() {
        Platform platform = streaming("kafka");
        Set<String> names = workloadNames(platform);
        assertTrue(names.containsAll(List.of("kafka", "kafka-ui", "debezium")), names.toString());
        assertFalse(names.contains("pulsar"));
        assertFalse(names.contains("redpanda"));

        String properties = file(workload(platform, "debezium"), DEBEZIUM_CONFIG);
        assertEquals("kafka", property(properties, "debezium.sink.type"));
        assertEquals("kafka:19092", property(properties, "debezium.sink.kafka.producer.bootstrap.servers"));
        assertTrue(workload(platform, "debezium").dependsOn().contains(Dependency.healthy("kafka")));

        WorkloadSpec kafka = workload(platform, "kafka");
        assertTrue(kafka.env().get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT://kafka:19092"));
        assertTrue(kafka.env().get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT_HOST://127.0.0.1:9092"));
        assertEquals("1@kafka:29093", kafka.env().get("KAFKA_CONTROLLER_QUORUM_VOTERS"));
        assertEquals("/var/lib/kafka/data", kafka.env().get("KAFKA_LOG_DIRS"));
        assertTrue(kafka.volumes().stream().anyMatch(v -> v.containerPath().equals("/var/lib/kafka/data")));
        assertEquals("kafka:19092", workload(platform, "kafka-ui").env().get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"));
        assertEquals(Template.secret(KafkaBroker.UI_ADMIN_PASSWORD), workload(platform, "kafka-ui").env().get("SPRING_SECURITY_USER_PASSWORD"));
        assertTrue(platform.secrets().containsKey(KafkaBroker.UI_ADMIN_PASSWORD));
    }

    @Test
    void kafkaAdvertisesTheHostPortAnOverrideChooses() {
        Platform platform = assemble("""
                  onering:profiles: [streaming]
                  onering:broker: kafka
                  onering:overrides:
                    kafka:
                      ports:
                        external: 29092
                """);
        assertTrue(workload(platform, "kafka").env().get("KAFKA_ADVERTISED_LISTENERS").contains("PLAINTEXT_HOST://127.0.0.1:29092"));
        assertEquals(29092, workload(platform, "kafka").port("external").orElseThrow().hostPort());
    }

    @Test
    void aRemoteStackAdvertisesKafkaOnTheLoopbackItIsPublishedOn() {
        Platform platform = assemble("  onering:profiles: [streaming]\n  onering:broker: kafka\n  onering:dockerHost: ssh://deploy@vps.example.com\n");
        WorkloadSpec kafka = workload(platform, "kafka");
        assertTrue(kafka.env().get("KAFKA_ADVERTISED_LISTENERS").endsWith("PLAINTEXT_HOST://127.0.0.1:9092"));
        assertEquals(9092, kafka.port("external").orElseThrow().hostPort());
    }

    @Test
    void redpandaBrokerBringsTheConsoleAndDebeziumUsesItsKafkaApi() {
        Platform platform = streaming("redpanda");
        Set<String> names = workloadNames(platform);
        assertTrue(names.containsAll(List.of("redpanda", "redpanda-console", "debezium")), names.toString());
        assertFalse(names.contains("kafka"));
        assertFalse(names.contains("pulsar"));
        String properties = file(workload(platform, "debezium"), DEBEZIUM_CONFIG);
        assertEquals("kafka", property(properties, "debezium.sink.type"));
        assertEquals(RedpandaBroker.BOOTSTRAP_SERVERS, property(properties, "debezium.sink.kafka.producer.bootstrap.servers"));
        List<String> command = workload(platform, "redpanda").command();
        assertEquals("internal://redpanda:9092,external://127.0.0.1:9092", command.get(command.indexOf("--advertise-kafka-addr") + 1));
        assertEquals("redpanda:9092", workload(platform, "redpanda-console").env().get("KAFKA_BROKERS"));
    }

    @Test
    void debeziumReadsTheCuratedDatabaseAsTheContractedRoleSlotAndPublication() {
        Platform platform = streaming("pulsar");
        String properties = file(workload(platform, "debezium"), DEBEZIUM_CONFIG);
        assertEquals(Postgres.HOST, property(properties, "debezium.source.database.hostname"));
        assertEquals(String.valueOf(Postgres.PORT), property(properties, "debezium.source.database.port"));
        assertEquals(Postgres.CURATED_DATABASE, property(properties, "debezium.source.database.dbname"));
        assertEquals("debezium", property(properties, "debezium.source.database.user"));
        assertEquals(Template.secret("debezium-db-password"), property(properties, "debezium.source.database.password"));
        assertEquals("debezium", property(properties, "debezium.source.slot.name"));
        assertEquals("dbz_publication", property(properties, "debezium.source.publication.name"));
        assertEquals("disabled", property(properties, "debezium.source.publication.autocreate.mode"));
        assertEquals("pgoutput", property(properties, "debezium.source.plugin.name"));
        assertEquals(String.join(",", Debezium.CAPTURED_TABLES), property(properties, "debezium.source.table.include.list"));
        assertTrue(property(properties, "debezium.source.offset.storage.file.filename").startsWith("/debezium/data/"));
        assertTrue(workload(platform, "debezium").volumes().stream().anyMatch(v -> v.containerPath().equals("/debezium/data")));
        assertTrue(workload(platform, "debezium").dependsOn().contains(Dependency.healthy(Postgres.HOST)));
        // The Debezium role is the identity layer's, not a DatabaseNeed; only its password is declared here.
        assertTrue(platform.component("debezium").orElseThrow().databases().isEmpty());
        assertTrue(platform.secrets().containsKey(Debezium.PASSWORD_SECRET));
        // And PostgreSQL runs with logical decoding because streaming is on.
        assertTrue(workload(platform, Postgres.HOST).command().contains("wal_level=logical"));
    }

    @Test
    void pulsarAdvertisesItsStableNameSoPersistedLedgersSurviveANewContainerIp() {
        WorkloadSpec pulsar = workload(streaming("pulsar"), "pulsar");
        List<String> command = pulsar.command();
        assertEquals("pulsar", command.get(command.indexOf("--advertised-address") + 1));
        assertTrue(pulsar.volumes().stream().anyMatch(v -> v.containerPath().equals("/pulsar/data")));
        assertEquals(8087, pulsar.port("http").orElseThrow().hostPort());
    }

    @Test
    void icebergCatalogIsPersistentOnPostgresAndBootstrapsItsWarehouseOnTheIcebergBucket() {
        Platform platform = streaming("pulsar");
        var component = platform.component("iceberg-catalog").orElseThrow();
        assertEquals(List.of(IcebergCatalog.DATABASE), component.databases());
        WorkloadSpec server = workload(platform, IcebergCatalog.HOST);
        assertEquals(Postgres.url("postgresql", IcebergCatalog.DATABASE), server.env().get("LAKEKEEPER__PG_DATABASE_URL_WRITE"));
        assertEquals(List.of("serve"), server.command());
        assertEquals(List.of("migrate"), workload(platform, "iceberg-catalog-migrate").command());
        assertTrue(server.dependsOn().contains(Dependency.completed("iceberg-catalog-migrate")));

        HookSpec hook = component.hooks().get(0);
        assertEquals(IcebergCatalog.BOOTSTRAP_HOOK, hook.hook());
        assertEquals(List.of(IcebergCatalog.HOST, ObjectStore.HOST), hook.awaitWorkloads());
        assertEquals(ObjectStore.Buckets.ICEBERG, hook.env().get("WAREHOUSE_BUCKET"));
        assertEquals(IcebergCatalog.WAREHOUSE, hook.env().get("WAREHOUSE"));
        assertEquals(ObjectStore.endpoint(platform.config()), hook.env().get("S3_ENDPOINT"));
        assertEquals(ObjectStore.region(platform.config()), hook.env().get("S3_REGION"));
        assertEquals(Template.secret(ObjectStore.ACCESS_KEY), hook.env().get("S3_ACCESS_KEY_ID"));
        assertEquals("http://" + Template.endpoint(IcebergCatalog.HOST, "http"), hook.env().get("LAKEKEEPER_URL"));
    }
}
