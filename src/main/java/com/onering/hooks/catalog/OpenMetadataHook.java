package com.onering.hooks.catalog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.hooks.http.ManagedFingerprint;
import com.onering.model.SecretSpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Registers the platform's sources as OpenMetadata services (databases, the Airflow pipeline service) through its
 * REST API: {@code PUT /api/v1/services/<kind>} creates or replaces one. OpenMetadata hides connection passwords on
 * read, so each service carries a fingerprint of what the hook set in its description.
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

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(URL, ADMIN_EMAIL, ADMIN_PASSWORD, SERVICES);
        List<JsonElement> services = JsonParser.parseString(context.require(SERVICES)).getAsJsonArray().asList();
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
        for (JsonElement entry : services) {
            String kind = entry.getAsJsonObject().get("kind").getAsString();
            JsonObject service = entry.getAsJsonObject().getAsJsonObject("service").deepCopy();
            String name = service.get("name").getAsString();
            String fingerprint = ManagedFingerprint.describe(kind + "/" + name, Map.of("service", service.toString()));
            service.addProperty("description", fingerprint);
            JsonApi.Response current = openMetadata.get("/api/v1/services/" + kind + "/name/" + name);
            if (current.is(200) && fingerprint.equals(description(current.body().getAsJsonObject()))) {
                context.report().record(Action.UNCHANGED, "service", kind + "/" + name);
                continue;
            }
            if (!current.is(404)) {
                openMetadata.require(current, 200);
            }
            openMetadata.require(openMetadata.put("/api/v1/services/" + kind, service), 200, 201);
            context.report().record(current.is(404) ? Action.CREATED : Action.UPDATED, "service", kind + "/" + name);
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
