package com.onering.hooks.orchestration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.onering.components.orchestration.Airflow;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.ObjectStore;
import com.onering.components.storage.ObjectStore.Buckets;
import com.onering.components.storage.Postgres;
import com.onering.config.PlatformConfig;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.CanonicalJson;
import com.onering.hooks.http.JsonApi;
import com.onering.hooks.http.ManagedFingerprint;
import com.onering.hooks.storage.ObjectStoreHook;
import com.onering.model.HookSpec;
import com.onering.model.Profile;
import com.onering.model.Template;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Airflow's connections and variables through its REST API ({@code /api/v2}, a JWT from {@code /auth/token} for the
 * simple auth manager's admin), then unpauses the demo DAGs. The API masks connection passwords, so each connection
 * carries a fingerprint of what the hook set in its description: equal fingerprint, nothing to do.
 */
public final class AirflowHook implements Hook {
    public static final String NAME = "airflow";
    static final String URL = "AIRFLOW_URL";
    static final String USER = "AIRFLOW_USER";
    static final String PASSWORD = "AIRFLOW_PASSWORD";
    /** JSON array of Airflow connection bodies ({@code connection_id}, {@code conn_type}, host, port, login, password, schema, extra). */
    static final String CONNECTIONS = "AIRFLOW_CONNECTIONS";
    /** JSON object: variable key to value. */
    static final String VARIABLES = "AIRFLOW_VARIABLES";
    /** Comma-separated DAG ids to unpause. */
    static final String UNPAUSE = "AIRFLOW_UNPAUSE_DAGS";

    /** The connections and variables the platform's DAGs read (config/airflow/dags/oner/config.py), in-network endpoints. */
    public static HookSpec spec(PlatformConfig config) {
        List<Map<String, Object>> connections = new ArrayList<>();
        connections.add(connection("oner_s3", "aws", Map.of(
                "login", Template.secret(ObjectStore.ACCESS_KEY), "password", Template.secret(ObjectStore.SECRET_KEY),
                "extra", CanonicalJson.write(Map.of("endpoint_url", ObjectStore.endpoint(config), "region_name", ObjectStore.region(config))))));
        boolean clickhouse = !config.excludes(ClickHouse.HOST);
        if (clickhouse) {
            connections.add(connection("clickhouse_default", "generic", Map.of("host", ClickHouse.HOST, "port", ClickHouse.HTTP_PORT,
                    "login", ClickHouse.ADMIN_USER, "password", Template.secret(ClickHouse.ADMIN_PASSWORD), "schema", ClickHouse.DATABASE,
                    "extra", CanonicalJson.write(Map.of("secure", false)))));
        }
        connections.add(connection("postgres_gold", "postgres", Map.of("host", Postgres.HOST, "port", Postgres.PORT,
                "login", Postgres.CURATED.role(), "password", Template.secret(Postgres.CURATED.passwordSecret()), "schema", Postgres.CURATED_DATABASE)));

        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("oner_bucket_bronze", Buckets.BRONZE);
        variables.put("oner_bucket_silver", Buckets.SILVER);
        variables.put("oner_bucket_featurestore", Buckets.FEATURESTORE);
        // Drift reports are curated output: there is no separate reports bucket on the platform.
        variables.put("oner_bucket_reports", Buckets.GOLD);
        variables.put("oner_bronze_orders_key", ObjectStoreHook.SEEDS.get(0).key());
        variables.put("oner_feature_csv_key", ObjectStoreHook.SEEDS.get(1).key());
        if (clickhouse) {
            variables.put("oner_clickhouse_database", ClickHouse.DATABASE);
        }
        variables.put("oner_gold_schema", "gold");

        // Both DAGs load their marts into ClickHouse: without it they would fail every day.
        List<String> dags = new ArrayList<>(clickhouse ? List.of("medallion_batch_demo", "dbt_clickhouse_cosmos") : List.of());
        if (config.profiles().contains(Profile.ML)) {
            // These need MLflow and Feast: unpaused without them they would fail every day.
            dags.addAll(List.of("feast_spark_ml_pipeline", "evidently_drift_report"));
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put(URL, "http://" + Template.endpoint(Airflow.API_SERVER, "api"));
        env.put(USER, Airflow.ADMIN_USER);
        env.put(PASSWORD, Template.secret(Airflow.ADMIN_PASSWORD));
        env.put(CONNECTIONS, CanonicalJson.write(connections));
        env.put(VARIABLES, CanonicalJson.write(variables));
        env.put(UNPAUSE, String.join(",", dags));
        return new HookSpec(NAME, List.of(Airflow.API_SERVER), env, List.of());
    }

    private static Map<String, Object> connection(String id, String type, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connection_id", id);
        body.put("conn_type", type);
        body.putAll(fields);
        return body;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(URL, USER, PASSWORD, CONNECTIONS, VARIABLES);
        List<JsonObject> connections = parse(context, CONNECTIONS).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject).toList();
        JsonObject variables = parse(context, VARIABLES).getAsJsonObject();
        List<String> dags = context.optional(UNPAUSE).stream().flatMap(v -> Arrays.stream(v.split(","))).filter(d -> !d.isBlank()).toList();

        JsonApi anonymous = new JsonApi(context, "Airflow API", context.require(URL), USER + " and " + PASSWORD + " (secret "
                + Airflow.ADMIN_PASSWORD + ")");
        JsonApi.Response token = anonymous.require(anonymous.post("/auth/token",
                Map.of("username", context.require(USER), "password", context.require(PASSWORD))), 200, 201);
        JsonApi airflow = anonymous.withHeader("Authorization", "Bearer " + token.body().getAsJsonObject().get("access_token").getAsString());

        for (JsonObject connection : connections) {
            ensureConnection(context, airflow, connection);
        }
        for (Map.Entry<String, JsonElement> variable : variables.entrySet()) {
            ensureVariable(context, airflow, variable.getKey(), variable.getValue().getAsString());
        }
        for (String dag : dags) {
            unpause(context, airflow, dag.trim());
        }
    }

    private static void ensureConnection(HookContext context, JsonApi airflow, JsonObject wanted) {
        String id = wanted.get("connection_id").getAsString();
        JsonObject body = wanted.deepCopy();
        Map<String, String> fields = new LinkedHashMap<>();
        wanted.entrySet().forEach(e -> fields.put(e.getKey(), e.getValue().toString()));
        String fingerprint = ManagedFingerprint.describe(id, fields);
        body.addProperty("description", fingerprint);
        JsonApi.Response current = airflow.get("/api/v2/connections/" + id);
        if (current.is(404)) {
            airflow.require(airflow.post("/api/v2/connections", body), 201);
            context.report().record(Action.CREATED, "connection", id);
            return;
        }
        JsonElement description = airflow.require(current, 200).body().getAsJsonObject().get("description");
        if (description != null && !description.isJsonNull() && description.getAsString().equals(fingerprint)) {
            context.report().record(Action.UNCHANGED, "connection", id);
            return;
        }
        airflow.require(airflow.patch("/api/v2/connections/" + id, body), 200);
        context.report().record(Action.UPDATED, "connection", id);
    }

    private static void ensureVariable(HookContext context, JsonApi airflow, String key, String value) {
        JsonApi.Response current = airflow.get("/api/v2/variables/" + key);
        Map<String, String> body = Map.of("key", key, "value", value);
        if (current.is(404)) {
            airflow.require(airflow.post("/api/v2/variables", body), 201);
            context.report().record(Action.CREATED, "variable", key);
        } else if (value.equals(airflow.require(current, 200).body().getAsJsonObject().get("value").getAsString())) {
            context.report().record(Action.UNCHANGED, "variable", key);
        } else {
            airflow.require(airflow.patch("/api/v2/variables/" + key, body), 200);
            context.report().record(Action.UPDATED, "variable", key);
        }
    }

    /** DAGs appear once the DAG processor has parsed their files, which may be after the API server is healthy. */
    private static void unpause(HookContext context, JsonApi airflow, String dag) {
        JsonApi.Response current = context.retrying("Airflow DAG processor", airflow.baseUrl() + " (DAG " + dag + ")",
                e -> e instanceof DagNotParsedYet, () -> {
                    JsonApi.Response answer = airflow.get("/api/v2/dags/" + dag);
                    if (answer.is(404)) {
                        throw new DagNotParsedYet(dag + " is not in Airflow yet; check config/airflow/dags and the dag-processor's import errors");
                    }
                    return airflow.require(answer, 200);
                });
        if (!current.body().getAsJsonObject().get("is_paused").getAsBoolean()) {
            context.report().record(Action.UNCHANGED, "dag", dag + " (active)");
            return;
        }
        airflow.require(airflow.patch("/api/v2/dags/" + dag, Map.of("is_paused", false)), 200);
        context.report().record(Action.UPDATED, "dag", dag + " (unpaused)");
    }

    private static JsonElement parse(HookContext context, String variable) {
        try {
            return JsonParser.parseString(context.require(variable));
        } catch (JsonSyntaxException e) {
            throw new HookFailure("hook " + context.hook() + ": " + variable + " is not valid JSON (" + e.getMessage() + ")");
        }
    }

    private static final class DagNotParsedYet extends Exception {
        DagNotParsedYet(String message) {
            super(message);
        }
    }
}
