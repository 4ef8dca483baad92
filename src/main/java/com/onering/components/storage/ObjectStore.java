package com.onering.components.storage;

import com.onering.config.ObjectStoreEngine;
import com.onering.config.PlatformConfig;
import com.onering.hooks.storage.GarageScopedKeys;
import com.onering.hooks.storage.GarageScopedKeys.ScopedKey;
import com.onering.hooks.storage.ObjectStoreHook.Seed;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.HookSpec;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The S3-compatible object store of the medallion layers. Garage by default (single binary, first-start
 * bootstrap of layout, key and bucket since v2.3); SeaweedFS as the alternative engine.
 */
public final class ObjectStore implements Component {
    public static final String HOST = "object-store";
    public static final String ACCESS_KEY = "s3-access-key";
    public static final String SECRET_KEY = "s3-secret-key";
    static final String ADMIN_TOKEN = "garage-admin-token";
    /** The scoped key of the stage bucket (Garage only): pipelines that stage files get these, never the platform key. */
    public static final String STAGE_ACCESS_KEY = "s3-stage-access-key";
    public static final String STAGE_SECRET_KEY = "s3-stage-secret-key";
    /** The buckets of the medallion layers and of the services that keep files in the object store. */
    public static final class Buckets {
        public static final String BRONZE = "bronze";
        public static final String SILVER = "silver";
        public static final String GOLD = "gold";
        /** The Iceberg warehouse of the REST catalog. */
        public static final String ICEBERG = "iceberg";
        public static final String FEATURESTORE = "featurestore";
        public static final String MLFLOW = "mlflow";
        /** Scratch space for pipelines (and Flink checkpoints), with its own scoped key. */
        public static final String STAGE = "stage";
        public static final List<String> ALL = List.of(BRONZE, SILVER, GOLD, ICEBERG, FEATURESTORE, MLFLOW, STAGE);

        private Buckets() {
        }
    }

    /** Garage answers {@code /metrics} only with this bearer token; Prometheus sends it. */
    static final String METRICS_TOKEN = "garage-metrics-token";
    static final ImageSource GARAGE_IMAGE = new ImageSource.Pulled("docker.io/dxflrs/garage", "v2.4.1");
    static final ImageSource SEAWEEDFS_IMAGE = new ImageSource.Pulled("docker.io/chrislusf/seaweedfs", "4.44");

    public static int s3Port(ObjectStoreEngine engine) {
        return switch (engine) {
            case GARAGE -> 3900;
            case SEAWEEDFS -> 8333;
        };
    }

    /** The S3 endpoint as seen from inside the platform. */
    public static String endpoint(PlatformConfig config) {
        return "http://" + HOST + ":" + s3Port(config.objectStore());
    }

    /** The signing region clients must use. */
    public static String region(PlatformConfig config) {
        return config.objectStore() == ObjectStoreEngine.GARAGE ? "garage" : "us-east-1";
    }

    /**
     * What an S3 client (boto3, s3fs, pyarrow) inside the platform needs: the platform key, the signing region and
     * the endpoint ({@code AWS_ENDPOINT_URL} is read by boto3 1.28+ and the AWS CLI).
     */
    public static Map<String, String> clientEnvironment(PlatformConfig config) {
        return clientEnvironment(config, ACCESS_KEY, SECRET_KEY);
    }

    /** The same, with a key of the client's own (named by its secrets), scoped to its buckets. */
    public static Map<String, String> clientEnvironment(PlatformConfig config, String accessKeySecret, String secretKeySecret) {
        return Map.of(
                "AWS_ACCESS_KEY_ID", Template.secret(accessKeySecret),
                "AWS_SECRET_ACCESS_KEY", Template.secret(secretKeySecret),
                "AWS_DEFAULT_REGION", region(config),
                "AWS_ENDPOINT_URL", endpoint(config));
    }

    @Override
    public String name() {
        return "object-store";
    }

    @Override
    public Profile profile() {
        return Profile.CORE;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        ObjectStoreEngine engine = context.config().objectStore();
        int port = s3Port(engine);
        WorkloadSpec server = switch (engine) {
            case GARAGE -> WorkloadSpec.service(HOST, GARAGE_IMAGE)
                    // The image is FROM scratch with no entrypoint: the binary is named explicitly.
                    .command("/garage", "server", "--single-node", "--default-bucket")
                    .file(FileSpec.of("/etc/garage.toml", context.files().read("object-store/garage.toml")))
                    .env("GARAGE_RPC_SECRET", Template.secret("garage-rpc-secret"))
                    .env("GARAGE_ADMIN_TOKEN", Template.secret(ADMIN_TOKEN))
                    .env("GARAGE_METRICS_TOKEN", Template.secret(METRICS_TOKEN))
                    .env("GARAGE_DEFAULT_ACCESS_KEY", Template.secret(ACCESS_KEY))
                    .env("GARAGE_DEFAULT_SECRET_KEY", Template.secret(SECRET_KEY))
                    .env("GARAGE_DEFAULT_BUCKET", Buckets.BRONZE)
                    .port(PortSpec.published("s3", port, port))
                    // Published (loopback) so the object-store hook can scope the stage key through the admin API.
                    .port(PortSpec.published("admin", 3903, 3903))
                    // Garage's own metrics (requests, errors, block and table sizes) on the admin port, behind its token.
                    .metrics("admin", "/metrics", METRICS_TOKEN)
                    .volume(VolumeSpec.data("object-store-meta", "/var/lib/garage/meta"))
                    .volume(VolumeSpec.data("object-store-data", "/var/lib/garage/data"))
                    // No shell or curl in the image; the garage CLI reads /etc/garage.toml and asks the node.
                    .health(HealthCheck.exec("/garage", "status"))
                    .memory(MemorySize.mebibytes(128))
                    .dataStore()
                    .build();
            case SEAWEEDFS -> WorkloadSpec.service(HOST, SEAWEEDFS_IMAGE)
                    .command("mini", "-dir=/data")
                    .env("AWS_ACCESS_KEY_ID", Template.secret(ACCESS_KEY))
                    .env("AWS_SECRET_ACCESS_KEY", Template.secret(SECRET_KEY))
                    .env("S3_BUCKET", Buckets.BRONZE)
                    .port(PortSpec.published("s3", port, port))
                    .volume(VolumeSpec.data("object-store-data", "/data"))
                    .health(HealthCheck.exec("curl", "-fsS", "http://127.0.0.1:8333/healthz"))
                    .memory(MemorySize.mebibytes(512))
                    .dataStore()
                    .build();
        };
        List<SecretSpec> secrets = engine == ObjectStoreEngine.GARAGE
                ? List.of(SecretSpec.hex(ACCESS_KEY, 12).withPrefix("GK"), SecretSpec.hex(SECRET_KEY, 32),
                        SecretSpec.hex("garage-rpc-secret", 32), SecretSpec.base64(ADMIN_TOKEN, 32),
                        SecretSpec.base64(METRICS_TOKEN, 32),
                        SecretSpec.hex(STAGE_ACCESS_KEY, 12).withPrefix("GK"), SecretSpec.hex(STAGE_SECRET_KEY, 32))
                : List.of(SecretSpec.hex(ACCESS_KEY, 12).withPrefix("GK"), SecretSpec.hex(SECRET_KEY, 32));
        return new ComponentSpec(name(), profile(), "onering:storage:ObjectStore", List.of(server), secrets, List.of(),
                List.of(hookSpec(context.config())),
                Map.of("s3Endpoint", "http://" + Template.endpoint(HOST, "s3"),
                        "s3AccessKeyId", Template.secret(ACCESS_KEY),
                        "s3SecretAccessKey", Template.secret(SECRET_KEY)));
    }

    /** The ClickHouse dbt project's manifest, where OpenMetadata's dbt ingestion reads the marts' lineage. */
    public static final Seed DBT_MANIFEST = new Seed(Buckets.GOLD, "dbt/clickhouse_analytics/manifest.json", "dbt/clickhouse_analytics/manifest.json");
    /** The demo datasets (the bronze orders of the medallion DAG, Feast's historical source) and the dbt manifest. */
    public static final List<Seed> SEEDS = List.of(
            new Seed(Buckets.BRONZE, "demo/orders.csv", "seed-data/orders.csv"),
            new Seed(Buckets.FEATURESTORE, "featurestore/customer_transactions.csv", "seed-data/featurestore/customer_transactions.csv"),
            DBT_MANIFEST);

    /** The object-store hook: every bucket, the seeds; the stage key is scoped where the engine has an API for it. */
    public static HookSpec hookSpec(PlatformConfig config) {
        return storageHook(ObjectStoreHook.NAME, config, Buckets.ALL, SEEDS, List.of(new ScopedKey("onering-stage",
                Buckets.STAGE, Template.secret(STAGE_ACCESS_KEY), Template.secret(STAGE_SECRET_KEY))));
    }

    /**
     * A hook of the object store ({@link ObjectStoreHook}, named {@code hook}): the buckets, created with the platform
     * key when missing; the seeds, uploaded when changed; and on Garage, the keys scoped to their buckets (other engines
     * have no API for that, so their clients use the platform key).
     */
    public static HookSpec storageHook(String hook, PlatformConfig config, List<String> buckets, List<Seed> seeds,
                                       List<ScopedKey> keys) {
        Map<String, String> env = new LinkedHashMap<>(hookConnection(config));
        env.put(ObjectStoreHook.BUCKETS, String.join(",", buckets));
        env.put(ObjectStoreHook.SEEDS, ObjectStoreHook.encode(seeds));
        if (config.objectStore() == ObjectStoreEngine.GARAGE && !keys.isEmpty()) {
            env.putAll(scopedKeysEnvironment(keys));
        }
        return new HookSpec(hook, List.of(HOST), env, seeds.stream().map(Seed::file).toList());
    }

    /** How an object-store hook reaches the store: with the platform key, which creates buckets. */
    private static Map<String, String> hookConnection(PlatformConfig config) {
        return Map.of(
                ObjectStoreHook.ENDPOINT, "http://" + Template.endpoint(HOST, "s3"),
                ObjectStoreHook.REGION, region(config),
                ObjectStoreHook.ACCESS_KEY, Template.secret(ACCESS_KEY),
                ObjectStoreHook.SECRET_KEY, Template.secret(SECRET_KEY));
    }

    /** What the object-store hooks need to scope keys to buckets through Garage's admin API. */
    private static Map<String, String> scopedKeysEnvironment(List<ScopedKey> keys) {
        return Map.of(
                GarageScopedKeys.ADMIN_ENDPOINT, "http://" + Template.endpoint(HOST, "admin"),
                GarageScopedKeys.ADMIN_TOKEN, Template.secret(ADMIN_TOKEN),
                GarageScopedKeys.KEYS, GarageScopedKeys.encode(keys));
    }
}
