package com.onering.hooks.catalog;

import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.ingestion.AirbyteApi;

/**
 * Airbyte's connections as OpenMetadata pipelines: the pipeline service {@link #SERVICE} (its connection without
 * credentials) given the instance's client credentials, read as the airbyte hook reads them (OpenMetadata's Airbyte
 * connector logs in with OAuth client credentials at {@code <hostPort>/v1/applications/token}), and its ingestion
 * pipeline {@link #PIPELINE}.
 */
public final class OpenMetadataAirbyteHook implements Hook {
    public static final String NAME = "openmetadata-airbyte";
    /** JSON: the service's create request, its connection's {@code auth} left out. */
    public static final String SERVICE = "OPENMETADATA_AIRBYTE_SERVICE";
    /** JSON: its ingestion pipeline's create request, without the service reference. */
    public static final String PIPELINE = "OPENMETADATA_AIRBYTE_PIPELINE";
    static final String KIND = "pipelineServices";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings(AirbyteApi.settings(context, OpenMetadataHook.URL, OpenMetadataHook.ADMIN_EMAIL, OpenMetadataHook.ADMIN_PASSWORD,
                SERVICE, PIPELINE));
        JsonObject service = context.json(SERVICE).getAsJsonObject();
        JsonObject pipeline = context.json(PIPELINE).getAsJsonObject();
        // Logging in proves the credentials before OpenMetadata stores them.
        AirbyteApi airbyte = AirbyteApi.connect(context);
        JsonObject auth = new JsonObject();
        auth.addProperty("clientId", airbyte.credentials().clientId());
        auth.addProperty("clientSecret", airbyte.credentials().clientSecret());
        service.getAsJsonObject("connection").getAsJsonObject("config").add("auth", auth);

        OpenMetadataApi openMetadata = OpenMetadataApi.login(context);
        String serviceId = openMetadata.ensureService(KIND, service);
        openMetadata.ensurePipeline(KIND, service.get("name").getAsString(), serviceId, pipeline);
    }
}
