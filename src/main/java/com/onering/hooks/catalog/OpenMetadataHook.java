package com.onering.hooks.catalog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.model.SecretSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers the platform's sources as OpenMetadata services (databases, the Airflow pipeline service) and their
 * ingestion pipelines, through {@link OpenMetadataApi}.
 */
public final class OpenMetadataHook implements Hook {
    public static final String NAME = "openmetadata";
    /**
     * The secret the OpenMetadata component declares for its admin user (basic auth). OpenMetadata's password policy
     * wants upper and lower case, a digit and a special character: the fixed prefix guarantees them, the generated
     * rest carries the entropy.
     */
    public static final String ADMIN_PASSWORD_SECRET = "openmetadata-admin-password";
    public static final SecretSpec ADMIN_PASSWORD_SPEC = SecretSpec.password(ADMIN_PASSWORD_SECRET).withPrefix("Om1!");
    /**
     * OpenMetadata ships every install with this documented admin password and offers no setting to replace it
     * (docs.open-metadata.org, deployment/security/basic-auth: "DELETE/UPDATE the admin default account"). The hook
     * uses it once, to rotate the admin to the generated password.
     */
    public static final String UPSTREAM_DEFAULT_ADMIN_PASSWORD = "admin";
    public static final String URL = "OPENMETADATA_URL";
    public static final String ADMIN_EMAIL = "OPENMETADATA_ADMIN_EMAIL";
    public static final String ADMIN_PASSWORD = "OPENMETADATA_ADMIN_PASSWORD";
    /** JSON array of {kind, service}: kind is databaseServices, pipelineServices or messagingServices. */
    public static final String SERVICES = "OPENMETADATA_SERVICES";
    /**
     * JSON array of {kind, service, pipeline}: an ingestion pipeline (CreateIngestionPipeline without its service
     * reference) of the service {@code kind/service}, which must be in {@link #SERVICES}.
     */
    public static final String PIPELINES = "OPENMETADATA_PIPELINES";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(URL, ADMIN_EMAIL, ADMIN_PASSWORD, SERVICES, PIPELINES);
        List<JsonElement> services = context.json(SERVICES).getAsJsonArray().asList();
        List<JsonElement> pipelines = context.json(PIPELINES).getAsJsonArray().asList();
        OpenMetadataApi openMetadata = OpenMetadataApi.login(context);
        Map<String, String> serviceIds = new HashMap<>();
        for (JsonElement entry : services) {
            String kind = entry.getAsJsonObject().get("kind").getAsString();
            JsonObject service = entry.getAsJsonObject().getAsJsonObject("service");
            serviceIds.put(kind + "/" + service.get("name").getAsString(), openMetadata.ensureService(kind, service));
        }
        for (JsonElement entry : pipelines) {
            JsonObject wanted = entry.getAsJsonObject();
            String kind = wanted.get("kind").getAsString();
            String service = wanted.get("service").getAsString();
            String serviceId = serviceIds.get(kind + "/" + service);
            if (serviceId == null) {
                throw new HookFailure("hook " + context.hook() + ": " + PIPELINES + " names service " + kind + "/" + service
                        + ", which is not in " + SERVICES);
            }
            openMetadata.ensurePipeline(kind, service, serviceId, wanted.getAsJsonObject("pipeline"));
        }
    }
}
