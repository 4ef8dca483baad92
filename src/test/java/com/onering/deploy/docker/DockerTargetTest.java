package com.onering.deploy.docker;

import static com.onering.testsupport.PlanQueries.list;
import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.PlatformConfig;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.ContainerInvariants;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.resources.ResourceTransformation;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DockerTargetTest {
    private static final String CONTAINER = "docker:index/container:Container";
    private static final String CORE = "  onering:profiles: [core]\n";
    private static List<PlannedResource> core;

    @BeforeAll
    static void planCore() {
        core = OfflinePlan.run(MockRun.config(CORE), ConfigFiles.projectDefault());
    }

    @SuppressWarnings("unchecked")
    static List<String> env(PlannedResource container) {
        return (List<String>) container.inputs().get("envs");
    }

    @Test
    void coreProfileDeclaresItsContainersVolumesAndDatabases() {
        assertEquals(Set.of("postgres", "redis", "clickhouse", "object-store", "infisical", "airflow-init", "airflow-apiserver",
                        "airflow-scheduler", "airflow-dag-processor", "airflow-worker", "airflow-triggerer", "airflow-flower"),
                ofType(core, CONTAINER).stream().map(PlannedResource::name).collect(Collectors.toSet()));
        assertEquals(Set.of("postgres-data", "redis-data", "clickhouse-data", "object-store-meta", "object-store-data"),
                ofType(core, "docker:index/volume:Volume").stream().map(PlannedResource::name).collect(Collectors.toSet()));
        assertEquals(Set.of("airflow", "infisical", "curated"),
                ofType(core, "postgresql:index/database:Database").stream().map(r -> (String) r.inputs().get("name")).collect(Collectors.toSet()));
        PlannedResource airflowDb = named(core, "postgresql:index/database:Database", "database-airflow");
        assertEquals("airflow", airflowDb.inputs().get("owner"));
    }

    /**
     * Every container declares its log driver and rotation, the ones the host bootstrap gives the daemon: a daemon's
     * default log options are copied into each container, so one declared without them is replaced at every update.
     */
    @Test
    void everyContainerDeclaresTheLogRotationTheHostBootstrapGivesTheDaemon() throws Exception {
        String script = java.nio.file.Files.readString(java.nio.file.Path.of("config/host/bootstrap.sh"));
        String daemonJson = script.substring(script.indexOf("<<'JSON'") + "<<'JSON'".length(), script.indexOf("\nJSON\n"));
        com.google.gson.JsonObject daemon = com.google.gson.JsonParser.parseString(daemonJson).getAsJsonObject();
        Map<String, Object> daemonRotation = daemon.getAsJsonObject("log-opts").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getAsString()));
        assertEquals(daemon.get("log-driver").getAsString(), DockerTarget.LOG_DRIVER);
        assertEquals(daemonRotation, DockerTarget.LOG_ROTATION);
        for (PlannedResource container : ofType(core, CONTAINER)) {
            assertEquals("json-file", container.inputs().get("logDriver"), container.name());
            assertEquals(daemonRotation, container.inputs().get("logOpts"), container.name());
        }
    }

    @Test
    void invariantsHoldForEveryContainer() {
        ContainerInvariants.assertHold(Platforms.assemble(CORE), core, "dev");
    }

    @Test
    void dataStoresSitOnTheInternalNetworkAndAppsReachThem() {
        PlannedResource dataNetwork = named(core, "docker:index/network:Network", "data-network");
        assertEquals(true, dataNetwork.inputs().get("internal"));
        assertTrue(networksOf("postgres").contains("onering-dev-data"));
        assertTrue(networksOf("airflow-scheduler").containsAll(List.of("onering-dev-platform", "onering-dev-data")));
    }

    private static List<String> networksOf(String container) {
        return list(named(core, CONTAINER, container), "networksAdvanced").stream().map(n -> (String) n.get("name")).toList();
    }

    @Test
    void secretsNeverAppearInPlainTextInThePlan() {
        PlannedResource postgres = named(core, CONTAINER, "postgres");
        assertTrue(env(postgres).contains("POSTGRES_PASSWORD_FILE=/run/secrets/onering/postgres-superuser-password"), env(postgres).toString());
        Object passwordFile = list(postgres, "uploads").stream().filter(u -> u.get("file").equals("/run/secrets/onering/postgres-superuser-password"))
                .findFirst().orElseThrow().get("content");
        assertTrue(String.valueOf(passwordFile).matches("\\{\\{secret:postgres-superuser-password@[0-9a-f]{12}}}"),
                "the password file shows its secret as a placeholder: " + passwordFile);
        assertTrue(env(postgres).contains("POSTGRES_USER=postgres"));
        List<String> airflowEnv = env(named(core, CONTAINER, "airflow-scheduler"));
        assertTrue(airflowEnv.contains("AIRFLOW__CORE__EXECUTOR=CeleryExecutor"));
        assertTrue(airflowEnv.stream().noneMatch(e -> e.startsWith("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=")), "connection string leaked");
    }

    @Test
    void healthyDependenciesAreAwaitedAndJobsGateTheirDependants() {
        PlannedResource postgres = named(core, CONTAINER, "postgres");
        assertEquals(true, postgres.inputs().get("wait"), "postgres is a healthy-dependency and must be awaited");
        PlannedResource scheduler = named(core, CONTAINER, "airflow-scheduler");
        assertTrue(scheduler.dependsOn().stream().anyMatch(u -> u.endsWith("::airflow-init")));
        assertTrue(scheduler.dependsOn().stream().anyMatch(u -> u.endsWith("::database-airflow")));
        PlannedResource flower = named(core, CONTAINER, "airflow-flower");
        assertEquals(true, flower.inputs().get("wait"), "a leaf service is awaited too, so `pulumi up` reports one that never gets healthy");
        assertFalse(named(core, CONTAINER, "airflow-init").inputs().containsKey("wait"), "a job is attached to, not awaited healthy");
    }

    @Test
    @SuppressWarnings("unchecked")
    void derivedImagesBuildFromAProjectRelativeContextSoPreviewsMatchAcrossCheckouts() {
        PlannedResource airflow = ofType(core, "docker:index/remoteImage:RemoteImage").stream()
                .filter(r -> ((String) r.inputs().get("name")).startsWith("onering/airflow:")).findFirst().orElseThrow();
        Map<String, Object> build = (Map<String, Object>) airflow.inputs().get("build");
        assertEquals("config/airflow", build.get("context"));
        assertEquals("Dockerfile", build.get("dockerfile"));
    }

    @Test
    void theDagProcessorAndTheWorkerCarryThePipelinesTheyRun() {
        for (String workload : List.of("airflow-dag-processor", "airflow-worker")) {
            Set<String> files = list(named(core, CONTAINER, workload), "uploads").stream().map(u -> (String) u.get("file")).collect(Collectors.toSet());
            assertTrue(files.contains("/opt/airflow/dags/medallion_batch_demo.py"), workload + ": " + files);
            assertTrue(files.contains("/opt/airflow/dbt/clickhouse_analytics/dbt_project.yml"), workload);
            // the Cosmos DAG builds its tasks from this file while the DAG processor parses it
            assertTrue(files.contains("/opt/airflow/dbt/clickhouse_analytics/manifest.json"), workload);
            assertTrue(files.contains("/opt/airflow/feast/feature_repo/feature_store.yaml"), workload);
            assertTrue(files.contains("/opt/airflow/seed-data/orders.csv"), workload);
        }
        assertTrue(list(named(core, CONTAINER, "airflow-scheduler"), "uploads").stream().allMatch(u -> ((String) u.get("file")).startsWith("/run/secrets/")),
                "the scheduler parses no DAG files in Airflow 3; it gets its secret settings only");
    }

    @Test
    void resourceNamesAreUnique() {
        Set<String> urns = new HashSet<>();
        for (PlannedResource r : core) {
            assertTrue(urns.add(r.urn()), "duplicate URN " + r.urn());
        }
    }

    @Test
    void secretInputsAreMarkedSecretForTheEngine() {
        MockRun run = MockRun.of(MockRun.config("  onering:profiles: [core]\n"), false);
        ContainerArgs postgres = (ContainerArgs) run.resource(CONTAINER, "postgres").args();
        assertFalse(MockRun.isSecret(postgres.envs().orElseThrow()), "postgres's environment carries no secret: its password is a file");
        ContainerArgs api = (ContainerArgs) run.resource(CONTAINER, "airflow-apiserver").args();
        var uploads = com.pulumi.test.PulumiTest.extractValue(api.uploads().orElseThrow());
        assertTrue(uploads.size() > 1);
        assertTrue(uploads.stream().allMatch(u -> MockRun.isSecret(u.content().orElseThrow())),
                "the passwords seed and the secret settings' files must be secret");
        ResourceTransformation.Args role = run.resource("postgresql:index/role:Role", "role-airflow");
        assertTrue(MockRun.isSecret(((com.pulumi.postgresql.RoleArgs) role.args()).password().orElseThrow()));
        assertEquals(0, run.result().exitCode());
    }

    @Test
    void dataVolumesSurviveDestroyUnlessTheStackSaysOtherwise() {
        MockRun retained = MockRun.of(MockRun.config("  onering:profiles: [core]\n"), false);
        assertTrue(retained.resource("docker:index/volume:Volume", "postgres-data").options().isRetainOnDelete());
        MockRun deleted = MockRun.of(MockRun.config("  onering:dataVolumes: delete\n"), false);
        assertFalse(deleted.resource("docker:index/volume:Volume", "postgres-data").options().isRetainOnDelete());
        assertTrue(((com.pulumi.resources.CustomResourceOptions) retained.resource(CONTAINER, "postgres").options()).getDeleteBeforeReplace(),
                "fixed container names need delete-before-replace");
    }

    @Test
    void previewRunsWithoutAnyServer() {
        MockRun preview = MockRun.of(MockRun.config("  onering:profiles: [core]\n"), true);
        assertEquals(0, preview.result().exitCode(), () -> "errors: " + preview.result().errors() + preview.result().exceptions());
        assertTrue(preview.resources().size() > 50);
    }

    @Test
    void remoteStackTalksToTheSshHostAndKeepsDataStoresOnItsLoopback() {
        PlatformConfig config = MockRun.config("  onering:dockerHost: ssh://deploy@vps.example.com\n  onering:publishAddress: 10.0.0.5\n");
        List<PlannedResource> plan = OfflinePlan.run(config, ConfigFiles.projectDefault());
        assertEquals("ssh://deploy@vps.example.com", named(plan, "pulumi:providers:docker", "docker").inputs().get("host"));
        assertTrue(ofType(plan, CONTAINER).stream().allMatch(c -> String.valueOf(c.provider()).endsWith("::docker")));
        assertEquals(List.of("10.0.0.5"), list(named(plan, CONTAINER, "airflow-apiserver"), "ports").stream().map(p -> p.get("ip")).toList());
        for (String store : List.of("postgres", "redis", "clickhouse", "object-store")) {
            assertTrue(list(named(plan, CONTAINER, store), "ports").stream().allMatch(p -> "127.0.0.1".equals(p.get("ip"))), store);
        }
        assertEquals("127.0.0.1", named(plan, "pulumi:providers:postgresql", "postgres-admin").inputs().get("host"));
    }
}
