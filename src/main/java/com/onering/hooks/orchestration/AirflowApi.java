package com.onering.hooks.orchestration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.hooks.http.ManagedFingerprint;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Airflow 3's REST API ({@code /api/v2}) as the hooks use it: a JWT from {@code /auth/token} for the simple auth
 * manager's admin, then idempotent writes of connections and variables. The API masks connection passwords, so each
 * connection carries a fingerprint of what a hook set in its description: equal fingerprint, nothing to do.
 */
final class AirflowApi {
    private final HookContext context;
    private final JsonApi airflow;

    private AirflowApi(HookContext context, JsonApi airflow) {
        this.context = context;
        this.airflow = airflow;
    }

    /** Logs in; {@code credentials} names the settings a refusal points at. */
    /** Logs in as the admin the hook's {@link AirflowHook#URL}, {@link AirflowHook#USER} and {@link AirflowHook#PASSWORD} name. */
    static AirflowApi asAdmin(HookContext context) {
        JsonApi anonymous = new JsonApi(context, "Airflow API", context.require(AirflowHook.URL), AirflowHook.USER + " and " + AirflowHook.PASSWORD);
        JsonApi.Response token = anonymous.require(anonymous.post("/auth/token", Map.of("username", context.require(AirflowHook.USER),
                "password", context.require(AirflowHook.PASSWORD))), 200, 201);
        return new AirflowApi(context, anonymous.withHeader("Authorization",
                "Bearer " + token.body().getAsJsonObject().get("access_token").getAsString()));
    }

    JsonApi api() {
        return airflow;
    }

    /** {@code wanted} is a connection body ({@code connection_id}, {@code conn_type}, host, port, login, password, schema, extra). */
    void ensureConnection(JsonObject wanted) {
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

    void ensureVariable(String key, String value) {
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
}
