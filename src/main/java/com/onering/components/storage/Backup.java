package com.onering.components.storage;

import com.onering.config.BackupSettings;
import com.onering.config.PlatformConfig;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.Platform;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stack's backups ({@code onering:backup}, {@link BackupSettings}): one container that every day dumps each
 * PostgreSQL database (pg_dump, custom format) and backs up ClickHouse's database (its own BACKUP, to S3) into the
 * object store's {@value BackupSettings#BUCKET} bucket, deletes what is older than the retention, and copies every
 * bucket to the off-host S3 target ({@code config/backup/}). {@code restore.sh} in the same container brings each
 * back. Without {@code onering:backup} the component deploys nothing.
 */
public final class Backup implements Component {
    public static final String NAME = "backup";
    static final String STATUS_FILE = "/tmp/onering-backup-status";
    private static final String TYPE = "onering:storage:Backup";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Profile profile() {
        return Profile.CORE;
    }

    /** The job over the core stores; {@link #completeWith} names every deployed component's database, and ClickHouse's. */
    @Override
    public ComponentSpec describe(PlatformContext context) {
        return context.config().backup()
                .map(settings -> spec(job(context.config(), settings, context.files().image("onering/backup", "backup"), List.of(), false)))
                .orElseGet(() -> new ComponentSpec(NAME, profile(), TYPE, List.of(), List.of(), List.of(), List.of(), Map.of()));
    }

    @Override
    public ComponentSpec completeWith(ComponentSpec described, Platform platform) {
        List<String> databases = platform.components().stream().flatMap(c -> c.databases().stream()).map(DatabaseNeed::database)
                .distinct().sorted().toList();
        return spec(job(platform.config(), platform.config().backup().orElseThrow(), described.workloads().get(0).image(), databases,
                platform.workload(ClickHouse.HOST).isPresent()));
    }

    private ComponentSpec spec(WorkloadSpec job) {
        return new ComponentSpec(NAME, profile(), TYPE, List.of(job),
                List.of(SecretSpec.provided(BackupSettings.ACCESS_KEY_ID), SecretSpec.provided(BackupSettings.SECRET_ACCESS_KEY)),
                List.of(), List.of(), Map.of());
    }

    private static WorkloadSpec job(PlatformConfig config, BackupSettings settings, ImageSource image, List<String> databases,
                                    boolean clickhouse) {
        List<String> buckets = new ArrayList<>(ObjectStore.Buckets.ALL);
        buckets.add(BackupSettings.BUCKET);
        WorkloadSpec.Builder job = WorkloadSpec.service(NAME, image)
                .env("ONERING_BACKUP_TIME", settings.time().toString())
                .env("ONERING_BACKUP_STATUS", STATUS_FILE)
                .env("ONERING_BACKUP_RETENTION_DAYS", String.valueOf(settings.retentionDays()))
                .env("ONERING_BACKUP_BUCKET", BackupSettings.BUCKET)
                .env("ONERING_BACKUP_BUCKETS", String.join(" ", buckets))
                .env("ONERING_BACKUP_DATABASES", String.join(" ", databases))
                .env("PGHOST", Postgres.HOST)
                .env("PGPORT", String.valueOf(Postgres.PORT))
                .env("PGUSER", Postgres.SUPERUSER)
                .secretFile("PGPASSWORD_FILE", "backup-postgres-password", Template.secret(Postgres.SUPERUSER_PASSWORD))
                .env("ONERING_OBJECT_STORE_ENDPOINT", ObjectStore.endpoint(config))
                .env("ONERING_OBJECT_STORE_REGION", ObjectStore.region(config))
                .secretFile("ONERING_OBJECT_STORE_ACCESS_KEY_FILE", "backup-s3-access-key", Template.secret(ObjectStore.ACCESS_KEY))
                .secretFile("ONERING_OBJECT_STORE_SECRET_KEY_FILE", "backup-s3-secret-key", Template.secret(ObjectStore.SECRET_KEY))
                .env("ONERING_OFFSITE_ENDPOINT", settings.endpoint())
                .env("ONERING_OFFSITE_REGION", settings.region())
                .env("ONERING_OFFSITE_PATH", settings.offsitePath())
                .secretFile("ONERING_OFFSITE_ACCESS_KEY_FILE", BackupSettings.ACCESS_KEY_ID, Template.secret(BackupSettings.ACCESS_KEY_ID))
                .secretFile("ONERING_OFFSITE_SECRET_KEY_FILE", BackupSettings.SECRET_ACCESS_KEY, Template.secret(BackupSettings.SECRET_ACCESS_KEY))
                // Healthy while waiting and after a good run; a failed run shows until the next one succeeds.
                .health(HealthCheck.shell("! grep -qx failed " + STATUS_FILE))
                .dependsOn(Dependency.healthy(Postgres.HOST))
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .memory(MemorySize.mebibytes(128));
        if (clickhouse) {
            job.env("ONERING_CLICKHOUSE_URL", "http://" + ClickHouse.HOST + ":" + ClickHouse.HTTP_PORT)
                    .env("ONERING_CLICKHOUSE_USER", ClickHouse.ADMIN_USER)
                    .env("ONERING_CLICKHOUSE_DATABASES", ClickHouse.DATABASE)
                    .secretFile("ONERING_CLICKHOUSE_PASSWORD_FILE", "backup-clickhouse-password", Template.secret(ClickHouse.ADMIN_PASSWORD))
                    .dependsOn(Dependency.healthy(ClickHouse.HOST));
        }
        return job.build();
    }
}
