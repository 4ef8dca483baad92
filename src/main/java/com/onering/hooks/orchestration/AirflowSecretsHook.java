package com.onering.hooks.orchestration;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.CanonicalJson;
import com.onering.hooks.http.JsonApi;
import com.onering.hooks.security.InfisicalApi;
import com.onering.hooks.security.ReaderIdentity;
import java.util.Map;

/**
 * Airflow's connections and variables in Infisical, read by the secrets backend every Airflow process runs
 * ({@code config/airflow/lib/onering_secrets.py}): the project {@value #PROJECT} holds them (a connection as Airflow's
 * JSON form in {@value #CONNECTIONS_FOLDER}, a variable in {@value #VARIABLES_FOLDER}); the machine identity
 * {@value #IDENTITY} reads that project only; its client id and a client secret are Airflow's connection
 * {@value #CREDENTIALS_CONNECTION}. Infisical shows a client secret once: a new one is issued only when that connection
 * is missing or names another identity or address.
 */
public final class AirflowSecretsHook implements Hook {
    public static final String NAME = "airflow-secrets";
    public static final String PROJECT = "onering-airflow";
    public static final String IDENTITY = "onering-airflow";
    public static final String CONNECTIONS_FOLDER = "/connections";
    public static final String VARIABLES_FOLDER = "/variables";
    public static final String CREDENTIALS_CONNECTION = "infisical_default";
    /** Infisical's API as Airflow's processes reach it. */
    public static final String INFISICAL_URL_FROM_AIRFLOW = "INFISICAL_URL_FROM_AIRFLOW";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(InfisicalApi.URL, InfisicalApi.TOKEN_FILE, INFISICAL_URL_FROM_AIRFLOW, AirflowHook.URL, AirflowHook.USER,
                AirflowHook.PASSWORD, AirflowHook.CONNECTIONS, AirflowHook.VARIABLES);
        JsonElement connections = context.json(AirflowHook.CONNECTIONS);
        JsonElement variables = context.json(AirflowHook.VARIABLES);
        InfisicalApi infisical = InfisicalApi.asAdmin(context);
        InfisicalApi.Project project = infisical.ensureProject(PROJECT, "OneRing Airflow");
        infisical.ensureFolder(project.id(), "/", CONNECTIONS_FOLDER.substring(1));
        infisical.ensureFolder(project.id(), "/", VARIABLES_FOLDER.substring(1));
        for (JsonElement element : connections.getAsJsonArray()) {
            JsonObject connection = element.getAsJsonObject().deepCopy();
            String id = connection.remove("connection_id").getAsString();
            // Airflow's JSON connection form: conn_type, host, port, login, password, schema, extra.
            infisical.ensureSecret(project.id(), CONNECTIONS_FOLDER, id, CanonicalJson.write(connection));
        }
        for (Map.Entry<String, JsonElement> variable : variables.getAsJsonObject().entrySet()) {
            infisical.ensureSecret(project.id(), VARIABLES_FOLDER, variable.getKey(), variable.getValue().getAsString());
        }
        ReaderIdentity.Identity identity = ReaderIdentity.ensure(context, infisical, project, IDENTITY);

        AirflowApi airflow = AirflowApi.asAdmin(context);
        JsonObject wanted = new JsonObject();
        wanted.addProperty("connection_id", CREDENTIALS_CONNECTION);
        wanted.addProperty("conn_type", "generic");
        wanted.addProperty("host", context.require(INFISICAL_URL_FROM_AIRFLOW));
        wanted.addProperty("login", identity.clientId());
        wanted.addProperty("extra", CanonicalJson.write(Map.of("project", PROJECT, "environment", InfisicalApi.ENVIRONMENT)));
        JsonApi.Response current = airflow.api().get("/api/v2/connections/" + CREDENTIALS_CONNECTION);
        if (current.is(200) && sameExceptPassword(wanted, current.body().getAsJsonObject())) {
            context.report().record(Action.UNCHANGED, "connection", CREDENTIALS_CONNECTION + " (identity " + IDENTITY + ")");
            return;
        }
        wanted.addProperty("password", ReaderIdentity.newClientSecret(infisical, identity, "Airflow's secrets backend"));
        context.report().record(Action.CREATED, "client secret", IDENTITY);
        airflow.ensureConnection(wanted);
    }

    /** What the hook sets besides the client secret, which Airflow masks on read and Infisical never shows again. */
    private static boolean sameExceptPassword(JsonObject wanted, JsonObject current) {
        for (String field : new String[] {"conn_type", "host", "login"}) {
            JsonElement value = current.get(field);
            if (value == null || value.isJsonNull() || !value.getAsString().equals(wanted.get(field).getAsString())) {
                return false;
            }
        }
        JsonElement extra = current.get("extra");
        return extra != null && !extra.isJsonNull() && JsonParser.parseString(extra.getAsString()).equals(JsonParser.parseString(wanted.get("extra").getAsString()));
    }
}
