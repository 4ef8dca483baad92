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

/** Redpanda (Kafka API, single binary, no JVM) as a one-node cluster, with Redpanda Console. */
public final class RedpandaBroker implements Broker {
    public static final String HOST = "redpanda";
    /** Kafka listener for clients inside the platform. */
    public static final int INTERNAL_PORT = 9092;
    /** Kafka listener published on the host, advertised with the publish address. */
    public static final int EXTERNAL_PORT = 19092;
    public static final int ADMIN_PORT = 9644;
    public static final String BOOTSTRAP_SERVERS = HOST + ":" + INTERNAL_PORT;
    public static final String CONSOLE = "redpanda-console";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.redpanda.com/redpandadata/redpanda", "v26.2.3");
    static final ImageSource CONSOLE_IMAGE = new ImageSource.Pulled("docker.redpanda.com/redpandadata/console", "v3.12.0");

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
        String kafkaAddresses = "internal://0.0.0.0:" + INTERNAL_PORT + ",external://0.0.0.0:" + EXTERNAL_PORT;
        String advertised = "internal://" + BOOTSTRAP_SERVERS + ",external://" + TargetConfig.DATA_STORE_ADDRESS
                + ":" + context.config().hostPort(HOST, "external", 9092);
        WorkloadSpec redpanda = WorkloadSpec.service(HOST, IMAGE)
                .command("redpanda", "start",
                        // dev-container: one node, no fsync tuning, no CPU pinning; memory is Seastar's budget, kept
                        // below the container limit so the allocator's reserve fits.
                        "--mode", "dev-container", "--smp", "1", "--memory", "1G", "--reserve-memory", "0M",
                        "--kafka-addr", kafkaAddresses,
                        "--advertise-kafka-addr", advertised,
                        "--rpc-addr", HOST + ":33145", "--advertise-rpc-addr", HOST + ":33145",
                        "--default-log-level=warn")
                .port(PortSpec.published("external", EXTERNAL_PORT, 9092))
                .port(PortSpec.internal("internal", INTERNAL_PORT))
                .port(PortSpec.internal("admin", ADMIN_PORT))
                .metrics("admin", "/public_metrics")
                .volume(VolumeSpec.data("redpanda-data", "/var/lib/redpanda/data"))
                // rpk exits 0 while the cluster is still forming, so the probe checks the verdict itself.
                .health(HealthCheck.shell("rpk cluster health | grep -Eq 'Healthy:[[:space:]]+true'")
                        .withStartPeriod(Duration.ofSeconds(30)))
                .memory(MemorySize.mebibytes(1536))
                .dataStore()
                .build();
        WorkloadSpec console = WorkloadSpec.service(CONSOLE, CONSOLE_IMAGE)
                .env("KAFKA_BROKERS", BOOTSTRAP_SERVERS)
                .env("REDPANDA_ADMINAPI_ENABLED", "true")
                .env("REDPANDA_ADMINAPI_URLS", "http://" + HOST + ":" + ADMIN_PORT)
                .port(PortSpec.published("http", 8080, 8088))
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/admin/health"))
                .ui("http", "/")
                .dependsOn(Dependency.healthy(HOST))
                .memory(MemorySize.mebibytes(256))
                .build();
        return List.of(redpanda, console);
    }

    @Override
    public List<SecretSpec> secrets() {
        return List.of();
    }

    /** Redpanda speaks the Kafka protocol: Debezium uses its Kafka sink. */
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
