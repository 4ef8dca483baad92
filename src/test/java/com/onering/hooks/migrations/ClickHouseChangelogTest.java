package com.onering.hooks.migrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookHarness;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.platform.ConfigFiles;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import liquibase.change.Change;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.ext.clickhouse.database.ClickHouseDatabase;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import org.junit.jupiter.api.Test;

/**
 * No ClickHouse server runs on these machines (Debian ships an 18.16 server that modern clients reject), so here the
 * changelog is checked offline: it parses, the ClickHouse extension is the database Liquibase picks, and the SQL it
 * would send creates the tables the pipelines use. {@code tests/python/test_clickhouse_sources.py} runs every
 * changeset's SQL on the ClickHouse engine itself (chDB); what Liquibase adds around it (its lock and log tables) is
 * not run against ClickHouse here.
 */
class ClickHouseChangelogTest {
    private static final Path DIR = ConfigFiles.projectDefault().resolve("liquibase/clickhouse");

    @Test
    void theChangelogParsesAndCreatesTheSilverTableAndTheRawSources() throws Exception {
        ClickHouseDatabase clickhouse = new ClickHouseDatabase();
        DatabaseChangeLog changelog = ChangeLogParserFactory.getInstance().getParser("changelog.xml", new DirectoryResourceAccessor(DIR))
                .parse("changelog.xml", new ChangeLogParameters(clickhouse), new DirectoryResourceAccessor(DIR));
        assertEquals(List.of("001-databases", "002-analytics-orders-clean", "003-raw-ecommerce-sources", "004-postgres-sources"),
                changelog.getChangeSets().stream().map(ChangeSet::getId).toList());
        String sql = changelog.getChangeSets().stream().flatMap(cs -> cs.getChanges().stream())
                .flatMap(change -> generate(change, clickhouse).stream()).map(Sql::toSql)
                .collect(Collectors.joining("\n"));
        for (String expected : List.of("CREATE DATABASE IF NOT EXISTS analytics", "CREATE DATABASE IF NOT EXISTS marts",
                "CREATE TABLE IF NOT EXISTS analytics.orders_clean", "ENGINE = ReplacingMergeTree(loaded_at)",
                "CREATE TABLE IF NOT EXISTS raw.raw_customers", "CREATE TABLE IF NOT EXISTS raw.raw_products",
                "CREATE TABLE IF NOT EXISTS raw.raw_orders", "CREATE TABLE IF NOT EXISTS raw.raw_order_items",
                "CREATE DATABASE IF NOT EXISTS postgres_sources ENGINE = PostgreSQL(postgres_sources)")) {
            assertTrue(sql.contains(expected), expected + " missing from:\n" + sql);
        }
        // The silver columns the medallion DAG inserts (oner.medallion.SILVER_COLUMNS), in order.
        String silver = sql.substring(sql.indexOf("analytics.orders_clean"));
        int last = -1;
        for (String column : List.of("order_id", "customer_id", "order_ts", "order_date", "status", "product_sku", "quantity",
                "unit_price", "amount", "currency", "country", "channel", "batch_id")) {
            int at = silver.indexOf("\n" + " ".repeat(10) + column + " ");
            assertTrue(at > last, column + " missing or out of order");
            last = at;
        }
    }

    @Test
    void liquibaseRecognisesClickHouseThroughTheExtension() {
        List<Database> implementations = DatabaseFactory.getInstance().getImplementedDatabases();
        assertTrue(implementations.stream().anyMatch(d -> d instanceof ClickHouseDatabase), "the ClickHouse extension is not registered");
        assertEquals("clickhouse", new ClickHouseDatabase().getShortName());
    }

    @Test
    void anUnreachableServerTimesOutNamingIt() {
        Outcome outcome = HookHarness.run(LiquibaseHook.clickhouse(), Map.of("JDBC_URL", "jdbc:clickhouse://127.0.0.1:1/default",
                "JDBC_USER", "oner_admin", "JDBC_PASSWORD", "not-used"), ConfigFiles.projectDefault().root(), Duration.ofSeconds(2));
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook clickhouse-migrations: timed out after 2s waiting for ClickHouse at "
                + "jdbc:clickhouse://127.0.0.1:1/default"), outcome.err());
    }

    private static List<Sql> generate(Change change, Database database) {
        return List.of(SqlGeneratorFactory.getInstance().generateSql(change, database));
    }
}
