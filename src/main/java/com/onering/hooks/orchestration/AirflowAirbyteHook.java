package com.onering.hooks.orchestration;

import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.ingestion.AirbyteApi;
import com.onering.hooks.ingestion.AirbyteHook;

/**
 * Hands Airbyte's demo connection to Airflow, so the medallion DAG's sync step runs instead of being skipped: the
 * connection {@value #CONNECTION_ID} the Airbyte provider's hook reads (host = the public API's server URL as Airflow's
 * workers reach it, login and password = the instance's client credentials) and the variable {@value #VARIABLE} with
 * the id of the connection the airbyte hook made.
 */
public final class AirflowAirbyteHook implements Hook {
    public static final String NAME = "airflow-airbyte";
    /** Airbyte's public API as Airflow's workers reach it, ending in {@code /api/public/v1} (the provider's SDK adds the paths). */
    public static final String SERVER_URL = "AIRBYTE_SERVER_URL_FROM_AIRFLOW";
    public static final String CONNECTION_ID = "airbyte_default";
    public static final String VARIABLE = "oner_airbyte_connection_id";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings(AirbyteApi.settings(context, SERVER_URL, AirflowHook.URL, AirflowHook.USER, AirflowHook.PASSWORD));
        AirbyteApi airbyte = AirbyteApi.connect(context);
        String connectionId = airbyte.find("connections", AirbyteHook.CONNECTION)
                .orElseThrow(() -> new HookFailure("hook " + context.hook() + ": Airbyte has no connection " + AirbyteHook.CONNECTION
                        + " yet; run the " + AirbyteHook.NAME + " hook first"))
                .get("connectionId").getAsString();
        AirflowApi airflow = AirflowApi.asAdmin(context);
        JsonObject connection = new JsonObject();
        connection.addProperty("connection_id", CONNECTION_ID);
        connection.addProperty("conn_type", "airbyte");
        connection.addProperty("host", context.require(SERVER_URL));
        connection.addProperty("login", airbyte.credentials().clientId());
        connection.addProperty("password", airbyte.credentials().clientSecret());
        airflow.ensureConnection(connection);
        airflow.ensureVariable(VARIABLE, connectionId);
    }
}
