package com.onering.hooks.catalog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.hooks.http.ManagedFingerprint;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * OpenMetadata's REST API as the hooks use it, as its admin ({@link OpenMetadataHook#URL},
 * {@link OpenMetadataHook#ADMIN_EMAIL}, {@link OpenMetadataHook#ADMIN_PASSWORD}): services ({@code PUT
 * /api/v1/services/<kind>}) and ingestion pipelines ({@code PUT /api/v1/services/ingestionPipelines}), created or
 * replaced unless unchanged. OpenMetadata hides passwords on read, so each entity carries a fingerprint of what a hook
 * set in its description.
 */
public final class OpenMetadataApi {
    /** The entity type of a service of each kind, for an ingestion pipeline's service reference. */
    private static final Map<String, String> ENTITY_TYPES = Map.of("databaseServices", "databaseService",
            "pipelineServices", "pipelineService", "messagingServices", "messagingService");

    private final HookContext context;
    private final JsonApi openMetadata;

    private OpenMetadataApi(HookContext context, JsonApi openMetadata) {
        this.context = context;
        this.openMetadata = openMetadata;
    }

    /** Logs in as the admin; on a fresh install, first replaces the upstream default password with the generated one. */
    public static OpenMetadataApi login(HookContext context) {
        JsonApi anonymous = new JsonApi(context, "OpenMetadata API", context.require(OpenMetadataHook.URL), OpenMetadataHook.ADMIN_EMAIL
                + " and " + OpenMetadataHook.ADMIN_PASSWORD + " (secret " + OpenMetadataHook.ADMIN_PASSWORD_SECRET + ")");
        String email = context.require(OpenMetadataHook.ADMIN_EMAIL);
        String password = context.require(OpenMetadataHook.ADMIN_PASSWORD);
        JsonApi.Response login = login(anonymous, email, password);
        if (login.is(400) || login.is(401)) {
            login = rotateUpstreamDefault(context, anonymous, email, password, login);
        }
        String token = anonymous.require(login, 200).body().getAsJsonObject().get("accessToken").getAsString();
        return new OpenMetadataApi(context, anonymous.withHeader("Authorization", "Bearer " + token));
    }

    /**
     * The JWT of the bot {@code bot} ({@code GET /api/v1/bots/name/{bot}}, then {@code GET /api/v1/users/token/{id}} of
     * its bot user): what OpenMetadata's own ingestion authenticates with.
     */
    public String botToken(String bot) {
        String userId = openMetadata.require(openMetadata.get("/api/v1/bots/name/" + bot), 200).body().getAsJsonObject()
                .getAsJsonObject("botUser").get("id").getAsString();
        return openMetadata.require(openMetadata.get("/api/v1/users/token/" + userId), 200).body().getAsJsonObject()
                .get("JWTToken").getAsString();
    }

    /** The service {@code kind/name} ({@code service} is its create request); returns its id. */
    String ensureService(String kind, JsonObject service) {
        String name = service.get("name").getAsString();
        return ensure("/api/v1/services/" + kind, "/name/" + name, "service", kind + "/" + name, service).id();
    }

    /**
     * An ingestion pipeline of the service {@code kind/service} ({@code pipeline}: its create request without the
     * service reference); deployed after a write (a write does not redeploy), and when unchanged but never deployed
     * (its deploy failed on an earlier run).
     */
    void ensurePipeline(String kind, String service, String serviceId, JsonObject pipeline) {
        JsonObject request = pipeline.deepCopy();
        JsonObject reference = new JsonObject();
        reference.addProperty("id", serviceId);
        reference.addProperty("type", ENTITY_TYPES.get(kind));
        request.add("service", reference);
        String name = request.get("name").getAsString();
        String label = kind + "/" + service + "/" + name;
        // The pipeline's fully qualified name is <service>.<pipeline>.
        Ensured ensured = ensure("/api/v1/services/ingestionPipelines", "/name/" + service + "." + name, "ingestion pipeline", label, request);
        JsonElement deployed = ensured.entity().get("deployed");
        if (ensured.written() || deployed == null || !deployed.getAsBoolean()) {
            deploy(ensured, label);
        }
    }

    /**
     * Creates or replaces ({@code PUT collection}) the entity {@code wanted} unless the one at {@code collection + byName}
     * carries the fingerprint of {@code wanted} in its description.
     */
    private Ensured ensure(String collection, String byName, String kind, String label, JsonObject wanted) {
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
    private void deploy(Ensured pipeline, String label) {
        boolean neverDeployed = pipeline.created() || !pipeline.written();
        clientCall("deploy", pipeline.id(), label);
        if (neverDeployed) {
            clientCall("trigger", pipeline.id(), label);
            context.report().record(Action.CREATED, "ingestion run", label);
        }
    }

    private void clientCall(String action, String id, String label) {
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
        JsonApi.Response asDefault = login(anonymous, email, OpenMetadataHook.UPSTREAM_DEFAULT_ADMIN_PASSWORD);
        if (!asDefault.is(200)) {
            throw anonymous.refused(refused);
        }
        String defaultToken = asDefault.body().getAsJsonObject().get("accessToken").getAsString();
        JsonApi admin = anonymous.withHeader("Authorization", "Bearer " + defaultToken);
        admin.require(admin.put("/api/v1/users/changePassword", Map.of("username", email.substring(0, email.indexOf('@')),
                "oldPassword", OpenMetadataHook.UPSTREAM_DEFAULT_ADMIN_PASSWORD, "newPassword", password, "confirmPassword", password,
                "requestType", "SELF")), 200);
        context.report().record(Action.UPDATED, "admin password", email + " (upstream default replaced)");
        return login(anonymous, email, password);
    }

    private static String description(JsonObject entity) {
        JsonElement description = entity.get("description");
        return description == null || description.isJsonNull() ? null : description.getAsString();
    }
}
