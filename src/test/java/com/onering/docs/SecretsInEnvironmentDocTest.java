package com.onering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.FileSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docker inspect} shows a container's environment to whoever reaches the Docker API, so secrets travel as files
 * wherever the image reads one. The secrets that stay in an environment are exactly those {@code docs/secrets.md}
 * lists, each with the reason: a new one fails here until it is moved to a file or documented.
 */
class SecretsInEnvironmentDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| `([A-Z0-9_]+)` \\|.*\\|\\s*$");

    /** Every workload of every profile, over the three brokers and both object stores (each brings its own workloads). */
    private static Set<String> secretsInEnvironment() {
        Set<String> found = new TreeSet<>();
        for (String variant : List.of(Platforms.allProfiles() + "  onering:broker: pulsar\n", Platforms.allProfiles() + "  onering:broker: kafka\n",
                Platforms.allProfiles() + "  onering:broker: redpanda\n", Platforms.everyProfile() + "  onering:objectStore: seaweedfs\n")) {
            Platform platform = Platforms.assemble(variant);
            for (WorkloadSpec workload : platform.workloads()) {
                workload.env().forEach((name, value) -> {
                    if (!Template.secretRefs(value).isEmpty()) {
                        found.add(workload.name() + " " + name);
                    }
                });
            }
        }
        return found;
    }

    private static Set<String> documented() throws IOException {
        Set<String> rows = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("docs/secrets.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                rows.add(row.group(1) + " " + row.group(2));
            }
        }
        return rows;
    }

    @Test
    void theSecretsLeftInEnvironmentsAreExactlyTheDocumentedOnes() throws IOException {
        assertEquals(documented(), secretsInEnvironment());
    }

    @Test
    void secretFilesLiveInTheSecretsDirectoryAndAreNamedByTheirVariable() {
        Platform platform = Platforms.assemble(Platforms.allProfiles());
        int files = 0;
        for (WorkloadSpec workload : platform.workloads()) {
            for (var entry : workload.env().entrySet()) {
                if (entry.getKey().endsWith("_FILE") && entry.getValue().startsWith(FileSpec.SECRETS_DIR)) {
                    String path = entry.getValue();
                    assertTrue(workload.files().stream().anyMatch(f -> f.containerPath().equals(path) && !Template.secretRefs(f.content()).isEmpty()),
                            workload.name() + " " + entry.getKey() + " names " + path + ", which is not a placed secret");
                    files++;
                }
            }
        }
        assertTrue(files >= 5, "secret files found: " + files);
    }
}
