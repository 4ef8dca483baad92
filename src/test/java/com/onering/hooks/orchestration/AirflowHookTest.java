package com.onering.hooks.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.components.orchestration.Airflow;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.model.Profile;
import com.onering.testsupport.MockRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The airflow hook against a stub of Airflow 3's REST API, from its published reference (Airflow 3.x "REST API
 * reference", /api/v2) and the simple auth manager docs: {@code POST /auth/token {username, password}} answers 201
 * {@code {access_token}}; every /api/v2 call needs {@code Authorization: Bearer}; {@code GET|PATCH
 * /api/v2/connections/{id}} (404 when absent, password masked on read), {@code POST /api/v2/connections} 201;
 * {@code GET|PATCH /api/v2/variables/{key}}, {@code POST /api/v2/variables} 201; {@code GET|PATCH /api/v2/dags/{id}}
 * with {@code is_paused}.
 */
class AirflowHookTest {
    private final String password = UUID.randomUUID().toString();
    private final String token = UUID.randomUUID().toString();
    private final Map<String, JsonObject> connections = new ConcurrentHashMap<>();
    private final Map<String, String> variables = new ConcurrentHashMap<>();
    private final Map<String, Boolean> paused = new ConcurrentHashMap<>(Map.of("medallion_batch_demo", true, "dbt_clickhouse_cosmos", true,
            "postgres_gold_marts", true));
    private StubServer airflow;

    @BeforeEach
    void start() throws Exception {
        airflow = new StubServer().route("POST", "/auth/token", c -> {
            JsonObject body = c.body().getAsJsonObject();
            return body.get("username").getAsString().equals("admin") && body.get("password").getAsString().equals(password)
                    ? new Reply(201, Map.of("access_token", token)) : new Reply(401, Map.of("detail", "Invalid credentials"));
        }).route("POST", "/api/v2/connections", authed(c -> {
            connections.put(c.body().getAsJsonObject().get("connection_id").getAsString(), c.body().getAsJsonObject());
            return new Reply(201, c.body());
        })).route("POST", "/api/v2/variables", authed(c -> {
            variables.put(c.body().getAsJsonObject().get("key").getAsString(), c.body().getAsJsonObject().get("value").getAsString());
            return new Reply(201, c.body());
        }));
        for (String id : List.of("oner_s3", "clickhouse_default", "postgres_gold")) {
            airflow.route("GET", "/api/v2/connections/" + id, authed(c -> {
                JsonObject stored = connections.get(id);
                if (stored == null) {
                    return new Reply(404, Map.of("detail", "The Connection with connection_id: `" + id + "` was not found"));
                }
                JsonObject masked = stored.deepCopy();
                masked.addProperty("password", "***");
                return Reply.ok(masked);
            })).route("PATCH", "/api/v2/connections/" + id, authed(c -> {
                connections.put(id, c.body().getAsJsonObject());
                return Reply.ok(c.body());
            }));
        }
        for (String key : List.of("oner_bucket_bronze", "oner_bucket_silver", "oner_bucket_featurestore", "oner_bucket_reports",
                "oner_bronze_orders_key", "oner_bronze_airbyte_orders_prefix", "oner_feature_csv_key", "oner_clickhouse_database", "oner_gold_schema")) {
            airflow.route("GET", "/api/v2/variables/" + key, authed(c -> variables.containsKey(key)
                    ? Reply.ok(Map.of("key", key, "value", variables.get(key), "is_encrypted", true))
                    : new Reply(404, Map.of("detail", "Variable not found"))))
                    .route("PATCH", "/api/v2/variables/" + key, authed(c -> {
                        variables.put(key, c.body().getAsJsonObject().get("value").getAsString());
                        return Reply.ok(c.body());
                    }));
        }
        for (String dag : List.of("medallion_batch_demo", "dbt_clickhouse_cosmos", "postgres_gold_marts")) {
            airflow.route("GET", "/api/v2/dags/" + dag, authed(c -> Reply.ok(Map.of("dag_id", dag, "is_paused", paused.get(dag)))))
                    .route("PATCH", "/api/v2/dags/" + dag, authed(c -> {
                        paused.put(dag, c.body().getAsJsonObject().get("is_paused").getAsBoolean());
                        return Reply.ok(Map.of("dag_id", dag, "is_paused", paused.get(dag)));
                    }));
        }
    }

    private StubServer.Route authed(StubServer.Route route) {
        return c -> ("Bearer " + token).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, Map.of("detail", "Not authenticated"));
    }

    @AfterEach
    void stop() {
        airflow.close();
    }

    /**
     * The spec's own environment, with the placeholders resolved the way the provisioner would, for a stack without
     * Infisical: there the connections and variables go to Airflow's database (with it, AirflowSecretsHookTest).
     */
    private Map<String, String> env(String s3Secret) {
        return HookHarness.environment(Airflow.hookSpec(PlatformConfig.defaults("dev", Set.of(Profile.CORE)).withExcluded(Set.of("infisical"))),
                Map.of("airflow-apiserver/api", airflow.url().substring("http://".length())),
                Map.of("airflow-admin-password", password, "s3-secret-key", s3Secret));
    }

    @Test
    void createsConnectionsAndVariablesAndUnpausesThenChangesNothingThenOnlyTheChangedSecret() {
        Outcome first = HookHarness.run(new AirflowHook(), env("s3-secret-1"));
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(12, first.count(Action.CREATED), first.toString());
        assertEquals(3, first.count(Action.UPDATED), first.toString());
        assertEquals(Map.of("medallion_batch_demo", false, "dbt_clickhouse_cosmos", false, "postgres_gold_marts", false), paused);
        JsonObject s3 = connections.get("oner_s3");
        assertEquals("aws", s3.get("conn_type").getAsString());
        assertEquals("s3-secret-1", s3.get("password").getAsString());
        assertEquals("{\"endpoint_url\":\"http://object-store:3900\",\"region_name\":\"garage\"}", s3.get("extra").getAsString());
        assertEquals(8123, connections.get("clickhouse_default").get("port").getAsInt());
        assertEquals("curated", connections.get("postgres_gold").get("schema").getAsString());
        assertEquals("demo/orders.csv", variables.get("oner_bronze_orders_key"));
        assertEquals("airbyte/orders/", variables.get("oner_bronze_airbyte_orders_prefix"));

        int writes = airflow.writes().size();
        Outcome second = HookHarness.run(new AirflowHook(), env("s3-secret-1"));
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(15, second.count(Action.UNCHANGED), second.toString());
        assertEquals(writes + 1, airflow.writes().size(), "only the token request may write");

        Outcome third = HookHarness.run(new AirflowHook(), env("s3-secret-2"));
        assertEquals(0, third.exitCode(), third.toString());
        assertEquals(List.of("airflow: updated connection oner_s3"), third.lines(Action.UPDATED));
        assertEquals("s3-secret-2", connections.get("oner_s3").get("password").getAsString());
    }

    @Test
    void wrongAdminPasswordNamesTheSecret() {
        Map<String, String> env = env("x");
        env.put("AIRFLOW_PASSWORD", "wrong");
        Outcome outcome = HookHarness.run(new AirflowHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook airflow: Airflow API at " + airflow.url() + " refused the credentials"), outcome.err());
        assertTrue(outcome.err().contains("AIRFLOW_USER and AIRFLOW_PASSWORD"), outcome.err());
        assertTrue(connections.isEmpty());
    }

    @Test
    void aDagTheProcessorHasNotParsedIsWaitedForThenNamed() {
        Map<String, String> env = env("x");
        env.put("AIRFLOW_UNPAUSE_DAGS", "medallion_batch_demo,not_a_dag");
        Outcome outcome = HookHarness.run(new AirflowHook(), env, Path.of("."), Duration.ofSeconds(2));
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("timed out after 2s waiting for Airflow DAG processor"), outcome.err());
        assertTrue(outcome.err().contains("not_a_dag is not in Airflow yet; check config/airflow/dags"), outcome.err());
        assertFalse(paused.get("medallion_batch_demo"), "DAGs before it are unpaused; a rerun finishes the rest");
    }

    @Test
    void theMlDagsAreUnpausedOnlyWithTheMlProfileAndTheTrainingOnlyWithSpark() {
        assertEquals("medallion_batch_demo,dbt_clickhouse_cosmos,postgres_gold_marts",
                Airflow.hookSpec(PlatformConfig.defaults("dev", Set.of(Profile.CORE))).env().get("AIRFLOW_UNPAUSE_DAGS"));
        assertEquals("medallion_batch_demo,dbt_clickhouse_cosmos,postgres_gold_marts,evidently_drift_report",
                Airflow.hookSpec(PlatformConfig.defaults("dev", Set.of(Profile.CORE, Profile.ML))).env().get("AIRFLOW_UNPAUSE_DAGS"),
                "the Spark ML training fails on purpose without Spark, so it stays paused");
        assertEquals("medallion_batch_demo,dbt_clickhouse_cosmos,postgres_gold_marts,feast_spark_ml_pipeline,evidently_drift_report",
                Airflow.hookSpec(PlatformConfig.defaults("dev", Set.of(Profile.CORE, Profile.INGESTION, Profile.ML))).env()
                        .get("AIRFLOW_UNPAUSE_DAGS"));
    }

    @Test
    void withoutClickHouseNoClickHouseConnectionAndNoDagThatLoadsIntoItIsUnpaused() {
        PlatformConfig config = MockRun.config("""
                  onering:profiles: [core]
                  onering:exclude: [clickhouse, infisical]
                """);
        Map<String, String> env = Airflow.hookSpec(config).env();
        assertEquals("", env.get("AIRFLOW_UNPAUSE_DAGS"));
        assertFalse(env.get("AIRFLOW_CONNECTIONS").contains("clickhouse"), env.get("AIRFLOW_CONNECTIONS"));
        Map<String, String> rendered = env("x");
        rendered.put("AIRFLOW_UNPAUSE_DAGS", "");
        Outcome outcome = HookHarness.run(new AirflowHook(), rendered);
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertTrue(paused.values().stream().allMatch(p -> p), "no DAG may be unpaused: " + paused);
    }
}
