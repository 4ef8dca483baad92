package com.onering.components.streaming;

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

/** Apache Pulsar standalone (broker, bookie and metadata store in one JVM) with its admin REST API. */
public final class PulsarBroker implements Broker {
    public static final String HOST = "pulsar";
    public static final int BINARY_PORT = 6650;
    public static final int HTTP_PORT = 8080;
    /** The in-platform service URL of Pulsar clients (Debezium, Flink jobs). */
    public static final String SERVICE_URL = "pulsar://" + HOST + ":" + BINARY_PORT;
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/apachepulsar/pulsar", "4.0.8");

    @Override
    public String workload() {
        return HOST;
    }

    @Override
    public BrokerClient client() {
        return new BrokerClient(BrokerClient.PULSAR, SERVICE_URL);
    }

    @Override
    public List<WorkloadSpec> workloads(PlatformContext context) {
        WorkloadSpec pulsar = WorkloadSpec.service(HOST, IMAGE)
                // The bookie records its advertised address in the persisted cookie and ledger metadata; the container
                // IP changes whenever the container is re-created, so advertise the stable DNS name instead. Functions
                // worker and stream storage are not used and cost ~1 GiB.
                .command("bin/pulsar", "standalone", "--advertised-address", HOST, "--no-functions-worker", "--no-stream-storage")
                .env("PULSAR_MEM", "-Xms512m -Xmx512m -XX:MaxDirectMemorySize=512m")
                .port(PortSpec.published("binary", BINARY_PORT, 6650))
                .port(PortSpec.published("http", HTTP_PORT, 8087))
                .metrics("http", "/metrics/")
                .volume(VolumeSpec.data("pulsar-data", "/pulsar/data"))
                .health(HealthCheck.exec("curl", "-fsS", "http://localhost:8080/admin/v2/brokers/health")
                        .withStartPeriod(Duration.ofSeconds(120)))
                .memory(MemorySize.mebibytes(1536))
                .dataStore()
                .build();
        return List.of(pulsar);
    }

    @Override
    public List<SecretSpec> secrets() {
        return List.of();
    }

    @Override
    public String debeziumSink() {
        return "debezium.sink.type=pulsar\n"
                + "debezium.sink.pulsar.client.serviceUrl=" + SERVICE_URL + "\n";
    }

    @Override
    public String debeziumDestination(String tenant, String namespace, String topic) {
        return "debezium.sink.pulsar.tenant=" + tenant + "\n"
                + "debezium.sink.pulsar.namespace=" + namespace + "\n"
                + "debezium.transforms.route.replacement=" + topic + "\n";
    }

    @Override
    public Map<String, String> connectionOutputs() {
        return Map.of("pulsarAdminUrl", "http://" + Template.endpoint(HOST, "http"));
    }
}
