package com.onering.hooks.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookHarness;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookReport.Action;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's PostgreSQL changelog applied by the postgres-migrations hook to the real PostgreSQL test server, each
 * test in a database of its own; results are read back with psql.
 */
@Tag("integration")
class PostgresMigrationsIntegrationTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> CHANGESETS = List.of("001-schema-gold", "002-gold-orders-snapshot", "003-gold-orders-snapshot-by-date",
            "004-schema-bronze", "005-bronze-user-activities", "006-bronze-inventory", "007-bronze-payment-transactions",
            "008-bronze-user-activities-sample", "009-bronze-inventory-sample", "010-bronze-payment-transactions-sample",
            "011-gold-orders-snapshot-quantity-check", "012-gold-data-quality-runs");

    @TempDir
    Path config;
    private TestServers.Postgres pg;
    private String database;

    @BeforeEach
    void freshDatabase() throws Exception {
        pg = TestServers.postgres();
        database = "curated_" + UUID.randomUUID().toString().substring(0, 8);
        psql("postgres", "CREATE DATABASE " + database);
        Path changelogDir = Files.createDirectories(config.resolve("liquibase/postgres"));
        Files.copy(ConfigFiles.projectDefault().resolve("liquibase/postgres/changelog.xml"), changelogDir.resolve("changelog.xml"));
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("JDBC_URL", pg.jdbcUrl(database));
        env.put("JDBC_USER", pg.user());
        env.put("JDBC_PASSWORD", pg.password());
        return env;
    }

    private Outcome apply(Map<String, String> env, Duration timeout) {
        return HookHarness.run(LiquibaseHook.postgres(), env, config, timeout);
    }

    @Test
    void createsTheGoldTableThenChangesNothingThenAppliesOnlyANewChangeset() throws Exception {
        Outcome first = apply(env(), TIMEOUT);
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(CHANGESETS.stream().map(id -> "postgres-migrations: created changeset " + id).toList(), first.lines(Action.CREATED));
        assertEquals("order_id|text|NO,customer_id|text|NO,order_ts|timestamp with time zone|NO,order_date|date|NO,status|text|NO,"
                        + "product_sku|text|NO,quantity|integer|NO,unit_price|numeric|NO,amount|numeric|NO,currency|text|NO,"
                        + "country|text|NO,channel|text|NO,batch_id|text|NO,published_at|timestamp with time zone|NO",
                String.join(",", psql(database, "SELECT column_name, data_type, is_nullable FROM information_schema.columns "
                        + "WHERE table_schema = 'gold' AND table_name = 'orders_snapshot' ORDER BY ordinal_position").lines().toList()));
        assertEquals("orders_snapshot_order_date_idx", psql(database, "SELECT indexname FROM pg_indexes WHERE schemaname = 'gold' "
                + "AND indexname LIKE '%order_date%'").trim());

        Outcome second = apply(env(), TIMEOUT);
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(CHANGESETS.size(), second.count(Action.UNCHANGED), second.toString());
        assertEquals(0, second.count(Action.CREATED) + second.count(Action.UPDATED), second.toString());

        Path changelog = config.resolve("liquibase/postgres/changelog.xml");
        Files.writeString(changelog, Files.readString(changelog).replace("</databaseChangeLog>", """
                  <changeSet id="012-gold-orders-snapshot-by-customer" author="test">
                    <createIndex schemaName="gold" tableName="orders_snapshot" indexName="orders_snapshot_customer_idx">
                      <column name="customer_id"/>
                    </createIndex>
                  </changeSet>
                </databaseChangeLog>"""));
        Outcome third = apply(env(), TIMEOUT);
        assertEquals(0, third.exitCode(), third.toString());
        assertEquals(List.of("postgres-migrations: created changeset 012-gold-orders-snapshot-by-customer"), third.lines(Action.CREATED), third.toString());
        assertEquals(CHANGESETS.size(), third.count(Action.UNCHANGED), third.toString());
        assertEquals("1", psql(database, "SELECT count(*) FROM pg_indexes WHERE indexname = 'orders_snapshot_customer_idx'").trim());
    }

    @Test
    void seed004sSourceTablesGetTenSampleRowsEachOnlyWhenEmpty() {
        psql(database, "CREATE SCHEMA bronze; CREATE TABLE bronze.inventory (inventory_id integer PRIMARY KEY, product_id integer, "
                + "warehouse text, quantity_on_hand integer, reorder_level integer, updated_at timestamptz); "
                + "INSERT INTO bronze.inventory VALUES (99, 1, 'oslo', 1, 1, now())");
        Outcome outcome = apply(env(), TIMEOUT);
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertEquals("10|10", psql(database, "SELECT (SELECT count(*) FROM bronze.user_activities) || '|' "
                + "|| (SELECT count(*) FROM bronze.payment_transactions)").trim());
        assertEquals("99", psql(database, "SELECT string_agg(inventory_id::text, ',') FROM bronze.inventory").trim(),
                "an application's own rows are never mixed with the sample");
        assertTrue(outcome.out().contains("unchanged changeset 009-bronze-inventory-sample (already in place, recorded as run)"), outcome.out());
        assertEquals("purchase", psql(database, "SELECT activity_type FROM bronze.user_activities WHERE activity_id = 4").trim());
        assertEquals("3", psql(database, "SELECT count(*) FROM bronze.payment_transactions WHERE status <> 'completed'").trim(), "refunded, failed, pending");
        for (String bad : List.of("INSERT INTO bronze.payment_transactions VALUES (11, 1, -5, 'USD', 'card', 'completed', now())",
                "INSERT INTO bronze.user_activities VALUES (11, 1, 'teleport', NULL, 's', 'web', now())")) {
            String refused = psqlFails(database, bad);
            assertTrue(refused.contains("violates check constraint"), refused);
        }
    }

    @Test
    void aFreshDatabaseGetsEverySourceTableWithItsSample() {
        assertEquals(0, apply(env(), TIMEOUT).exitCode());
        assertEquals("inventory|10|3,payment_transactions|10|0,user_activities|10|0", String.join(",", psql(database,
                "SELECT 'inventory', count(*), count(DISTINCT warehouse) FROM bronze.inventory "
                        + "UNION ALL SELECT 'payment_transactions', count(*), 0 FROM bronze.payment_transactions "
                        + "UNION ALL SELECT 'user_activities', count(*), 0 FROM bronze.user_activities ORDER BY 1").lines().toList()));
        assertTrue(psqlFails(database, "UPDATE bronze.inventory SET quantity_on_hand = -1 WHERE inventory_id = 1")
                .contains("inventory_quantities_check"));
        assertTrue(psqlFails(database, "INSERT INTO gold.orders_snapshot VALUES ('o', 'c', now(), current_date, 'placed', 's', 0, 1, 1, "
                + "'USD', 'NO', 'web', 'b', now())").contains("orders_snapshot_quantity_check"));
    }

    @Test
    void schemaAndTableMadeElsewhereAreRecordedAsRunNotRecreated() {
        // The identity layer (postgresql provider) may create the schema first; a pipeline may have made the table.
        psql(database, "CREATE SCHEMA gold; CREATE TABLE gold.orders_snapshot (order_id text PRIMARY KEY, order_date date);"
                + " INSERT INTO gold.orders_snapshot VALUES ('ORD-1', '2024-01-01')");
        Outcome outcome = apply(env(), TIMEOUT);
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.out().contains("unchanged changeset 001-schema-gold (already in place, recorded as run)"), outcome.out());
        assertTrue(outcome.out().contains("unchanged changeset 002-gold-orders-snapshot (already in place, recorded as run)"), outcome.out());
        assertEquals("1", psql(database, "SELECT count(*) FROM gold.orders_snapshot").trim(), "existing rows must survive");
    }

    @Test
    void waitsForAServerThatIsDownAndCompletesOnceItIsBack() throws Exception {
        TestServers.kill("postgres");
        try {
            CompletableFuture<Outcome> run = CompletableFuture.supplyAsync(() -> apply(env(), Duration.ofSeconds(120)));
            Thread.sleep(1500);
            assertFalse(run.isDone(), "the hook must keep retrying while the server is down");
            TestServers.restart("postgres");
            Outcome outcome = run.get(150, TimeUnit.SECONDS);
            assertEquals(0, outcome.exitCode(), outcome.toString());
            assertEquals(CHANGESETS.size(), outcome.count(Action.CREATED), outcome.toString());
        } finally {
            if (!TestServers.isRunning("postgres")) {
                TestServers.restart("postgres");
            }
        }
    }

    @Test
    void aRunInterruptedWhileHoldingTheLockIsFinishedByTheNextRun() {
        assertEquals(0, apply(env(), TIMEOUT).exitCode());
        // What a run killed between taking and releasing Liquibase's lock leaves behind, plus a changeset still to run.
        psql(database, "UPDATE databasechangeloglock SET locked = true, lockgranted = now(), lockedby = 'killed-run'");
        psql(database, "DELETE FROM databasechangelog WHERE id = '003-gold-orders-snapshot-by-date'; "
                + "DROP INDEX gold.orders_snapshot_order_date_idx");
        TestServers.kill("postgres");
        Outcome failed;
        try {
            failed = apply(env(), Duration.ofSeconds(3));
        } finally {
            TestServers.restart("postgres");
        }
        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.err().startsWith("hook postgres-migrations: timed out after 3s waiting for PostgreSQL at " + pg.jdbcUrl(database)),
                failed.err());

        Outcome rerun = apply(env(), TIMEOUT);
        assertEquals(0, rerun.exitCode(), rerun.toString());
        assertTrue(rerun.out().contains("updated lock DATABASECHANGELOGLOCK"), rerun.out());
        assertEquals(List.of("postgres-migrations: created changeset 003-gold-orders-snapshot-by-date"), rerun.lines(Action.CREATED));
        assertEquals("f", psql(database, "SELECT locked FROM databasechangeloglock").trim());
    }

    @Test
    void wrongCredentialsAreRefusedAtOnceNamingTheVariables() {
        Map<String, String> env = env();
        env.put("JDBC_PASSWORD", "wrong-" + UUID.randomUUID());
        Outcome outcome = apply(env, TIMEOUT);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook postgres-migrations: PostgreSQL at " + pg.jdbcUrl(database) + " refused the credentials"),
                outcome.err());
        assertTrue(outcome.err().contains("check JDBC_USER and JDBC_PASSWORD"), outcome.err());
    }

    @Test
    void anUnreachableServerTimesOutNamingIt() {
        Map<String, String> env = env();
        env.put("JDBC_URL", "jdbc:postgresql://127.0.0.1:1/" + database);
        Outcome outcome = apply(env, Duration.ofSeconds(2));
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("timed out after 2s waiting for PostgreSQL at jdbc:postgresql://127.0.0.1:1/"), outcome.err());
    }

    @Test
    void aMissingChangelogFailsBeforeConnecting() throws Exception {
        Files.delete(config.resolve("liquibase/postgres/changelog.xml"));
        Outcome outcome = apply(env(), TIMEOUT);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook postgres-migrations: " + config.resolve("liquibase/postgres/changelog.xml") + " is missing"),
                outcome.err());
        assertEquals("0", psql(database, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'databasechangelog'").trim());
    }

    private String psql(String db, String sql) {
        TestServers.CommandResult r = runPsql(db, sql);
        assertEquals(0, r.exitCode(), r.output());
        return r.output();
    }

    /** What psql says when the server refuses the statement. */
    private String psqlFails(String db, String sql) {
        TestServers.CommandResult r = runPsql(db, sql);
        assertFalse(r.exitCode() == 0, "expected the server to refuse: " + sql);
        return r.output();
    }

    private TestServers.CommandResult runPsql(String db, String sql) {
        return TestServers.run(List.of("psql", "-h", pg.host(), "-p", String.valueOf(pg.port()), "-U", pg.user(),
                "-d", db, "-w", "-v", "ON_ERROR_STOP=1", "-XAtqc", sql), Map.of("PGPASSWORD", pg.password()), 30);
    }
}
