package com.onering.components.query;

import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
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
 * The standalone Hive Metastore of seed 002's lakehouse, backed by the platform PostgreSQL, with S3A to the object
 * store (derived image: JDBC driver and AWS SDK). Its schema is created or upgraded by the entrypoint on start.
 */
public final class HiveMetastore implements Component {
    public static final String HOST = "hive-metastore";
    public static final int PORT = 9083;
    public static final String URI = "thrift://" + HOST + ":" + PORT;
    public static final DatabaseNeed DATABASE = new DatabaseNeed("hive_metastore", "hive_metastore", "hive-metastore-db-password");
    /** Hive tables live under {@code s3a://silver/hive/}. */
    public static final String WAREHOUSE_ROOT = "s3a://" + ObjectStore.Buckets.SILVER;

    @Override
    public String name() {
        return "hive-metastore";
    }

    @Override
    public Profile profile() {
        return Profile.ANALYTICS;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec metastore = WorkloadSpec.service(HOST, context.files().image("onering/hive-metastore", "hive-metastore"))
                .env("DB_DRIVER", "postgres")
                // Read by the entrypoint's schema tool and, as ${env.*}, by metastore-site.xml.
                .env("METASTORE_DB_CONNECTION_URL", Postgres.jdbcUrl(DATABASE.database()))
                .env("METASTORE_DB_CONNECTION_USER_NAME", DATABASE.role())
                .env("METASTORE_DB_CONNECTION_PASSWORD", Template.secret(DATABASE.passwordSecret()))
                .env("HIVE_WAREHOUSE_ROOT", WAREHOUSE_ROOT)
                .env("S3_ENDPOINT", ObjectStore.endpoint(context.config()))
                .env("S3_REGION", ObjectStore.region(context.config()))
                .env("AWS_ACCESS_KEY_ID", Template.secret(ObjectStore.ACCESS_KEY))
                .env("AWS_SECRET_ACCESS_KEY", Template.secret(ObjectStore.SECRET_KEY))
                // The entrypoint hard-codes -Xmx1G before SERVICE_OPTS; the later flag wins.
                .env("SERVICE_OPTS", "-Xmx512m")
                .port(PortSpec.internal("thrift", PORT))
                // Thrift has no HTTP probe; an accepted TCP connection on the port means the server is listening.
                .health(HealthCheck.exec("bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/" + PORT)
                        .withStartPeriod(Duration.ofSeconds(90)))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .memory(MemorySize.mebibytes(768))
                .build();
        return new ComponentSpec(name(), profile(), "onering:query:HiveMetastore", List.of(metastore),
                List.of(SecretSpec.password(DATABASE.passwordSecret())), List.of(DATABASE), List.of(), Map.of());
    }
}
