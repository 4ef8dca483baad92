package com.onering.components.query;

import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.hooks.query.TrinoSchemasHook;
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

/**
 * Trino, the engineers' SQL gateway across the storage stack: {@code iceberg} (REST catalog), {@code hive} (seed
 * 002's metastore), {@code postgresql} (curated database) and {@code clickhouse} (marts). The catalog files under
 * {@code config/trino/catalog/} take every address and credential from the environment set here.
 */
public final class Trino implements Component {
    public static final String HOST = "trino";
    public static final int PORT = 8080;
    public static final List<String> CATALOGS = List.of("iceberg", "hive", "postgresql", "clickhouse");
    /** Trino 480+ needs an x86-64-v3 (AVX2) or arm64 CPU. */
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/trinodb/trino", "483");

    @Override
    public String name() {
        return "trino";
    }

    @Override
    public Profile profile() {
        return Profile.ANALYTICS;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec.Builder trino = WorkloadSpec.service(HOST, IMAGE)
                .env("ICEBERG_REST_URI", IcebergCatalog.restUri())
                .env("ICEBERG_WAREHOUSE", IcebergCatalog.WAREHOUSE)
                .env("HIVE_METASTORE_URI", HiveMetastore.URI)
                .env("S3_ENDPOINT", ObjectStore.endpoint(context.config()))
                .env("S3_REGION", ObjectStore.region(context.config()))
                .env("S3_ACCESS_KEY", Template.secret(ObjectStore.ACCESS_KEY))
                .env("S3_SECRET_KEY", Template.secret(ObjectStore.SECRET_KEY))
                .env("POSTGRES_JDBC_URL", Postgres.jdbcUrl(Postgres.CURATED.database()))
                .env("POSTGRES_USER", Postgres.CURATED.role())
                .env("POSTGRES_PASSWORD", Template.secret(Postgres.CURATED.passwordSecret()))
                .env("CLICKHOUSE_JDBC_URL", "jdbc:clickhouse://" + ClickHouse.HOST + ":" + ClickHouse.HTTP_PORT + "/")
                .env("CLICKHOUSE_USER", ClickHouse.ADMIN_USER)
                .env("CLICKHOUSE_PASSWORD", Template.secret(ClickHouse.ADMIN_PASSWORD))
                .port(PortSpec.published("http", PORT, 8085))
                // The image's own probe (GET /v1/info, "starting": false); newer images no longer ship curl.
                .health(HealthCheck.exec("/usr/lib/trino/bin/health-check").withStartPeriod(Duration.ofSeconds(90)))
                .ui("http", "/ui/", "/v1/")
                .dependsOn(Dependency.healthy(IcebergCatalog.HOST))
                .dependsOn(Dependency.healthy(HiveMetastore.HOST))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(ClickHouse.HOST))
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                // The image's JVM takes 80% of the limit as heap; 2 GiB is the documented minimum.
                .memory(MemorySize.gibibytes(2));
        // Only the catalog files are mounted, so the image's node, JVM and log defaults stay in effect.
        CATALOGS.forEach(catalog -> trino.file(FileSpec.of("/etc/trino/catalog/" + catalog + ".properties",
                context.files().read("trino/catalog/" + catalog + ".properties"))));
        return new ComponentSpec(name(), profile(), "onering:query:Trino", List.of(trino.build()), List.of(), List.of(),
                List.of(TrinoSchemasHook.spec()), Map.of("trinoUrl", "http://" + Template.endpoint(HOST, "http")));
    }
}
