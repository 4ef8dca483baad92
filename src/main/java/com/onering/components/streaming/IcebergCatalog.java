package com.onering.components.streaming;

import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Iceberg REST catalog of the lakehouse: Lakekeeper, persistent on the platform PostgreSQL, one warehouse in the
 * {@code iceberg} bucket. A migration job prepares its schema; a post-deploy hook accepts the terms of the fresh
 * catalog and creates the warehouse (storage is configured through its management API, not environment).
 */
public final class IcebergCatalog implements Component {
    public static final String HOST = "iceberg-rest";
    public static final int PORT = 8181;
    /** The warehouse clients name ({@code warehouse} property of Spark, Trino and Flink catalogs). */
    public static final String WAREHOUSE = "lakehouse";
    /** Tables live under {@code s3://iceberg/warehouse/}. */
    public static final String KEY_PREFIX = "warehouse";
    public static final DatabaseNeed DATABASE = new DatabaseNeed("iceberg_catalog", "iceberg_catalog", "iceberg-catalog-db-password");
    public static final String BOOTSTRAP_HOOK = "iceberg-catalog-bootstrap";
    static final ImageSource IMAGE = new ImageSource.Pulled("quay.io/lakekeeper/catalog", "v0.13.6");
    private static final String MIGRATE = "iceberg-catalog-migrate";
    private static final String ENCRYPTION_KEY = "iceberg-catalog-encryption-key";

    /** The REST catalog URI as seen from inside the platform. */
    public static String restUri() {
        return "http://" + HOST + ":" + PORT + "/catalog";
    }

    @Override
    public String name() {
        return "iceberg-catalog";
    }

    @Override
    public Profile profile() {
        return Profile.STREAMING;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        Map<String, String> env = new TreeMap<>();
        String database = Postgres.url("postgresql", DATABASE);
        env.put("LAKEKEEPER__PG_DATABASE_URL_READ", database);
        env.put("LAKEKEEPER__PG_DATABASE_URL_WRITE", database);
        // Encrypts the warehouse's storage credential in the database: generated once, kept in stack state.
        env.put("LAKEKEEPER__PG_ENCRYPTION_KEY", Template.secret(ENCRYPTION_KEY));
        env.put("LAKEKEEPER__BASE_URI", "http://" + HOST + ":" + PORT);

        WorkloadSpec migrate = WorkloadSpec.job(MIGRATE, IMAGE)
                .command("migrate")
                .env(env)
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .memory(MemorySize.mebibytes(128))
                .build();
        WorkloadSpec server = WorkloadSpec.service(HOST, IMAGE)
                .command("serve")
                .env(env)
                .port(PortSpec.published("http", PORT, 8181))
                // Prometheus metrics (LAKEKEEPER__METRICS_PORT default).
                .port(PortSpec.internal("metrics", 9000))
                .metrics("metrics", "/metrics")
                // A scratch image: no shell, no curl; the binary probes itself.
                .health(HealthCheck.exec("/home/nonroot/lakekeeper", "healthcheck"))
                .ui("http", "/ui", "/management/", "/catalog/")
                .dependsOn(Dependency.completed(MIGRATE))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                // It writes and deletes table metadata in the warehouse bucket.
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .memory(MemorySize.mebibytes(256))
                .build();
        HookSpec bootstrap = new HookSpec(BOOTSTRAP_HOOK, List.of(HOST, ObjectStore.HOST), Map.of(
                "LAKEKEEPER_URL", "http://" + Template.endpoint(HOST, "http"),
                "WAREHOUSE", WAREHOUSE,
                "WAREHOUSE_BUCKET", ObjectStore.Buckets.ICEBERG,
                "WAREHOUSE_KEY_PREFIX", KEY_PREFIX,
                // Lakekeeper itself reaches the object store, so the in-platform endpoint.
                "S3_ENDPOINT", ObjectStore.endpoint(context.config()),
                "S3_REGION", ObjectStore.region(context.config()),
                "S3_ACCESS_KEY_ID", Template.secret(ObjectStore.ACCESS_KEY),
                "S3_SECRET_ACCESS_KEY", Template.secret(ObjectStore.SECRET_KEY)), List.of(),
                // Lakekeeper validates the warehouse bucket on creation: the bucket hook must have run.
                List.of(ObjectStoreHook.NAME));
        return new ComponentSpec(name(), profile(), "onering:streaming:IcebergCatalog", List.of(migrate, server),
                List.of(SecretSpec.password(DATABASE.passwordSecret()), SecretSpec.password(ENCRYPTION_KEY)),
                List.of(DATABASE), List.of(bootstrap),
                Map.of("icebergRestUrl", "http://" + Template.endpoint(HOST, "http") + "/catalog"));
    }
}
