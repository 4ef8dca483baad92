package com.onering.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.onering.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflinePlanTest {

    record Outcome(int exitCode, String out, String err) {
    }

    static Outcome cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("").toAbsolutePath()).run(args);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonPlanOfTheDevStackListsTheResolvedGraph() {
        Outcome outcome = cli("plan", "--stack", "dev", "--format", "json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        Map<String, Object> doc = new Gson().fromJson(outcome.out(), Map.class);
        List<Map<String, Object>> resources = (List<Map<String, Object>>) doc.get("resources");
        assertEquals(((Number) doc.get("resourceCount")).intValue(), resources.size());
        for (Map<String, Object> r : resources) {
            for (String field : List.of("type", "name", "urn", "parent", "dependsOn", "provider", "inputs")) {
                assertTrue(r.containsKey(field), "missing " + field + " in " + r.get("urn"));
            }
        }
        Map<String, Object> postgres = resources.stream().filter(r -> r.get("name").equals("postgres")
                && r.get("type").equals("docker:index/container:Container")).findFirst().orElseThrow();
        assertTrue(((String) postgres.get("urn")).startsWith("urn:pulumi:dev::onering::"));
        assertTrue(((String) postgres.get("parent")).endsWith("onering:storage:Postgres::postgres"));
        assertFalse(outcome.out().contains("__onering_secret__"), "a generated secret leaked into the plan");
    }

    @Test
    @SuppressWarnings("unchecked")
    void jsonPlanShowsNumbersAsWrittenSecretNamesAndASummary() {
        Outcome outcome = cli("plan", "--stack", "dev");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("\"external\": 8080,"), "integers print as integers");
        assertFalse(outcome.out().matches("(?s).*[:\\[,]\\s*-?\\d+\\.0\\s*[,}\\]].*"), "no number prints as a double");
        assertTrue(outcome.out().contains("\"port\": \"5432\""), "a provider's JSON-encoded number too");
        assertTrue(outcome.out().matches("(?s).*\"AWS_ACCESS_KEY_ID=\\[secret:[0-9a-f]{12}]\".*"), "a secret env entry keeps its name");

        Map<String, Object> doc = new Gson().fromJson(outcome.out(), Map.class);
        Map<String, Object> summary = (Map<String, Object>) doc.get("summary");
        List<Map<String, Object>> containers = ((List<Map<String, Object>>) doc.get("resources")).stream()
                .filter(r -> r.get("type").equals("docker:index/container:Container")).toList();
        assertEquals(containers.size(), ((Number) summary.get("containers")).intValue());
        assertEquals(Map.of("core", (double) containers.size()), summary.get("containersByProfile"));
        assertEquals(containers.stream().mapToLong(c -> ((Number) ((Map<String, Object>) c.get("inputs")).get("memory")).longValue()).sum(),
                ((Number) summary.get("memoryMiB")).longValue());
        assertTrue(((List<String>) summary.get("publishedPorts")).contains("127.0.0.1:5432 -> postgres/5432"), summary.toString());
        assertEquals((double) containers.size(), ((Map<String, Object>) summary.get("resourcesByType")).get("docker:index/container:Container"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void uploadedFilesShowAsDigestsUnlessTheContentIsAskedFor() throws Exception {
        Outcome digests = cli("plan", "--stack", "dev");
        Outcome contents = cli("plan", "--stack", "dev", "--with-file-contents");
        assertEquals(0, contents.exitCode(), contents.err());
        Map<String, Map<String, Object>> shown = uploads(digests.out());
        Map<String, Map<String, Object>> full = uploads(contents.out());
        assertEquals(full.keySet(), shown.keySet());
        int compared = 0;
        for (var file : full.entrySet()) {
            Object content = file.getValue().get("content");
            byte[] bytes = ((String) content).getBytes(StandardCharsets.UTF_8);
            assertFalse(shown.get(file.getKey()).containsKey("content"), file.getKey());
            assertEquals(bytes.length, ((Number) shown.get(file.getKey()).get("contentBytes")).intValue(), file.getKey());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    shown.get(file.getKey()).get("contentSha256"), file.getKey());
            compared++;
        }
        assertTrue(compared > 0, "the dev stack uploads files");
        assertTrue(full.values().stream().anyMatch(f -> ((String) f.get("content")).matches("(?s).*\\{\\{secret:[a-z0-9.-]+@[0-9a-f]{12}}}.*")),
                "a file holding a secret shows it as a placeholder");
    }

    /** Every upload of the plan, keyed by container and path. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> uploads(String json) {
        Map<String, Map<String, Object>> uploads = new java.util.TreeMap<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) new Gson().fromJson(json, Map.class).get("resources")) {
            Object files = ((Map<String, Object>) r.get("inputs")).get("uploads");
            if (files != null) {
                for (Map<String, Object> file : (List<Map<String, Object>>) files) {
                    uploads.put(r.get("name") + ":" + file.get("file"), file);
                }
            }
        }
        return uploads;
    }

    @Test
    void aPlanDiffsToNothingAgainstItselfAndNamesWhatAConfigChangeReplaces(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.json");
        assertEquals(0, cli("plan", "--stack", "dev", "--out", base.toString()).exitCode());
        Outcome same = cli("plan", "diff", "--base", base.toString(), "--stack", "dev");
        assertEquals(0, same.exitCode(), same.err());
        assertEquals("", same.out(), "a second run of the same config changes nothing");

        Path changed = dir.resolve("Pulumi.dev.yaml");
        Files.writeString(changed, Files.readString(Path.of("Pulumi.dev.yaml")) + "  onering:overrides:\n    clickhouse:\n      memory: 2Gi\n");
        Outcome diff = cli("plan", "diff", "--base", base.toString(), "--stack", "dev", "--config-file", changed.toString());
        assertEquals(0, diff.exitCode(), diff.err());
        assertTrue(diff.out().contains("| `dev` | 0 | 1 | 0 | 0 |\n"), diff.out());
        assertTrue(diff.out().contains("- `memory`: `512` → `2048`"), diff.out());

        Outcome noBase = cli("plan", "diff", "--stack", "dev");
        assertEquals(2, noBase.exitCode());
        assertTrue(noBase.err().startsWith("plan diff needs --base <plan.json|folder|git-ref>"), noBase.err());
        Files.writeString(dir.resolve("not-a-plan.json"), "{\"stack\": \"dev\"}");
        Outcome bad = cli("plan", "diff", "--base", dir.resolve("not-a-plan.json").toString(), "--stack", "dev");
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("not-a-plan.json is not a plan written by `onering plan --format json`"), bad.err());
    }

    @Test
    void markdownPlanIsATable() {
        Outcome outcome = cli("plan", "--stack", "dev", "--format", "markdown");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("| Type | Name | Parent | Depends on |"));
        assertTrue(outcome.out().contains("12 containers, 5632 MiB of memory limits; published: `127.0.0.1:19000 -> clickhouse/9000`"),
                outcome.out().lines().limit(4).toList().toString());
        assertTrue(outcome.out().contains("| `docker:index/container:Container` | airflow-worker | airflow |"));
    }

    @Test
    void badStackConfigGivesOneMessageAndUsageExitCode() {
        Outcome outcome = cli("plan", "--stack", "does-not-exist");
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().contains("no stack config for 'does-not-exist'"));
        assertEquals(2, cli("plan").exitCode());
        assertEquals(2, cli("deploy").exitCode());
    }
}
