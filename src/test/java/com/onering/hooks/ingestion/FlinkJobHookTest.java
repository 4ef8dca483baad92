package com.onering.hooks.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer;
import com.onering.hooks.StubServer.Reply;
import com.onering.model.Digests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job hook against a stand-in for Flink's JobManager REST API, answering as the Flink 2.x REST reference
 * (nightlies.apache.org/flink/flink-docs-release-2.x/docs/ops/rest_api) documents: /jobs/overview, /jars,
 * /jars/upload (multipart field {@code jarfile}), /jars/:jarid/run (JarRunRequestBody with {@code programArgsList}),
 * /jobs/:jobid/stop and /jobs/:jobid/savepoints/:triggerid, /jobs/:jobid/checkpoints. No Flink cluster runs here.
 */
class FlinkJobHookTest {
    private StubServer flink;
    private final List<Map<String, Object>> jobs = new ArrayList<>();
    private final Map<String, String> jars = new LinkedHashMap<>(); // id -> name
    private final Map<String, Object> savepointOperation = new HashMap<>(Map.of("location", "s3://stage/flink/savepoints/savepoint-abc"));
    private String startedState = "RUNNING";
    private int runs;

    @TempDir
    Path project;

    @BeforeEach
    void start() throws Exception {
        Files.createDirectories(project.resolve("config"));
        flink = new StubServer();
        flink.route("GET", "/jobs/overview", c -> Reply.ok(Map.of("jobs", jobs)));
        flink.route("GET", "/jars", c -> Reply.ok(Map.of("address", flink.url(), "files",
                jars.entrySet().stream().map(e -> Map.of("id", e.getKey(), "name", e.getValue(), "uploaded", 1, "entry", List.of())).toList())));
        flink.route("POST", "/jars/upload", c -> {
            assertTrue(c.header("Content-Type").startsWith("multipart/form-data; boundary="), c.header("Content-Type"));
            assertTrue(c.text().contains("name=\"jarfile\"; filename=\"flink-cdc-enrichment-"), c.text());
            String name = c.text().replaceAll("(?s).*filename=\"([^\"]+)\".*", "$1");
            String id = "0f1e2d3c-" + jars.size() + "_" + name;
            jars.put(id, name);
            route(id);
            return Reply.ok(Map.of("filename", "/tmp/flink-web-x/flink-web-upload/" + id, "status", "success"));
        });
    }

    @AfterEach
    void stop() {
        flink.close();
    }

    /** Running an uploaded jar starts a job with the name the hook asks for, in state {@link #startedState}. */
    private void route(String jarId) {
        flink.route("POST", "/jars/" + jarId + "/run", c -> {
            List<String> args = c.body().getAsJsonObject().getAsJsonArray("programArgsList").asList().stream().map(JsonElement::getAsString).toList();
            String jobId = "job" + (++runs);
            jobs.add(new LinkedHashMap<>(Map.of("jid", jobId, "name", args.get(args.indexOf("--job-name") + 1), "state", startedState, "start-time", 1000L + runs)));
            flink.route("GET", "/jobs/" + jobId, g -> Reply.ok(Map.of("jid", jobId, "state", startedState)));
            flink.route("GET", "/jobs/" + jobId + "/exceptions", g -> Reply.ok(Map.of("root-exception", "java.lang.IllegalArgumentException: unknown argument")));
            return Reply.ok(Map.of("jobid", jobId));
        });
    }

    private Path jar(String content) throws Exception {
        Path jar = project.resolve("jobs/flink-cdc-enrichment/target/flink-cdc-enrichment.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, content);
        return jar;
    }

    private HookHarness.Outcome runHook() {
        Map<String, String> env = Map.of(FlinkJobHook.REST_URL, flink.url(), FlinkJobHook.JAR, FlinkJobHook.JAR_PATH,
                FlinkJobHook.BOOTSTRAP_SERVERS, "kafka:19092",
                FlinkJobHook.TOPIC, "cdc.orders", FlinkJobHook.OUTPUT, "s3://bronze/cdc/orders_enriched",
                FlinkJobHook.ALERTS_OUTPUT, "s3://bronze/cdc/orders_alerts");
        return HookHarness.run(new FlinkJobHook(), env, project.resolve("config"), Duration.ofSeconds(20));
    }

    private HookHarness.Outcome deploy() {
        return runHook();
    }

    @Test
    void firstRunUploadsAndStartsTheJobWithThePlatformsArguments() throws Exception {
        jar("version 1");
        HookHarness.Outcome outcome = deploy();
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertEquals(2, outcome.count(Action.CREATED), outcome.toString()); // jar and job
        StubServer.Call run = flink.calls("POST", "/jars/").stream().filter(c -> c.path().endsWith("/run")).findFirst().orElseThrow();
        var body = run.body().getAsJsonObject();
        assertEquals("com.onering.jobs.cdc.CdcEnrichmentJob", body.get("entryClass").getAsString());
        List<String> args = body.getAsJsonArray("programArgsList").asList().stream().map(JsonElement::getAsString).toList();
        assertEquals(List.of("--bootstrap-servers", "kafka:19092", "--topic", "cdc.orders", "--group-id", "onering-cdc-enrichment",
                "--output", "s3://bronze/cdc/orders_enriched", "--alerts-output", "s3://bronze/cdc/orders_alerts", "--job-name"),
                args.subList(0, 11));
        String digest = Digests.hexOfFile(jar("version 1"), "SHA-256").substring(0, 12);
        assertEquals("onering-cdc-orders-enrichment [jar " + digest + "]", args.get(11));
        assertTrue(!body.has("savepointPath"), "a first start has no savepoint");
        assertTrue(run.path().contains("flink-cdc-enrichment-" + digest + ".jar"), run.path());

        // Second run: the same jar's job runs, nothing changes, nothing is uploaded.
        int writes = flink.writes().size();
        HookHarness.Outcome again = deploy();
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(1, again.count(Action.UNCHANGED), again.toString());
        assertEquals(0, again.count(Action.CREATED) + again.count(Action.UPDATED), again.toString());
        assertEquals(writes, flink.writes().size(), "an unchanged job makes no call that changes anything");
    }

    @Test
    void aChangedJarStopsTheOldJobWithASavepointAndStartsFromIt() throws Exception {
        jar("version 1");
        assertEquals(0, deploy().exitCode());
        String oldJarId = jars.keySet().iterator().next();
        flink.route("POST", "/jobs/job1/stop", c -> {
            assertEquals(false, c.body().getAsJsonObject().get("drain").getAsBoolean());
            jobs.get(0).put("state", "FINISHED");
            return new Reply(202, Map.of("request-id", "trigger-1"));
        });
        int[] polls = {0};
        flink.route("GET", "/jobs/job1/savepoints/trigger-1", c -> ++polls[0] < 2
                ? Reply.ok(Map.of("status", Map.of("id", "IN_PROGRESS")))
                : Reply.ok(Map.of("status", Map.of("id", "COMPLETED"), "operation", savepointOperation)));
        flink.route("DELETE", "/jars/" + oldJarId, c -> {
            jars.remove(oldJarId);
            return Reply.ok(Map.of());
        });

        jar("version 2");
        HookHarness.Outcome outcome = deploy();
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertEquals(1, outcome.count(Action.UPDATED), outcome.toString());
        assertTrue(outcome.out().contains("from savepoint s3://stage/flink/savepoints/savepoint-abc"), outcome.out());
        StubServer.Call run = flink.calls("POST", "/jars/").stream().filter(c -> c.path().endsWith("/run")).reduce((a, b) -> b).orElseThrow();
        assertEquals("s3://stage/flink/savepoints/savepoint-abc", run.body().getAsJsonObject().get("savepointPath").getAsString());
        assertEquals(false, run.body().getAsJsonObject().get("allowNonRestoredState").getAsBoolean());
        assertEquals(1, flink.calls("DELETE", "/jars/").size(), "the old jar is removed once the new job runs");
        assertEquals(1, jars.size());
    }

    @Test
    void aFailedSavepointLeavesTheOldJobRunningAndSaysSo() throws Exception {
        jar("version 1");
        assertEquals(0, deploy().exitCode());
        flink.route("POST", "/jobs/job1/stop", c -> new Reply(202, Map.of("request-id", "t")));
        flink.route("GET", "/jobs/job1/savepoints/t", c -> Reply.ok(Map.of("status", Map.of("id", "COMPLETED"),
                "operation", Map.of("failure-cause", Map.of("class", "java.util.concurrent.CompletionException",
                        "stack-trace", "org.apache.flink.runtime.checkpoint.CheckpointException: Checkpoint expired")))));
        jar("version 2");
        HookHarness.Outcome outcome = deploy();
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("stop-with-savepoint") && outcome.err().contains("keeps running") && outcome.err().contains("Checkpoint expired"),
                outcome.err());
        assertEquals(1, runs, "the new jar is not started");
    }

    @Test
    void aFailedJobIsRestartedFromItsLatestCheckpoint() throws Exception {
        jar("version 1");
        String digest = Digests.hexOfFile(jar("version 1"), "SHA-256").substring(0, 12);
        jobs.add(new LinkedHashMap<>(Map.of("jid", "old", "name", "onering-cdc-orders-enrichment [jar " + digest + "]", "state", "FAILED", "start-time", 5L)));
        flink.route("GET", "/jobs/old/checkpoints", c -> Reply.ok(Map.of("counts", Map.of("completed", 3),
                "latest", Map.of("completed", Map.of("id", 3, "external_path", "s3://stage/flink/checkpoints/old/chk-3")))));
        HookHarness.Outcome outcome = deploy();
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.out().contains("restarts failed job old from checkpoint s3://stage/flink/checkpoints/old/chk-3"), outcome.out());
        StubServer.Call run = flink.calls("POST", "/jars/").stream().filter(c -> c.path().endsWith("/run")).findFirst().orElseThrow();
        assertEquals("s3://stage/flink/checkpoints/old/chk-3", run.body().getAsJsonObject().get("savepointPath").getAsString());
    }

    @Test
    void aJobThatFailsAtOnceIsAnErrorWithFlinksException() throws Exception {
        jar("version 1");
        startedState = "FAILED";
        HookHarness.Outcome outcome = deploy();
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("is FAILED right after its start") && outcome.err().contains("unknown argument"), outcome.err());
    }

    @Test
    void aMissingJarNamesTheBuildCommand() {
        HookHarness.Outcome outcome = runHook();
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("flink-cdc-enrichment.jar is missing")
                && outcome.err().contains("mvn -q -B -ntp -f jobs/flink-cdc-enrichment/pom.xml package -DskipTests"), outcome.err());
        assertTrue(flink.calls().isEmpty(), "nothing is contacted without a jar");
    }
}
