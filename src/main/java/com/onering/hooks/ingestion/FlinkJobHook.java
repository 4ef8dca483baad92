package com.onering.hooks.ingestion;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.model.Digests;
import com.onering.model.HookSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the CDC enrichment job ({@code jobs/flink-cdc-enrichment}) running on the Flink session cluster, through the
 * JobManager's REST API (nightlies.apache.org/flink/flink-docs-release-2.x/docs/ops/rest_api): the job's jar is
 * uploaded ({@code POST /jars/upload}) and run ({@code POST /jars/:jarid/run}) under a name that carries the jar's
 * SHA-256, so a second run finds it:
 * <ul>
 *   <li>a job of that name running (or restarting) -> unchanged;</li>
 *   <li>a job of an older jar running -> stop-with-savepoint ({@code POST /jobs/:jobid/stop}), then the new jar started
 *       from that savepoint: Kafka offsets and the file sink's pending files carry over, nothing is read twice;</li>
 *   <li>the last job failed -> started again, from its latest retained checkpoint when Flink has one;</li>
 *   <li>no job -> started (a new consumer group reads the topic from its beginning).</li>
 * </ul>
 * Uploaded jars of older versions are deleted once the new job runs. The jar is built by the job's own Maven project;
 * its pom, sources and packed reference data are the hook's trigger files, so a changed job re-runs this hook.
 */
public final class FlinkJobHook implements Hook {
    public static final String NAME = "flink-cdc-enrichment";
    public static final String REST_URL = "FLINK_REST_URL";
    /** The job jar, relative to the project directory (the parent of config/) unless absolute. */
    public static final String JAR = "FLINK_JOB_JAR";
    /** Where the job (inside the platform network) reads: the broker's in-network bootstrap servers and the topic. */
    public static final String BOOTSTRAP_SERVERS = "CDC_BOOTSTRAP_SERVERS";
    public static final String TOPIC = "CDC_TOPIC";
    /** The lake prefix the job writes the enriched changes under ({@code s3://bronze/cdc/orders_enriched}). */
    public static final String OUTPUT = "CDC_OUTPUT";
    /** The lake prefix of its CEP alerts ({@code s3://bronze/cdc/orders_alerts}). */
    public static final String ALERTS_OUTPUT = "CDC_ALERTS_OUTPUT";

    public static final String PROJECT_DIR = "jobs/flink-cdc-enrichment";
    public static final String JAR_PATH = PROJECT_DIR + "/target/flink-cdc-enrichment.jar";
    /**
     * What the jar is built from, relative to config/: its pom, its sources and the reference data it packs. They
     * are the hook's trigger files, so a changed job re-runs the hook; the hook itself compares the built jar's digest.
     */
    static final List<String> TRIGGER_FILES = List.of("../" + PROJECT_DIR + "/pom.xml", "../" + PROJECT_DIR + "/src",
            "dbt/postgres_gold/seeds/country_regions.csv");
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(2);
    public static final String BUILD_COMMAND = "mvn -q -B -ntp -f " + PROJECT_DIR + "/pom.xml package -DskipTests";
    static final String ENTRY_CLASS = "com.onering.jobs.cdc.CdcEnrichmentJob";
    static final String JOB_NAME = "onering-cdc-orders-enrichment";
    static final String GROUP_ID = "onering-cdc-enrichment";
    static final String JAR_PREFIX = "flink-cdc-enrichment-";
    /** Job states after which Flink does nothing more with a job (JobStatus.isGloballyTerminalState). */
    private static final Set<String> TERMINAL = Set.of("FINISHED", "CANCELED", "FAILED");

    /**
     * The hook of the Flink component: it waits for the job manager and task manager and runs after the hooks that
     * make what the job uses ({@code afterHooks}: the CDC topic, the bronze bucket).
     */
    public static HookSpec spec(String restUrl, String bootstrapServers, String topic, Outputs outputs,
                                List<String> awaitWorkloads, List<String> afterHooks) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(REST_URL, restUrl);
        env.put(JAR, JAR_PATH);
        env.put(BOOTSTRAP_SERVERS, bootstrapServers);
        env.put(TOPIC, topic);
        env.put(OUTPUT, outputs.changes());
        env.put(ALERTS_OUTPUT, outputs.alerts());
        return new HookSpec(NAME, awaitWorkloads, env, TRIGGER_FILES, afterHooks);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Where the job writes in the lake: the enriched changes and the alerts of its CEP pattern. */
    public record Outputs(String changes, String alerts) {
    }

    /** A job of this hook's name as /jobs/overview lists it. */
    record Job(String id, String name, String state, long startTime) {
        boolean active() {
            return !TERMINAL.contains(state);
        }
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings(REST_URL, JAR, BOOTSTRAP_SERVERS, TOPIC, OUTPUT, ALERTS_OUTPUT);
        Path jar = jar(context);
        String jarDigest = Digests.hexOfFile(jar, "SHA-256").substring(0, 12);
        String jobName = JOB_NAME + " [jar " + jarDigest + "]";
        String restUrl = context.require(REST_URL);
        JsonApi flink = new JsonApi(context, "Flink REST API", restUrl, REST_URL + " (Flink has no authentication of its own)");

        List<Job> jobs = jobs(flink);
        Optional<Job> current = jobs.stream().filter(j -> j.active() && j.name().equals(jobName)).findFirst();
        if (current.isPresent()) {
            context.report().record(Action.UNCHANGED, "job", jobName + " (" + current.get().id() + ", " + current.get().state() + ")");
            deleteOlderJars(context, flink, JAR_PREFIX + jarDigest + ".jar");
            return;
        }
        String restoreFrom = null;
        String why;
        List<Job> running = jobs.stream().filter(Job::active).toList();
        if (!running.isEmpty()) {
            for (Job old : running) {
                restoreFrom = stopWithSavepoint(context, flink, old);
            }
            why = "replaces " + running.get(running.size() - 1).name() + " from savepoint " + restoreFrom;
        } else {
            Optional<Job> last = jobs.stream().max(java.util.Comparator.comparingLong(Job::startTime));
            if (last.isPresent() && last.get().state().equals("FAILED")) {
                restoreFrom = latestCheckpoint(flink, last.get()).orElse(null);
                why = "restarts failed job " + last.get().id() + (restoreFrom == null ? " from the consumer group's offsets" : " from checkpoint " + restoreFrom);
            } else {
                why = null;
            }
        }
        String jarId = upload(context, flink, jar, JAR_PREFIX + jarDigest + ".jar");
        String jobId = start(context, flink, jarId, jobName, restoreFrom);
        context.report().record(why == null ? Action.CREATED : Action.UPDATED, "job", jobName + " (" + jobId + ")" + (why == null ? "" : ": " + why));
        deleteOlderJars(context, flink, JAR_PREFIX + jarDigest + ".jar");
    }

    private static Path jar(HookContext context) {
        Path configured = Path.of(context.require(JAR));
        Path projectRoot = context.configRoot().toAbsolutePath().normalize().getParent();
        Path jar = configured.isAbsolute() || projectRoot == null ? configured : projectRoot.resolve(configured);
        if (!Files.isRegularFile(jar)) {
            throw new HookFailure("hook " + context.hook() + ": the job jar " + jar + " is missing; build it with `" + BUILD_COMMAND
                    + "` in the project directory (scripts/up.sh and scripts/e2e.sh do) and run pulumi up again");
        }
        return jar;
    }

    /** The jobs of this hook (named {@value #JOB_NAME}, whatever jar), as the JobManager remembers them. */
    private static List<Job> jobs(JsonApi flink) {
        JsonObject overview = flink.require(flink.get("/jobs/overview"), 200).body().getAsJsonObject();
        List<Job> jobs = new ArrayList<>();
        for (JsonElement element : overview.getAsJsonArray("jobs")) {
            JsonObject job = element.getAsJsonObject();
            String name = job.get("name").getAsString();
            if (name.equals(JOB_NAME) || name.startsWith(JOB_NAME + " [jar ")) {
                jobs.add(new Job(job.get("jid").getAsString(), name, job.get("state").getAsString(),
                        job.has("start-time") ? job.get("start-time").getAsLong() : 0));
            }
        }
        return jobs;
    }

    /** Stops {@code job} with a savepoint in the cluster's savepoint directory and returns the savepoint's path. */
    private static String stopWithSavepoint(HookContext context, JsonApi flink, Job job) {
        JsonObject trigger = flink.require(flink.post("/jobs/" + job.id() + "/stop", Map.of("drain", false)), 202, 200).body().getAsJsonObject();
        String triggerId = trigger.get("request-id").getAsString();
        JsonObject operation = poll(context, flink, "savepoint of job " + job.id(), "/jobs/" + job.id() + "/savepoints/" + triggerId);
        if (operation.has("failure-cause")) {
            throw new HookFailure("hook " + context.hook() + ": stop-with-savepoint of " + job.name() + " (" + job.id() + ") failed, so the old job "
                    + "keeps running and the new jar was not started: " + cause(operation.getAsJsonObject("failure-cause"))
                    + "; check the JobManager log and the savepoint directory (execution.checkpointing.savepoint-dir)");
        }
        String location = operation.get("location").getAsString();
        context.report().record(Action.DELETED, "job", job.name() + " (" + job.id() + ", stopped with savepoint " + location + ")");
        return location;
    }

    /** Polls an asynchronous operation until its status is COMPLETED; returns its {@code operation} object. */
    private static JsonObject poll(HookContext context, JsonApi flink, String what, String path) {
        return context.retrying("Flink " + what, flink.baseUrl() + path, e -> e instanceof InProgress, () -> {
            JsonObject answer = flink.require(flink.get(path), 200).body().getAsJsonObject();
            if (!"COMPLETED".equals(answer.getAsJsonObject("status").get("id").getAsString())) {
                throw new InProgress(what + " in progress");
            }
            return answer.has("operation") && answer.get("operation").isJsonObject() ? answer.getAsJsonObject("operation") : new JsonObject();
        });
    }

    /** The external path of the latest completed checkpoint of a job, when Flink kept one. */
    private static Optional<String> latestCheckpoint(JsonApi flink, Job job) {
        JsonApi.Response response = flink.get("/jobs/" + job.id() + "/checkpoints");
        if (!response.is(200) || !response.body().isJsonObject()) {
            return Optional.empty();
        }
        JsonElement completed = Optional.ofNullable(response.body().getAsJsonObject().get("latest"))
                .filter(JsonElement::isJsonObject).map(l -> l.getAsJsonObject().get("completed")).orElse(null);
        if (completed == null || !completed.isJsonObject() || !completed.getAsJsonObject().has("external_path")) {
            return Optional.empty();
        }
        String path = completed.getAsJsonObject().get("external_path").getAsString();
        return path.isBlank() || path.equals("<checkpoint-not-externally-addressable>") ? Optional.empty() : Optional.of(path);
    }

    /** The id of the uploaded jar {@code fileName}: the one already on the cluster, or uploaded now. */
    private static String upload(HookContext context, JsonApi flink, Path jar, String fileName) throws IOException {
        for (JsonElement file : uploadedJars(flink)) {
            if (file.getAsJsonObject().get("name").getAsString().equals(fileName)) {
                context.report().record(Action.UNCHANGED, "jar", fileName);
                return file.getAsJsonObject().get("id").getAsString();
            }
        }
        JsonApi.Response answer = flink.postFile("/jars/upload", "jarfile", fileName, "application/x-java-archive",
                Files.readAllBytes(jar), UPLOAD_TIMEOUT);
        if (!answer.is(200) || !answer.body().isJsonObject() || !answer.body().getAsJsonObject().has("filename")) {
            throw new HookFailure("hook " + context.hook() + ": Flink REST API at " + flink.baseUrl() + " answered HTTP " + answer.status()
                    + " to POST /jars/upload: " + JsonApi.excerpt(answer.text()) + "; check that web.submit.enable is true (the default)");
        }
        String stored = Path.of(answer.body().getAsJsonObject().get("filename").getAsString()).getFileName().toString();
        context.report().record(Action.CREATED, "jar", fileName + " (" + stored + ")");
        return stored;
    }

    private static JsonArray uploadedJars(JsonApi flink) {
        JsonElement body = flink.require(flink.get("/jars"), 200).body();
        return body.isJsonObject() && body.getAsJsonObject().has("files") ? body.getAsJsonObject().getAsJsonArray("files") : new JsonArray();
    }

    /** Runs the uploaded jar and waits until Flink reports the job RUNNING; a job that fails at once is an error. */
    private static String start(HookContext context, JsonApi flink, String jarId, String jobName, String savepoint) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("entryClass", ENTRY_CLASS);
        run.put("programArgsList", List.of(
                "--bootstrap-servers", context.require(BOOTSTRAP_SERVERS),
                "--topic", context.require(TOPIC),
                "--group-id", GROUP_ID,
                "--output", context.require(OUTPUT),
                "--alerts-output", context.require(ALERTS_OUTPUT),
                "--job-name", jobName));
        if (savepoint != null) {
            run.put("savepointPath", savepoint);
            // Every operator has a fixed uid: state that no longer maps means a real incompatibility, not to be dropped.
            run.put("allowNonRestoredState", false);
        }
        JsonApi.Response answer = flink.post("/jars/" + jarId + "/run", run);
        if (!answer.is(200)) {
            throw new HookFailure("hook " + context.hook() + ": Flink did not start " + jobName + " (HTTP " + answer.status() + " to POST /jars/"
                    + jarId + "/run): " + JsonApi.excerpt(answer.text()) + (savepoint == null ? "" : "; the previous job's state is kept in " + savepoint
                    + " — start from it by hand once fixed (flink run -s " + savepoint + ")"));
        }
        String jobId = answer.body().getAsJsonObject().get("jobid").getAsString();
        String state = context.retrying("Flink job " + jobId, flink.baseUrl(), e -> e instanceof InProgress, () -> {
            String now = flink.require(flink.get("/jobs/" + jobId), 200).body().getAsJsonObject().get("state").getAsString();
            if (now.equals("INITIALIZING") || now.equals("CREATED")) {
                throw new InProgress("job " + jobId + " is " + now);
            }
            return now;
        });
        if (!state.equals("RUNNING")) {
            JsonApi.Response exceptions = flink.get("/jobs/" + jobId + "/exceptions");
            String root = exceptions.body().isJsonObject() && exceptions.body().getAsJsonObject().has("root-exception")
                    ? exceptions.body().getAsJsonObject().get("root-exception").getAsString() : "(no exception recorded)";
            throw new HookFailure("hook " + context.hook() + ": job " + jobName + " (" + jobId + ") is " + state + " right after its start: "
                    + JsonApi.excerpt(root) + "; see the job's exceptions in the Flink UI");
        }
        return jobId;
    }

    /** Deletes uploaded jars of this job other than {@code keep}. */
    private static void deleteOlderJars(HookContext context, JsonApi flink, String keep) {
        for (JsonElement file : uploadedJars(flink)) {
            String name = file.getAsJsonObject().get("name").getAsString();
            if (name.startsWith(JAR_PREFIX) && !name.equals(keep)) {
                String id = file.getAsJsonObject().get("id").getAsString();
                flink.require(flink.send("DELETE", "/jars/" + id, null), 200, 404);
                context.report().record(Action.DELETED, "jar", name);
            }
        }
    }

    private static String cause(JsonObject failure) {
        for (String field : List.of("stack-trace", "serialized-throwable", "class")) {
            if (failure.has(field) && !failure.get(field).isJsonNull()) {
                return JsonApi.excerpt(failure.get(field).getAsString());
            }
        }
        return failure.toString();
    }

    /** An asynchronous Flink operation that has not finished yet: polled again within the hook's timeout. */
    private static final class InProgress extends Exception {
        InProgress(String message) {
            super(message);
        }
    }
}
