package com.onering.hooks.orchestration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.hooks.http.ManagedFingerprint;
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
    public static final String URL = "AIRFLOW_URL";
    public static final String USER = "AIRFLOW_USER";
    public static final String PASSWORD = "AIRFLOW_PASSWORD";
    /** JSON array of Airflow connection bodies ({@code connection_id}, {@code conn_type}, host, port, login, password, schema, extra). */
    public static final String CONNECTIONS = "AIRFLOW_CONNECTIONS";
    /** JSON object: variable key to value. */
    public static final String VARIABLES = "AIRFLOW_VARIABLES";
    /** Comma-separated DAG ids to unpause. */
    public static final String UNPAUSE = "AIRFLOW_UNPAUSE_DAGS";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(URL, USER, PASSWORD, CONNECTIONS, VARIABLES);
        List<JsonObject> connections = parse(context, CONNECTIONS).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject).toList();
        JsonObject variables = parse(context, VARIABLES).getAsJsonObject();
        List<String> dags = context.list(UNPAUSE);

        JsonApi anonymous = new JsonApi(context, "Airflow API", context.require(URL), USER + " and " + PASSWORD);
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
            unpause(context, airflow, dag);
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
