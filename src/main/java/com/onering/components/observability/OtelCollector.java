package com.onering.components.observability;

import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/**
 * The OpenTelemetry collector (contrib): the one OTLP endpoint for applications on and off the platform, routing
 * traces to Tempo, metrics to Prometheus and logs to Loki.
 */
public final class OtelCollector implements Component {
    public static final String HOST = "otel-collector";
    public static final int OTLP_GRPC_PORT = 4317;
    public static final int OTLP_HTTP_PORT = 4318;
    private static final String CONFIG_PATH = "/etc/otelcol-contrib/config.yaml";

    /** What applications inside the platform set as {@code OTEL_EXPORTER_OTLP_ENDPOINT} (OTLP/HTTP). */
    public static String otlpHttpEndpoint() {
        return "http://" + HOST + ":" + OTLP_HTTP_PORT;
    }

    @Override
    public String name() {
        return "otel-collector";
    }

    @Override
    public Profile profile() {
        return Profile.OBSERVABILITY;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec collector = WorkloadSpec.service(HOST, context.files().image("onering/otel-collector", "otel-collector"))
                .command("--config=" + CONFIG_PATH)
                .file(FileSpec.of(CONFIG_PATH, context.files().read("otel-collector/config.yaml")))
                // No dependency on the backends: exporters resolve lazily and retry, and Prometheus scrapes this
                // collector, so a dependency on it would be a cycle.
                .env("TEMPO_OTLP_GRPC_ENDPOINT", Tempo.otlpGrpcEndpoint())
                .env("PROMETHEUS_OTLP_ENDPOINT", Prometheus.otlpEndpoint())
                .env("LOKI_OTLP_ENDPOINT", Loki.otlpEndpoint())
                // Published so applications on the host (or tunnelled to it) can send OTLP too.
                .port(PortSpec.published("otlp-grpc", OTLP_GRPC_PORT, OTLP_GRPC_PORT))
                .port(PortSpec.published("otlp-http", OTLP_HTTP_PORT, OTLP_HTTP_PORT))
                .port(PortSpec.internal("health", 13133))
                .port(PortSpec.internal("metrics", 8888))
                // The image is FROM scratch; the derived image adds a static busybox for this probe only.
                .health(HealthCheck.exec("/busybox", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:13133/"))
                .metrics("metrics", "/metrics")
                .memory(MemorySize.mebibytes(128))
                .build();
        return new ComponentSpec(name(), profile(), "onering:observability:OtelCollector", List.of(collector), List.of(),
                List.of(), List.of(), Map.of("otlpHttpEndpoint", "http://" + Template.endpoint(HOST, "otlp-http")));
    }
}
