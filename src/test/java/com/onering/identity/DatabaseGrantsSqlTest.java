package com.onering.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.observability.PostgresExporter;
import com.onering.components.security.OpenLdap;
import com.onering.components.storage.Postgres;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookRunner;
import com.onering.hooks.identity.LdapDirectoryHook;
import com.onering.model.ComponentSpec;
import com.onering.model.Profile;
import com.onering.model.identity.Directory;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.Secrets;
import com.onering.testsupport.TestServers.CommandResult;
import com.onering.testsupport.TestServers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The grants the platform declares, applied to the real PostgreSQL test server: the planned postgresql Grant and
 * DefaultPrivileges resources are turned into the statements the provider issues for them (over JDBC), and the
 * outcomes are checked with psql. Roles and databases are created directly; names carry a per-run suffix.
 */
@Tag("integration")
class DatabaseGrantsSqlTest {
    private final Secrets secrets = new Secrets(List.of());
    private final String run = "t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private TestServers.Postgres pg;

    @BeforeEach
    void connect() {
        pg = TestServers.postgres();
    }

    @AfterEach
    void dropEverythingThisRunCreated() throws SQLException {
        try (Connection admin = admin("postgres"); Statement sql = admin.createStatement()) {
            for (String db : List.of("a", "b", "curated")) {
                sql.execute("DROP DATABASE IF EXISTS " + name(db) + " WITH (FORCE)");
            }
            for (String role : List.of("svc_a", "svc_b", "owner", "data_analyst", "analyst_login", "ldap_users", "monitor")) {
                sql.execute("DROP ROLE IF EXISTS " + name(role));
            }
            sql.execute("DROP ROLE IF EXISTS \"data-analyst\"");
        }
    }

    @Test
    void revokingConnectFromPublicKeepsOtherServicesOut() throws SQLException {
        String passwordA = secrets.generate();
        String passwordB = secrets.generate();
        try (Connection admin = admin("postgres"); Statement sql = admin.createStatement()) {
            // What ServiceDatabases declares per need: a login role, a database it owns, REVOKE ALL ... FROM PUBLIC.
            sql.execute("CREATE ROLE " + name("svc_a") + " LOGIN PASSWORD '" + passwordA + "'");
            sql.execute("CREATE ROLE " + name("svc_b") + " LOGIN PASSWORD '" + passwordB + "'");
            sql.execute("CREATE DATABASE " + name("a") + " OWNER " + name("svc_a"));
            sql.execute("CREATE DATABASE " + name("b") + " OWNER " + name("svc_b"));
            // The grants ServiceDatabases declares for two services' databases, on this run's stand-ins.
            for (String statement : declaredStatements(Map.of("airflow", name("a"), "infisical", name("b")), "airflow", "infisical")) {
                sql.execute(statement);
            }
        }
        assertEquals("1", psql(name("svc_a"), passwordA, name("a"), "SELECT 1").output().trim());
        CommandResult intruder = psql(name("svc_a"), passwordA, name("b"), "SELECT 1");
        assertNotEquals(0, intruder.exitCode());
        assertTrue(intruder.output().contains("permission denied for database"), intruder.output());
    }

    @Test
    void theAnalystReadsGoldIncludingLaterTablesButCannotWriteOrReadOtherLayers() throws SQLException {
        String analystPassword = secrets.generate();
        String ownerPassword = secrets.generate();
        try (Connection admin = admin("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + name("owner") + " LOGIN PASSWORD '" + ownerPassword + "'");
            sql.execute("CREATE DATABASE " + name("curated") + " OWNER " + name("owner"));
            sql.execute("REVOKE ALL PRIVILEGES ON DATABASE " + name("curated") + " FROM PUBLIC");
            sql.execute("CREATE ROLE " + name("data_analyst") + " NOLOGIN");
            sql.execute("CREATE ROLE " + name("analyst_login") + " LOGIN PASSWORD '" + analystPassword + "' IN ROLE " + name("data_analyst"));
            sql.execute("GRANT CONNECT ON DATABASE " + name("curated") + " TO " + name("data_analyst"));
        }
        try (Connection curated = admin(name("curated")); Statement sql = curated.createStatement()) {
            for (String schema : Postgres.CURATED.schemas()) {
                sql.execute("CREATE SCHEMA " + schema + " AUTHORIZATION " + name("owner"));
            }
            // The analyst's grants and default privileges as CuratedDatabaseAccess declares them.
            for (String statement : declaredStatements(Map.of("curated", name("curated"), "curated_owner", name("owner"),
                    "data_analyst", name("data_analyst")), Postgres.CURATED_DATABASE)) {
                if (statement.contains(" TO " + name("data_analyst")) && !statement.contains(" ON DATABASE ")) {
                    sql.execute(statement);
                }
            }
        }
        // The owner (Liquibase's login) creates tables after the grants, as the changelogs do.
        CommandResult created = psql(name("owner"), ownerPassword, name("curated"),
                "CREATE TABLE gold.orders_snapshot(id int); INSERT INTO gold.orders_snapshot VALUES (42);"
                        + " CREATE TABLE silver.orders_clean(id int)");
        assertEquals(0, created.exitCode(), created.output());

        assertEquals("42", psql(name("analyst_login"), analystPassword, name("curated"), "SELECT id FROM gold.orders_snapshot").output().trim());
        CommandResult write = psql(name("analyst_login"), analystPassword, name("curated"), "INSERT INTO gold.orders_snapshot VALUES (1)");
        assertNotEquals(0, write.exitCode());
        assertTrue(write.output().contains("permission denied for table orders_snapshot"), write.output());
        CommandResult silver = psql(name("analyst_login"), analystPassword, name("curated"), "SELECT * FROM silver.orders_clean");
        assertNotEquals(0, silver.exitCode());
        assertTrue(silver.output().contains("permission denied for schema silver"), silver.output());
    }

    /**
     * The exporter's role as the plan declares it (login, password, the planned {@code roles}) reads every database's
     * and every session's statistics, but no table of the curated database. The other session is held open over JDBC,
     * so the check does not depend on timing.
     */
    @Test
    void theMonitorRoleReadsEverySessionsStatisticsButNoCuratedTable() throws SQLException {
        PlannedResource planned = com.onering.testsupport.PlanQueries.named(com.onering.plan.OfflinePlan.run(
                com.onering.testsupport.MockRun.config("  onering:profiles: [core, observability]\n"), ConfigFiles.projectDefault()),
                "postgresql:index/role:Role", "role-" + PostgresExporter.ROLE);
        @SuppressWarnings("unchecked")
        List<String> memberOf = (List<String>) planned.inputs().get("roles");
        assertEquals(true, planned.inputs().get("login"));
        String monitorPassword = secrets.generate();
        String ownerPassword = secrets.generate();
        String marker = "held_by_owner_" + run;
        try (Connection admin = admin("postgres"); Statement sql = admin.createStatement()) {
            // What the provider issues for the planned role: CREATE ROLE ... LOGIN PASSWORD ... IN ROLE <roles>.
            sql.execute("CREATE ROLE " + name("monitor") + " LOGIN PASSWORD '" + monitorPassword + "' IN ROLE " + String.join(", ", memberOf));
            sql.execute("CREATE ROLE " + name("owner") + " LOGIN PASSWORD '" + ownerPassword + "'");
            sql.execute("CREATE DATABASE " + name("curated") + " OWNER " + name("owner"));
            // What ServiceDatabases declares for every service database, curated included.
            sql.execute("REVOKE ALL PRIVILEGES ON DATABASE " + name("curated") + " FROM PUBLIC");
        }
        try (Connection owner = DriverManager.getConnection(pg.jdbcUrl(name("curated")), name("owner"), ownerPassword);
             Statement sql = owner.createStatement()) {
            sql.execute("CREATE SCHEMA gold");
            sql.execute("CREATE TABLE gold.orders_snapshot(id int)");
            sql.execute("INSERT INTO gold.orders_snapshot VALUES (42)");
            // A session of another role, idle in the curated database, with a recognisable last query.
            sql.execute("SELECT '" + marker + "'");

            CommandResult databases = psql(name("monitor"), monitorPassword, "postgres",
                    "SELECT count(*) FROM pg_stat_database WHERE datname = '" + name("curated") + "'");
            assertEquals("1", databases.output().trim(), databases.output());
            CommandResult sessions = psql(name("monitor"), monitorPassword, "postgres",
                    "SELECT usename || ' ' || query FROM pg_stat_activity WHERE datname = '" + name("curated") + "'");
            assertEquals(0, sessions.exitCode(), sessions.output());
            // Without pg_read_all_stats another role's query would read "<insufficient privilege>".
            assertTrue(sessions.output().contains(name("owner") + " SELECT '" + marker + "'"), sessions.output());

            CommandResult table = psql(name("monitor"), monitorPassword, name("curated"), "SELECT id FROM gold.orders_snapshot");
            assertNotEquals(0, table.exitCode());
            assertTrue(table.output().contains("permission denied for database \"" + name("curated") + "\""), table.output());
        }
        // Even were CONNECT granted, the table stays closed: pg_monitor carries no table privilege.
        try (Connection admin = admin(name("curated")); Statement sql = admin.createStatement()) {
            sql.execute("GRANT CONNECT ON DATABASE " + name("curated") + " TO " + name("monitor"));
        }
        CommandResult table = psql(name("monitor"), monitorPassword, name("curated"), "SELECT id FROM gold.orders_snapshot");
        assertNotEquals(0, table.exitCode());
        assertTrue(table.output().contains("permission denied for schema gold"), table.output());
    }

    /** The pg_hba rule of the Postgres component, pointed at the test slapd: people log in with their directory password. */
    @Test
    void peopleInLdapUsersLogInWithTheirDirectoryPassword() throws Exception {
        TestServers.Ldap ldap = TestServers.ldap();
        ComponentSpec openldap = new OpenLdap().describe(new PlatformContext(
                PlatformConfig.defaults("dev", EnumSet.of(Profile.SECURITY)), ConfigFiles.projectDefault()));
        Secrets directorySecrets = new Secrets(openldap.secrets());
        directorySecrets.set(Directory.ADMIN_PASSWORD_SECRET, ldap.adminPassword());
        Map<String, String> env = new HashMap<>();
        openldap.hooks().get(0).env().forEach((k, v) -> env.put(k, directorySecrets.render(v, Map.of("openldap/ldap", ldap.host() + ":" + ldap.port()))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertEquals(0, new HookRunner(print, print).run(new LdapDirectoryHook(), env, ConfigFiles.projectDefault().root(), Duration.ofSeconds(30)),
                out.toString(StandardCharsets.UTF_8));

        Directory directory = Directory.declared(ldap.baseDn());
        String rule = directorySecrets.render(Postgres.ldapPeopleRule(directory), Map.of())
                .replace("ldapserver=openldap ldapport=389", "ldapserver=" + ldap.host() + " ldapport=" + ldap.port())
                .replace("+" + Postgres.LDAP_USERS_ROLE, "+" + name("ldap_users"));
        String original = Files.readString(pg.hbaFile());
        try (Connection admin = admin("postgres"); Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + name("ldap_users") + " NOLOGIN");
            sql.execute("CREATE ROLE \"data-analyst\" LOGIN IN ROLE " + name("ldap_users"));
            Files.writeString(pg.hbaFile(), rule + original);
            sql.execute("SELECT pg_reload_conf()");
            CommandResult ok = psql("data-analyst", directorySecrets.get("ldap-data-analyst-password"), "postgres", "SELECT current_user");
            assertEquals(0, ok.exitCode(), ok.output());
            assertEquals("data-analyst", ok.output().trim());
            CommandResult wrong = psql("data-analyst", secrets.generate(), "postgres", "SELECT 1");
            assertNotEquals(0, wrong.exitCode());
            assertTrue(wrong.output().contains("LDAP authentication failed for user \"data-analyst\""), wrong.output());
        } finally {
            Files.writeString(pg.hbaFile(), original);
            try (Connection admin = admin("postgres"); Statement sql = admin.createStatement()) {
                sql.execute("SELECT pg_reload_conf()");
            }
        }
    }

    /**
     * The statements pulumi-postgresql issues for the planned Grant and DefaultPrivileges resources of the core
     * profile on {@code databases}, with names mapped to this run's stand-ins by {@code rename}.
     */
    private static List<String> declaredStatements(Map<String, String> rename, String... databases) {
        java.util.function.UnaryOperator<String> as = n -> n.equals("public") ? "PUBLIC" : rename.getOrDefault(n, n);
        List<String> statements = new java.util.ArrayList<>();
        for (com.onering.plan.PlannedResource r : com.onering.plan.OfflinePlan.run(com.onering.testsupport.MockRun.config("  onering:profiles: [core]\n"),
                ConfigFiles.projectDefault())) {
            Map<String, Object> in = r.inputs();
            if (!List.of(databases).contains(String.valueOf(in.get("database")))) {
                continue;
            }
            @SuppressWarnings("unchecked")
            String privileges = String.join(", ", (List<String>) in.getOrDefault("privileges", List.of()));
            String role = as.apply(String.valueOf(in.get("role")));
            String schema = String.valueOf(in.get("schema"));
            switch (r.type()) {
                case "postgresql:index/grant:Grant" -> statements.add(switch (String.valueOf(in.get("objectType"))) {
                    // An empty privilege list is the provider's way to revoke everything.
                    case "database" -> privileges.isEmpty()
                            ? "REVOKE ALL PRIVILEGES ON DATABASE " + as.apply(String.valueOf(in.get("database"))) + " FROM " + role
                            : "GRANT " + privileges + " ON DATABASE " + as.apply(String.valueOf(in.get("database"))) + " TO " + role;
                    case "schema" -> "GRANT " + privileges + " ON SCHEMA " + schema + " TO " + role;
                    case "table" -> "GRANT " + privileges + " ON ALL TABLES IN SCHEMA " + schema + " TO " + role;
                    default -> throw new AssertionError("no translation for grant on " + in.get("objectType"));
                });
                case "postgresql:index/defaultPrivileges:DefaultPrivileges" -> statements.add("ALTER DEFAULT PRIVILEGES FOR ROLE "
                        + as.apply(String.valueOf(in.get("owner"))) + " IN SCHEMA " + schema + " GRANT " + privileges + " ON TABLES TO " + role);
                default -> {
                }
            }
        }
        if (statements.isEmpty()) {
            throw new AssertionError("the plan declares no grants on " + List.of(databases));
        }
        return statements;
    }

    private String name(String base) {
        return base + "_" + run;
    }

    private Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
    }

    private CommandResult psql(String user, String password, String database, String command) {
        return TestServers.run(List.of("psql", "-h", pg.host(), "-p", String.valueOf(pg.port()), "-U", user, "-d", database,
                "-w", "-XAtqc", command), Map.of("PGPASSWORD", password), 30);
    }
}
