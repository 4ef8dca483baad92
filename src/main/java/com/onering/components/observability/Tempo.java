package com.onering.components.observability;

import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Grafana Tempo 3 in monolithic mode (the mode that needs no Kafka since 3.0): traces on a volume, span metrics
 * and service graphs remote-written to Prometheus.
 */
public final class Tempo implements Component {
    public static final String HOST = "tempo";
    public static final int HTTP_PORT = 3200;
    public static final int OTLP_GRPC_PORT = 4317;
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/grafana/tempo", "3.0.3");
    private static final String CONFIG_PATH = "/etc/tempo/tempo.yaml";

    public static String url() {
        return "http://" + HOST + ":" + HTTP_PORT;
    }

    /** Where OTLP gRPC senders (the collector) deliver traces: {@code host:port}, no scheme. */
    public static String otlpGrpcEndpoint() {
        return HOST + ":" + OTLP_GRPC_PORT;
    }

    @Override
    public String name() {
        return "tempo";
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec server = WorkloadSpec.service(HOST, IMAGE)
                .command("-target=all", "-config.file=" + CONFIG_PATH, "-config.expand-env=true")
                .file(FileSpec.of(CONFIG_PATH, context.files().read("tempo/tempo.yaml")))
                .env("PROMETHEUS_REMOTE_WRITE_URL", Prometheus.remoteWriteUrl())
                // No authentication of its own and only in-network clients (Grafana, the collector): not published on the host.
                .port(PortSpec.internal("http", HTTP_PORT))
                .port(PortSpec.internal("otlp-grpc", OTLP_GRPC_PORT))
                .port(PortSpec.internal("otlp-http", 4318))
                .volume(VolumeSpec.data("tempo-data", "/var/tempo"))
                // No shell in the image; 3.0 added a probe mode that asks /ready.
                .health(HealthCheck.exec("/tempo", "-health").withStartPeriod(Duration.ofSeconds(45)))
                .metrics("http", "/metrics")
                .memory(MemorySize.mebibytes(512))
                .build();
        return new ComponentSpec(name(), profile(), "onering:observability:Tempo", List.of(server), List.of(), List.of(),
                List.of(), Map.of());
    }
}
