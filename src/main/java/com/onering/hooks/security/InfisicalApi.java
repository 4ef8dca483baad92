package com.onering.hooks.security;

import com.google.gson.JsonObject;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Infisical's API as the hooks use it, as the instance admin: the admin token ({@link #TOKEN}, or the one the
 * infisical hook kept at {@link #TOKEN_FILE}), projects (the platform's is {@value #PROJECT}), and idempotent writes of
 * their folders and secrets in environment {@value #ENVIRONMENT}.
 */
public final class InfisicalApi {
    public static final String URL = "INFISICAL_URL";
    public static final String TOKEN = "INFISICAL_TOKEN";
    public static final String TOKEN_FILE = "INFISICAL_TOKEN_FILE";
    /** Optional stack secret ({@code pulumi config set --secret --path secrets.infisical-admin-token}) for runs after the first. */
    public static final String TOKEN_SECRET = "infisical-admin-token";
    public static final String PROJECT = "onering";
    public static final String ENVIRONMENT = "prod";

    private final HookContext context;
    private final JsonApi infisical;

    private InfisicalApi(HookContext context, JsonApi infisical) {
        this.context = context;
        this.infisical = infisical;
    }

    /** The API without a token, for the bootstrap that issues it. */
    static JsonApi anonymous(HookContext context) {
        return new JsonApi(context, "Infisical API", context.require(URL), TOKEN + " (stack secret " + TOKEN_SECRET + ")");
    }

    /** The admin token given or kept, if any. */
    static Optional<String> adminToken(HookContext context) {
        return context.optional(TOKEN).or(() -> storedToken(context));
    }

    /** A session as the instance admin; fails naming the infisical hook when no token is given or kept. */
    public static InfisicalApi asAdmin(HookContext context) {
        String token = adminToken(context).orElseThrow(() -> new HookFailure("hook " + context.hook() + ": no Infisical admin token: run the "
                + InfisicalHook.NAME + " hook first (it keeps the token at " + context.require(TOKEN_FILE) + "), or set the stack secret "
                + TOKEN_SECRET));
        return withToken(context, token);
    }

    static InfisicalApi withToken(HookContext context, String token) {
        return new InfisicalApi(context, anonymous(context).withHeader("Authorization", "Bearer " + token));
    }

    public JsonApi api() {
        return infisical;
    }

    private static Optional<String> storedToken(HookContext context) {
        Path file = Path.of(context.require(TOKEN_FILE));
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new HookFailure("hook " + context.hook() + ": cannot read the Infisical admin token at " + file + ": " + e.getMessage(), e);
        }
    }

    /** A project: its id and its organization's. */
    public record Project(String id, String organizationId) {
    }

    /** The project {@code slug} ({@code GET /api/v2/workspace/{slug}}), created when missing. */
    public Project ensureProject(String slug, String displayName) {
        JsonApi.Response existing = infisical.get("/api/v2/workspace/" + slug);
        JsonObject project;
        if (existing.is(200)) {
            context.report().record(Action.UNCHANGED, "project", slug);
            project = existing.body().getAsJsonObject();
        } else {
            infisical.require(existing, 404);
            project = infisical.require(infisical.post("/api/v1/projects", Map.of("projectName", displayName, "slug", slug,
                    "type", "secret-manager")), 200).body().getAsJsonObject().getAsJsonObject("project");
            context.report().record(Action.CREATED, "project", slug);
        }
        return new Project(project.get("id").getAsString(), project.get("orgId").getAsString());
    }

    /** The folder {@code name} under {@code parent} ({@code /} or a folder that exists) in the environment. */
    public void ensureFolder(String projectId, String parent, String name) {
        String label = ENVIRONMENT + (parent.equals("/") ? "/" : parent + "/") + name;
        boolean exists = infisical.require(infisical.get("/api/v1/folders?workspaceId=" + projectId + "&environment=" + ENVIRONMENT + "&path="
                + URLEncoder.encode(parent, StandardCharsets.UTF_8)), 200).body().getAsJsonObject().getAsJsonArray("folders").asList().stream()
                .anyMatch(folder -> folder.getAsJsonObject().get("name").getAsString().equals(name));
        if (exists) {
            context.report().record(Action.UNCHANGED, "folder", label);
            return;
        }
        infisical.require(infisical.post("/api/v1/folders", Map.of("workspaceId", projectId, "environment", ENVIRONMENT, "name", name,
                "path", parent)), 200);
        context.report().record(Action.CREATED, "folder", label);
    }

    /** The secret {@code name} at {@code path} (a folder that exists) holds {@code value}. */
    public void ensureSecret(String projectId, String path, String name, String value) {
        String resource = "/api/v3/secrets/raw/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        String label = ENVIRONMENT + (path.equals("/") ? "/" : path + "/") + name;
        JsonApi.Response current = infisical.get(resource + "?workspaceId=" + projectId + "&environment=" + ENVIRONMENT + "&secretPath="
                + URLEncoder.encode(path, StandardCharsets.UTF_8));
        Map<String, Object> body = Map.of("workspaceId", projectId, "environment", ENVIRONMENT, "secretPath", path,
                "secretValue", value, "type", "shared");
        if (current.is(404)) {
            infisical.require(infisical.post(resource, body), 200);
            context.report().record(Action.CREATED, "secret", label);
        } else if (value.equals(infisical.require(current, 200).body().getAsJsonObject().getAsJsonObject("secret").get("secretValue").getAsString())) {
            context.report().record(Action.UNCHANGED, "secret", label);
        } else {
            infisical.require(infisical.patch(resource, body), 200);
            context.report().record(Action.UPDATED, "secret", label);
        }
    }
}
