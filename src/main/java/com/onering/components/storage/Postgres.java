package com.onering.components.storage;

import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
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
import com.onering.model.identity.Directory;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** PostgreSQL: the Airflow metastore, every service database, and the curated (gold) database of seed 000. */
public final class Postgres implements Component {
    public static final String HOST = "postgres";
    public static final int PORT = 5432;
    public static final String SUPERUSER = "postgres";
    public static final String SUPERUSER_PASSWORD = "postgres-superuser-password";
    public static final String CURATED_DATABASE = "curated";
    /**
     * The curated database and the role that owns it, with the medallion schemas: bronze (raw landings), silver
     * (cleaned), gold (serving snapshots). What engineers' SQL gateways (Trino) use.
     */
    public static final DatabaseNeed CURATED = new DatabaseNeed(CURATED_DATABASE, "curated_owner", "postgres-curated-password",
            List.of("bronze", "silver", "gold"), List.of());
    /**
     * Seed 002's database (profile {@code poc}): {@code raw} landings and {@code curated} serving tables, with
     * pgcrypto, uuid-ossp and PostGIS ready for its owner; {@code platform} holds what the platform keeps for the
     * database's services (their Infisical credentials).
     */
    public static final DatabaseNeed POC = new DatabaseNeed("poc", "poc_owner", "postgres-poc-password",
            List.of("raw", "curated", "platform"), List.of("pgcrypto", "uuid-ossp", "postgis"));
    /** Members of this role authenticate against the directory (pg_hba rule), everyone else with a password. */
    public static final String LDAP_USERS_ROLE = "ldap_users";
    private static final String HBA_FILE = "/etc/postgresql/pg_hba.conf";
    static final String AUDIT_LOG_LINE_PREFIX = "%m [%p] user=%u db=%d app=%a client=%h ";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/library/postgres", "18.3-trixie");

    /** A SQLAlchemy/libpq URL for a service's own database and role, as seen from inside the platform. */
    public static String url(String scheme, DatabaseNeed database) {
        return scheme + "://" + database.role() + ":" + Template.secret(database.passwordSecret()) + "@" + HOST + ":" + PORT + "/" + database.database();
    }

    /** A JDBC URL for {@code database} as hooks reach the server: the endpoint placeholder the executor renders. */
    public static String jdbcUrlFromHooks(String database) {
        return "jdbc:postgresql://" + Template.endpoint(HOST, "postgres") + "/" + database;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** People log in as themselves (psql -U data-analyst) with their directory password: search by uid, then bind. */
    public static String ldapPeopleRule(Directory directory) {
        return "host    all   +" + LDAP_USERS_ROLE + "   all   ldap ldapserver=openldap ldapport=389 ldapbasedn=\""
                + directory.unitDn(Directory.PEOPLE) + "\" ldapsearchattribute=uid ldapbinddn=\"" + directory.serviceDn(Directory.POSTGRES_AUTH)
                + "\" ldapbindpasswd=\"" + Template.secret(Directory.POSTGRES_AUTH.passwordSecret()) + "\"\n";
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public Profile profile() {
        return Profile.CORE;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        // Audit trail in the server log (docker logs): who connected from where and for
        // how long, and every DDL statement, each line with its time, process, role, database, application and client.
        List<String> command = new ArrayList<>(List.of("postgres", "-c", "log_connections=on", "-c", "log_disconnections=on",
                "-c", "log_statement=ddl", "-c", "log_line_prefix=" + AUDIT_LOG_LINE_PREFIX));
        if (context.config().profiles().contains(Profile.STREAMING)) {
            // Debezium's pgoutput CDC needs logical decoding; changing wal_level needs a restart, so it is a start flag.
            command.addAll(List.of("-c", "wal_level=logical", "-c", "max_replication_slots=10", "-c", "max_wal_senders=10"));
        }
        boolean directory = context.config().directoryEnabled();
        if (directory) {
            command.addAll(List.of("-c", "hba_file=" + HBA_FILE));
        }
        // PostGIS only where seed 002's database needs it: the derived image is built on the deploying machine.
        boolean poc = context.config().profiles().contains(Profile.POC);
        ImageSource image = poc ? context.files().image("onering/postgres-postgis", "postgres-postgis") : IMAGE;
        WorkloadSpec.Builder builder = WorkloadSpec.service("postgres", image)
                .command(command.toArray(String[]::new))
                .env("POSTGRES_USER", SUPERUSER)
                // Read by the entrypoint (as root, before it drops to postgres) at the first initdb only.
                .secretFile("POSTGRES_PASSWORD_FILE", SUPERUSER_PASSWORD, Template.secret(SUPERUSER_PASSWORD))
                .env("POSTGRES_DB", "postgres")
                .port(PortSpec.published("postgres", PORT, PORT))
                // PostgreSQL 18 images keep PGDATA under /var/lib/postgresql/18/docker and refuse a mount at .../data.
                .volume(VolumeSpec.data("postgres-data", "/var/lib/postgresql"))
                // -h 127.0.0.1: the init-time server listens on the socket only, so a socket probe would pass too early.
                .health(HealthCheck.exec("pg_isready", "-h", "127.0.0.1", "-U", SUPERUSER, "-d", "postgres"))
                .memory(MemorySize.mebibytes(256))
                .dataStore();
        if (directory) {
            builder.file(FileSpec.of(HBA_FILE, ldapPeopleRule(Directory.declared(context.config().ldapSuffix()))
                    + context.files().read("postgres/pg_hba.conf")));
        }
        WorkloadSpec server = builder.build();
        List<DatabaseNeed> databases = poc ? List.of(CURATED, POC) : List.of(CURATED);
        List<SecretSpec> secrets = new ArrayList<>(List.of(SecretSpec.password(SUPERUSER_PASSWORD)));
        databases.forEach(database -> secrets.add(SecretSpec.password(database.passwordSecret())));
        Map<String, String> outputs = new HashMap<>(Map.of("postgresAdminUrl", publishedUrl(SUPERUSER, SUPERUSER_PASSWORD, "postgres")));
        if (poc) {
            outputs.put("pocDatabaseUrl", publishedUrl(POC.role(), POC.passwordSecret(), POC.database()));
        }
        List<HookSpec> migrations = new ArrayList<>(List.of(migrations(LiquibaseHook.postgres(), CURATED)));
        if (poc) {
            // Seed 002's curated serving tables, which the curation step fills and the agent API reads.
            migrations.add(migrations(LiquibaseHook.postgresPoc(), POC));
        }
        return new ComponentSpec(name(), profile(), "onering:storage:Postgres", List.of(server), secrets, databases, migrations, outputs);
    }

    /** A database's Liquibase changelog, applied as the role that owns the database. */
    private static HookSpec migrations(LiquibaseHook hook, DatabaseNeed database) {
        return hook.spec(HOST, jdbcUrlFromHooks(database.database()),
                database.role(), Template.secret(database.passwordSecret()));
    }

    /** A libpq URL for people and tools outside the platform (the endpoint resolves to the published address). */
    private static String publishedUrl(String role, String passwordSecret, String database) {
        return "postgresql://" + role + ":" + Template.secret(passwordSecret) + "@" + Template.endpoint(HOST, "postgres") + "/" + database;
    }
}
