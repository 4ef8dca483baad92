package com.onering.components.ml;

import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Redis;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/**
 * The Streamlit scoring app (derived image from {@code config/streamlit/}): reads a customer's online features
 * through the Feast repo and asks the BentoML service for the churn probability.
 */
public final class Streamlit implements Component {
    public static final String HOST = "streamlit";
    public static final int PORT = 8501;
    private static final String REPO_DIR = "/app/feature_repo";

    @Override
    public String name() {
        return "streamlit";
    }

    @Override
    public Profile profile() {
        return Profile.ML;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec.Builder app = WorkloadSpec.service(HOST, context.files().image("onering/streamlit", "streamlit"))
                .env(Feast.storeEnvironment(context.config()))
                .env("FEAST_REPO_PATH", REPO_DIR)
                .env("BENTO_URL", BentoML.url())
                .env("MLFLOW_TRACKING_URI", MLflow.trackingUri())
                .port(PortSpec.published("http", PORT, PORT))
                // Streamlit's own health route; the slim image has Python but no curl.
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:8501/_stcore/health"))
                .analystUi("http", "/")
                // The app opens the online store and the registry itself; scoring goes to BentoML, which only has to
                // exist (the app reports a missing model instead of failing to start).
                .dependsOn(Dependency.healthy(Redis.HOST))
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .dependsOn(Dependency.started(BentoML.HOST))
                .memory(MemorySize.mebibytes(384));
        app.files(Feast.repoFiles(context, REPO_DIR));
        return new ComponentSpec(name(), profile(), "onering:ml:Streamlit", List.of(app.build()), List.of(), List.of(),
                List.of(), Map.of());
    }
}
