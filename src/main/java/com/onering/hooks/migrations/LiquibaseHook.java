package com.onering.hooks.migrations;

import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.HookReport;
import com.onering.hooks.JdbcConnections;
import com.onering.model.HookSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public static final String POSTGRES_POC = "postgres-poc-migrations";
    public static final String CLICKHOUSE = "clickhouse-migrations";
    static final String URL = "JDBC_URL";
    static final String USER = "JDBC_USER";
    static final String PASSWORD = "JDBC_PASSWORD";
    static final String CHANGELOG = "changelog.xml";

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

    /** Seed 002's {@code poc} database: its curated serving tables, migrated as that database's owner role. */
    public static LiquibaseHook postgresPoc() {
        return new LiquibaseHook(POSTGRES_POC, "PostgreSQL", "liquibase/postgres-poc");
    }

    /** The analytics, raw, staging and marts databases of ClickHouse. */
    public static LiquibaseHook clickhouse() {
        return new LiquibaseHook(CLICKHOUSE, "ClickHouse", "liquibase/clickhouse");
    }

    /**
     * This hook as a component declares it: {@code jdbcUrl} and {@code password} may hold endpoint and secret
     * placeholders; it waits for {@code workload} and runs again when its changelog folder changes.
     */
    public HookSpec spec(String workload, String jdbcUrl, String user, String password) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(URL, jdbcUrl);
        env.put(USER, user);
        env.put(PASSWORD, password);
        return new HookSpec(name, List.of(workload), env, List.of(changelogDir));
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
        // A server killed mid-run (or still starting) breaks the connection: the whole update is retried, which is
        // safe because applied changesets are recorded and skipped.
        context.retrying(service, JdbcConnections.redact(url), JdbcConnections::isTransient, () -> {
            try (Connection connection = JdbcConnections.open(name, service, url, context.require(USER), context.require(PASSWORD), USER, PASSWORD)) {
                update(context, connection, changelog.getParent());
            }
            return null;
        });
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
