package com.onering.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.storage.Postgres;
import com.onering.model.DatabaseNeed;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.smoke.DatabaseBootstrapped;
import com.onering.smoke.SmokeCheck;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.PlanQueries;
import com.onering.testsupport.TestServers;
import com.onering.testsupport.TestServers.CommandResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Seed 002's poc database on the real PostgreSQL test server (with Debian's PostGIS): the planned Schema and Extension
 * resources are applied with the statements the postgresql provider issues for them, as the provider's superuser, and
 * the owner role then uses what the seed asks for, through psql. Names carry a per-run suffix.
 */
@Tag("integration")
class PocDatabaseSqlTest {
    private final String run = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String ownerPassword = UUID.randomUUID().toString();
    private TestServers.Postgres pg;
    private List<PlannedResource> plan;

    @BeforeEach
    void createTheRoleAndDatabaseAsPlanned() throws SQLException {
        pg = TestServers.postgres();
        plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core, poc]\n"), ConfigFiles.projectDefault());
        try (Connection admin = admin("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + owner() + " LOGIN PASSWORD '" + ownerPassword + "'");
            sql.execute("CREATE DATABASE " + database() + " OWNER " + owner() + " TEMPLATE template0 ENCODING 'UTF8'");
            sql.execute("REVOKE ALL PRIVILEGES ON DATABASE " + database() + " FROM PUBLIC");
        }
    }

    @AfterEach
    void dropEverythingThisRunCreated() throws SQLException {
        try (Connection admin = admin("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + database() + " WITH (FORCE)");
            sql.execute("DROP ROLE IF EXISTS " + owner());
        }
    }

    @Test
    void theOwnerUsesUuidsDigestsGeometriesAndItsSchemasAndAReRunChangesNothing() throws SQLException {
        applyPlannedSchemasAndExtensions();
        // A destroy that keeps the volume keeps all of it; the next up issues the same statements again.
        try (Connection db = admin(database()); Statement sql = db.createStatement()) {
            for (PlannedResource extension : PlanQueries.ofType(plan, "postgresql:index/extension:Extension")) {
                sql.execute(createExtension(extension));
            }
        }

        CommandResult used = psql("""
                CREATE TABLE raw.sensor_readings (
                  reading_id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
                  event_id uuid NOT NULL DEFAULT gen_random_uuid(),
                  location geography(Point, 4326) NOT NULL,
                  payload_sha256 text NOT NULL);
                INSERT INTO raw.sensor_readings (location, payload_sha256)
                  VALUES (ST_MakePoint(5.7331, 58.9700)::geography, encode(digest('row-1', 'sha256'), 'hex')),
                         (ST_MakePoint(5.7189, 58.9690)::geography, encode(digest('row-2', 'sha256'), 'hex'));
                CREATE TABLE curated.sensor_distance AS
                  SELECT round(ST_Distance(a.location, b.location)) AS metres
                  FROM raw.sensor_readings a, raw.sensor_readings b WHERE a.payload_sha256 < b.payload_sha256;
                SELECT metres FROM curated.sensor_distance;
                SELECT count(DISTINCT reading_id) + count(DISTINCT event_id) FROM raw.sensor_readings;
                """);
        assertEquals(0, used.exitCode(), used.output());
        List<String> lines = used.output().lines().toList();
        long metres = Long.parseLong(lines.get(lines.size() - 2));
        assertTrue(metres > 700 && metres < 900, "two points in Stavanger about 820 m apart, got " + metres);
        assertEquals("4", lines.get(lines.size() - 1), "every row got its own two UUIDs");
    }

    /** Why the superuser creates them: PostGIS is not a trusted extension, so the owner could not install it itself. */
    @Test
    void theOwnerCannotInstallPostgisItself() {
        CommandResult refused = psql("CREATE EXTENSION postgis");
        assertNotEquals(0, refused.exitCode());
        assertTrue(refused.output().contains("permission denied to create extension \"postgis\""), refused.output());
    }

    @Test
    void schemasBelongToTheOwnerAndNothingIsLeftToPublic() throws SQLException {
        applyPlannedSchemasAndExtensions();
        CommandResult owners = psql("SELECT nspname || '=' || pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname IN ('raw', 'curated', 'platform') ORDER BY 1");
        assertEquals("curated=" + owner() + "\nplatform=" + owner() + "\nraw=" + owner(), owners.output().trim());
        CommandResult extensions = psql("SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension WHERE extname <> 'plpgsql'");
        assertEquals("pgcrypto,postgis,uuid-ossp", extensions.output().trim());
    }

    /**
     * The smoke check's query (day 2) through psql, as {@code bin/onering smoke} runs it in the PostgreSQL container:
     * it passes on the database as declared and names what is missing once an extension is dropped and a schema
     * changes hands.
     */
    @Test
    void theSmokeChecksQuerySeesTheDatabaseAsDeclaredAndNamesWhatIsMissing() throws SQLException {
        applyPlannedSchemasAndExtensions();
        DatabaseNeed asCreated = new DatabaseNeed(database(), owner(), Postgres.POC.passwordSecret(), Postgres.POC.schemas(),
                Postgres.POC.extensions());
        assertEquals(SmokeCheck.Outcome.pass("owned by " + owner() + "; schemas raw, curated, platform; extensions pgcrypto, uuid-ossp, postgis"),
                smokeJudgement(asCreated));
        try (Connection db = admin(database()); Statement sql = db.createStatement()) {
            sql.execute("DROP EXTENSION postgis");
            sql.execute("ALTER SCHEMA curated OWNER TO " + pg.user());
        }
        assertEquals(SmokeCheck.Outcome.fail("schema curated is not owned by " + owner() + "; extension postgis is missing"),
                smokeJudgement(asCreated));
    }

    private SmokeCheck.Outcome smokeJudgement(DatabaseNeed need) {
        CommandResult facts = TestServers.run(List.of("psql", "-h", pg.host(), "-p", String.valueOf(pg.port()), "-U", pg.user(),
                "-d", database(), "-w", "-AtX", "-v", "ON_ERROR_STOP=1", "-c", DatabaseBootstrapped.QUERY), Map.of("PGPASSWORD", pg.password()), 30);
        assertEquals(0, facts.exitCode(), facts.output());
        return DatabaseBootstrapped.judge(need, facts.output());
    }

    private void applyPlannedSchemasAndExtensions() throws SQLException {
        try (Connection db = admin(database()); Statement sql = db.createStatement()) {
            for (PlannedResource extension : PlanQueries.ofType(plan, "postgresql:index/extension:Extension")) {
                assertEquals("poc", extension.inputs().get("database"));
                sql.execute(createExtension(extension));
            }
            for (PlannedResource schema : PlanQueries.ofType(plan, "postgresql:index/schema:Schema")) {
                Map<String, Object> inputs = schema.inputs();
                if (inputs.get("database").equals("poc")) {
                    assertEquals("poc_owner", inputs.get("owner"));
                    sql.execute("CREATE SCHEMA " + quoted((String) inputs.get("name")) + " AUTHORIZATION " + owner());
                }
            }
        }
    }

    /** What the provider's create issues for a planned Extension without schema or version. */
    private static String createExtension(PlannedResource extension) {
        return "CREATE EXTENSION IF NOT EXISTS " + quoted((String) extension.inputs().get("name"));
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private String owner() {
        return "poc_owner_" + run;
    }

    private String database() {
        return "poc_" + run;
    }

    private Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
    }

    private CommandResult psql(String sql) {
        return TestServers.run(List.of("psql", "-h", pg.host(), "-p", String.valueOf(pg.port()), "-U", owner(), "-d", database(),
                "-w", "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql), Map.of("PGPASSWORD", ownerPassword), 30);
    }
}
