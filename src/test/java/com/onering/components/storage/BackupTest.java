package com.onering.components.storage;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.ConfigLoader;
import com.onering.config.ConfigProblem;
import com.onering.config.ConfigSource;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The backup job in the plan: present only with {@code onering:backup}, dumping every deployed database, copying every
 * bucket off-host with the key the stack provides, its credentials in files; each mistake in the settings one problem.
 */
class BackupTest {
    private static final String BACKUP = """
              onering:profiles: [core, security]
              onering:backup:
                target: s3://acme-backups/onering/dev
                endpoint: https://s3.eu-central-1.amazonaws.com
                region: eu-central-1
                time: "03:15"
                retentionDays: 30
              onering:secrets:
                backup-access-key-id:
                  secure: v1:AAAA
                backup-secret-access-key:
                  secure: v1:BBBB
            """;

    @Test
    void withoutSettingsThereIsNoBackupJob() {
        assertTrue(Platforms.assemble("  onering:profiles: [core]\n").workload(Backup.NAME).isEmpty());
    }

    @Test
    void theJobDumpsEveryDeployedDatabaseAndCopiesEveryBucketOffHost() {
        WorkloadSpec job = Platforms.assemble(BACKUP).workload(Backup.NAME).orElseThrow();
        Map<String, String> env = job.env();
        List<String> databases = Platforms.assemble(BACKUP).components().stream().flatMap(c -> c.databases().stream())
                .map(need -> need.database()).distinct().sorted().toList();
        assertTrue(databases.containsAll(List.of("airflow", "keycloak")), databases.toString());
        assertEquals(String.join(" ", databases), env.get("ONERING_BACKUP_DATABASES"));
        assertEquals("bronze silver gold iceberg featurestore mlflow stage backups", env.get("ONERING_BACKUP_BUCKETS"));
        assertEquals("acme-backups/onering/dev", env.get("ONERING_OFFSITE_PATH"));
        assertEquals("https://s3.eu-central-1.amazonaws.com", env.get("ONERING_OFFSITE_ENDPOINT"));
        assertEquals("03:15", env.get("ONERING_BACKUP_TIME"));
        assertEquals("30", env.get("ONERING_BACKUP_RETENTION_DAYS"));
        assertEquals("analytics", env.get("ONERING_CLICKHOUSE_DATABASES"));
        env.forEach((name, value) -> assertTrue(!value.contains("{{secret:"), name + " carries a secret in the environment"));
        assertTrue(job.files().stream().anyMatch(f -> f.content().equals("{{secret:backup-secret-access-key}}")), job.files().toString());
    }

    @Test
    void theImageIsBuiltOnThePostgresServersImage() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(BACKUP), ConfigFiles.projectDefault());
        named(plan, "docker:index/container:Container", Backup.NAME);
        assertTrue(ofType(plan, "docker:index/remoteImage:RemoteImage").stream()
                .anyMatch(image -> String.valueOf(image.inputs().get("name")).startsWith("onering/backup:")));
        String dockerfile = ConfigFiles.projectDefault().read("backup/Dockerfile");
        assertTrue(dockerfile.contains("\nFROM " + Postgres.IMAGE.reference() + "\n"), "pg_dump is the server's own version");
    }

    @Test
    void eachMistakeIsOneProblemNamingTheSetting() {
        assertEquals(List.of("onering:secrets.backup-access-key-id", "onering:secrets.backup-secret-access-key"), keys("""
                  onering:backup: {target: "s3://acme-backups", endpoint: "https://s3.example.com"}
                """));
        assertEquals(List.of("onering:backup.target", "onering:backup.endpoint", "onering:backup.time", "onering:backup.retentionDays"), keys("""
                  onering:backup: {target: "acme-backups", endpoint: "http://s3.example.com", time: "3pm", retentionDays: 0}
                  onering:secrets:
                    backup-access-key-id: {secure: v1:AAAA}
                    backup-secret-access-key: {secure: v1:BBBB}
                """));
        assertEquals(List.of("onering:backup.target", "onering:backup.endpoint"), keys("""
                  onering:backup: {}
                  onering:secrets:
                    backup-access-key-id: {secure: v1:AAAA}
                    backup-secret-access-key: {secure: v1:BBBB}
                """));
    }

    private static List<String> keys(String config) {
        return ConfigLoader.read(ConfigSource.fromStackYaml("config:\n" + config), "dev").problems().stream().map(ConfigProblem::key).toList();
    }
}
