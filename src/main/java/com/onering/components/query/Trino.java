package com.onering.components.query;

import com.onering.components.security.Keycloak;
import com.onering.components.security.OAuth2Proxy;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore.Buckets;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.hooks.query.TrinoSchemasHook;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
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
import java.util.List;
import java.util.Map;

/**
 * Trino, the engineers' SQL gateway across the storage stack: {@code iceberg} (REST catalog), {@code hive} (seed
 * 002's metastore), {@code postgresql} (curated database) and {@code clickhouse} (marts). The files under
 * {@code config/trino/} take every address and credential from the environment set here. Clients authenticate over
 * HTTPS: services with a password of the file authenticator, people (security profile) with a realm token; the
 * catalogs log in with accounts of their own, never the databases' admins or owners.
 */
public final class Trino implements Component {
    public static final String HOST = "trino";
    /** Plain HTTP: the image's health check and the node's own internal requests; clients are refused here. */
    public static final int HTTP_PORT = 8080;
    public static final int HTTPS_PORT = 8443;
    public static final List<String> CATALOGS = List.of("iceberg", "hive", "postgresql", "clickhouse");
    /** dbt's login in the password file; its password is generated ({@link #passwordSecret}). */
    public static final String DBT_USER = "dbt";
    /** The service logins of the password file, each with a generated password. */
    public static final List<String> SERVICE_USERS = List.of(DBT_USER, TrinoSchemasHook.TRINO_USER);
    /** The realm client whose audience people's tokens carry: the gate's client of this UI. */
    public static final String AUDIENCE = HOST;
    /** Trino's own login to the curated database: a member of the engineers' role ({@code identity.CuratedDatabaseAccess}). */
    public static final String POSTGRES_ROLE = "trino";
    public static final String POSTGRES_PASSWORD = "trino-db-password";
    /** Trino 480+ needs an x86-64-v3 (AVX2) or arm64 CPU. */
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/trinodb/trino", "483");
    private static final String SHARED_SECRET = "trino-shared-secret";
    private static final String KEYSTORE_PASSWORD = "trino-keystore-password";
    private static final String PASSWORD_SALT = "trino-password-salt";
    private static final String KEYSTORE = "/tmp/trino-tls/keystore.p12";

    /** The generated password of a service login. */
    public static String passwordSecret(String user) {
        return "trino-" + user + "-password";
    }

    private static String passwordHashSecret(String user) {
        return passwordSecret(user) + "-hash";
    }

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
        boolean secured = context.config().directoryEnabled();
        WorkloadSpec.Builder trino = WorkloadSpec.service(HOST, IMAGE)
                .command("bash", "-c", selfSignedKeystore() + " && exec /usr/lib/trino/bin/run-trino")
                .env("TRINO_AUTHENTICATION_TYPES", secured ? "PASSWORD,JWT" : "PASSWORD")
                .env("TRINO_SHARED_SECRET", Template.secret(SHARED_SECRET))
                .env("TRINO_KEYSTORE_PASSWORD", Template.secret(KEYSTORE_PASSWORD))
                .env("ICEBERG_REST_URI", IcebergCatalog.restUri())
                .env("ICEBERG_WAREHOUSE", IcebergCatalog.WAREHOUSE)
                .env("HIVE_METASTORE_URI", HiveMetastore.URI)
                .env("S3_ENDPOINT", ObjectStore.endpoint(context.config()))
                .env("S3_REGION", ObjectStore.region(context.config()))
                .env("S3_ACCESS_KEY", Template.secret(ObjectStore.ACCESS_KEY))
                .env("S3_SECRET_KEY", Template.secret(ObjectStore.SECRET_KEY))
                .env("POSTGRES_JDBC_URL", Postgres.jdbcUrl(Postgres.CURATED.database()))
                .env("POSTGRES_USER", POSTGRES_ROLE)
                .env("POSTGRES_PASSWORD", Template.secret(POSTGRES_PASSWORD))
                .env("CLICKHOUSE_JDBC_URL", "jdbc:clickhouse://" + ClickHouse.HOST + ":" + ClickHouse.HTTP_PORT + "/")
                .env("CLICKHOUSE_USER", ClickHouse.TRINO_USER)
                .env("CLICKHOUSE_PASSWORD", Template.secret(ClickHouse.TRINO_PASSWORD))
                .port(PortSpec.internal("http", HTTP_PORT))
                .port(PortSpec.published(OAuth2Proxy.HTTPS_PORT_NAME, HTTPS_PORT, 8085))
                // The image's own probe (GET /v1/info on the HTTP port, "starting": false); newer images drop curl.
                .health(HealthCheck.exec("/usr/lib/trino/bin/health-check").withStartPeriod(Duration.ofSeconds(90)))
                .ui(OAuth2Proxy.HTTPS_PORT_NAME, "/ui/", "/v1/")
                .dependsOn(Dependency.healthy(IcebergCatalog.HOST))
                .dependsOn(Dependency.healthy(HiveMetastore.HOST))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(ClickHouse.HOST))
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                // The image's JVM takes 80% of the limit as heap; 2 GiB is the documented minimum.
                .memory(MemorySize.gibibytes(2));
        String config = context.files().read("trino/config.properties");
        String iceberg = context.files().read("trino/catalog/iceberg.properties");
        List<SecretSpec> secrets = new ArrayList<>(List.of(SecretSpec.base64(SHARED_SECRET, 32), SecretSpec.password(KEYSTORE_PASSWORD),
                SecretSpec.password(POSTGRES_PASSWORD), SecretSpec.hex(PASSWORD_SALT, 16)));
        if (secured) {
            String realm = Keycloak.publicUrl(context.config()) + "/realms/" + Keycloak.REALM;
            config += context.files().read("trino/security/jwt.properties");
            trino.env("TRINO_JWT_KEYS_URL", Keycloak.internalRealmUrl() + "/protocol/openid-connect/certs")
                    .env("TRINO_JWT_ISSUER", realm)
                    .env("TRINO_JWT_AUDIENCE", AUDIENCE)
                    .dependsOn(Dependency.healthy(Keycloak.HOST));
            IcebergCatalog.CatalogClient client = IcebergCatalog.clientOf(name());
            iceberg += context.files().read("trino/security/iceberg-oauth2.properties");
            trino.env("ICEBERG_OAUTH2_CREDENTIAL", client.clientId() + ":" + Template.secret(client.secret()))
                    .env("ICEBERG_OAUTH2_TOKEN_URL", IcebergCatalog.internalTokenUrl());
            secrets.add(SecretSpec.password(client.secret()));
        }
        StringBuilder passwords = new StringBuilder();
        for (String user : SERVICE_USERS) {
            secrets.add(SecretSpec.password(passwordSecret(user)));
            secrets.add(SecretSpec.pbkdf2(passwordHashSecret(user), passwordSecret(user), PASSWORD_SALT));
            passwords.append(user).append(':').append(Template.secret(passwordHashSecret(user))).append('\n');
        }
        trino.file(FileSpec.of("/etc/trino/config.properties", config))
                .file(FileSpec.of("/etc/trino/password-authenticator.properties", context.files().read("trino/password-authenticator.properties")))
                .file(FileSpec.of("/etc/trino/password.db", passwords.toString()))
                .file(FileSpec.of("/etc/trino/catalog/iceberg.properties", iceberg));
        // Node, JVM and log settings stay the image's.
        CATALOGS.stream().filter(c -> !c.equals("iceberg")).forEach(catalog -> trino.file(FileSpec.of("/etc/trino/catalog/" + catalog + ".properties",
                context.files().read("trino/catalog/" + catalog + ".properties"))));
        return new ComponentSpec(name(), profile(), "onering:query:Trino", List.of(trino.build()), secrets, List.of(),
                List.of(hookSpec()), Map.of("trinoUrl", "https://" + Template.endpoint(HOST, "https")));
    }

    /**
     * A fresh self-signed key pair at each start (keytool ships with the image's JDK): the HTTPS that makes Trino
     * check credentials. It encrypts; clients on the platform network do not verify it (see docs/data-plane.md).
     */
    private static String selfSignedKeystore() {
        return "mkdir -p " + KEYSTORE.substring(0, KEYSTORE.lastIndexOf('/')) + " && rm -f " + KEYSTORE
                + " && \"${JAVA_HOME:+$JAVA_HOME/bin/}keytool\" -genkeypair -alias trino -keyalg EC -groupname secp256r1"
                + " -validity 3650 -dname CN=" + HOST + " -ext SAN=dns:" + HOST + ",dns:localhost,ip:127.0.0.1"
                + " -storetype PKCS12 -keystore " + KEYSTORE + " -storepass \"$TRINO_KEYSTORE_PASSWORD\"";
    }

    /**
     * The trino-schemas hook: workload {@code trino}, HTTPS on its published port {@code https} (the gatekeeper turns
     * this into its own plain-HTTP address on the loopback), its login and generated password, an Iceberg catalog
     * named iceberg whose warehouse the catalog's bootstrap hook creates, so this runs after that hook.
     */
    public static HookSpec hookSpec() {
        return new HookSpec(TrinoSchemasHook.NAME, List.of(HOST), Map.of(
                TrinoSchemasHook.URL, "https://" + Template.endpoint(HOST, "https"),
                TrinoSchemasHook.USER, TrinoSchemasHook.TRINO_USER,
                TrinoSchemasHook.PASSWORD, Template.secret(passwordSecret(TrinoSchemasHook.TRINO_USER)),
                TrinoSchemasHook.BUCKET, Buckets.ICEBERG), List.of(), List.of(IcebergCatalog.BOOTSTRAP_HOOK));
    }
}
