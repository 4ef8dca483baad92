package com.onering.hooks.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.components.orchestration.Airflow;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.model.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The airflow-secrets hook against one stub answering Infisical's and Airflow's APIs as their references and sources
 * describe them. Infisical: {@code GET /api/v2/workspace/{slug}} (the project with {@code id} and {@code orgId}, 404
 * when absent), {@code POST /api/v1/projects}; {@code GET /api/v1/folders?workspaceId&environment&path} answers
 * {@code folders[].name}, {@code POST /api/v1/folders}; {@code GET|POST|PATCH /api/v3/secrets/raw/{name}} by
 * {@code secretPath}; {@code GET /api/v2/organizations/{orgId}/identity-memberships} answers
 * {@code identityMemberships[].identity.{id,name}}, {@code POST /api/v1/identities} answers {@code identity.id};
 * {@code GET /api/v1/auth/universal-auth/identities/{id}} answers 400 until attached, then
 * {@code identityUniversalAuth.clientId}; {@code POST .../client-secrets} answers {@code clientSecret}, a new one each
 * time; {@code GET|POST|PATCH /api/v1/projects/{projectId}/memberships/identities/{id}} (404 when not a member,
 * {@code identityMembership.roles[].role}). Airflow: as in AirflowHookTest, passwords masked on read.
 */
class AirflowSecretsHookTest {
    private final String adminToken = UUID.randomUUID().toString();
    private final String airflowPassword = UUID.randomUUID().toString();
    private final Map<String, JsonObject> projects = new ConcurrentHashMap<>();
    private final List<String> folders = new ArrayList<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, String> identities = new ConcurrentHashMap<>();
    private final Map<String, String> universalAuth = new ConcurrentHashMap<>();
    private final Map<String, String> memberships = new ConcurrentHashMap<>();
    private final List<String> clientSecrets = new ArrayList<>();
    private final Map<String, JsonObject> airflowConnections = new ConcurrentHashMap<>();
    private StubServer stub;

    @BeforeEach
    void start() throws Exception {
        stub = new StubServer()
                .route("GET", "/api/v2/workspace/onering-airflow", admin(c -> projects.containsKey("onering-airflow")
                        ? Reply.ok(projects.get("onering-airflow")) : new Reply(404, Map.of("message", "Project not found"))))
                .route("POST", "/api/v1/projects", admin(c -> {
                    JsonObject project = JsonParser.parseString("{\"id\":\"p-air\",\"orgId\":\"org-1\"}").getAsJsonObject();
                    project.addProperty("slug", c.body().getAsJsonObject().get("slug").getAsString());
                    projects.put(project.get("slug").getAsString(), project);
                    return Reply.ok(Map.of("project", project));
                }))
                .route("GET", "/api/v1/folders", admin(c -> "p-air".equals(c.param("workspaceId")) && "/".equals(c.param("path"))
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
                    identities.put(name, "id-1");
                    return Reply.ok(Map.of("identity", Map.of("id", "id-1", "name", name)));
                }))
                .route("GET", "/api/v1/auth/universal-auth/identities/id-1", admin(c -> universalAuth.containsKey("id-1")
                        ? Reply.ok(Map.of("identityUniversalAuth", Map.of("clientId", universalAuth.get("id-1"))))
                        : new Reply(400, Map.of("message", "The identity does not have universal auth"))))
                .route("POST", "/api/v1/auth/universal-auth/identities/id-1", admin(c -> {
                    universalAuth.put("id-1", "client-1");
                    return Reply.ok(Map.of("identityUniversalAuth", Map.of("clientId", "client-1")));
                }))
                .route("POST", "/api/v1/auth/universal-auth/identities/id-1/client-secrets", admin(c -> {
                    clientSecrets.add("client-secret-" + (clientSecrets.size() + 1));
                    return Reply.ok(Map.of("clientSecret", clientSecrets.get(clientSecrets.size() - 1), "clientSecretData", Map.of("id", "cs")));
                }))
                .route("GET", "/api/v1/projects/p-air/memberships/identities/id-1", admin(c -> memberships.containsKey("id-1")
                        ? Reply.ok(Map.of("identityMembership", Map.of("roles", List.of(Map.of("role", memberships.get("id-1"))))))
                        : new Reply(404, Map.of("message", "Identity membership not found"))))
                .route("POST", "/api/v1/projects/p-air/memberships/identities/id-1", admin(c -> {
                    memberships.put("id-1", c.body().getAsJsonObject().getAsJsonArray("roles").get(0).getAsJsonObject().get("role").getAsString());
                    return Reply.ok(Map.of("identityMemberships", List.of()));
                }))
                .route("POST", "/auth/token", c -> c.body().getAsJsonObject().get("password").getAsString().equals(airflowPassword)
                        ? new Reply(201, Map.of("access_token", "airflow-token")) : new Reply(401, Map.of("detail", "Invalid credentials")))
                .route("GET", "/api/v2/connections/infisical_default", airflow(c -> {
                    JsonObject stored = airflowConnections.get("infisical_default");
                    if (stored == null) {
                        return new Reply(404, Map.of("detail", "not found"));
                    }
                    JsonObject masked = stored.deepCopy();
                    masked.addProperty("password", "***");
                    return Reply.ok(masked);
                }))
                .route("POST", "/api/v2/connections", airflow(c -> {
                    airflowConnections.put(c.body().getAsJsonObject().get("connection_id").getAsString(), c.body().getAsJsonObject());
                    return new Reply(201, c.body());
                }))
                .route("PATCH", "/api/v2/connections/infisical_default", airflow(c -> {
                    airflowConnections.put("infisical_default", c.body().getAsJsonObject());
                    return Reply.ok(c.body());
                }));
    }

    /** Secrets by path and name, each one a route of its own (the stub routes by exact path). */
    private void routeSecrets(Map<String, String> env) {
        List<String> names = new ArrayList<>();
        JsonParser.parseString(env.get("AIRFLOW_CONNECTIONS")).getAsJsonArray()
                .forEach(e -> names.add(e.getAsJsonObject().get("connection_id").getAsString()));
        names.addAll(JsonParser.parseString(env.get("AIRFLOW_VARIABLES")).getAsJsonObject().keySet());
        for (String name : names) {
            String route = "/api/v3/secrets/raw/" + name;
            stub.route("GET", route, admin(c -> secrets.containsKey(c.param("secretPath") + "/" + name)
                    ? Reply.ok(Map.of("secret", Map.of("secretKey", name, "secretValue", secrets.get(c.param("secretPath") + "/" + name))))
                    : new Reply(404, Map.of("message", "Secret with name '" + name + "' not found"))));
            StubServer.Route write = admin(c -> {
                JsonObject body = c.body().getAsJsonObject();
                assertTrue(folders.contains(body.get("secretPath").getAsString().substring(1)), "the folder exists first");
                secrets.put(body.get("secretPath").getAsString() + "/" + name, body.get("secretValue").getAsString());
                return Reply.ok(Map.of("secret", Map.of("secretKey", name)));
            });
            stub.route("POST", route, write).route("PATCH", route, write);
        }
    }

    private StubServer.Route admin(StubServer.Route route) {
        return c -> ("Bearer " + adminToken).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, Map.of("message", "token"));
    }

    private StubServer.Route airflow(StubServer.Route route) {
        return c -> "Bearer airflow-token".equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, Map.of("detail", "token"));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    /** The hook's environment as the provisioner renders it for a core stack, pointed at the stub, the admin token given by hand. */
    private Map<String, String> env() {
        String address = stub.url().substring("http://".length());
        Map<String, String> env = new HashMap<>(HookHarness.environment(Airflow.secretsHookSpec(PlatformConfig.defaults("dev", Set.of(Profile.CORE))),
                Map.of("airflow-apiserver/api", address, "infisical/http", address), Map.of("airflow-admin-password", airflowPassword)));
        env.put("INFISICAL_TOKEN", adminToken);
        routeSecrets(env);
        return env;
    }

    @Test
    void storesTheDagsSettingsMakesAReaderAndGivesAirflowItsCredentialsThenChangesNothing() {
        Outcome first = HookHarness.run(new AirflowSecretsHook(), env());
        assertEquals(0, first.exitCode(), first.toString());
        List<String> created = first.lines(Action.CREATED);
        for (String expected : List.of("project onering-airflow", "folder prod/connections", "folder prod/variables",
                "secret prod/connections/oner_s3", "secret prod/variables/oner_bucket_bronze", "machine identity onering-airflow",
                "universal auth onering-airflow", "project membership onering-airflow as viewer", "client secret onering-airflow",
                "connection infisical_default")) {
            assertTrue(created.contains("airflow-secrets: created " + expected), expected + " not in " + created);
        }
        JsonObject s3 = JsonParser.parseString(secrets.get("/connections/oner_s3")).getAsJsonObject();
        assertEquals("aws", s3.get("conn_type").getAsString());
        assertEquals("value-of-s3-secret-key", s3.get("password").getAsString());
        assertFalse(s3.has("connection_id"), "Airflow's JSON connection form has no id: the secret's name is the id");
        assertEquals("bronze", secrets.get("/variables/oner_bucket_bronze"));
        JsonObject credentials = airflowConnections.get("infisical_default");
        assertEquals("http://infisical:8080", credentials.get("host").getAsString());
        assertEquals("client-1", credentials.get("login").getAsString());
        assertEquals("client-secret-1", credentials.get("password").getAsString());
        assertEquals(JsonParser.parseString("{\"environment\":\"prod\",\"project\":\"onering-airflow\"}"),
                JsonParser.parseString(credentials.get("extra").getAsString()));

        int writes = stub.writes().size();
        Outcome second = HookHarness.run(new AirflowSecretsHook(), env());
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.lines(Action.CREATED).isEmpty() && second.lines(Action.UPDATED).isEmpty(), second.toString());
        assertEquals(writes + 1, stub.writes().size(), "only Airflow's token request may write");
        assertEquals(List.of("client-secret-1"), clientSecrets, "no client secret is issued while Airflow holds one");
    }

    @Test
    void airflowWithoutItsCredentialsConnectionGetsANewClientSecret() {
        assertEquals(0, HookHarness.run(new AirflowSecretsHook(), env()).exitCode());
        airflowConnections.clear();
        Outcome again = HookHarness.run(new AirflowSecretsHook(), env());
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(List.of("client-secret-1", "client-secret-2"), clientSecrets);
        assertEquals("client-secret-2", airflowConnections.get("infisical_default").get("password").getAsString());
    }

    @Test
    void withoutAnAdminTokenItNamesTheInfisicalHookAndTouchesNothing(@TempDir Path empty) {
        Map<String, String> env = env();
        env.remove("INFISICAL_TOKEN");
        env.put("INFISICAL_TOKEN_FILE", empty.resolve("admin-token").toString());
        Outcome outcome = HookHarness.run(new AirflowSecretsHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("no Infisical admin token: run the infisical hook first"), outcome.err());
        assertTrue(stub.calls().isEmpty(), "nothing contacted");
    }

    @Test
    void onlyAProjectMemberAsViewerWithNoOrganizationRole() {
        assertEquals(0, HookHarness.run(new AirflowSecretsHook(), env()).exitCode());
        assertEquals(Map.of("id-1", "viewer"), memberships);
        List<JsonElement> identityCreations = stub.calls("POST", "/api/v1/identities").stream().map(c -> c.body()).toList();
        assertEquals(1, identityCreations.size());
        assertEquals("org-1", identityCreations.get(0).getAsJsonObject().get("organizationId").getAsString());
    }
}
