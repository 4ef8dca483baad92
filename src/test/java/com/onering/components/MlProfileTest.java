package com.onering.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.ml.BentoML;
import com.onering.components.ml.Feast;
import com.onering.components.ml.MLflow;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.Postgres;
import com.onering.components.storage.Redis;
import com.onering.config.ObjectStoreEngine;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanMocks;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MlProfileTest {

    @Test
    void mlAloneBringsItsStoresAndNothingElse() {
        Platform platform = Platforms.assemble("  onering:profiles: [ml]\n");
        assertEquals(Set.of("postgres", "redis", "object-store", "mlflow", "feast", "bentoml", "streamlit", "evidently"),
                platform.components().stream().map(ComponentSpec::name).collect(Collectors.toSet()));
        List<String> order = platform.components().stream().map(ComponentSpec::name).toList();
        assertTrue(order.indexOf("postgres") < order.indexOf("mlflow"));
        assertTrue(order.indexOf("mlflow") < order.indexOf("bentoml"));
        assertTrue(order.indexOf("bentoml") < order.indexOf("streamlit"));
    }

    @Test
    void mlflowKeepsRunsInItsOwnDatabaseAndArtifactsInTheMlflowBucket() {
        Platform platform = Platforms.assemble("  onering:profiles: [core, ml]\n");
        ComponentSpec mlflow = platform.component("mlflow").orElseThrow();
        assertEquals(List.of(MLflow.DATABASE), mlflow.databases());
        WorkloadSpec server = Platforms.workload(platform, "mlflow");
        assertEquals("postgresql+psycopg2://mlflow:{{secret:mlflow-db-password}}@postgres:5432/mlflow",
                server.env().get("MLFLOW_BACKEND_STORE_URI"));
        assertEquals(Postgres.url("postgresql+psycopg2", MLflow.DATABASE), server.env().get("MLFLOW_BACKEND_STORE_URI"));
        int destination = server.command().indexOf("--artifacts-destination");
        assertEquals("s3://mlflow/artifacts", server.command().get(destination + 1));
        assertTrue(server.command().contains("--serve-artifacts"));
        assertTrue(server.command().stream().noneMatch(a -> a.contains("{{secret:")), "no secret on the command line");
        assertEquals(ObjectStore.endpoint(platform.config()), server.env().get("MLFLOW_S3_ENDPOINT_URL"));
        assertEquals("garage", server.env().get("AWS_DEFAULT_REGION"));
        List<String> allowed = List.of(server.env().get("MLFLOW_SERVER_ALLOWED_HOSTS").split(","));
        assertTrue(allowed.containsAll(List.of("mlflow", "mlflow:*", "127.0.0.1:*")), "containers call mlflow:5000: " + allowed);
        assertTrue(server.dependsOn().containsAll(List.of(Dependency.healthy("postgres"), Dependency.healthy("object-store"))));
    }

    @ParameterizedTest
    @EnumSource(ObjectStoreEngine.class)
    void feastUsesTheRedisAndObjectStoreOfThePlatform(ObjectStoreEngine engine) {
        Platform platform = Platforms.assemble(MockRun.config("  onering:profiles: [ml]\n").withObjectStore(engine));
        WorkloadSpec feast = Platforms.workload(platform, "feast");
        Map<String, String> env = feast.env();
        assertEquals(Redis.HOST + ":" + Redis.PORT + ",password=" + Template.secret(Redis.PASSWORD) + ",db=" + Feast.REDIS_DATABASE,
                env.get("FEAST_REDIS_CONNECTION_STRING"));
        assertEquals(ObjectStore.endpoint(platform.config()), env.get("FEAST_S3_ENDPOINT_URL"));
        assertEquals(ObjectStore.endpoint(platform.config()), env.get("AWS_ENDPOINT_URL"));
        assertEquals(ObjectStore.region(platform.config()), env.get("AWS_DEFAULT_REGION"));
        assertEquals(Template.secret(ObjectStore.ACCESS_KEY), env.get("AWS_ACCESS_KEY_ID"));
        assertTrue(env.get("FEAST_REGISTRY_PATH").startsWith("s3://featurestore/"));
        assertTrue(env.get("FEAST_CUSTOMER_TRANSACTIONS_PATH").startsWith("s3://featurestore/"));
        // The repo the content engineer ships is uploaded as-is, and every ${VAR} it reads is set.
        String storeYaml = Platforms.file(feast, Feast.REPO_DIR + "/feature_store.yaml");
        assertTrue(storeYaml.contains("type: redis"), storeYaml);
        String settings = storeYaml.lines().filter(l -> !l.strip().startsWith("#")).collect(Collectors.joining("\n"));
        java.util.regex.Matcher vars = java.util.regex.Pattern.compile("\\$\\{([A-Z_]+)}").matcher(settings);
        while (vars.find()) {
            assertTrue(env.containsKey(vars.group(1)), "feature_store.yaml reads " + vars.group(1) + ", which Feast does not get");
        }
        assertTrue(feast.command().get(0).contains("serve --host 0.0.0.0 --port 6566"), "the server defaults to 127.0.0.1");
    }

    @Test
    void streamlitOpensTheSameFeatureStoreAndScoresThroughBentoml() {
        Platform platform = Platforms.assemble("  onering:profiles: [ml]\n");
        WorkloadSpec streamlit = Platforms.workload(platform, "streamlit");
        Map<String, String> feastEnv = Platforms.workload(platform, "feast").env();
        feastEnv.forEach((key, value) -> assertEquals(value, streamlit.env().get(key), key));
        assertEquals(BentoML.url(), streamlit.env().get("BENTO_URL"));
        assertEquals(Platforms.file(Platforms.workload(platform, "feast"), Feast.REPO_DIR + "/feature_store.yaml"),
                Platforms.file(streamlit, streamlit.env().get("FEAST_REPO_PATH") + "/feature_store.yaml"));
        assertEquals(MLflow.trackingUri(), Platforms.workload(platform, "bentoml").env().get("MLFLOW_TRACKING_URI"));
    }

    @Test
    void theOfflinePlanCreatesMlflowsDatabaseBeforeTheServerAndHidesItsPassword() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [ml]\n"), ConfigFiles.projectDefault());
        PlannedResource database = plan.stream().filter(r -> r.type().equals("postgresql:index/database:Database")
                && r.name().equals("database-mlflow")).findFirst().orElseThrow();
        assertEquals("mlflow", database.inputs().get("owner"));
        PlannedResource server = plan.stream().filter(r -> r.type().equals("docker:index/container:Container")
                && r.name().equals("mlflow")).findFirst().orElseThrow();
        assertTrue(server.dependsOn().stream().anyMatch(u -> u.endsWith("::database-mlflow")));
        @SuppressWarnings("unchecked")
        List<String> env = (List<String>) server.inputs().get("envs");
        // The backend URL carries a password: the plan names the variable and hides the whole value.
        List<String> backend = env.stream().filter(e -> e.startsWith("MLFLOW_BACKEND_STORE_URI=")).toList();
        assertEquals(1, backend.size(), env.toString());
        assertTrue(PlanMocks.isHidden(backend.get(0).substring("MLFLOW_BACKEND_STORE_URI=".length())), backend.get(0));
    }
}
