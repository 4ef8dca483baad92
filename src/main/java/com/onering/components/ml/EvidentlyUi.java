package com.onering.components.ml;

import com.onering.model.ComponentSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/**
 * The Evidently UI: browsable drift history per project. The drift computation itself is the daily Airflow DAG
 * {@code evidently_drift_report}, which keeps its HTML in the {@code reports} bucket and pushes each snapshot here
 * ({@code RemoteWorkspace(url, secret=...)}); the secret guards writes, reading needs none.
 */
public final class EvidentlyUi implements Component {
    public static final String HOST = "evidently";
    public static final int PORT = 8000;
    public static final String SECRET = "evidently-secret";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/evidently/evidently-service", "0.7.23");

    public static String url() {
        return "http://" + HOST + ":" + PORT;
    }

    @Override
    public String name() {
        return "evidently";
    }

    @Override
    public Profile profile() {
        return Profile.ML;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec ui = WorkloadSpec.service(HOST, IMAGE)
                // Arguments to the image's entrypoint, `evidently ui --host 0.0.0.0`.
                .command("--port", String.valueOf(PORT), "--workspace", "/app/workspace")
                .env("EVIDENTLY_SECRET", Template.secret(SECRET))
                .port(PortSpec.published("http", PORT, 8001))
                .volume(VolumeSpec.data("evidently-workspace", "/app/workspace"))
                // Upstream's compose probes /api/version with the image's Python.
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:8000/api/version"))
                .ui("http", "/")
                .memory(MemorySize.mebibytes(256))
                .build();
        return new ComponentSpec(name(), profile(), "onering:ml:EvidentlyUi", List.of(ui), List.of(SecretSpec.password(SECRET)),
                List.of(), List.of(), Map.of("evidentlyUrl", "http://" + Template.endpoint(HOST, "http"),
                        "evidentlySecret", Template.secret(SECRET)));
    }
}
