package com.onering.components.security;

import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.storage.Redis;
import com.onering.config.ObjectStoreEngine;
import com.onering.config.PlatformConfig;
import com.onering.hooks.http.CanonicalJson;
import com.onering.hooks.security.InfisicalApi;
import com.onering.hooks.security.InfisicalHook;
import com.onering.hooks.security.ServiceSecretsHook;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Infisical, the platform's optional secrets vault. Stateless: its state is in Postgres and Redis. */
public final class Infisical implements Component {
    public static final String NAME = "infisical";
    /** The API as workloads on the platform network reach it. */
    public static final String URL_IN_NETWORK = "http://" + NAME + ":8080";
    public static final int HOST_PORT = 8082;
    public static final DatabaseNeed DATABASE = new DatabaseNeed("infisical", "infisical", "infisical-db-password");
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/infisical/infisical", "v0.159.28");
    /**
     * Upstream reports 600-770 MB in use at idle (Infisical/infisical#4795, #5074) and its Helm chart limits the
     * backend to 1000Mi: 1 GiB, with the V8 heap capped below it so native memory keeps room.
     */
    static final int MEMORY_MIB = 1024;
    static final int HEAP_MIB = 768;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Profile profile() {
        return Profile.CORE;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        WorkloadSpec server = WorkloadSpec.service(NAME, IMAGE)
                .env("HOST", "0.0.0.0")
                .env("PORT", "8080")
                .env("SITE_URL", context.config().publishedUrl("infisical", "http", HOST_PORT))
                // Lost ENCRYPTION_KEY = lost secrets: it is generated once and kept in stack state.
                .env("ENCRYPTION_KEY", Template.secret("infisical-encryption-key"))
                .env("AUTH_SECRET", Template.secret("infisical-auth-secret"))
                .env("DB_CONNECTION_URI", Postgres.url("postgres", DATABASE))
                .env("REDIS_URL", Redis.url(2))
                .env("TELEMETRY_ENABLED", "false")
                .env("NODE_OPTIONS", "--max-old-space-size=" + HEAP_MIB)
                .port(PortSpec.published("http", 8080, HOST_PORT))
                .health(HealthCheck.exec("curl", "--fail", "--silent", "http://localhost:8080/api/status")
                        .withStartPeriod(Duration.ofSeconds(90)))
                .ui("http", "/", "/api/")
                .dependsOn(Dependency.healthy("postgres"))
                .dependsOn(Dependency.healthy("redis"))
                .memory(MemorySize.mebibytes(MEMORY_MIB))
                .build();
        return new ComponentSpec(name(), profile(), "onering:security:Infisical", List.of(server),
                List.of(SecretSpec.password(DATABASE.passwordSecret()), SecretSpec.hex("infisical-encryption-key", 16),
                        SecretSpec.base64("infisical-auth-secret", 32), SecretSpec.password(InfisicalHook.ADMIN_PASSWORD_SECRET),
                        SecretSpec.provided(InfisicalApi.TOKEN_SECRET)),
                List.of(DATABASE), List.of(hookSpec(context.config())), Map.of());
    }

    /** The core platform secrets, named as environment variables. */
    public static HookSpec hookSpec(PlatformConfig config) {
        Map<String, String> secrets = new TreeMap<>();
        secrets.put("POSTGRES_SUPERUSER_PASSWORD", Template.secret(Postgres.SUPERUSER_PASSWORD));
        secrets.put("POSTGRES_CURATED_PASSWORD", Template.secret(Postgres.CURATED.passwordSecret()));
        secrets.put("S3_ACCESS_KEY_ID", Template.secret(ObjectStore.ACCESS_KEY));
        secrets.put("S3_SECRET_ACCESS_KEY", Template.secret(ObjectStore.SECRET_KEY));
        secrets.put("CLICKHOUSE_PASSWORD", Template.secret("clickhouse-admin-password"));
        secrets.put("REDIS_PASSWORD", Template.secret("redis-password"));
        secrets.put("AIRFLOW_ADMIN_PASSWORD", Template.secret("airflow-admin-password"));
        if (config.objectStore() == ObjectStoreEngine.GARAGE) {
            secrets.put("S3_STAGE_ACCESS_KEY_ID", Template.secret(ObjectStore.STAGE_ACCESS_KEY));
            secrets.put("S3_STAGE_SECRET_ACCESS_KEY", Template.secret(ObjectStore.STAGE_SECRET_KEY));
        }
        Map<String, String> env = new LinkedHashMap<>(adminSession(config));
        env.put(InfisicalHook.ADMIN_EMAIL, "admin@onering.local");
        env.put(InfisicalHook.ADMIN_PASSWORD, Template.secret(InfisicalHook.ADMIN_PASSWORD_SECRET));
        env.put(InfisicalHook.SECRETS, CanonicalJson.write(secrets));
        return new HookSpec(InfisicalHook.NAME, List.of(NAME), env, List.of());
    }

    /** Whether the stack runs Infisical (its profile is selected and it is not excluded), so services read their secrets from it. */
    public static boolean deployedWith(PlatformConfig config) {
        return config.profiles().contains(Profile.CORE) && !config.excludes(NAME);
    }

    /**
     * The hook that keeps {@code secrets} (names and values, which may be secret placeholders) in the Infisical project
     * of {@code hook}'s service and that service's credentials in its {@code database}, written as the database's
     * owner: it waits for Infisical, the database and the changelog {@code migrations} that makes the table.
     */
    public static HookSpec serviceSecretsHook(PlatformConfig config, ServiceSecretsHook hook, DatabaseNeed database, String migrations,
                                              Map<String, String> secrets) {
        Map<String, String> env = new LinkedHashMap<>(adminSession(config));
        env.put(ServiceSecretsHook.SECRETS, CanonicalJson.write(new TreeMap<>(secrets)));
        env.put(ServiceSecretsHook.INFISICAL_URL_FROM_SERVICE, URL_IN_NETWORK);
        env.put(ServiceSecretsHook.DATABASE_URL, Postgres.jdbcUrlFromHooks(database.database()));
        env.put(ServiceSecretsHook.DATABASE_USER, database.role());
        env.put(ServiceSecretsHook.DATABASE_PASSWORD, Template.secret(database.passwordSecret()));
        return new HookSpec(hook.name(), List.of(NAME, Postgres.HOST), env, List.of(), List.of(InfisicalHook.NAME, migrations));
    }

    /**
     * What a hook needs to act as Infisical's instance admin ({@link InfisicalApi#asAdmin}): the API, and the admin
     * token, passed only when the stack sets {@link InfisicalApi#TOKEN_SECRET} (a placeholder for a secret nobody
     * declares would fail the deployment), else the file where the infisical hook keeps it.
     */
    public static Map<String, String> adminSession(PlatformConfig config) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(InfisicalApi.URL, "http://" + Template.endpoint(NAME, "http"));
        if (config.providedSecrets().containsKey(InfisicalApi.TOKEN_SECRET)) {
            env.put(InfisicalApi.TOKEN, Template.secret(InfisicalApi.TOKEN_SECRET));
        }
        // Relative to the project directory, gitignored.
        env.put(InfisicalApi.TOKEN_FILE, ".work/infisical/" + config.stack() + "/admin-token");
        return env;
    }
}
