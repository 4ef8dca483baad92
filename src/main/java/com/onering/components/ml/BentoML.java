package com.onering.components.ml;

import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The BentoML model service (derived image from {@code config/bentoml/}): serves the {@code staging} alias of the
 * churn model registered in MLflow over HTTP.
 */
public final class BentoML implements Component {
    public static final String HOST = "bentoml";
    public static final int PORT = 3000;
    public static final String MODEL_URI = "models:/oner_churn_model@staging";

    public static String url() {
        return "http://" + HOST + ":" + PORT;
    }

    @Override
    public String name() {
        return "bentoml";
    }

    @Override
    public Profile profile() {
        return Profile.ML;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec service = WorkloadSpec.service(HOST, context.files().image("onering/bentoml", "bentoml"))
                // Model artifacts come through the tracking server's artifact proxy: no S3 credentials here.
                .env("MLFLOW_TRACKING_URI", MLflow.trackingUri())
                .env("ONER_MODEL_URI", MODEL_URI)
                .port(PortSpec.published("http", PORT, 3010))
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:3000/readyz").withStartPeriod(Duration.ofSeconds(60)))
                .ui("http", "/")
                .metrics("http", "/metrics")
                .dependsOn(Dependency.healthy(MLflow.HOST))
                .memory(MemorySize.mebibytes(768))
                .build();
        return new ComponentSpec(name(), profile(), "onering:ml:BentoML", List.of(service), List.of(), List.of(), List.of(),
                Map.of("bentomlUrl", "http://" + Template.endpoint(HOST, "http")));
    }
}
