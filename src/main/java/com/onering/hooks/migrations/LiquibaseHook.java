package com.onering.hooks.migrations;

import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.Postgres;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport;
import com.onering.hooks.HookReport.Action;
import com.onering.model.HookSpec;
import com.onering.model.Template;
import java.net.ConnectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.FastCheckService;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies a Liquibase changelog under {@code config/liquibase/<dir>/changelog.xml} in-process, with the JDBC URL and
 * credentials from the environment. Each changeset is one report line: created when it ran now, updated when it ran
 * again (runOnChange), unchanged when it had run before or its precondition found the object already in place.
 */
public final class LiquibaseHook implements Hook {
    public static final String POSTGRES = "postgres-migrations";
    public static final String CLICKHOUSE = "clickhouse-migrations";
    static final String URL = "JDBC_URL";
    static final String USER = "JDBC_USER";
    static final String PASSWORD = "JDBC_PASSWORD";
    static final String CHANGELOG = "changelog.xml";
    /** Connection-level SQL states (class 08) and PostgreSQL's "the database system is starting up". */
    private static final Set<String> STARTING = Set.of("57P03");
    /** Invalid authorization (class 28): wrong user or password. */
    private static final String AUTHORIZATION_CLASS = "28";
    /** ClickHouse's error codes for an unknown user and a failed authentication (it sets no SQL state). */
    private static final Set<Integer> CLICKHOUSE_AUTHENTICATION = Set.of(192, 516);

    /** Liquibase narrates every step at INFO; the hook's report says what changed. Held here: JUL keeps loggers weakly. */
    private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

    private final String name;
    private final String service;
    private final String changelogDir;

    LiquibaseHook(String name, String service, String changelogDir) {
        this.name = name;
        this.service = service;
        this.changelogDir = changelogDir;
    }

    /** The curated (gold) database's tables, migrated as the database's owner role. */
    public static LiquibaseHook postgres() {
        return new LiquibaseHook(POSTGRES, "PostgreSQL", "liquibase/postgres");
    }

    /** The analytics, raw, staging and marts databases of ClickHouse. */
    public static LiquibaseHook clickhouse() {
        return new LiquibaseHook(CLICKHOUSE, "ClickHouse", "liquibase/clickhouse");
    }

    public static HookSpec postgresSpec() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(URL, "jdbc:postgresql://" + Template.endpoint(Postgres.HOST, "postgres") + "/" + Postgres.CURATED_DATABASE);
        env.put(USER, Postgres.CURATED.role());
        env.put(PASSWORD, Template.secret(Postgres.CURATED.passwordSecret()));
        return new HookSpec(POSTGRES, List.of(Postgres.HOST), env, List.of("liquibase/postgres"));
    }

    public static HookSpec clickhouseSpec() {
        Map<String, String> env = new LinkedHashMap<>();
        // Liquibase's own tables go to `default`, so the analyst-facing databases hold only platform tables.
        env.put(URL, "jdbc:clickhouse://" + Template.endpoint(ClickHouse.HOST, "http") + "/default");
        env.put(USER, ClickHouse.ADMIN_USER);
        env.put(PASSWORD, Template.secret(ClickHouse.ADMIN_PASSWORD));
        return new HookSpec(CLICKHOUSE, List.of(ClickHouse.HOST), env, List.of("liquibase/clickhouse"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings(URL, USER, PASSWORD);
        LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
        Path changelog = context.configFile(changelogDir + "/" + CHANGELOG, "it ships with the project under config/" + changelogDir);
        String url = context.require(URL);
        Properties credentials = new Properties();
        credentials.setProperty("user", context.require(USER));
        credentials.setProperty("password", context.require(PASSWORD));
        // A server killed mid-run (or still starting) breaks the connection: the whole update is retried, which is
        // safe because applied changesets are recorded and skipped.
        context.retrying(service, redact(url), LiquibaseHook::isTransient, () -> {
            try (Connection connection = connect(context, url, credentials)) {
                update(context, connection, changelog.getParent());
            }
            return null;
        });
    }

    private Connection connect(HookContext context, String url, Properties credentials) throws SQLException {
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            if ((e.getSQLState() != null && e.getSQLState().startsWith(AUTHORIZATION_CLASS)) || CLICKHOUSE_AUTHENTICATION.contains(e.getErrorCode())) {
                throw new HookFailure("hook " + name + ": " + service + " at " + redact(url) + " refused the credentials ("
                        + e.getMessage() + "); check " + USER + " and " + PASSWORD, e);
            }
            throw e;
        }
    }

    private void update(HookContext context, Connection connection, Path changelogDir) throws Exception {
        Map<String, Object> scope = new LinkedHashMap<>();
        // Liquibase's banner and summary go to its log, not into the hook's report; no usage analytics are sent.
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        scope.put("liquibase.analytics.enabled", false);
        scope.put("liquibase.command.showSummary", "OFF");
        scope.put("liquibase.command.showSummaryOutput", "LOG");
        Scope.child(scope, () -> {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new DirectoryResourceAccessor(changelogDir), database)) {
                releaseStaleLock(context, database);
                // Liquibase remembers "up to date" per database for the life of the JVM; the changelog may have
                // changed since (a long-lived process, or tests), so the database's own records decide.
                Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
                ReportingListener listener = new ReportingListener(context.report());
                liquibase.setChangeExecListener(listener);
                liquibase.update(new Contexts(), new LabelExpression());
                for (ChangeSet changeSet : liquibase.getDatabaseChangeLog().getChangeSets()) {
                    if (!listener.reported.contains(changeSet.getId())) {
                        context.report().record(Action.UNCHANGED, "changeset", changeSet.getId());
                    }
                }
            }
        });
    }

    /**
     * Only this hook migrates its database and an update runs it once, so a lock held when it starts was left by a run
     * killed between taking and releasing it (Liquibase would otherwise wait five minutes and fail). The one case this
     * misreads is a second copy of this hook run by hand during `pulumi up` for the same database: don't do that.
     */
    private void releaseStaleLock(HookContext context, Database database) throws LiquibaseException {
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        if (lock.listLocks().length > 0) {
            lock.forceReleaseLock();
            context.report().record(Action.UPDATED, "lock", "DATABASECHANGELOGLOCK (released a lock left by an interrupted run)");
        }
    }

    private static boolean isTransient(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STARTING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** JDBC URLs may carry a password parameter; messages show scheme, host, port and database only. */
    private static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** Reports each changeset Liquibase executes or marks as run. */
    private static final class ReportingListener extends AbstractChangeExecListener {
        private final HookReport report;
        private final java.util.Set<String> reported = new java.util.HashSet<>();

        ReportingListener(HookReport report) {
            this.report = report;
        }

        @Override
        public void ran(ChangeSet changeSet, DatabaseChangeLog changeLog, Database database, ChangeSet.ExecType execType) {
            reported.add(changeSet.getId());
            switch (execType) {
                case EXECUTED -> report.record(Action.CREATED, "changeset", changeSet.getId());
                case RERAN -> report.record(Action.UPDATED, "changeset", changeSet.getId());
                default -> report.record(Action.UNCHANGED, "changeset", changeSet.getId() + " (already in place, recorded as run)");
            }
        }
    }
}
