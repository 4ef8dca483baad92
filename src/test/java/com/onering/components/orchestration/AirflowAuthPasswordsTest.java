package com.onering.components.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.TestServers;
import com.onering.testsupport.TestServers.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Airflow's simple auth manager opens its passwords file for writing (append at start, read-write at login), while
 * every file the provisioner places is root-owned and 0644: the API server must get a writable copy, or it crashes.
 */
class AirflowAuthPasswordsTest {
    private final ComponentSpec airflow = new Airflow().describe(new PlatformContext(MockRun.config("  onering:profiles: [core]\n"),
            ConfigFiles.projectDefault()));
    private final WorkloadSpec apiServer = airflow.workloads().stream().filter(w -> w.name().equals(Airflow.API_SERVER)).findFirst().orElseThrow();

    @Test
    void thePlacedSeedIsNotTheFileAirflowWrites() {
        String passwordsFile = apiServer.env().get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE");
        List<String> placed = apiServer.files().stream().map(FileSpec::containerPath).toList();
        assertTrue(placed.contains(apiServer.env().get("ONERING_PASSWORDS_SEED")), placed.toString());
        assertTrue(placed.stream().noneMatch(passwordsFile::equals), "Airflow writes " + passwordsFile + ", which must not be placed");
        assertNotEquals(Path.of(passwordsFile).getParent(), Path.of(Airflow.PASSWORDS_SEED).getParent());
    }

    @Test
    void theImageRunsTheSeedInstallerBeforeItsOwnEntrypoint() throws IOException {
        String dockerfile = Files.readString(ConfigFiles.projectDefault().resolve("airflow/Dockerfile"));
        assertTrue(dockerfile.contains("ENTRYPOINT [\"/usr/bin/dumb-init\", \"--\", \"/usr/local/bin/onering-entrypoint\", \"/entrypoint\"]"),
                "the derived image must start through onering-entrypoint, then upstream's /entrypoint");
    }

    /** As the service's unprivileged user, against a root-owned 0644 seed as Docker places it. Needs root to switch users. */
    @Test
    void anUnprivilegedProcessCanAppendToThePasswordsFileAfterTheEntrypoint(@TempDir Path dir) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "switching to an unprivileged user needs root");
        Path seed = dir.resolve("seed.json");
        Files.writeString(seed, "{\"admin\": \"generated\"}");
        Files.setPosixFilePermissions(seed, PosixFilePermissions.fromString("rw-r--r--"));
        Path home = Files.createDirectory(dir.resolve("home"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path passwords = home.resolve("passwords.json");
        // A copy the unprivileged user can reach wherever the checkout lives (a clone under a private directory too).
        Path script = Files.copy(ConfigFiles.projectDefault().resolve("airflow/onering-entrypoint.sh"), dir.resolve("onering-entrypoint.sh"));
        // What Airflow does at start: open for append; then read the content back.
        CommandResult result = TestServers.run(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "bash", script.toString(), "sh", "-c", "exec 3>>\"$AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE\" && cat \"$AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE\""),
                Map.of("ONERING_PASSWORDS_SEED", seed.toString(), "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE", passwords.toString()), 30);
        assertEquals(0, result.exitCode(), result.output());
        assertEquals("{\"admin\": \"generated\"}", result.output().trim());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwords)));
    }
}
