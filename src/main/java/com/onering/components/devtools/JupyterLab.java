package com.onering.components.devtools;

import com.onering.components.ml.MLflow;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
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
 * JupyterLab (Jupyter docker-stacks scipy image, from quay.io where the stacks are still published) with a
 * generated token, the object store's client settings and, with the ml profile, MLflow's tracking URI.
 */
public final class JupyterLab implements Component {
    public static final String HOST = "jupyter";
    public static final int PORT = 8888;
    public static final String TOKEN = "jupyter-token";
    static final ImageSource IMAGE = new ImageSource.Pulled("quay.io/jupyter/scipy-notebook", "2026-09-29");

    @Override
    public String name() {
        return "jupyter";
    }

    @Override
    public Profile profile() {
        return Profile.DEVTOOLS;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec.Builder lab = WorkloadSpec.service(HOST, IMAGE)
                .secretFile("JUPYTER_TOKEN_FILE", TOKEN, Template.secret(TOKEN))
                .env(ObjectStore.clientEnvironment(context.config()))
                .port(PortSpec.published("http", PORT, PORT))
                .volume(VolumeSpec.data("jupyter-work", "/home/jovyan/work"))
                // Each deployed pipeline's notebooks with their sample data, as shipped (save edits under work/).
                .files(Pipelines.notebookFiles(context))
                // The image's own probe: GET <server>/api, which needs no token.
                .health(HealthCheck.exec("/etc/jupyter/docker_healthcheck.py"))
                .analystUi("http", "/lab")
                // Notebooks query the stores directly, so the lab joins the internal data network.
                .dependsOn(Dependency.started(Postgres.HOST))
                .dependsOn(Dependency.started(ClickHouse.HOST))
                .dependsOn(Dependency.started(ObjectStore.HOST))
                .memory(MemorySize.mebibytes(1536));
        if (context.config().profiles().contains(Profile.ML)) {
            lab.env("MLFLOW_TRACKING_URI", MLflow.trackingUri());
        }
        return new ComponentSpec(name(), profile(), "onering:devtools:JupyterLab", List.of(lab.build()),
                List.of(SecretSpec.urlSafeBase64(TOKEN, 24)), List.of(), List.of(),
                Map.of("jupyterToken", Template.secret(TOKEN)));
    }
}
