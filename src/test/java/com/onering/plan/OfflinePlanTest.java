package com.onering.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.onering.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
    void markdownPlanIsATable() {
        Outcome outcome = cli("plan", "--stack", "dev", "--format", "markdown");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("| Type | Name | Parent | Depends on |"));
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
