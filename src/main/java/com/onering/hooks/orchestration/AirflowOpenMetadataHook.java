package com.onering.hooks.orchestration;

import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.catalog.OpenMetadataApi;
import com.onering.hooks.catalog.OpenMetadataHook;
import com.onering.hooks.http.CanonicalJson;
import java.util.Map;

/**
 * Hands OpenMetadata to Airflow, so the medallion DAG records its Great Expectations results as test cases of the
 * catalogued table they validate ({@code config/airflow/dags/oner/catalog_quality.py}): the connection
 * {@value #CONNECTION_ID} (host = OpenMetadata's API as Airflow's workers reach it, password = the JWT of OpenMetadata's
 * {@value #BOT}, extra = the name OpenMetadata's ClickHouse service is registered under). Without it the DAG skips that
 * step.
 */
public final class AirflowOpenMetadataHook implements Hook {
    public static final String NAME = "airflow-openmetadata";
    public static final String SERVER_URL = "OPENMETADATA_URL_FROM_AIRFLOW";
    public static final String CLICKHOUSE_SERVICE = "OPENMETADATA_CLICKHOUSE_SERVICE";
    public static final String CONNECTION_ID = "openmetadata_default";
    /** OpenMetadata's bot for metadata pushed by pipelines; its token does not expire unless an admin revokes it. */
    static final String BOT = "ingestion-bot";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(OpenMetadataHook.URL, OpenMetadataHook.ADMIN_EMAIL, OpenMetadataHook.ADMIN_PASSWORD, SERVER_URL, CLICKHOUSE_SERVICE,
                AirflowHook.URL, AirflowHook.USER, AirflowHook.PASSWORD);
        String token = OpenMetadataApi.login(context).botToken(BOT);
        AirflowApi airflow = AirflowApi.asAdmin(context);
        JsonObject connection = new JsonObject();
        connection.addProperty("connection_id", CONNECTION_ID);
        connection.addProperty("conn_type", "http");
        connection.addProperty("host", context.require(SERVER_URL));
        connection.addProperty("password", token);
        connection.addProperty("extra", CanonicalJson.write(Map.of("clickhouse_service", context.require(CLICKHOUSE_SERVICE))));
        airflow.ensureConnection(connection);
    }
}
