package com.onering.components.ingestion;

import static com.onering.testsupport.Platforms.assemble;
import static com.onering.testsupport.Platforms.file;
import static com.onering.testsupport.Platforms.property;
import static com.onering.testsupport.Platforms.workload;
import static com.onering.testsupport.Platforms.workloadNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.onering.components.storage.ObjectStore;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.hooks.orchestration.AirflowHook;
import com.onering.hooks.orchestration.AirflowSecretsHook;
import com.onering.model.Dependency;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IngestionProfileTest {
    private static final String SPARK_DEFAULTS = "/opt/spark/conf/spark-defaults.conf";

    @Test
    void ingestionBringsSparkFlinkAndAirbytePlusTheLakehouseTheyWriteTo() {
        Platform platform = assemble("  onering:profiles: [ingestion]\n");
        Set<String> names = workloadNames(platform);
        assertTrue(names.containsAll(List.of("spark-master", "spark-worker", "flink-jobmanager", "flink-taskmanager")), names.toString());
        // Closure: the object store and the REST catalog (with its PostgreSQL) come along.
        assertTrue(names.containsAll(List.of(ObjectStore.HOST, IcebergCatalog.HOST, "postgres")), names.toString());
        assertTrue(platform.component("airbyte").orElseThrow().workloads().isEmpty(), "Airbyte runs in abctl's kind cluster");
    }

    @Test
    void sparkDefaultsPointEveryJobAtTheObjectStoreAndTheRestCatalog() {
        Platform platform = assemble("  onering:profiles: [ingestion]\n");
        WorkloadSpec worker = workload(platform, "spark-worker");
        String defaults = file(worker, SPARK_DEFAULTS);
        assertEquals(defaults, file(workload(platform, "spark-master"), SPARK_DEFAULTS), "drivers and executors share one configuration");
        assertEquals(ObjectStore.endpoint(platform.config()), property(defaults, "spark.hadoop.fs.s3a.endpoint"));
        assertEquals(ObjectStore.region(platform.config()), property(defaults, "spark.hadoop.fs.s3a.endpoint.region"));
        assertEquals(ObjectStore.endpoint(platform.config()), property(defaults, "spark.sql.catalog.iceberg.s3.endpoint"));
        assertEquals(IcebergCatalog.restUri(), property(defaults, "spark.sql.catalog.iceberg.uri"));
        assertEquals("rest", property(defaults, "spark.sql.catalog.iceberg.type"));
        assertEquals(IcebergCatalog.WAREHOUSE, property(defaults, "spark.sql.catalog.iceberg.warehouse"));
        assertEquals(Spark.MASTER_URL, property(defaults, "spark.master"));
        assertEquals(Template.secret(ObjectStore.ACCESS_KEY), worker.env().get("AWS_ACCESS_KEY_ID"));
        assertTrue(Template.secretRefs(defaults).isEmpty(), "credentials come from the environment, not the file");
        assertTrue(worker.dependsOn().containsAll(List.of(Dependency.healthy("spark-master"), Dependency.healthy(ObjectStore.HOST),
                Dependency.healthy(IcebergCatalog.HOST))));
        assertEquals(Spark.MASTER_URL, worker.command().get(2));
    }

    @Test
    void theSparkConnectServerIsADriverOnTheClusterThatAirflowIsPointedAt() {
        Platform platform = assemble("  onering:profiles: [core, ingestion]\n");
        WorkloadSpec connect = workload(platform, Spark.CONNECT);
        assertEquals("org.apache.spark.sql.connect.service.SparkConnectServer", connect.command().get(connect.command().indexOf("--class") + 1));
        assertTrue(connect.command().contains("spark.connect.grpc.binding.port=" + Spark.CONNECT_PORT), connect.command().toString());
        assertFalse(connect.port("grpc").orElseThrow().isPublished(), "gRPC without authentication stays inside the platform");
        assertEquals(file(workload(platform, "spark-worker"), SPARK_DEFAULTS), file(connect, SPARK_DEFAULTS), "the driver's settings");
        assertEquals(Template.secret(ObjectStore.ACCESS_KEY), connect.env().get("AWS_ACCESS_KEY_ID"));
        assertEquals(List.of(Dependency.healthy("spark-worker")), connect.dependsOn());
        assertEquals(workload(platform, "spark-master").image(), connect.image());

        Map<String, Object> variables = airflowVariables(platform);
        assertEquals(Spark.CONNECT_URL, variables.get("oner_spark_connect_url"));
        assertEquals("sc://spark-connect:15002", Spark.CONNECT_URL);
        assertFalse(airflowVariables(assemble("  onering:profiles: [core]\n")).containsKey("oner_spark_connect_url"),
                "without Spark the DAG skips itself");
    }

    @SuppressWarnings("unchecked")
    /** The variables the DAGs read, as the platform stores them (in Infisical, through the airflow-secrets hook). */
    private static Map<String, Object> airflowVariables(Platform platform) {
        HookSpec airflow = platform.component("airflow").orElseThrow().hooks().stream()
                .filter(h -> h.hook().equals(AirflowSecretsHook.NAME)).findFirst().orElseThrow();
        return new Gson().fromJson(airflow.env().get(AirflowHook.VARIABLES), Map.class);
    }

    @Test
    void sparkFollowsTheSeaweedFsEngineToo() {
        Platform platform = assemble("  onering:profiles: [ingestion]\n  onering:objectStore: seaweedfs\n");
        String defaults = file(workload(platform, "spark-worker"), SPARK_DEFAULTS);
        assertEquals("http://object-store:8333", property(defaults, "spark.hadoop.fs.s3a.endpoint"));
        assertEquals("us-east-1", property(defaults, "spark.hadoop.fs.s3a.endpoint.region"));
    }

    @Test
    void sparkImageIsTheJava17VariantWithPinnedChecksummedJars() {
        ConfigFiles files = ConfigFiles.projectDefault();
        String dockerfile = files.read("spark/Dockerfile");
        assertTrue(dockerfile.contains("FROM docker.io/apache/spark:4.1.2-scala2.13-java17-python3-ubuntu"), dockerfile);
        for (String jar : List.of("hadoop-aws-3.4.2.jar", "bundle-2.29.52.jar", "iceberg-spark-runtime-4.1_2.13-1.12.0.jar")) {
            assertTrue(dockerfile.lines().anyMatch(l -> l.matches("\\s+[0-9a-f]{64} " + java.util.regex.Pattern.quote(jar) + ".*")),
                    jar + " has no SHA-256 in the Dockerfile");
        }
        assertTrue(workload(assemble("  onering:profiles: [ingestion]\n"), "spark-master").image() instanceof ImageSource.Built);
    }

    @Test
    void flinkPropertiesHaveNoSpacesInValuesAndPutStateInTheStageBucket() {
        Platform platform = assemble("  onering:profiles: [ingestion]\n");
        WorkloadSpec jobManager = workload(platform, "flink-jobmanager");
        String properties = jobManager.env().get("FLINK_PROPERTIES");
        assertEquals(properties, workload(platform, "flink-taskmanager").env().get("FLINK_PROPERTIES"));
        for (String line : properties.lines().toList()) {
            String value = line.substring(line.indexOf(": ") + 2);
            assertFalse(value.isBlank() || value.contains(" "), "the entrypoint strips whitespace: " + line);
        }
        assertEquals(Flink.JOB_MANAGER, property(properties, "jobmanager.rpc.address"));
        assertEquals("s3://stage/flink/checkpoints", property(properties, "execution.checkpointing.dir"));
        assertEquals(ObjectStore.endpoint(platform.config()), property(properties, "s3.endpoint"));
        assertEquals("flink-s3-fs-hadoop-2.3.0.jar", jobManager.env().get("ENABLE_BUILT_IN_PLUGINS"));
        assertTrue(((ImageSource.Pulled) jobManager.image()).tag().startsWith("2.3.0-"), "the plugin jar name follows the image version");
        // Flink's JVMs are sized below the container limits.
        assertTrue(jobManager.memory().mebibytes() > Integer.parseInt(property(properties, "jobmanager.memory.process.size").replace("m", "")));
        assertTrue(workload(platform, "flink-taskmanager").memory().mebibytes()
                > Integer.parseInt(property(properties, "taskmanager.memory.process.size").replace("m", "")));
    }

    @Test
    void airbyteHookInstallsThePinnedChartAndJoinsTheStackNetworks() {
        Platform platform = assemble("  onering:profiles: [ingestion]\n");
        HookSpec hook = platform.component("airbyte").orElseThrow().hooks().get(0);
        assertEquals("airbyte-install", hook.hook());
        int[] chart = Arrays.stream(hook.env().get("AIRBYTE_CHART_VERSION").split("\\.")).mapToInt(Integer::parseInt).toArray();
        assertTrue(chart[0] > 2 || (chart[0] == 2 && chart[1] >= 3), "charts before 2.3 pull the deleted minio/minio image");
        assertTrue(hook.env().get("ABCTL_VERSION").matches("v\\d+\\.\\d+\\.\\d+"));
        assertEquals("onering-dev-platform,onering-dev-data", hook.env().get("AIRBYTE_DOCKER_NETWORKS"));
        assertEquals("false", hook.env().get("AIRBYTE_LOW_RESOURCE_MODE"));
        assertFalse(hook.env().containsKey("DOCKER_HOST"));
    }

    @Test
    void airflowGetsAirbytesConnectionAfterBothHooksWithTheApiAsItsWorkersReachIt() {
        Platform platform = assemble("  onering:profiles: [core, ingestion]\n");
        HookSpec handOff = platform.component("airflow").orElseThrow().hooks().stream()
                .filter(hook -> hook.hook().equals("airflow-airbyte")).findFirst().orElseThrow();
        assertEquals(List.of("airbyte", "airflow"), handOff.afterHooks());
        assertEquals("http://airbyte-abctl-control-plane/api/public/v1", handOff.env().get("AIRBYTE_SERVER_URL_FROM_AIRFLOW"));
        HookSpec airbyte = platform.component("airbyte").orElseThrow().hooks().get(1);
        for (String sameSession : List.of("AIRBYTE_URL", "ABCTL_VERSION")) {
            assertEquals(airbyte.env().get(sameSession), handOff.env().get(sameSession), sameSession);
        }
        Platform withoutAirbyte = assemble("  onering:profiles: [core, ingestion]\n  onering:exclude: [airbyte]\n");
        assertFalse(withoutAirbyte.component("airflow").orElseThrow().hooks().stream().anyMatch(hook -> hook.hook().equals("airflow-airbyte")));
    }

    @Test
    void airbyteUsesLowResourceModeOnASmallHost() {
        Platform small = assemble("  onering:profiles: [ingestion]\n  onering:hostMemory: 12Gi\n");
        assertEquals("true", small.component("airbyte").orElseThrow().hooks().get(0).env().get("AIRBYTE_LOW_RESOURCE_MODE"));
        // abctl drives the engine the stack names: a local one on another socket (a remote host is refused for Airbyte).
        Platform otherSocket = assemble("  onering:profiles: [ingestion]\n  onering:dockerHost: unix:///run/user/1000/docker.sock\n");
        assertEquals(Map.entry("DOCKER_HOST", "unix:///run/user/1000/docker.sock"),
                Map.entry("DOCKER_HOST", otherSocket.component("airbyte").orElseThrow().hooks().get(0).env().get("DOCKER_HOST")));
    }
}
