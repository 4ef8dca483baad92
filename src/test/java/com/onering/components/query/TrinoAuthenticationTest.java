package com.onering.components.query;

import static com.onering.testsupport.Platforms.assemble;
import static com.onering.testsupport.Platforms.file;
import static com.onering.testsupport.Platforms.property;
import static com.onering.testsupport.Platforms.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.security.Keycloak;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.Postgres;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.hooks.query.TrinoSchemasHook;
import com.onering.model.FileSpec;
import com.onering.model.HookSpec;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What Trino and its clients are given: authentication in config.properties (HTTPS only, since Trino's default lets
 * plain HTTP in with any user and no password), a password file of hashes, JWT against the realm with security, and
 * catalogs that log in as Trino's own accounts, never as the ClickHouse admin or the curated database's owner.
 */
class TrinoAuthenticationTest {
    private static final Pattern ENV_REF = Pattern.compile("\\$\\{ENV:([A-Z0-9_]+)}");

    private static Platform platform(boolean security) {
        return assemble("  onering:profiles: [" + (security ? "analytics, security" : "analytics") + "]\n");
    }

    /** A file as Trino reads it: every {@code ${ENV:…}} replaced by the container's value (which must exist). */
    private static String resolved(WorkloadSpec trino, String path) {
        Matcher m = ENV_REF.matcher(file(trino, path));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = trino.env().get(m.group(1));
            assertTrue(value != null, path + " uses ${ENV:" + m.group(1) + "} but the container has no such variable");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    @ParameterizedTest(name = "security={0}")
    @ValueSource(booleans = {false, true})
    void trinoAuthenticatesEveryClientOverHttpsOnly(boolean security) {
        WorkloadSpec trino = workload(platform(security), Trino.HOST);
        String config = resolved(trino, "/etc/trino/config.properties");
        assertEquals(security ? "PASSWORD,JWT" : "PASSWORD", property(config, "http-server.authentication.type"));
        assertEquals("false", property(config, "http-server.authentication.allow-insecure-over-http"),
                "Trino's default (true) would serve plain HTTP with its any-user insecure authenticator");
        assertEquals("true", property(config, "http-server.https.enabled"));
        assertEquals(String.valueOf(Trino.HTTPS_PORT), property(config, "http-server.https.port"));
        assertTrue(property(config, "internal-communication.shared-secret").matches("\\{\\{secret:[a-z0-9-]+}}"));
        assertTrue(property(config, "http-server.https.keystore.key").matches("\\{\\{secret:[a-z0-9-]+}}"));
        assertTrue(String.join(" ", trino.command()).contains(property(config, "http-server.https.keystore.path")),
                "the container makes the keystore config.properties names");
        assertEquals("/etc/trino/password-authenticator.properties", property(config, "password-authenticator.config-files"));
        String authenticator = file(trino, "/etc/trino/password-authenticator.properties");
        assertEquals("file", property(authenticator, "password-authenticator.name"));
        assertEquals("/etc/trino/password.db", property(authenticator, "file.password-file"));
        // Only the HTTPS port is published (or gated); plain HTTP stays inside the container's network.
        assertFalse(trino.port("http").orElseThrow().isPublished());
        assertEquals("https", trino.ui().orElseThrow().portName());
        if (security) {
            assertEquals(Keycloak.internalRealmUrl() + "/protocol/openid-connect/certs", property(config, "http-server.authentication.jwt.key-file"));
            assertEquals("http://127.0.0.1:8180/realms/" + Keycloak.REALM, property(config, "http-server.authentication.jwt.required-issuer"));
            assertEquals(Trino.AUDIENCE, property(config, "http-server.authentication.jwt.required-audience"));
            assertEquals("preferred_username", property(config, "http-server.authentication.jwt.principal-field"));
        } else {
            assertFalse(config.contains("http-server.authentication.jwt"), config);
        }
    }

    @ParameterizedTest(name = "security={0}")
    @ValueSource(booleans = {false, true})
    void thePasswordFileHoldsOneHashPerServiceLoginAndNoPassword(boolean security) {
        Platform platform = platform(security);
        String passwords = file(workload(platform, Trino.HOST), "/etc/trino/password.db");
        List<String> lines = passwords.lines().toList();
        assertEquals(Trino.SERVICE_USERS.size(), lines.size(), passwords);
        List<SecretSpec> secrets = platform.component("trino").orElseThrow().secrets();
        for (String user : Trino.SERVICE_USERS) {
            String line = lines.stream().filter(l -> l.startsWith(user + ":")).findFirst().orElseThrow(() -> new AssertionError(user));
            String secret = Template.secretRefs(line).iterator().next();
            SecretSpec hash = secrets.stream().filter(s -> s.name().equals(secret)).findFirst().orElseThrow();
            assertEquals(SecretSpec.Kind.PBKDF2, hash.kind(), "the file holds " + user + "'s hash, not the password");
            assertEquals(Trino.passwordSecret(user), hash.derivedFrom().get(0));
        }
    }

    @ParameterizedTest(name = "security={0}")
    @ValueSource(booleans = {false, true})
    void noCatalogUsesTheClickHouseAdminOrTheCuratedOwner(boolean security) {
        WorkloadSpec trino = workload(platform(security), Trino.HOST);
        List<String> forbidden = List.of(ClickHouse.ADMIN_USER, Template.secret(ClickHouse.ADMIN_PASSWORD),
                Postgres.CURATED.role(), Template.secret(Postgres.CURATED.passwordSecret()));
        for (FileSpec file : trino.files()) {
            if (!file.containerPath().startsWith("/etc/trino/catalog/")) {
                continue;
            }
            String text = resolved(trino, file.containerPath());
            forbidden.forEach(f -> assertFalse(text.contains(f), file.containerPath() + " uses " + f));
        }
        forbidden.forEach(f -> assertFalse(trino.env().containsValue(f), "Trino's environment carries " + f));
        assertEquals(ClickHouse.TRINO_USER, property(resolved(trino, "/etc/trino/catalog/clickhouse.properties"), "connection-user"));
        assertEquals(Trino.POSTGRES_ROLE, property(resolved(trino, "/etc/trino/catalog/postgresql.properties"), "connection-user"));
    }

    @ParameterizedTest(name = "security={0}")
    @ValueSource(booleans = {false, true})
    void theIcebergCatalogAuthenticatesToLakekeeperExactlyWhenLakekeeperChecksTokens(boolean security) {
        Platform platform = platform(security);
        WorkloadSpec trino = workload(platform, Trino.HOST);
        String iceberg = resolved(trino, "/etc/trino/catalog/iceberg.properties");
        WorkloadSpec lakekeeper = workload(platform, IcebergCatalog.HOST);
        if (security) {
            IcebergCatalog.CatalogClient client = IcebergCatalog.clientOf("trino");
            assertEquals("OAUTH2", property(iceberg, "iceberg.rest-catalog.security"));
            assertEquals(client.clientId() + ":" + Template.secret(client.secret()), property(iceberg, "iceberg.rest-catalog.oauth2.credential"));
            assertEquals(Keycloak.internalRealmUrl() + "/protocol/openid-connect/token", property(iceberg, "iceberg.rest-catalog.oauth2.server-uri"));
            assertEquals(Keycloak.internalRealmUrl(), lakekeeper.env().get("LAKEKEEPER__OPENID_PROVIDER_URI"));
            assertEquals(IcebergCatalog.AUDIENCE, lakekeeper.env().get("LAKEKEEPER__OPENID_AUDIENCE"));
            assertEquals("sub", lakekeeper.env().get("LAKEKEEPER__OPENID_SUBJECT_CLAIM"));
            assertEquals("http://127.0.0.1:8180/realms/" + Keycloak.REALM, lakekeeper.env().get("LAKEKEEPER__UI__OPENID_PROVIDER_URI"));
        } else {
            assertFalse(iceberg.contains("iceberg.rest-catalog.security"), iceberg);
            assertTrue(lakekeeper.env().keySet().stream().noneMatch(k -> k.contains("OPENID")), lakekeeper.env().toString());
        }
    }

    @ParameterizedTest(name = "security={0}")
    @ValueSource(booleans = {false, true})
    void hooksAndDbtGetCredentials(boolean security) {
        Platform platform = platform(security);
        HookSpec schemas = platform.component("trino").orElseThrow().hooks().stream()
                .filter(h -> h.hook().equals(TrinoSchemasHook.NAME)).findFirst().orElseThrow();
        assertEquals(TrinoSchemasHook.TRINO_USER, schemas.env().get("TRINO_USER"));
        assertEquals(Template.secret(Trino.passwordSecret(TrinoSchemasHook.TRINO_USER)), schemas.env().get("TRINO_PASSWORD"));
        // Without the gate the hook speaks HTTPS to Trino; with it, plain HTTP to the gate on the loopback.
        assertEquals(security ? "http://{{endpoint:trino-gate/http}}" : "https://{{endpoint:trino/https}}", schemas.env().get("TRINO_URL"));

        WorkloadSpec dbt = workload(platform, "dbt-trino-lakehouse");
        assertEquals(Trino.DBT_USER, dbt.env().get("TRINO_USER"));
        assertEquals(Template.secret(Trino.passwordSecret(Trino.DBT_USER)), dbt.env().get("TRINO_PASSWORD"));
        assertEquals(String.valueOf(Trino.HTTPS_PORT), dbt.env().get("TRINO_PORT"));

        HookSpec bootstrap = platform.component(IcebergCatalog.NAME).orElseThrow().hooks().get(0);
        IcebergCatalog.CatalogClient client = IcebergCatalog.clientOf(IcebergCatalog.NAME);
        if (security) {
            assertEquals(client.clientId(), bootstrap.env().get("OIDC_CLIENT_ID"));
            assertEquals(Template.secret(client.secret()), bootstrap.env().get("OIDC_CLIENT_SECRET"));
            assertTrue(bootstrap.env().get("OIDC_TOKEN_URL").endsWith("/realms/" + Keycloak.REALM + "/protocol/openid-connect/token"));
        } else {
            assertFalse(bootstrap.env().containsKey("OIDC_TOKEN_URL"));
        }
    }

    @Test
    void dbtsProfileLogsInWithAPasswordOverHttps() {
        String profile = com.onering.platform.ConfigFiles.projectDefault().read("dbt/trino_lakehouse/profiles.yml");
        assertTrue(profile.contains("method: ldap"), "dbt-trino's user-and-password method, always HTTPS");
        assertTrue(profile.contains("password: \"{{ env_var('TRINO_PASSWORD') }}\""), profile);
        assertFalse(profile.contains("method: none"), profile);
    }
}
