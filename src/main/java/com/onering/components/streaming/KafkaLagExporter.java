package com.onering.components.streaming;

import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.WorkloadSpec;

/**
 * danielqsj kafka_exporter: consumer-group lag per topic and partition on a Kafka-protocol broker (Kafka or Redpanda),
 * which neither broker's own metrics give Prometheus in one series. Deployed with the broker when the observability
 * profile is on; the {@code ConsumerLagging} alert reads {@code kafka_consumergroup_lag}.
 */
public final class KafkaLagExporter {
    public static final String HOST = "kafka-lag-exporter";
    static final int PORT = 9308;
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/danielqsj/kafka-exporter", "v1.9.0");

    private KafkaLagExporter() {
    }

    /** The exporter of the broker {@code brokerWorkload}, reached at {@code client}'s in-network address. */
    static WorkloadSpec workload(BrokerClient client, String brokerWorkload) {
        return WorkloadSpec.service(HOST, IMAGE)
                .command("--kafka.server=" + client.url(), "--web.listen-address=:" + PORT)
                .port(PortSpec.internal("metrics", PORT))
                // busybox base: wget, no curl. The exporter exits when it cannot reach the broker at start.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:" + PORT + "/"))
                .metrics("metrics", "/metrics")
                .dependsOn(Dependency.healthy(brokerWorkload))
                .memory(MemorySize.mebibytes(48))
                .build();
    }
}
