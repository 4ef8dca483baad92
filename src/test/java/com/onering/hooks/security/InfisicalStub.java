package com.onering.hooks.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.hooks.StubServer;
import com.onering.hooks.StubServer.Reply;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Infisical's admin API on a {@link StubServer}, as its API reference and sources describe it, for one project
 * {@code slug} (id {@value #PROJECT_ID}) and the one machine identity a hook makes: {@code GET /api/v2/workspace/{slug}}
 * (404 when absent), {@code POST /api/v1/projects}; {@code GET /api/v1/folders?workspaceId&environment&path} answers
 * {@code folders[].name}, {@code POST /api/v1/folders}; {@code GET|POST|PATCH /api/v3/secrets/raw/{name}} by
 * {@code secretPath}; {@code GET /api/v2/organizations/{orgId}/identity-memberships} answers
 * {@code identityMemberships[].identity.{id,name}}, {@code POST /api/v1/identities} answers {@code identity.id};
 * {@code GET /api/v1/auth/universal-auth/identities/{id}} answers 400 until attached, then
 * {@code identityUniversalAuth.clientId}; {@code POST .../client-secrets} answers {@code clientSecret}, a new one each
 * time; {@code GET|POST /api/v1/projects/{projectId}/memberships/identities/{id}} (404 when not a member,
 * {@code identityMembership.roles[].role}). Every route wants the admin token.
 */
public final class InfisicalStub {
    public static final String PROJECT_ID = "p-1";
    public static final String IDENTITY_ID = "id-1";
    public static final String CLIENT_ID = "client-1";

    private final String adminToken = UUID.randomUUID().toString();
    private final StubServer stub;
    private final Map<String, JsonObject> projects = new ConcurrentHashMap<>();
    private final List<String> folders = new ArrayList<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> identities = new ConcurrentHashMap<>();
    private final Map<String, String> universalAuth = new ConcurrentHashMap<>();
    private final Map<String, String> memberships = new ConcurrentHashMap<>();
    private final List<String> clientSecrets = new ArrayList<>();

    /** Routes for project {@code slug} and secrets named {@code secretNames} on {@code stub}. */
    public InfisicalStub(StubServer stub, String slug, Collection<String> secretNames) {
        this.stub = stub;
        stub.route("GET", "/api/v2/workspace/" + slug, admin(c -> projects.containsKey(slug)
                        ? Reply.ok(projects.get(slug)) : new Reply(404, Map.of("message", "Project not found"))))
                .route("POST", "/api/v1/projects", admin(c -> {
                    JsonObject project = JsonParser.parseString("{\"id\":\"" + PROJECT_ID + "\",\"orgId\":\"org-1\"}").getAsJsonObject();
                    project.addProperty("slug", c.body().getAsJsonObject().get("slug").getAsString());
                    projects.put(project.get("slug").getAsString(), project);
                    return Reply.ok(Map.of("project", project));
                }))
                .route("GET", "/api/v1/folders", admin(c -> PROJECT_ID.equals(c.param("workspaceId")) && "/".equals(c.param("path"))
                        ? Reply.ok(Map.of("folders", folders.stream().map(name -> Map.of("id", "f-" + name, "name", name)).toList()))
                        : new Reply(400, Map.of("message", "query"))))
                .route("POST", "/api/v1/folders", admin(c -> {
                    folders.add(c.body().getAsJsonObject().get("name").getAsString());
                    return Reply.ok(Map.of("folder", Map.of("id", "f", "name", c.body().getAsJsonObject().get("name").getAsString())));
                }))
                .route("GET", "/api/v2/organizations/org-1/identity-memberships", admin(c -> Reply.ok(Map.of("identityMemberships",
                        identities.entrySet().stream().map(e -> Map.of("identity", Map.of("id", e.getValue(), "name", e.getKey()))).toList()))))
                .route("POST", "/api/v1/identities", admin(c -> {
                    String name = c.body().getAsJsonObject().get("name").getAsString();
                    assertEquals("no-access", c.body().getAsJsonObject().get("role").getAsString(), "no role in the organization");
                    identities.put(name, IDENTITY_ID);
                    return Reply.ok(Map.of("identity", Map.of("id", IDENTITY_ID, "name", name)));
                }))
                .route("GET", "/api/v1/auth/universal-auth/identities/" + IDENTITY_ID, admin(c -> universalAuth.containsKey(IDENTITY_ID)
                        ? Reply.ok(Map.of("identityUniversalAuth", Map.of("clientId", universalAuth.get(IDENTITY_ID))))
                        : new Reply(400, Map.of("message", "The identity does not have universal auth"))))
                .route("POST", "/api/v1/auth/universal-auth/identities/" + IDENTITY_ID, admin(c -> {
                    universalAuth.put(IDENTITY_ID, CLIENT_ID);
                    return Reply.ok(Map.of("identityUniversalAuth", Map.of("clientId", CLIENT_ID)));
                }))
                .route("POST", "/api/v1/auth/universal-auth/identities/" + IDENTITY_ID + "/client-secrets", admin(c -> {
                    clientSecrets.add("client-secret-" + (clientSecrets.size() + 1));
                    return Reply.ok(Map.of("clientSecret", clientSecrets.get(clientSecrets.size() - 1), "clientSecretData", Map.of("id", "cs")));
                }))
                .route("GET", membership(), admin(c -> memberships.containsKey(IDENTITY_ID)
                        ? Reply.ok(Map.of("identityMembership", Map.of("roles", List.of(Map.of("role", memberships.get(IDENTITY_ID))))))
                        : new Reply(404, Map.of("message", "Identity membership not found"))))
                .route("POST", membership(), admin(c -> {
                    memberships.put(IDENTITY_ID, c.body().getAsJsonObject().getAsJsonArray("roles").get(0).getAsJsonObject().get("role").getAsString());
                    return Reply.ok(Map.of("identityMemberships", List.of()));
                }));
        secretNames.forEach(this::routeSecret);
    }

    /** Each secret is a route of its own (the stub routes by exact path); a write wants its folder to exist. */
    private void routeSecret(String name) {
        String route = "/api/v3/secrets/raw/" + name;
        stub.route("GET", route, admin(c -> secrets.containsKey(key(c.param("secretPath"), name))
                ? Reply.ok(Map.of("secret", Map.of("secretKey", name, "secretValue", secrets.get(key(c.param("secretPath"), name)))))
                : new Reply(404, Map.of("message", "Secret with name '" + name + "' not found"))));
        StubServer.Route write = admin(c -> {
            JsonObject body = c.body().getAsJsonObject();
            String path = body.get("secretPath").getAsString();
            assertTrue(path.equals("/") || folders.contains(path.substring(1)), "the folder exists first");
            secrets.put(key(path, name), body.get("secretValue").getAsString());
            return Reply.ok(Map.of("secret", Map.of("secretKey", name)));
        });
        stub.route("POST", route, write).route("PATCH", route, write);
    }

    /** A secret's key in {@link #secrets()}: {@code /name} at the root, {@code /folder/name} in a folder. */
    private static String key(String path, String name) {
        return (path.equals("/") ? "" : path) + "/" + name;
    }

    private static String membership() {
        return "/api/v1/projects/" + PROJECT_ID + "/memberships/identities/" + IDENTITY_ID;
    }

    private StubServer.Route admin(StubServer.Route route) {
        return c -> ("Bearer " + adminToken).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, Map.of("message", "token"));
    }

    public String adminToken() {
        return adminToken;
    }

    /** The secrets stored, by {@code /folder/name} ({@code /name} at the project's root). */
    public Map<String, String> secrets() {
        return secrets;
    }

    /** The client secrets issued, in order. */
    public List<String> clientSecrets() {
        return clientSecrets;
    }

    /** The identity's role per project membership. */
    public Map<String, String> memberships() {
        return memberships;
    }
}
