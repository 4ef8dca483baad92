package com.onering.hooks.orchestration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import java.util.List;
import java.util.Map;

/** Airflow's connections and variables the platform's DAGs read, through {@link AirflowApi}; then unpauses the demo DAGs. */
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
        List<JsonObject> connections = context.json(CONNECTIONS).getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject).toList();
        JsonObject variables = context.json(VARIABLES).getAsJsonObject();
        List<String> dags = context.list(UNPAUSE);

        AirflowApi airflow = AirflowApi.asAdmin(context);
        connections.forEach(airflow::ensureConnection);
        variables.entrySet().forEach(variable -> airflow.ensureVariable(variable.getKey(), variable.getValue().getAsString()));
        for (String dag : dags) {
            unpause(context, airflow.api(), dag);
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

    private static final class DagNotParsedYet extends Exception {
        DagNotParsedYet(String message) {
            super(message);
        }
    }
}
