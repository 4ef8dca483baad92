package com.onering.components.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.Platforms;
import com.onering.testsupport.TestServers;
import com.onering.testsupport.TestServers.CommandResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The backup job's image on a real Docker engine ({@code DOCKER_HOST}): built from {@code config/backup} with the
 * classic builder on the PostgreSQL image the plan pulls (its stand-in where no registry is reachable; the test
 * command's hook-runner stage builds it), its tools present and pg_dump the server's own major version, and the
 * container as the plan starts it (entrypoint, user, settings) waiting for its time and healthy by the plan's check.
 */
@Tag("docker-engine")
class BackupImageEngineTest {
    private static final String CONTAINER = "onering-bit-backup";
    private static final long COMMAND_SECONDS = 900;
    private static WorkloadSpec job;
    private static String image;

    @BeforeAll
    static void buildTheImage() {
        job = Platforms.assemble("""
                  onering:profiles: [core]
                  onering:backup: {target: "s3://acme-backups/onering", endpoint: "https://s3.example.com", time: "03:00"}
                  onering:secrets:
                    backup-access-key-id: {secure: v1:AAAA}
                    backup-secret-access-key: {secure: v1:BBBB}
                """).workload(Backup.NAME).orElseThrow();
        ImageSource.Built built = (ImageSource.Built) job.image();
        image = built.reference();
        CommandResult build = TestServers.run(List.of("docker", "build", "-q", "-t", image, ConfigFiles.projectDefault().buildContext(built.contextDir())),
                Map.of("DOCKER_BUILDKIT", "0"), COMMAND_SECONDS);
        assertEquals(0, build.exitCode(), "building " + image + ":\n" + build.output());
    }

    @AfterAll
    static void removeTheContainer() {
        docker("rm", "-f", CONTAINER);
    }

    @Test
    void theToolsAreThereAndPgDumpIsTheServersOwnVersion() {
        CommandResult versions = docker("run", "--rm", "--entrypoint", "sh", image, "-c",
                "pg_dump --version && postgres --version && rclone version && curl --version");
        assertEquals(0, versions.exitCode(), versions.output());
        List<String> lines = versions.output().lines().toList();
        String dumpMajor = lines.get(0).replaceAll(".* (\\d+)\\.\\d+.*", "$1");
        String serverMajor = lines.get(1).replaceAll(".* (\\d+)\\.\\d+.*", "$1");
        assertEquals(serverMajor, dumpMajor, versions.output());
        assertTrue(versions.output().contains("rclone v"), versions.output());
    }

    @Test
    void theJobWaitsForItsTimeAndIsHealthyUntilARunFails() {
        List<String> run = new ArrayList<>(List.of("run", "-d", "--name", CONTAINER));
        job.env().forEach((name, value) -> run.addAll(List.of("--env", name + "=" + value)));
        run.add(image);
        docker("rm", "-f", CONTAINER);
        assertEquals(0, docker(run.toArray(String[]::new)).exitCode());
        HealthCheck health = job.health().orElseThrow();
        List<String> check = new ArrayList<>(List.of("exec", CONTAINER, "sh", "-c", health.test().get(1)));
        for (int attempt = 0; !docker("logs", CONTAINER).output().contains("next backup at "); attempt++) {
            if (attempt == 120) {
                fail("the job did not start waiting:\n" + docker("logs", CONTAINER).output());
            }
            TestServers.pauseBeforeNextPoll();
        }
        assertTrue(docker("logs", CONTAINER).output().matches("(?s)next backup at \\d{4}-\\d\\d-\\d\\dT03:00:00Z\\s*"),
                docker("logs", CONTAINER).output());
        assertEquals(0, docker(check.toArray(String[]::new)).exitCode(), "healthy while waiting");
        assertEquals(0, docker("exec", CONTAINER, "sh", "-c", "echo failed > " + Backup.STATUS_FILE).exitCode());
        assertEquals(1, docker(check.toArray(String[]::new)).exitCode(), "unhealthy after a failed run");
    }

    private static CommandResult docker(String... args) {
        return TestServers.docker(COMMAND_SECONDS, args);
    }
}
