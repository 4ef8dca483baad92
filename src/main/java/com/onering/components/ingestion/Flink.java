package com.onering.components.ingestion;

import com.onering.components.storage.ObjectStore;
import com.onering.components.streaming.BrokerClient;
import com.onering.components.streaming.Debezium;
import com.onering.components.streaming.EventBroker;
import com.onering.config.PlatformConfig;
import com.onering.hooks.ingestion.FlinkJobHook;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.hooks.streaming.KafkaTopicsHook;
import com.onering.model.ComponentSpec;
import com.onering.model.HookSpec;
import com.onering.model.Dependency;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Apache Flink session cluster: one job manager, one task manager with two slots. Checkpoints and savepoints go to
 * the object store through Flink's bundled S3 plugin, so job state survives container re-creation.
 *
 * <p>With Debezium on a Kafka-protocol broker, the {@code flink-cdc-enrichment} hook deploys the CDC enrichment job
 * ({@code jobs/flink-cdc-enrichment}: the CDC topic, enriched, into {@code s3://bronze/cdc/orders_enriched/}). On
 * Pulsar there is no job: no Flink 2.x Pulsar connector exists (docs/data-plane.md).
 */
public final class Flink implements Component {
    public static final String JOB_MANAGER = "flink-jobmanager";
    public static final String TASK_MANAGER = "flink-taskmanager";
    public static final int REST_PORT = 8081;
    static final String VERSION = "2.3.0";
    static final ImageSource IMAGE = new ImageSource.Pulled("docker.io/library/flink", VERSION + "-java17");
    /** Checkpoints and savepoints live in the stage bucket, under this prefix. */
    public static final String STATE_PREFIX = "s3://" + ObjectStore.Buckets.STAGE + "/flink";
    private static final int JOB_MANAGER_PROCESS_MB = 896;
    private static final int TASK_MANAGER_PROCESS_MB = 1280;

    @Override
    public String name() {
        return "flink";
    }

    @Override
    public Profile profile() {
        return Profile.INGESTION;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        Map<String, String> env = new TreeMap<>();
        env.put("FLINK_PROPERTIES", flinkProperties(context.config()));
        // The S3 filesystem ships in /opt/flink/opt; the entrypoint links the named jar into plugins/.
        env.put("ENABLE_BUILT_IN_PLUGINS", "flink-s3-fs-hadoop-" + VERSION + ".jar");
        // Read by the S3A credential chain of the plugin, so no key is written into the Flink configuration.
        env.put("AWS_ACCESS_KEY_ID", Template.secret(ObjectStore.ACCESS_KEY));
        env.put("AWS_SECRET_ACCESS_KEY", Template.secret(ObjectStore.SECRET_KEY));

        WorkloadSpec jobManager = WorkloadSpec.service(JOB_MANAGER, IMAGE)
                .command("jobmanager")
                .env(env)
                .port(PortSpec.published("rest", REST_PORT, 8090))
                .port(PortSpec.internal("rpc", 6123))
                .port(PortSpec.internal("blob", 6124))
                .health(HealthCheck.exec("curl", "-fsS", "http://localhost:8081/overview"))
                .ui("rest", "/")
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .memory(MemorySize.mebibytes(JOB_MANAGER_PROCESS_MB + 128))
                .build();
        WorkloadSpec taskManager = WorkloadSpec.service(TASK_MANAGER, IMAGE)
                .command("taskmanager")
                .env(env)
                // A task manager has no HTTP endpoint; healthy means the job manager lists it.
                .health(HealthCheck.shell("curl -fsS http://" + JOB_MANAGER + ":" + REST_PORT + "/taskmanagers | grep -q '\"id\"'")
                        .withStartPeriod(Duration.ofSeconds(45)))
                .dependsOn(Dependency.healthy(JOB_MANAGER))
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .memory(MemorySize.mebibytes(TASK_MANAGER_PROCESS_MB + 256))
                .build();
        return new ComponentSpec(name(), profile(), "onering:ingestion:Flink", List.of(jobManager, taskManager),
                List.of(), List.of(), cdcJob(context).stream().toList(), Map.of());
    }

    /** The lake prefixes the CDC enrichment job writes under, one {@code dt=YYYY-MM-DD} folder per day. */
    public static final FlinkJobHook.Outputs CDC_OUTPUTS = new FlinkJobHook.Outputs(
            "s3://" + ObjectStore.Buckets.BRONZE + "/cdc/orders_enriched", "s3://" + ObjectStore.Buckets.BRONZE + "/cdc/orders_alerts");

    /**
     * The CDC enrichment job's deployment hook, when the job can run here: Debezium deployed (streaming profile, not
     * excluded) on a Kafka-protocol broker. With {@code security}, only where hooks run inside the platform (a remote
     * Docker host, a cluster) and reach Flink's REST API directly: on this machine the hook would have to pass the gate
     * in front of Flink's UI, and the API has no authentication of its own to pass it as a machine API.
     */
    static java.util.Optional<HookSpec> cdcJob(PlatformContext context) {
        PlatformConfig config = context.config();
        BrokerClient broker = EventBroker.client(config.broker());
        if (!broker.protocol().equals(BrokerClient.KAFKA) || !config.profiles().contains(Profile.STREAMING)
                || config.excludes(new Debezium().name())
                || (config.directoryEnabled() && !config.target().hooksRunInsideThePlatform())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(FlinkJobHook.spec("http://" + Template.endpoint(JOB_MANAGER, "rest"), broker.url(),
                broker.topic(Debezium.CDC_NAMESPACE, Debezium.CDC_TOPIC), CDC_OUTPUTS,
                List.of(JOB_MANAGER, TASK_MANAGER), List.of(KafkaTopicsHook.NAME, ObjectStoreHook.NAME)));
    }

    /**
     * {@code key: value} lines appended to the image's config.yaml. The entrypoint strips all whitespace from
     * values, so none may contain a space.
     */
    static String flinkProperties(PlatformConfig config) {
        return String.join("\n",
                "jobmanager.rpc.address: " + JOB_MANAGER,
                "jobmanager.memory.process.size: " + JOB_MANAGER_PROCESS_MB + "m",
                "taskmanager.memory.process.size: " + TASK_MANAGER_PROCESS_MB + "m",
                "taskmanager.numberOfTaskSlots: 2",
                "execution.checkpointing.dir: " + STATE_PREFIX + "/checkpoints",
                "execution.checkpointing.savepoint-dir: " + STATE_PREFIX + "/savepoints",
                "s3.endpoint: " + ObjectStore.endpoint(config),
                "s3.endpoint.region: " + ObjectStore.region(config),
                "s3.path.style.access: true");
    }
}
