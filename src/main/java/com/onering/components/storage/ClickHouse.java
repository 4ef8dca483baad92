package com.onering.components.storage;

import com.onering.hooks.identity.ClickHouseRolesHook;
import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.model.identity.ClickHouseAccess;
import com.onering.model.identity.Directory;
import com.onering.model.identity.PlatformRole;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/** ClickHouse: the analyst-facing silver layer and dbt marts. */
public final class ClickHouse implements Component {
    public static final String HOST = "clickhouse";
    public static final int HTTP_PORT = 8123;
    public static final int NATIVE_PORT = 9000;
    public static final String ADMIN_USER = "oner_admin";
    public static final String ADMIN_PASSWORD = "clickhouse-admin-password";
    public static final String DATABASE = "analytics";
    /** The read-only login of Metabase and OpenMetadata ({@code access}), made by the {@code clickhouse-roles} hook. */
    public static final String READER_USER = Directory.CLICKHOUSE_READER.cn();
    /** Its password: the directory's when the security profile is on, ClickHouse's own otherwise; one secret either way. */
    public static final String READER_PASSWORD = Directory.CLICKHOUSE_READER.passwordSecret();
    /** Trino's login ({@code ClickHouseAccess.TRINO_ROLE}); declared here, like the reader, so it exists with or without Trino. */
    public static final String TRINO_USER = "trino";
    public static final String TRINO_PASSWORD = "clickhouse-trino-password";
    /**
     * ClickHouse's connection to PostgreSQL (seed 004: the source tables, and the foundation for MaterializedPostgreSQL):
     * a named collection in the server's configuration, so the password lives in that file and never in a database's
     * metadata or in {@code SHOW CREATE DATABASE}, as it would with inline engine arguments. The ClickHouse changelog
     * opens it as the database {@value #POSTGRES_SOURCE_COLLECTION}.
     */
    public static final String POSTGRES_SOURCE_COLLECTION = "postgres_sources";
    /** The PostgreSQL login of that collection, SELECT on the source schema only ({@code identity.CuratedDatabaseAccess}). */
    public static final String POSTGRES_SOURCE_ROLE = "clickhouse_source";
    public static final String POSTGRES_SOURCE_PASSWORD = "clickhouse-postgres-password";
    /** Where seed 004's source tables live in the curated database. */
    public static final String POSTGRES_SOURCE_SCHEMA = "bronze";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/clickhouse/clickhouse-server", "26.3.17.110");

    @Override
    public String name() {
        return HOST;
    }

    @Override
    public Profile profile() {
        return Profile.CORE;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        boolean directory = context.config().directoryEnabled();
        WorkloadSpec.Builder builder = WorkloadSpec.service("clickhouse", IMAGE)
                .env("CLICKHOUSE_USER", ADMIN_USER)
                .env("CLICKHOUSE_PASSWORD", Template.secret(ADMIN_PASSWORD))
                .env("CLICKHOUSE_DB", DATABASE)
                // SQL-driven users and roles: the identity layer grants the analyst role on the marts.
                .env("CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT", "1")
                .file(FileSpec.of("/etc/clickhouse-server/config.d/low-memory.xml", context.files().read("clickhouse/low-memory.xml")))
                .file(FileSpec.of("/etc/clickhouse-server/config.d/prometheus.xml", context.files().read("clickhouse/prometheus.xml")))
                .file(FileSpec.of("/etc/clickhouse-server/config.d/postgres-sources.xml", postgresSourceCollection()))
                .port(PortSpec.published("http", HTTP_PORT, HTTP_PORT))
                .port(PortSpec.published("native", NATIVE_PORT, 19000))
                .port(PortSpec.internal("metrics", 9363))
                .metrics("metrics", "/metrics")
                .volume(VolumeSpec.data("clickhouse-data", "/var/lib/clickhouse"))
                // The image has wget but no curl; /ping needs no credentials.
                .health(HealthCheck.exec("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8123/ping"))
                .memory(MemorySize.mebibytes(512))
                .dataStore();
        if (directory) {
            Directory ldap = Directory.declared(context.config().ldapSuffix());
            builder.file(FileSpec.of("/etc/clickhouse-server/config.d/ldap.xml", context.files().read("clickhouse/ldap.xml")))
                    .env("ONERING_LDAP_PEOPLE_BIND_DN", "uid={user_name}," + ldap.unitDn(Directory.PEOPLE))
                    .env("ONERING_LDAP_SERVICE_BIND_DN", "cn={user_name}," + ldap.unitDn(Directory.SERVICE))
                    .env("ONERING_LDAP_GROUPS_DN", ldap.unitDn(Directory.GROUPS));
        }
        WorkloadSpec server = builder.build();
        Map<String, String> hookEnv = Map.of(
                "CLICKHOUSE_URL", "http://" + Template.endpoint("clickhouse", "http"),
                "CLICKHOUSE_USER", ADMIN_USER,
                "CLICKHOUSE_PASSWORD", Template.secret(ADMIN_PASSWORD),
                // The declarations travel in the environment, so a changed role or grant re-runs the hook.
                "CLICKHOUSE_ACCESS", access(directory).toJson());
        return new ComponentSpec(name(), profile(), "onering:storage:ClickHouse", List.of(server),
                List.of(SecretSpec.password(ADMIN_PASSWORD), SecretSpec.password(READER_PASSWORD), SecretSpec.password(TRINO_PASSWORD),
                        SecretSpec.password(POSTGRES_SOURCE_PASSWORD)), List.of(),
                List.of(
                        // Liquibase's own tables go to `default`, so the analyst-facing databases hold only platform tables.
                        LiquibaseHook.clickhouse().spec(HOST, "jdbc:clickhouse://" + Template.endpoint(HOST, "http") + "/default",
                                ADMIN_USER, Template.secret(ADMIN_PASSWORD)),
                        new HookSpec(ClickHouseRolesHook.NAME, List.of("clickhouse"), hookEnv, List.of())),
                Map.of("clickhouseUrl", "http://" + ADMIN_USER + ":" + Template.secret(ADMIN_PASSWORD) + "@"
                        + Template.endpoint("clickhouse", "http") + "/?database=" + DATABASE));
    }

    /**
     * The named collection {@value #POSTGRES_SOURCE_COLLECTION}: the curated database's source schema as
     * {@value #POSTGRES_SOURCE_ROLE}. The password sits in CDATA, as the image's entrypoint does for its own user, so a
     * stack-supplied password with XML characters still parses.
     */
    static String postgresSourceCollection() {
        return """
                <clickhouse>
                    <named_collections>
                        <%s>
                            <host>%s</host>
                            <port>%d</port>
                            <database>%s</database>
                            <schema>%s</schema>
                            <user>%s</user>
                            <password><![CDATA[%s]]></password>
                        </%s>
                    </named_collections>
                </clickhouse>
                """.formatted(POSTGRES_SOURCE_COLLECTION, Postgres.HOST, Postgres.PORT, Postgres.CURATED_DATABASE, POSTGRES_SOURCE_SCHEMA,
                POSTGRES_SOURCE_ROLE, Template.secret(POSTGRES_SOURCE_PASSWORD), POSTGRES_SOURCE_COLLECTION);
    }

    /**
     * Analysts read the dbt marts; engineers read every analytics layer and the PostgreSQL sources. Metabase and
     * OpenMetadata log in as clickhouse-reader, never as the admin: it reads the databases they show (analytics, which Metabase opens, and
     * the marts) and, as OpenMetadata's ClickHouse connector requires for metadata, usage and lineage ingestion,
     * {@code SELECT, SHOW ON system.*} (docs.open-metadata.org, connectors/database/clickhouse, "Requirements"). With
     * the directory its password is its directory password (LDAP server {@code service}); without, ClickHouse keeps
     * the same generated secret. Trino's {@code clickhouse} catalog logs in as its own user with {@value ClickHouseAccess#TRINO_ROLE}.
     */
    public static ClickHouseAccess access(boolean directory) {
        List<ClickHouseAccess.RoleGrants> roles = List.of(
                new ClickHouseAccess.RoleGrants(PlatformRole.DATA_ANALYST.id(), List.of("SELECT ON marts.*")),
                new ClickHouseAccess.RoleGrants(PlatformRole.DATA_ENGINEER.id(), List.of("SELECT ON analytics.*", "SELECT ON staging.*", "SELECT ON marts.*",
                        "SELECT ON " + POSTGRES_SOURCE_COLLECTION + ".*")),
                new ClickHouseAccess.RoleGrants(ClickHouseAccess.BI_READER_ROLE, List.of("SELECT ON analytics.*", "SELECT ON marts.*", "SELECT, SHOW ON system.*")),
                // Engineers' SQL gateway: reads every layer, writes only the landing database dbt reads from.
                new ClickHouseAccess.RoleGrants(ClickHouseAccess.TRINO_ROLE, List.of("SELECT ON analytics.*", "SELECT ON raw.*", "SELECT ON staging.*", "SELECT ON marts.*",
                        "INSERT ON raw.*")));
        String reader = Directory.CLICKHOUSE_READER.cn();
        ClickHouseAccess.User user = directory ? ClickHouseAccess.User.ldap(reader, "service", List.of(ClickHouseAccess.BI_READER_ROLE))
                : ClickHouseAccess.User.password(reader, Template.secret(Directory.CLICKHOUSE_READER.passwordSecret()), List.of(ClickHouseAccess.BI_READER_ROLE));
        // Not a directory account: ClickHouse keeps its password either way.
        ClickHouseAccess.User trino = ClickHouseAccess.User.password(TRINO_USER, Template.secret(TRINO_PASSWORD), List.of(ClickHouseAccess.TRINO_ROLE));
        return new ClickHouseAccess(roles, List.of(user, trino));
    }
}
