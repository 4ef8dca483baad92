package com.onering.hooks.catalog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.hooks.http.ManagedFingerprint;
import com.onering.model.SecretSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Registers the platform's sources as OpenMetadata services (databases, the Airflow pipeline service) and their
 * ingestion pipelines through its REST API: {@code PUT /api/v1/services/<kind>} and {@code PUT
 * /api/v1/services/ingestionPipelines} create or replace one. OpenMetadata hides passwords on read, so each entity
 * carries a fingerprint of what the hook set in its description.
 */
public final class OpenMetadataHook implements Hook {
    /** The entity type of a service of each kind, for an ingestion pipeline's service reference. */
    private static final Map<String, String> ENTITY_TYPES = Map.of("databaseServices", "databaseService",
            "pipelineServices", "pipelineService", "messagingServices", "messagingService");
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
        JsonApi anonymous = new JsonApi(context, "OpenMetadata API", context.require(URL), ADMIN_EMAIL + " and " + ADMIN_PASSWORD
                + " (secret " + ADMIN_PASSWORD_SECRET + ")");
        String email = context.require(ADMIN_EMAIL);
        String password = context.require(ADMIN_PASSWORD);
        JsonApi.Response login = login(anonymous, email, password);
        if (login.is(400) || login.is(401)) {
            login = rotateUpstreamDefault(context, anonymous, email, password, login);
        }
        String token = anonymous.require(login, 200).body().getAsJsonObject().get("accessToken").getAsString();
        JsonApi openMetadata = anonymous.withHeader("Authorization", "Bearer " + token);
        Map<String, String> serviceIds = new HashMap<>();
        for (JsonElement entry : services) {
            String kind = entry.getAsJsonObject().get("kind").getAsString();
            JsonObject service = entry.getAsJsonObject().getAsJsonObject("service");
            String name = service.get("name").getAsString();
            serviceIds.put(kind + "/" + name, ensure(context, openMetadata, "/api/v1/services/" + kind, "/name/" + name, "service",
                    kind + "/" + name, service).id());
        }
        for (JsonElement entry : pipelines) {
            ensurePipeline(context, openMetadata, serviceIds, entry.getAsJsonObject());
        }
    }

    /**
     * One ingestion pipeline of {@link #PIPELINES}, with its service's reference; deployed after a write (a write does
     * not redeploy), and when unchanged but never deployed (its deploy failed on an earlier run).
     */
    private static void ensurePipeline(HookContext context, JsonApi openMetadata, Map<String, String> serviceIds, JsonObject wanted) {
        String service = wanted.get("kind").getAsString() + "/" + wanted.get("service").getAsString();
        String serviceId = serviceIds.get(service);
        if (serviceId == null) {
            throw new HookFailure("hook " + context.hook() + ": " + PIPELINES + " names service " + service + ", which is not in " + SERVICES);
        }
        JsonObject pipeline = wanted.getAsJsonObject("pipeline").deepCopy();
        JsonObject reference = new JsonObject();
        reference.addProperty("id", serviceId);
        reference.addProperty("type", ENTITY_TYPES.get(wanted.get("kind").getAsString()));
        pipeline.add("service", reference);
        String name = pipeline.get("name").getAsString();
        // The pipeline's fully qualified name is <service>.<pipeline>.
        Ensured ensured = ensure(context, openMetadata, "/api/v1/services/ingestionPipelines", "/name/" + wanted.get("service").getAsString()
                + "." + name, "ingestion pipeline", service + "/" + name, pipeline);
        JsonElement deployed = ensured.entity().get("deployed");
        if (ensured.written() || deployed == null || !deployed.getAsBoolean()) {
            deploy(context, openMetadata, ensured, service + "/" + name);
        }
    }

    /**
     * Creates or replaces ({@code PUT collection}) the entity {@code wanted} unless the one at {@code collection + byName}
     * carries the fingerprint of {@code wanted} in its description.
     */
    private static Ensured ensure(HookContext context, JsonApi openMetadata, String collection, String byName, String kind, String label,
                                  JsonObject wanted) {
        JsonObject body = wanted.deepCopy();
        String fingerprint = ManagedFingerprint.describe(label, Map.of(kind, wanted.toString()));
        body.addProperty("description", fingerprint);
        JsonApi.Response current = openMetadata.get(collection + byName);
        if (current.is(200) && fingerprint.equals(description(current.body().getAsJsonObject()))) {
            context.report().record(Action.UNCHANGED, kind, label);
            return new Ensured(current.body().getAsJsonObject(), false, false);
        }
        if (!current.is(404)) {
            openMetadata.require(current, 200);
        }
        JsonObject written = openMetadata.require(openMetadata.put(collection, body), 200, 201).body().getAsJsonObject();
        context.report().record(current.is(404) ? Action.CREATED : Action.UPDATED, kind, label);
        return new Ensured(written, true, current.is(404));
    }

    /** The entity as the server holds it after {@link #ensure}, and whether this run wrote or created it. */
    private record Ensured(JsonObject entity, boolean written, boolean created) {
        String id() {
            return entity.get("id").getAsString();
        }
    }

    /**
     * Deploys a pipeline to the ingestion container's Airflow; a new one, or one never deployed (its first deploy
     * failed), also runs at once instead of waiting for its schedule. The server answers the pipeline service
     * client's status in the body: anything but code 200 fails the hook with its reason.
     */
    private static void deploy(HookContext context, JsonApi openMetadata, Ensured pipeline, String label) {
        boolean neverDeployed = pipeline.created() || !pipeline.written();
        clientCall(context, openMetadata, "deploy", pipeline.id(), label);
        if (neverDeployed) {
            clientCall(context, openMetadata, "trigger", pipeline.id(), label);
            context.report().record(Action.CREATED, "ingestion run", label);
        }
    }

    private static void clientCall(HookContext context, JsonApi openMetadata, String action, String id, String label) {
        JsonObject status = openMetadata.require(openMetadata.post("/api/v1/services/ingestionPipelines/" + action + "/" + id,
                Map.of()), 200).body().getAsJsonObject();
        JsonElement code = status.get("code");
        if (code == null || code.getAsInt() != 200) {
            throw new HookFailure("hook " + context.hook() + ": OpenMetadata could not " + action + " ingestion pipeline " + label
                    + " on its ingestion container (" + status + "); check that openmetadata-ingestion is healthy and run the hook again");
        }
    }

    /** Basic-auth login takes the password base64-encoded. */
    private static JsonApi.Response login(JsonApi api, String email, String password) {
        return api.sendAllowingRefusal("POST", "/api/v1/users/login", Map.of("email", email,
                "password", Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * First run on a fresh install: the admin still has the upstream default password. Change it to the generated one
     * ({@code PUT /api/v1/users/changePassword}, request type SELF, plain passwords) and log in again. When the default
     * is refused too, the generated password is simply wrong: that refusal is what the user sees.
     */
    private static JsonApi.Response rotateUpstreamDefault(HookContext context, JsonApi anonymous, String email, String password,
                                                          JsonApi.Response refused) {
        JsonApi.Response asDefault = login(anonymous, email, UPSTREAM_DEFAULT_ADMIN_PASSWORD);
        if (!asDefault.is(200)) {
            throw anonymous.refused(refused);
        }
        String defaultToken = asDefault.body().getAsJsonObject().get("accessToken").getAsString();
        JsonApi admin = anonymous.withHeader("Authorization", "Bearer " + defaultToken);
        admin.require(admin.put("/api/v1/users/changePassword", Map.of("username", email.substring(0, email.indexOf('@')),
                "oldPassword", UPSTREAM_DEFAULT_ADMIN_PASSWORD, "newPassword", password, "confirmPassword", password,
                "requestType", "SELF")), 200);
        context.report().record(Action.UPDATED, "admin password", email + " (upstream default replaced)");
        return login(anonymous, email, password);
    }

    private static String description(JsonObject service) {
        JsonElement description = service.get("description");
        return description == null || description.isJsonNull() ? null : description.getAsString();
    }
}
