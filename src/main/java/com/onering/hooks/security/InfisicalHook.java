package com.onering.hooks.security;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

/**
 * Seeds the platform's secrets into Infisical (project {@code onering}, environment {@code prod}, path {@code /}).
 * A fresh instance is bootstrapped first ({@code POST /api/v1/admin/bootstrap}: admin user, organization and an
 * instance-admin machine identity whose token this run uses). Infisical returns that token once and offers no way to
 * get it again, so later runs need it as {@code INFISICAL_TOKEN} (stack secret {@code infisical-admin-token}).
 */
public final class InfisicalHook implements Hook {
    public static final String NAME = "infisical";
    /** Optional stack secret ({@code pulumi config set --secret --path secrets.infisical-admin-token}) for runs after the first. */
    public static final String TOKEN_SECRET = "infisical-admin-token";
    public static final String ADMIN_PASSWORD_SECRET = "infisical-admin-password";
    public static final String URL = "INFISICAL_URL";
    public static final String ADMIN_EMAIL = "INFISICAL_ADMIN_EMAIL";
    public static final String ADMIN_PASSWORD = "INFISICAL_ADMIN_PASSWORD";
    public static final String TOKEN = "INFISICAL_TOKEN";
    public static final String TOKEN_FILE = "INFISICAL_TOKEN_FILE";
    /** JSON object: secret name in Infisical to value. */
    public static final String SECRETS = "INFISICAL_SECRETS";
    public static final String PROJECT = "onering";
    public static final String ENVIRONMENT = "prod";
    public static final String ORGANIZATION = "OneRing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        // INFISICAL_TOKEN is optional: without it the hook bootstraps a fresh instance or uses the kept token.
        context.settings(URL, ADMIN_EMAIL, ADMIN_PASSWORD, TOKEN_FILE, SECRETS);
        JsonObject secrets = parseSecrets(context);
        JsonApi anonymous = new JsonApi(context, "Infisical API", context.require(URL), TOKEN + " (stack secret " + TOKEN_SECRET + ")");
        String token = context.optional(TOKEN).or(() -> storedToken(context)).orElseGet(() -> bootstrap(context, anonymous));
        JsonApi infisical = anonymous.withHeader("Authorization", "Bearer " + token);
        String projectId = ensureProject(context, infisical);
        for (Map.Entry<String, JsonElement> secret : secrets.entrySet()) {
            ensureSecret(context, infisical, projectId, secret.getKey(), secret.getValue().getAsString());
        }
    }

    private static String bootstrap(HookContext context, JsonApi infisical) {
        JsonApi.Response answer = infisical.post("/api/v1/admin/bootstrap", Map.of("email", context.require(ADMIN_EMAIL),
                "password", context.require(ADMIN_PASSWORD), "organization", ORGANIZATION));
        if (answer.is(400)) {
            throw new HookFailure("hook " + context.hook() + ": Infisical at " + infisical.baseUrl() + " was bootstrapped before and its "
                    + "instance-admin token is shown only once: set it with `pulumi config set --secret --path secrets." + TOKEN_SECRET
                    + " <token>` (or run the hook by hand with " + TOKEN + ") (" + answer.text().strip() + ")");
        }
        JsonObject body = infisical.require(answer, 200).body().getAsJsonObject();
        String token = body.getAsJsonObject("identity").getAsJsonObject("credentials").get("token").getAsString();
        storeToken(context, token);
        context.report().record(Action.CREATED, "instance", "admin " + context.require(ADMIN_EMAIL) + ", organization " + ORGANIZATION
                + " (its admin token is kept in " + context.require(TOKEN_FILE) + ", readable by its owner only)");
        return token;
    }

    private static Optional<String> storedToken(HookContext context) {
        Path file = Path.of(context.require(TOKEN_FILE));
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new HookFailure("hook " + context.hook() + ": cannot read the Infisical admin token at " + file + ": " + e.getMessage(), e);
        }
    }

    /** Infisical shows the token once: it is written (owner-only) before anything else can fail. */
    private static void storeToken(HookContext context, String token) {
        Path file = Path.of(context.require(TOKEN_FILE));
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token);
        } catch (IOException e) {
            throw new HookFailure("hook " + context.hook() + ": Infisical issued its one-time admin token but it could not be kept at "
                    + file + " (" + e.getMessage() + "); set it with `pulumi config set --secret --path 'onering:secrets." + TOKEN_SECRET
                    + "' <token>` from the Infisical UI", e);
        }
    }

    private static String ensureProject(HookContext context, JsonApi infisical) {
        JsonApi.Response existing = infisical.get("/api/v2/workspace/" + PROJECT);
        if (existing.is(200)) {
            context.report().record(Action.UNCHANGED, "project", PROJECT);
            return existing.body().getAsJsonObject().get("id").getAsString();
        }
        infisical.require(existing, 404);
        JsonObject created = infisical.require(infisical.post("/api/v1/projects", Map.of("projectName", "OneRing platform", "slug", PROJECT,
                "type", "secret-manager")), 200).body().getAsJsonObject().getAsJsonObject("project");
        context.report().record(Action.CREATED, "project", PROJECT);
        return created.get("id").getAsString();
    }

    private static void ensureSecret(HookContext context, JsonApi infisical, String projectId, String name, String value) {
        String path = "/api/v3/secrets/raw/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        JsonApi.Response current = infisical.get(path + "?workspaceId=" + projectId + "&environment=" + ENVIRONMENT + "&secretPath=%2F");
        Map<String, Object> body = Map.of("workspaceId", projectId, "environment", ENVIRONMENT, "secretPath", "/",
                "secretValue", value, "type", "shared");
        if (current.is(404)) {
            infisical.require(infisical.post(path, body), 200);
            context.report().record(Action.CREATED, "secret", ENVIRONMENT + "/" + name);
        } else if (value.equals(infisical.require(current, 200).body().getAsJsonObject().getAsJsonObject("secret").get("secretValue").getAsString())) {
            context.report().record(Action.UNCHANGED, "secret", ENVIRONMENT + "/" + name);
        } else {
            infisical.require(infisical.patch(path, body), 200);
            context.report().record(Action.UPDATED, "secret", ENVIRONMENT + "/" + name);
        }
    }

    private static JsonObject parseSecrets(HookContext context) {
        try {
            return JsonParser.parseString(context.require(SECRETS)).getAsJsonObject();
        } catch (JsonSyntaxException | IllegalStateException e) {
            throw new HookFailure("hook " + context.hook() + ": " + SECRETS + " is not a JSON object of names to values");
        }
    }
}
