package com.onering.hooks.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.poc.Ingestors;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer;
import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.model.HookSpec;
import com.onering.testsupport.Platforms;
import com.onering.testsupport.TestServers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The curate-traffic-secrets hook as a poc stack plans it, against a stub of Infisical's API ({@link InfisicalStub})
 * and a poc database of the real PostgreSQL test server made as the platform makes it (owner, schemas, PostGIS) and
 * migrated by the postgres-poc-migrations hook; what the hook stored is read back with JDBC as the owner.
 */
@Tag("integration")
class ServiceSecretsHookTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Path CONFIG = Path.of("config");
    private final String run = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String ownerPassword = UUID.randomUUID().toString();
    private final ServiceSecretsHook hook = ServiceSecretsHook.curateTraffic();
    private TestServers.Postgres pg;
    private StubServer stub;
    private InfisicalStub infisical;

    @BeforeEach
    void pocDatabaseAndInfisical() throws Exception {
        pg = TestServers.postgres();
        try (Connection admin = connect("postgres", pg.user(), pg.password()); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + owner() + " LOGIN PASSWORD '" + ownerPassword + "'");
            sql.execute("CREATE DATABASE " + database() + " OWNER " + owner());
        }
        try (Connection admin = connect(database(), pg.user(), pg.password()); Statement sql = admin.createStatement()) {
            for (String schema : List.of("raw", "curated", "platform")) {
                sql.execute("CREATE SCHEMA " + schema + " AUTHORIZATION " + owner());
            }
            sql.execute("CREATE EXTENSION postgis");
        }
        Outcome migrated = HookHarness.run(LiquibaseHook.postgresPoc(), Map.of("JDBC_URL", pg.jdbcUrl(database()), "JDBC_USER", owner(),
                "JDBC_PASSWORD", ownerPassword), CONFIG, TIMEOUT);
        assertEquals(0, migrated.exitCode(), migrated.toString());
        stub = new StubServer();
        infisical = new InfisicalStub(stub, "onering-curate-traffic", List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"));
    }

    @AfterEach
    void dropEverythingThisRunCreated() throws SQLException {
        stub.close();
        try (Connection admin = connect("postgres", pg.user(), pg.password()); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database() + " WITH (FORCE)");
            sql.execute("DROP ROLE IF EXISTS " + owner());
        }
    }

    @Test
    void keepsTheKeyInTheServicesProjectAndTheReadersCredentialsInItsDatabaseThenChangesNothing() throws SQLException {
        Outcome first = HookHarness.run(hook, env(), CONFIG, TIMEOUT);
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(Map.of("/AWS_ACCESS_KEY_ID", "value-of-ingest-s3-access-key", "/AWS_SECRET_ACCESS_KEY", "value-of-ingest-s3-secret-key"),
                infisical.secrets(), "the ingestors' key scoped to bronze (Garage, the default store), at the project's root");
        assertEquals(Map.of(InfisicalStub.IDENTITY_ID, "viewer"), infisical.memberships());
        assertEquals(List.of("http://infisical:8080", InfisicalStub.CLIENT_ID, "client-secret-1", "onering-curate-traffic", "prod"), stored());
        assertTrue(first.lines(Action.CREATED).contains("curate-traffic-secrets: created client secret onering-curate-traffic"), first.toString());

        Outcome second = HookHarness.run(hook, env(), CONFIG, TIMEOUT);
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(0, second.count(Action.CREATED) + second.count(Action.UPDATED), second.toString());
        assertEquals(List.of("client-secret-1"), infisical.clientSecrets(), "no new client secret while the service holds one");
    }

    @Test
    void aDeletedRowGetsANewClientSecretAndAnUnreachableDatabaseFailsTheRunForTheNextUp() throws SQLException {
        assertEquals(0, HookHarness.run(hook, env(), CONFIG, TIMEOUT).exitCode());
        try (Connection owner = connect(database(), owner(), ownerPassword); Statement sql = owner.createStatement()) {
            sql.execute("DELETE FROM platform.infisical_credentials");
        }
        assertEquals(0, HookHarness.run(hook, env(), CONFIG, TIMEOUT).exitCode());
        assertEquals("client-secret-2", stored().get(2));

        Map<String, String> wrongPassword = env();
        wrongPassword.put(ServiceSecretsHook.DATABASE_PASSWORD, "not-" + ownerPassword);
        Outcome refused = HookHarness.run(hook, wrongPassword, CONFIG, TIMEOUT);
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("refused the credentials") && refused.err().contains(ServiceSecretsHook.DATABASE_PASSWORD), refused.err());
    }

    /** The hook's environment as a poc stack renders it, pointed at the stub and the test server's database. */
    private Map<String, String> env() {
        HookSpec spec = Platforms.assemble("  onering:profiles: [core, poc]\n").component("ingestors").orElseThrow().hooks().stream()
                .filter(h -> h.hook().equals(hook.name())).findFirst().orElseThrow();
        String address = stub.url().substring("http://".length());
        Map<String, String> env = new HashMap<>(HookHarness.environment(spec, Map.of("infisical/http", address,
                "postgres/postgres", pg.host() + ":" + pg.port()), Map.of("postgres-poc-password", ownerPassword)));
        assertEquals(pg.jdbcUrl("poc"), env.get(ServiceSecretsHook.DATABASE_URL));
        env.put(ServiceSecretsHook.DATABASE_URL, pg.jdbcUrl(database()));
        env.put(ServiceSecretsHook.DATABASE_USER, owner());
        env.put("INFISICAL_TOKEN", infisical.adminToken());
        return env;
    }

    private List<String> stored() throws SQLException {
        try (Connection owner = connect(database(), owner(), ownerPassword); Statement sql = owner.createStatement();
             ResultSet row = sql.executeQuery("SELECT url, client_id, client_secret, project, environment FROM platform.infisical_credentials "
                     + "WHERE service = '" + Ingestors.CURATE + "'")) {
            assertTrue(row.next(), "a row for " + Ingestors.CURATE);
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                values.add(row.getString(i));
            }
            return values;
        }
    }

    private Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database), user, password);
    }

    private String database() {
        return "poc_" + run;
    }

    private String owner() {
        return "poc_owner_" + run;
    }
}
