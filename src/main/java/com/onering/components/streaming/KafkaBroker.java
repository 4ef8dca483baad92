package com.onering.components.streaming;

import com.onering.config.TargetConfig;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Apache Kafka 4 as a single KRaft node (broker and controller), with the kafbat Kafka UI. */
public final class KafkaBroker implements Broker {
    public static final String HOST = "kafka";
    /** Listener for clients inside the platform. */
    public static final int INTERNAL_PORT = 19092;
    /** Listener published on the host, advertised with the publish address. */
    public static final int EXTERNAL_PORT = 9092;
    public static final String BOOTSTRAP_SERVERS = HOST + ":" + INTERNAL_PORT;
    public static final String UI = "kafka-ui";
    public static final String UI_ADMIN_USER = "admin";
    public static final String UI_ADMIN_PASSWORD = "kafka-ui-admin-password";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/apache/kafka", "4.2.0");
    static final ImageSource UI_IMAGE = new ImageSource.Pulled("ghcr.io/kafbat/kafka-ui", "v1.5.0");
    private static final int CONTROLLER_PORT = 29093;

    @Override
    public String workload() {
        return HOST;
    }

    @Override
    public BrokerClient client() {
        return new BrokerClient(BrokerClient.KAFKA, BOOTSTRAP_SERVERS);
    }

    @Override
    public List<WorkloadSpec> workloads(PlatformContext context) {
        // Clients on the deploying machine (and hooks) use the published listener; data stores publish on loopback.
        String listeners = "CONTROLLER://:" + CONTROLLER_PORT + ",PLAINTEXT://:" + INTERNAL_PORT + ",PLAINTEXT_HOST://:" + EXTERNAL_PORT;
        String advertised = "PLAINTEXT://" + BOOTSTRAP_SERVERS + ",PLAINTEXT_HOST://" + TargetConfig.DATA_STORE_ADDRESS + ":"
                + context.config().hostPort(HOST, "external", EXTERNAL_PORT);
        WorkloadSpec kafka = WorkloadSpec.service(HOST, IMAGE)
                // Any KAFKA_ variable replaces the image's default server.properties, so the whole node is set here.
                .env("KAFKA_NODE_ID", "1")
                .env("KAFKA_PROCESS_ROLES", "broker,controller")
                .env("KAFKA_LISTENERS", listeners)
                .env("KAFKA_ADVERTISED_LISTENERS", advertised)
                .env("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,PLAINTEXT_HOST:PLAINTEXT")
                .env("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@" + HOST + ":" + CONTROLLER_PORT)
                .env("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
                .env("KAFKA_INTER_BROKER_LISTENER_NAME", "PLAINTEXT")
                .env("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .env("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .env("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .env("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .env("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
                .env("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                // The upstream example logs to /tmp; the image's volume is /var/lib/kafka/data.
                .env("KAFKA_LOG_DIRS", "/var/lib/kafka/data")
                .env("KAFKA_HEAP_OPTS", "-Xms512m -Xmx512m")
                .port(PortSpec.published("external", EXTERNAL_PORT, EXTERNAL_PORT))
                .port(PortSpec.internal("internal", INTERNAL_PORT))
                .volume(VolumeSpec.data("kafka-data", "/var/lib/kafka/data"))
                // No curl in the image; the broker's own tool proves the internal listener answers.
                .health(HealthCheck.exec("/opt/kafka/bin/kafka-broker-api-versions.sh", "--bootstrap-server", "localhost:" + INTERNAL_PORT)
                        .withStartPeriod(Duration.ofSeconds(60)))
                .memory(MemorySize.mebibytes(1024))
                .dataStore()
                .build();
        WorkloadSpec ui = WorkloadSpec.service(UI, UI_IMAGE)
                .env("KAFKA_CLUSTERS_0_NAME", "onering")
                .env("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS", BOOTSTRAP_SERVERS)
                .env("DYNAMIC_CONFIG_ENABLED", "false")
                .env("AUTH_TYPE", "LOGIN_FORM")
                .env("SPRING_SECURITY_USER_NAME", UI_ADMIN_USER)
                .env("SPRING_SECURITY_USER_PASSWORD", Template.secret(UI_ADMIN_PASSWORD))
                .env("JAVA_OPTS", "-Xmx256m")
                .port(PortSpec.published("http", 8080, 8088))
                .metrics("http", "/actuator/prometheus")
                // Busybox wget only; the health endpoint is outside the login form.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/actuator/health")
                        .withStartPeriod(Duration.ofSeconds(60)))
                .ui("http", "/")
                .dependsOn(Dependency.healthy(HOST))
                .memory(MemorySize.mebibytes(512))
                .build();
        return List.of(kafka, ui);
    }

    @Override
    public List<SecretSpec> secrets() {
        return List.of(SecretSpec.password(UI_ADMIN_PASSWORD));
    }

    @Override
    public String debeziumSink() {
        return Broker.kafkaSink(BOOTSTRAP_SERVERS);
    }

    @Override
    public String debeziumDestination(String tenant, String namespace, String topic) {
        return Broker.kafkaDestination(namespace, topic);
    }

    @Override
    public Map<String, String> connectionOutputs() {
        return Map.of("kafkaBootstrapServers", Template.endpoint(HOST, "external"));
    }
}
