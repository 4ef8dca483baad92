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

/** Grafana Loki 3 as a single binary: log storage on a volume, fed over OTLP by the collector. */
public final class Loki implements Component {
    public static final String HOST = "loki";
    public static final int PORT = 3100;
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/grafana/loki", "3.7.6");
    private static final String CONFIG_PATH = "/etc/loki/loki.yaml";

    public static String url() {
        return "http://" + HOST + ":" + PORT;
    }

    /** Loki's native OTLP/HTTP ingestion base; exporters append {@code /v1/logs}. */
    public static String otlpEndpoint() {
        return url() + "/otlp";
    }

    @Override
    public String name() {
        return "loki";
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec server = WorkloadSpec.service(HOST, IMAGE)
                .command("-config.file=" + CONFIG_PATH)
                .file(FileSpec.of(CONFIG_PATH, context.files().read("loki/loki.yaml")))
                // No authentication of its own and only in-network clients: not published on the host.
                .port(PortSpec.internal("http", PORT))
                .port(PortSpec.internal("grpc", 9095))
                .volume(VolumeSpec.data("loki-data", "/loki"))
                // Distroless since 3.6 (no shell or wget); 3.7 added a probe mode that asks /ready.
                .health(HealthCheck.exec("/usr/bin/loki", "-health").withStartPeriod(Duration.ofSeconds(45)))
                .metrics("http", "/metrics")
                .memory(MemorySize.mebibytes(256))
                .build();
        return new ComponentSpec(name(), profile(), "onering:observability:Loki", List.of(server), List.of(), List.of(),
                List.of(), Map.of());
    }
}
