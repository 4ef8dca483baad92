package com.onering.components.streaming;

import com.onering.components.security.Keycloak;
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
import java.util.ArrayList;
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
    /** The component's name. */
    public static final String NAME = "iceberg-catalog";
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
    /**
     * With the security profile: the audience every token for Lakekeeper carries, and the public OIDC client its UI
     * logs in with (Authorization Code with PKCE in the browser).
     */
    public static final String AUDIENCE = "lakekeeper";
    /** The catalog's machine clients, each a confidential realm client with a service account (security profile). */
    public static final List<CatalogClient> CLIENTS = List.of(
            new CatalogClient(NAME, BOOTSTRAP_HOOK),
            new CatalogClient("trino", "trino-iceberg"),
            new CatalogClient("spark", "spark-iceberg"));

    /**
     * A machine client of the catalog: {@code component}, when deployed with the security profile, declares the
     * password {@link #secret()} and gets tokens for {@value #AUDIENCE} from the realm by the client-credentials grant.
     */
    public record CatalogClient(String component, String clientId) {
        public String secret() {
            return "oidc-" + clientId + "-client-secret";
        }
    }

    /** The catalog client of {@code component}. */
    public static CatalogClient clientOf(String component) {
        return CLIENTS.stream().filter(c -> c.component().equals(component)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no catalog client for " + component));
    }

    /** The realm's token endpoint as containers reach it (Trino's and Spark's catalog clients). */
    public static String internalTokenUrl() {
        return Keycloak.internalRealmUrl() + "/protocol/openid-connect/token";
    }

    /** The REST catalog URI as seen from inside the platform. */
    public static String restUri() {
        return "http://" + HOST + ":" + PORT + "/catalog";
    }

    /**
     * Lakekeeper checks every management and catalog request's bearer token against the realm: keys and issuer from
     * the discovery document, which it reads in-network ({@code keycloak:8080}). Keycloak names the browser-facing URL
     * as issuer there and in every token it signs (its hostname is fixed, {@code KC_HOSTNAME}), whichever address the
     * token was asked at, so no additional issuer is needed. Without an authorization backend ({@code allowall}, the
     * default) every authenticated caller may do everything; the realm decides who gets a token for this audience.
     */
    private static void openId(PlatformContext context, Map<String, String> env) {
        env.put("LAKEKEEPER__OPENID_PROVIDER_URI", Keycloak.internalRealmUrl());
        env.put("LAKEKEEPER__OPENID_AUDIENCE", AUDIENCE);
        // Keycloak's user id; Lakekeeper otherwise prefers an "oid" claim (Entra ID's).
        env.put("LAKEKEEPER__OPENID_SUBJECT_CLAIM", "sub");
        // The UI logs people in from the browser, which reaches the realm only at its published URL.
        env.put("LAKEKEEPER__UI__OPENID_PROVIDER_URI", Keycloak.publicUrl(context.config()) + "/realms/" + Keycloak.REALM);
        env.put("LAKEKEEPER__UI__OPENID_CLIENT_ID", AUDIENCE);
    }

    @Override
    public String name() {
        return NAME;
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
        boolean secured = context.config().directoryEnabled();
        if (secured) {
            openId(context, env);
        }

        WorkloadSpec migrate = WorkloadSpec.job(MIGRATE, IMAGE)
                .command("migrate")
                .env(env)
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .memory(MemorySize.mebibytes(128))
                .build();
        WorkloadSpec.Builder server = WorkloadSpec.service(HOST, IMAGE)
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
                .memory(MemorySize.mebibytes(256));
        List<SecretSpec> secrets = new ArrayList<>(List.of(SecretSpec.password(DATABASE.passwordSecret()), SecretSpec.password(ENCRYPTION_KEY)));
        Map<String, String> hookEnv = new TreeMap<>(Map.of(
                "LAKEKEEPER_URL", "http://" + Template.endpoint(HOST, "http"),
                "WAREHOUSE", WAREHOUSE,
                "WAREHOUSE_BUCKET", ObjectStore.Buckets.ICEBERG,
                "WAREHOUSE_KEY_PREFIX", KEY_PREFIX,
                // Lakekeeper itself reaches the object store, so the in-platform endpoint.
                "S3_ENDPOINT", ObjectStore.endpoint(context.config()),
                "S3_REGION", ObjectStore.region(context.config()),
                "S3_ACCESS_KEY_ID", Template.secret(ObjectStore.ACCESS_KEY),
                "S3_SECRET_ACCESS_KEY", Template.secret(ObjectStore.SECRET_KEY)));
        if (secured) {
            // It fetches the realm's keys at start, and the hook's token comes from the realm.
            server.dependsOn(Dependency.healthy(Keycloak.HOST));
            CatalogClient client = clientOf(name());
            secrets.add(SecretSpec.password(client.secret()));
            // The hook runs on the deploying machine: the realm's published address, whose issuer tokens carry anyway.
            hookEnv.put("OIDC_TOKEN_URL", "http://" + Template.endpoint(Keycloak.HOST, "http") + "/realms/" + Keycloak.REALM
                    + "/protocol/openid-connect/token");
            hookEnv.put("OIDC_CLIENT_ID", client.clientId());
            hookEnv.put("OIDC_CLIENT_SECRET", Template.secret(client.secret()));
        }
        // Lakekeeper validates the warehouse bucket on creation: the bucket hook must have run.
        HookSpec bootstrap = new HookSpec(BOOTSTRAP_HOOK, List.of(HOST, ObjectStore.HOST), hookEnv, List.of(), List.of(ObjectStoreHook.NAME));
        return new ComponentSpec(name(), profile(), "onering:streaming:IcebergCatalog", List.of(migrate, server.build()),
                secrets, List.of(DATABASE), List.of(bootstrap),
                Map.of("icebergRestUrl", "http://" + Template.endpoint(HOST, "http") + "/catalog"));
    }
}
