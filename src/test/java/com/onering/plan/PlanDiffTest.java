package com.onering.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.onering.plan.PlanDiff.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan diff on small plans whose every difference is known: golden Markdown and JSON for a change of each kind
 * (regenerate the golden files with {@code -Donering.writeDocs=true} and read them before committing).
 */
class PlanDiffTest {
    private static final Path GOLDEN = Path.of("src/test/resources/plan-diff");
    private static final String CONTAINER = "docker:index/container:Container";
    private static final String IMAGE = "docker:index/remoteImage:RemoteImage";
    private static final String PARENT = "urn:pulumi:dev::onering::pulumi:pulumi:Stack$onering:storage:Postgres::postgres";

    private static Map<String, Object> resource(String type, String name, String parent, Map<String, Object> inputs) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", type);
        r.put("name", name);
        r.put("urn", "urn:pulumi:dev::onering::" + type + "::" + name);
        r.put("parent", parent);
        r.put("dependsOn", List.of());
        r.put("provider", null);
        r.put("inputs", inputs);
        return r;
    }

    private static Map<String, Object> postgres(String image, List<String> envs, int memory, String conf) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("name", "onering-dev-postgres");
        inputs.put("image", image);
        inputs.put("envs", envs);
        inputs.put("memory", memory);
        inputs.put("labels", List.of(Map.of("label", "com.onering.profile", "value", "core"), Map.of("label", "com.onering.stack", "value", "dev")));
        inputs.put("uploads", List.of(Map.of("file", "/etc/postgresql/postgresql.conf", "content", conf),
                Map.of("file", "/run/secrets/onering/postgres-password", "content", "{{secret:postgres-password@aaaaaaaaaaaa}}")));
        return resource(CONTAINER, "postgres", PARENT, inputs);
    }

    private static JsonObject plan(List<Map<String, Object>> resources) {
        Gson gson = new Gson();
        return gson.fromJson(gson.toJson(Map.of("stack", "dev", "fileContents", true, "resources", resources)), JsonObject.class);
    }

    private static final String CONF = "listen_addresses = '*'\nmax_connections = 100\nshared_buffers = 128MB\nwork_mem = 4MB\n"
            + "maintenance_work_mem = 64MB\nwal_level = logical\nmax_wal_senders = 4\nmax_replication_slots = 4\n";

    private static JsonObject base() {
        return plan(List.of(
                postgres("sha256:aaa", List.of("PGDATA=/var/lib/postgresql/data", "POSTGRES_PASSWORD=[secret:aaaaaaaaaaaa]"), 512, CONF),
                resource(IMAGE, "image-postgres", null, Map.of("name", "postgres:17.6", "keepLocally", true)),
                resource("docker:index/volume:Volume", "postgres-data", PARENT, Map.of("name", "onering-dev-postgres-data"))));
    }

    @Test
    void theSamePlanDiffsToNothing() {
        PlanDiff.Result diff = PlanDiff.compare(base(), base());
        assertEquals(List.of(), diff.changes());
        assertEquals("", PlanDiffRenderer.markdown(List.of(diff, diff), Map.of(), PlanDiffRenderer.COMMENT_LIMIT));
        assertEquals("", PlanDiffRenderer.json(List.of(diff)));
    }

    @Test
    void reorderedEnvironmentLabelsAndUploadsChangeNothing() {
        Map<String, Object> reordered = postgres("sha256:aaa", List.of("POSTGRES_PASSWORD=[secret:aaaaaaaaaaaa]", "PGDATA=/var/lib/postgresql/data"), 512, CONF);
        @SuppressWarnings("unchecked")
        Map<String, Object> inputs = (Map<String, Object>) reordered.get("inputs");
        for (String list : List.of("labels", "uploads")) {
            List<Object> entries = new ArrayList<>((List<?>) inputs.get(list));
            Collections.reverse(entries);
            inputs.put(list, entries);
        }
        JsonObject current = plan(List.of(reordered,
                resource(IMAGE, "image-postgres", null, Map.of("name", "postgres:17.6", "keepLocally", true)),
                resource("docker:index/volume:Volume", "postgres-data", PARENT, Map.of("name", "onering-dev-postgres-data"))));
        assertEquals(List.of(), PlanDiff.compare(base(), current).changes());
    }

    @Test
    void aMemoryChangeIsAnUpdateInPlace() {
        JsonObject current = plan(List.of(
                postgres("sha256:aaa", List.of("PGDATA=/var/lib/postgresql/data", "POSTGRES_PASSWORD=[secret:aaaaaaaaaaaa]"), 1024, CONF),
                resource(IMAGE, "image-postgres", null, Map.of("name", "postgres:17.6", "keepLocally", true)),
                resource("docker:index/volume:Volume", "postgres-data", PARENT, Map.of("name", "onering-dev-postgres-data"))));
        PlanDiff.Result diff = PlanDiff.compare(base(), current);
        assertEquals(1, diff.changes().size());
        assertEquals(Kind.CHANGED, diff.changes().get(0).kind());
        assertEquals(List.of(new PlanDiff.PropertyChange("memory", "512", "1024")), diff.changes().get(0).properties());
    }

    @Test
    void eachKindOfChangeMatchesTheGoldenFiles() throws IOException {
        String conf = CONF.replace("max_connections = 100", "max_connections = 200") + "log_min_duration_statement = 500\n";
        JsonObject current = plan(List.of(
                postgres("sha256:bbb", List.of("PGDATA=/var/lib/postgresql/data", "POSTGRES_PASSWORD=[secret:bbbbbbbbbbbb]",
                        "POSTGRES_INITDB_ARGS=[secret:cccccccccccc]"), 512, conf),
                resource(IMAGE, "image-postgres", null, Map.of("name", "postgres:18.1", "keepLocally", true)),
                resource("docker:index/volume:Volume", "postgres-wal", PARENT, Map.of("name", "onering-dev-postgres-wal"))));
        PlanDiff.Result diff = PlanDiff.compare(base(), current);
        assertEquals(List.of(Kind.REPLACED, Kind.REPLACED, Kind.REMOVED, Kind.ADDED),
                diff.changes().stream().map(PlanDiff.ResourceChange::kind).toList());
        assertEquals(List.of("envs", "image", "uploads"), diff.changes().get(0).forcedBy());
        assertEquals(List.of("name"), diff.changes().get(1).forcedBy());
        PlanDiff.Result unchanged = PlanDiff.compare(base(), base());
        golden("each-kind.md", PlanDiffRenderer.markdown(List.of(diff, new PlanDiff.Result("full", unchanged.changes())), Map.of(), PlanDiffRenderer.COMMENT_LIMIT));
        golden("each-kind.json", PlanDiffRenderer.json(List.of(diff)));
        String markdown = Files.readString(GOLDEN.resolve("each-kind.md"));
        assertTrue(markdown.contains("- `envs[POSTGRES_PASSWORD]`: `[secret]` → `[secret changed]`"), markdown);
        assertTrue(markdown.contains("- `envs[POSTGRES_INITDB_ARGS]`: added `[secret]`"), markdown);
        assertFalse(markdown.contains("bbbbbbbbbbbb") || markdown.contains("cccccccccccc"), "digests are for noticing changes, not for the comment");
    }

    @Test
    void aDiffLongerThanACommentIsCutWithANote() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            many.add(resource("docker:index/volume:Volume", "volume-" + i, PARENT, Map.of("name", "onering-dev-volume-" + i)));
        }
        String markdown = PlanDiffRenderer.markdown(List.of(PlanDiff.compare(plan(List.of()), plan(many))), Map.of(), 5_000);
        assertTrue(markdown.length() <= 5_000, String.valueOf(markdown.length()));
        assertTrue(markdown.startsWith("## Plan diff\n\n| stack | replaced | changed | added | removed |\n| --- | --- | --- | --- | --- |\n"
                + "| `dev` | 0 | 0 | 400 | 0 |\n"), markdown.substring(0, 200));
        assertTrue(markdown.endsWith("Run `bin/onering plan diff` for all of it._\n"), markdown.substring(markdown.length() - 120));
        assertEquals(markdown.split("<details>", -1).length, markdown.split("</details>", -1).length, "a cut never leaves a section open");
    }

    @Test
    void theUnifiedDiffKeepsThreeLinesOfContext() {
        String before = String.join("\n", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        String after = String.join("\n", "a", "b", "c", "d", "E", "f", "g", "h", "i", "j", "k");
        assertEquals(" b\n c\n d\n-e\n+E\n f\n g\n h\n i\n j\n+k\n", UnifiedDiff.of(before, after));
        String far = String.join("\n", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n");
        String farChanged = far.replace("b", "B").replace("m", "M");
        assertEquals(" a\n-b\n+B\n c\n d\n e\n@@\n j\n k\n l\n-m\n+M\n n\n", UnifiedDiff.of(far, farChanged));
        assertEquals("+x\n+y\n", UnifiedDiff.of(null, "x\ny"));
    }

    private static void golden(String file, String actual) throws IOException {
        Path path = GOLDEN.resolve(file);
        if (Boolean.getBoolean("onering.writeDocs")) {
            Files.writeString(path, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, path + " differs; regenerate with -Donering.writeDocs=true and review it");
    }
}
