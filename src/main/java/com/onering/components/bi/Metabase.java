package com.onering.components.bi;

import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.Postgres;
import com.onering.hooks.bi.MetabaseHook;
import com.onering.hooks.identity.ClickHouseRolesHook;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metabase, the analysts' BI on the ClickHouse marts, the curated PostgreSQL's gold schema and, with the poc profile,
 * seed 002's curated tables (among them the demo stream's posts). Its application database
 * is on the platform PostgreSQL; the ClickHouse driver is built in since Metabase 54, so no plugin jar is mounted.
 */
public final class Metabase implements Component {
    public static final String HOST = "metabase";
    public static final int PORT = 3000;
    public static final DatabaseNeed DATABASE = new DatabaseNeed("metabase", "metabase", "metabase-db-password");
    private static final String ENCRYPTION_KEY = "metabase-encryption-key";
    /** Its login to the curated database: reads {@value #CURATED_SCHEMA} and nothing else (identity/ServiceDatabases). */
    public static final String CURATED_READER_ROLE = "metabase_reader";
    public static final String CURATED_READER_PASSWORD = "metabase-curated-password";
    public static final String CURATED_SCHEMA = "gold";
    /**
     * Its login to seed 002's poc database, with the poc profile: reads its {@code curated} schema (traffic readings,
     * the stream's posts) and nothing else.
     */
    public static final String POC_READER_ROLE = "metabase_poc_reader";
    public static final String POC_READER_PASSWORD = "metabase-poc-password";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/metabase/metabase", "v0.64.1");

    @Override
    public String name() {
        return "metabase";
    }

    @Override
    public Profile profile() {
        return Profile.ANALYTICS;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec metabase = WorkloadSpec.service(HOST, IMAGE)
                .env("MB_DB_TYPE", "postgres")
                .env("MB_DB_HOST", Postgres.HOST)
                .env("MB_DB_PORT", String.valueOf(Postgres.PORT))
                .env("MB_DB_DBNAME", DATABASE.database())
                .env("MB_DB_USER", DATABASE.role())
                .env("MB_DB_PASS", Template.secret(DATABASE.passwordSecret()))
                // Encrypts the data-source credentials Metabase stores in its application database.
                .env("MB_ENCRYPTION_SECRET_KEY", Template.secret(ENCRYPTION_KEY))
                .env("MB_ANON_TRACKING_ENABLED", "false")
                .env("MB_CHECK_FOR_UPDATES", "false")
                .env("JAVA_OPTS", "-Xmx768m")
                .port(PortSpec.published("http", PORT, 3030))
                // The first start runs all application-database migrations.
                .health(HealthCheck.exec("curl", "-fsS", "http://localhost:3000/api/health").withStartPeriod(Duration.ofSeconds(240)))
                .analystUi("http", "/", "/api/")
                .dependsOn(Dependency.healthy(Postgres.HOST))
                // Its one data source: the marts.
                .dependsOn(Dependency.healthy(ClickHouse.HOST))
                .memory(MemorySize.mebibytes(1280))
                .build();
        // With the poc profile Metabase shows seed 002's curated tables too.
        boolean poc = context.config().profiles().contains(Profile.POC);
        List<SecretSpec> secrets = new ArrayList<>(List.of(SecretSpec.password(DATABASE.passwordSecret()), SecretSpec.base64(ENCRYPTION_KEY, 32),
                SecretSpec.password(MetabaseHook.ADMIN_PASSWORD_SECRET), SecretSpec.password(CURATED_READER_PASSWORD)));
        if (poc) {
            secrets.add(SecretSpec.password(POC_READER_PASSWORD));
        }
        return new ComponentSpec(name(), profile(), "onering:bi:Metabase", List.of(metabase), secrets,
                List.of(DATABASE), List.of(hookSpec(poc)), Map.of("metabaseUrl", "http://" + Template.endpoint(HOST, "http")));
    }

    /**
     * The Metabase hook: workload {@code metabase}, published port {@code http}; ClickHouse as Metabase reaches
     * it in-network, as the read-only {@code clickhouse-reader}, which exists once the ClickHouse roles hook has run
     * (Metabase tests a connection before saving it); the curated database as {@value #CURATED_READER_ROLE}, and with
     * {@code poc} the poc database as {@value #POC_READER_ROLE}, both declared before Metabase starts.
     */
    public static HookSpec hookSpec(boolean poc) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(MetabaseHook.URL, "http://" + Template.endpoint("metabase", "http"));
        env.put(MetabaseHook.ADMIN_EMAIL, "admin@onering.local");
        env.put(MetabaseHook.ADMIN_PASSWORD, Template.secret(MetabaseHook.ADMIN_PASSWORD_SECRET));
        env.put(MetabaseHook.CLICKHOUSE_HOST, ClickHouse.HOST);
        env.put(MetabaseHook.CLICKHOUSE_PORT, String.valueOf(ClickHouse.HTTP_PORT));
        env.put(MetabaseHook.CLICKHOUSE_USER, ClickHouse.READER_USER);
        env.put(MetabaseHook.CLICKHOUSE_PASSWORD, Template.secret(ClickHouse.READER_PASSWORD));
        env.put(MetabaseHook.CLICKHOUSE_DATABASE, ClickHouse.DATABASE);
        env.put(MetabaseHook.POSTGRES_HOST, Postgres.HOST);
        env.put(MetabaseHook.POSTGRES_PORT, String.valueOf(Postgres.PORT));
        env.put(MetabaseHook.POSTGRES_DATABASE, Postgres.CURATED_DATABASE);
        env.put(MetabaseHook.POSTGRES_USER, CURATED_READER_ROLE);
        env.put(MetabaseHook.POSTGRES_PASSWORD, Template.secret(CURATED_READER_PASSWORD));
        if (poc) {
            env.put(MetabaseHook.POC_DATABASE, Postgres.POC.database());
            env.put(MetabaseHook.POC_USER, POC_READER_ROLE);
            env.put(MetabaseHook.POC_PASSWORD, Template.secret(POC_READER_PASSWORD));
        }
        return new HookSpec(MetabaseHook.NAME, List.of("metabase"), env, List.of(), List.of(ClickHouseRolesHook.NAME));
    }
}
