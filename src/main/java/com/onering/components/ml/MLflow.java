package com.onering.components.ml;

import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * MLflow tracking server and model registry: runs and registry in its own PostgreSQL database, artifacts in the
 * {@code mlflow} bucket, proxied by the server (clients need no S3 credentials).
 */
public final class MLflow implements Component {
    public static final String HOST = "mlflow";
    public static final int PORT = 5000;
    public static final String ARTIFACT_BUCKET = "mlflow";
    public static final DatabaseNeed DATABASE = new DatabaseNeed("mlflow", "mlflow", "mlflow-db-password");
    // -full: the core image has neither psycopg2 nor boto3.
    static final ImageSource IMAGE = new ImageSource.Pulled("ghcr.io/mlflow/mlflow", "v3.15.2-full");
    /**
     * Where the server's workers keep their Prometheus counters (prometheus_client's multiprocess mode, which
     * {@code --expose-prometheus} turns on; the exporter ships in the image's {@code extras}), so that {@code /metrics}
     * sums every worker rather than answering for whichever one took the scrape.
     */
    static final String METRICS_DIRECTORY = "/tmp/mlflow-metrics";

    /** The tracking URI for clients inside the platform. */
    public static String trackingUri() {
        return "http://" + HOST + ":" + PORT;
    }

    public static String artifactsDestination() {
        return "s3://" + ARTIFACT_BUCKET + "/artifacts";
    }

    @Override
    public String name() {
        return "mlflow";
    }

    @Override
    public Profile profile() {
        return Profile.ML;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec server = WorkloadSpec.service(HOST, IMAGE)
                .command("mlflow", "server", "--host", "0.0.0.0", "--port", String.valueOf(PORT), "--workers", "2",
                        "--serve-artifacts", "--artifacts-destination", artifactsDestination(),
                        "--expose-prometheus", METRICS_DIRECTORY)
                // In the environment, not on the command line where it would show in `ps` and `docker inspect`.
                .env("MLFLOW_BACKEND_STORE_URI", Postgres.url("postgresql+psycopg2", DATABASE))
                .env(ObjectStore.clientEnvironment(context.config()))
                .env("MLFLOW_S3_ENDPOINT_URL", ObjectStore.endpoint(context.config()))
                // The Host header is matched exactly, port included: containers call mlflow:5000, browsers
                // 127.0.0.1:<published port>. Setting the list replaces the default (localhost + private IPs).
                .env("MLFLOW_SERVER_ALLOWED_HOSTS", allowedHosts(context))
                .port(PortSpec.published("http", PORT, PORT))
                // /health is exempt from the Host check; the image has Python but no curl.
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:5000/health").withStartPeriod(Duration.ofSeconds(60)))
                .ui("http", "/")
                .metrics("http", "/metrics")
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .memory(MemorySize.mebibytes(768))
                .build();
        return new ComponentSpec(name(), profile(), "onering:ml:MLflow", List.of(server),
                List.of(SecretSpec.password(DATABASE.passwordSecret())), List.of(DATABASE), List.of(),
                Map.of("mlflowTrackingUri", "http://" + Template.endpoint(HOST, "http")));
    }

    private static String allowedHosts(PlatformContext context) {
        String published = context.config().target().kubernetes().flatMap(k -> k.ingressClass().map(c -> k.publicHost(HOST)))
                .orElse(context.config().target().publishAddress());
        return String.join(",", HOST, HOST + ":*", "localhost", "localhost:*", published, published + ":*");
    }
}
