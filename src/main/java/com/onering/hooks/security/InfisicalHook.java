package com.onering.hooks.security;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Seeds the platform's secrets into Infisical (project {@code onering}, environment {@code prod}, path {@code /}).
 * A fresh instance is bootstrapped first ({@code POST /api/v1/admin/bootstrap}: admin user, organization and an
 * instance-admin machine identity whose token this run uses). Infisical returns that token once and offers no way to
 * get it again, so later runs need it as {@code INFISICAL_TOKEN} (stack secret {@code infisical-admin-token}).
 */
public final class InfisicalHook implements Hook {
    public static final String NAME = "infisical";
    public static final String ADMIN_PASSWORD_SECRET = "infisical-admin-password";
    public static final String ADMIN_EMAIL = "INFISICAL_ADMIN_EMAIL";
    public static final String ADMIN_PASSWORD = "INFISICAL_ADMIN_PASSWORD";
    /** JSON object: secret name in Infisical to value. */
    public static final String SECRETS = "INFISICAL_SECRETS";
    public static final String ORGANIZATION = "OneRing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        // INFISICAL_TOKEN is optional: without it the hook bootstraps a fresh instance or uses the kept token.
        context.settings(InfisicalApi.URL, ADMIN_EMAIL, ADMIN_PASSWORD, InfisicalApi.TOKEN_FILE, SECRETS);
        JsonObject secrets = parseSecrets(context);
        String token = InfisicalApi.adminToken(context).orElseGet(() -> bootstrap(context, InfisicalApi.anonymous(context)));
        InfisicalApi infisical = InfisicalApi.withToken(context, token);
        String projectId = infisical.ensureProject(InfisicalApi.PROJECT, "OneRing platform").id();
        for (Map.Entry<String, JsonElement> secret : secrets.entrySet()) {
            infisical.ensureSecret(projectId, "/", secret.getKey(), secret.getValue().getAsString());
        }
    }

    private static String bootstrap(HookContext context, JsonApi infisical) {
        JsonApi.Response answer = infisical.post("/api/v1/admin/bootstrap", Map.of("email", context.require(ADMIN_EMAIL),
                "password", context.require(ADMIN_PASSWORD), "organization", ORGANIZATION));
        if (answer.is(400)) {
            throw new HookFailure("hook " + context.hook() + ": Infisical at " + infisical.baseUrl() + " was bootstrapped before and its "
                    + "instance-admin token is shown only once: set it with `pulumi config set --secret --path secrets." + InfisicalApi.TOKEN_SECRET
                    + " <token>` (or run the hook by hand with " + InfisicalApi.TOKEN + ") (" + answer.text().strip() + ")");
        }
        JsonObject body = infisical.require(answer, 200).body().getAsJsonObject();
        String token = body.getAsJsonObject("identity").getAsJsonObject("credentials").get("token").getAsString();
        storeToken(context, token);
        context.report().record(Action.CREATED, "instance", "admin " + context.require(ADMIN_EMAIL) + ", organization " + ORGANIZATION
                + " (its admin token is kept in " + context.require(InfisicalApi.TOKEN_FILE) + ", readable by its owner only)");
        return token;
    }

    /** Infisical shows the token once: it is written (owner-only) before anything else can fail. */
    private static void storeToken(HookContext context, String token) {
        Path file = Path.of(context.require(InfisicalApi.TOKEN_FILE));
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token);
        } catch (IOException e) {
            throw new HookFailure("hook " + context.hook() + ": Infisical issued its one-time admin token but it could not be kept at "
                    + file + " (" + e.getMessage() + "); set it with `pulumi config set --secret --path 'onering:secrets." + InfisicalApi.TOKEN_SECRET
                    + "' <token>` from the Infisical UI", e);
        }
    }

    private static JsonObject parseSecrets(HookContext context) {
        JsonElement secrets = context.json(SECRETS);
        if (!secrets.isJsonObject()) {
            throw new HookFailure("hook " + context.hook() + ": " + SECRETS + " is not a JSON object of names to values");
        }
        return secrets.getAsJsonObject();
    }
}
