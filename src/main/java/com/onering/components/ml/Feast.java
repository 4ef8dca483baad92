package com.onering.components.ml;

import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Redis;
import com.onering.config.PlatformConfig;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
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
import java.util.TreeMap;

/**
 * The Feast online feature server over the repo in {@code config/feast/feature_repo}: Redis online store, file
 * registry and Parquet offline source in the {@code featurestore} bucket. It applies the repo before serving, so
 * it is healthy on a fresh stack before the ML DAG has run.
 */
public final class Feast implements Component {
    public static final String HOST = "feast";
    public static final int PORT = 6566;
    public static final String BUCKET = "featurestore";
    /** Redis logical database of the online store (Airflow's broker uses 0, Infisical 2). */
    public static final int REDIS_DATABASE = 1;
    public static final String REPO_DIR = "/opt/feast/feature_repo";
    static final ImageSource IMAGE = new ImageSource.Pulled("quay.io/feastdev/feature-server", "0.66.0");

    public static String url() {
        return "http://" + HOST + ":" + PORT;
    }

    /**
     * What {@code feature_store.yaml} expands, for every process that opens the store (feature server, Streamlit):
     * registry and offline files in the bucket, the online store in Redis ({@code host:port,password=,db=}, the
     * connection-string form of Feast's Redis store), and the S3 client settings.
     */
    public static Map<String, String> storeEnvironment(PlatformConfig config) {
        Map<String, String> env = new TreeMap<>(ObjectStore.clientEnvironment(config));
        env.put("FEAST_REGISTRY_PATH", "s3://" + BUCKET + "/registry/registry.pb");
        env.put("FEAST_CUSTOMER_TRANSACTIONS_PATH", "s3://" + BUCKET + "/featurestore/customer_transactions.parquet");
        env.put("FEAST_S3_ENDPOINT_URL", ObjectStore.endpoint(config));
        env.put("FEAST_REDIS_CONNECTION_STRING", Redis.HOST + ":" + Redis.PORT + ",password=" + Template.secret(Redis.PASSWORD)
                + ",db=" + REDIS_DATABASE);
        env.put("FEAST_USAGE", "False");
        return env;
    }

    /** The repo files as uploads under {@code directory}. */
    static List<FileSpec> repoFiles(PlatformContext context, String directory) {
        return context.files().placedUnder("feast/feature_repo", directory);
    }

    @Override
    public String name() {
        return "feast";
    }

    @Override
    public Profile profile() {
        return Profile.ML;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec.Builder server = WorkloadSpec.service(HOST, IMAGE)
                .entrypoint("/bin/sh", "-c")
                // apply registers the repo's definitions (idempotent); the server defaults to 127.0.0.1 otherwise.
                .command("feast -c " + REPO_DIR + " apply && exec feast -c " + REPO_DIR
                        + " serve --host 0.0.0.0 --port " + PORT + " --metrics")
                .env(storeEnvironment(context.config()))
                // No authentication of its own and only in-network clients: not published on the host.
                .port(PortSpec.internal("http", PORT))
                .port(PortSpec.internal("metrics", 8000))
                // /health answers 503 until the registry is readable; the image has Python, no curl.
                .health(HealthCheck.pythonHttpGet("http://127.0.0.1:6566/health").withStartPeriod(Duration.ofSeconds(120)))
                .metrics("metrics", "/metrics")
                .dependsOn(Dependency.healthy(Redis.HOST))
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                // `feast apply` writes the registry into the bucket the object-store hook creates.
                .afterHook(ObjectStoreHook.NAME)
                .memory(MemorySize.mebibytes(512));
        server.files(repoFiles(context, REPO_DIR));
        return new ComponentSpec(name(), profile(), "onering:ml:Feast", List.of(server.build()), List.of(), List.of(),
                List.of(), Map.of("feastFeatureServerUrl", "http://" + Template.endpoint(HOST, "http")));
    }
}
