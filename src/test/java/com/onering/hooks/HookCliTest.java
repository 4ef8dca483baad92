package com.onering.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.cli.Cli;
import com.onering.cli.HookCatalog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code onering hook <name>}: the catalog behind it and the exit codes a person sees. */
class HookCliTest {
    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath()).run(args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyHookHasAUniqueNameAndAnUnknownOneListsThem() {
        List<String> names = HookCatalog.all().stream().map(Hook::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), "duplicate hook names: " + names);
        Outcome outcome = cli("hook", "no-such-hook");
        assertEquals(2, outcome.exitCode());
        for (String name : List.of("object-store", "postgres-migrations", "clickhouse-migrations", "kafka-topics", "pulsar-topics",
                "airflow", "infisical", "metabase", "trino-schemas", "openmetadata", "airbyte")) {
            assertTrue(names.contains(name), name + " is not registered");
            assertTrue(outcome.err().contains(name), outcome.err());
        }
    }

    @Test
    void aMissingSettingFailsWithItsNameAndUsageExitCode() {
        Outcome outcome = cli("hook", "trino-schemas", "--timeout-seconds", "5");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertEquals("hook trino-schemas: 4 settings to fix:\n"
                + "  - TRINO_URL is not set (the provisioner passes it; when running by hand, export it first)\n"
                + "  - TRINO_USER is not set (the provisioner passes it; when running by hand, export it first)\n"
                + "  - TRINO_PASSWORD is not set (the provisioner passes it; when running by hand, export it first)\n"
                + "  - ICEBERG_BUCKET is not set (the provisioner passes it; when running by hand, export it first)", outcome.err().trim());
        assertEquals(2, cli("hook", "trino-schemas", "--timeout-seconds", "soon").exitCode());
    }
}
