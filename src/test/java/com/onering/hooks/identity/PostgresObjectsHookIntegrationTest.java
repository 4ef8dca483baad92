package com.onering.hooks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.model.identity.PostgresObjects;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.TestServers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The postgres-objects hook against the real PostgreSQL test server, as after a destroy that kept the data volume: what
 * exists is left alone with its data, what is missing is created bare. Results are read back with psql.
 */
@Tag("integration")
class PostgresObjectsHookIntegrationTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private TestServers.Postgres pg;
    private String suffix;

    @BeforeEach
    void server() {
        pg = TestServers.postgres();
        suffix = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void dropWhatTheTestMade() {
        for (String database : List.of("kept_" + suffix, "fresh_" + suffix)) {
            psql("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        for (String role : List.of("kept_" + suffix, "fresh_" + suffix, "Mixed Case " + suffix)) {
            psql("postgres", "DROP ROLE IF EXISTS \"" + role + "\"");
        }
    }

    private Outcome run(PostgresObjects objects) {
        return HookHarness.run(new PostgresObjectsHook(), Map.of(
                "POSTGRES_URL", pg.jdbcUrl("postgres"),
                "POSTGRES_USER", pg.user(),
                "POSTGRES_PASSWORD", pg.password(),
                "POSTGRES_OBJECTS", objects.toJson()), ConfigFiles.projectDefault().root(), TIMEOUT);
    }

    @Test
    void createsWhatIsMissingBareAndLeavesWhatIsKeptWithItsData() {
        String kept = "kept_" + suffix;
        String fresh = "fresh_" + suffix;
        String quoted = "Mixed Case " + suffix;
        psql("postgres", "CREATE ROLE " + kept + " LOGIN");
        psql("postgres", "CREATE DATABASE " + kept + " OWNER " + kept);
        psql(kept, "CREATE TABLE marker (v text); INSERT INTO marker VALUES ('survives')");
        PostgresObjects objects = new PostgresObjects(List.of(kept, fresh, quoted),
                List.of(new PostgresObjects.Database(kept, kept), new PostgresObjects.Database(fresh, fresh)),
                List.of(new PostgresObjects.Publication(fresh, "pub_" + suffix, List.of("insert", "update", "delete", "truncate"))));

        Outcome first = run(objects);
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("postgres-objects: created role " + fresh, "postgres-objects: created role " + quoted,
                "postgres-objects: created database " + fresh, "postgres-objects: created publication " + fresh + ".pub_" + suffix),
                first.lines(Action.CREATED));
        assertEquals(2, first.count(Action.UNCHANGED), first.toString());

        // Bare: no login and no password until the typed Role applies them; the kept role keeps its login.
        assertEquals("false|", psql("postgres", "SELECT rolcanlogin || '|' || coalesce(rolpassword, '') FROM pg_authid WHERE rolname = '" + fresh + "'").trim());
        assertEquals("t", psql("postgres", "SELECT rolcanlogin FROM pg_roles WHERE rolname = '" + kept + "'").trim());
        assertEquals("t", psql("postgres", "SELECT count(*) = 1 FROM pg_roles WHERE rolname = '" + quoted + "'").trim());
        assertEquals(fresh + "|UTF8|false", psql("postgres", "SELECT pg_get_userbyid(datdba) || '|' || pg_encoding_to_char(encoding) || '|' || datistemplate "
                + "FROM pg_database WHERE datname = '" + fresh + "'").trim());
        assertEquals("true|true|true|true|true", psql(fresh, "SELECT puballtables || '|' || pubinsert || '|' || pubupdate || '|' || pubdelete || '|' || pubtruncate "
                + "FROM pg_publication WHERE pubname = 'pub_" + suffix + "'").trim());
        assertEquals("survives", psql(kept, "SELECT v FROM marker").trim());

        Outcome second = run(objects);
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(0, second.count(Action.CREATED) + second.count(Action.UPDATED), second.toString());
        assertEquals(6, second.count(Action.UNCHANGED), second.toString());
    }

    @Test
    void aWrongPasswordEndsTheHookAtOnceNamingTheSettings() {
        Outcome outcome = HookHarness.run(new PostgresObjectsHook(), Map.of(
                "POSTGRES_URL", pg.jdbcUrl("postgres"),
                "POSTGRES_USER", pg.user(),
                "POSTGRES_PASSWORD", pg.password() + "-not",
                "POSTGRES_OBJECTS", new PostgresObjects(List.of(), List.of(), List.of()).toJson()), ConfigFiles.projectDefault().root(), TIMEOUT);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("refused the credentials") && outcome.err().contains("check POSTGRES_USER and POSTGRES_PASSWORD"),
                outcome.toString());
    }

    private String psql(String db, String sql) {
        TestServers.CommandResult r = TestServers.run(List.of("psql", "-h", pg.host(), "-p", String.valueOf(pg.port()), "-U", pg.user(),
                "-d", db, "-w", "-v", "ON_ERROR_STOP=1", "-XAtqc", sql), Map.of("PGPASSWORD", pg.password()), 30);
        assertEquals(0, r.exitCode(), r.output());
        return r.output();
    }
}
