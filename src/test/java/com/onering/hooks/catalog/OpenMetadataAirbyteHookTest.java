package com.onering.hooks.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.components.catalog.OpenMetadata;
import com.onering.components.ingestion.Airbyte;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.model.Profile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The openmetadata-airbyte hook against one stub answering Airbyte's public API (token, workspaces: as in
 * AirbyteHookTest) and OpenMetadata's (login, services, ingestion pipelines, deploy and trigger: as in
 * OpenMetadataHookTest). The bodies it sends are kept for the Python contract check.
 */
class OpenMetadataAirbyteHookTest {
    private final String clientSecret = UUID.randomUUID().toString();
    private final String adminPassword = UUID.randomUUID().toString();
    private final Map<String, JsonObject> entities = new ConcurrentHashMap<>();
    private StubServer stub;

    @BeforeEach
    void start() throws Exception {
        stub = new StubServer()
                .route("POST", "/api/public/v1/applications/token", c -> c.body().getAsJsonObject().get("client_secret").getAsString()
                        .equals(clientSecret) ? Reply.ok(Map.of("access_token", "airbyte-token")) : new Reply(401, ""))
                .route("GET", "/api/public/v1/workspaces", c -> "Bearer airbyte-token".equals(c.header("Authorization"))
                        ? Reply.ok(Map.of("data", List.of(Map.of("workspaceId", "ws-1")))) : new Reply(401, ""))
                .route("POST", "/api/v1/users/login", c -> new String(Base64.getDecoder().decode(c.body().getAsJsonObject().get("password")
                        .getAsString()), StandardCharsets.UTF_8).equals(adminPassword)
                        ? Reply.ok(Map.of("accessToken", "om-token")) : new Reply(401, Map.of("code", 401, "message", "invalid")));
        for (String collection : List.of("pipelineServices", "ingestionPipelines")) {
            stub.route("PUT", "/api/v1/services/" + collection, openMetadata(c -> {
                JsonObject entity = c.body().getAsJsonObject();
                String key = collection.equals("ingestionPipelines") ? "airbyte." + entity.get("name").getAsString() : entity.get("name").getAsString();
                JsonObject previous = entities.get(key);
                entity.addProperty("id", previous == null ? UUID.randomUUID().toString() : previous.get("id").getAsString());
                entities.put(key, entity);
                for (String action : List.of("deploy", "trigger")) {
                    stub.route("POST", "/api/v1/services/ingestionPipelines/" + action + "/" + entity.get("id").getAsString(), openMetadata(call -> {
                        entity.addProperty("deployed", true);
                        return Reply.ok(Map.of("code", 200, "reason", action + "ed", "platform", "Airflow"));
                    }));
                }
                return new Reply(previous == null ? 201 : 200, entity);
            }));
        }
        for (String key : List.of("pipelineServices/name/airbyte", "ingestionPipelines/name/airbyte.airbyte-metadata")) {
            String entity = key.substring(key.indexOf("/name/") + "/name/".length());
            stub.route("GET", "/api/v1/services/" + key, openMetadata(c -> entities.containsKey(entity) ? Reply.ok(entities.get(entity))
                    : new Reply(404, Map.of("code", 404, "message", entity + " not found"))));
        }
    }

    private static StubServer.Route openMetadata(StubServer.Route route) {
        return c -> "Bearer om-token".equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, "");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    /** The hook's environment as the provisioner renders it for a local stack with ingestion and catalog, pointed at the stub. */
    private Map<String, String> env() {
        PlatformConfig config = PlatformConfig.defaults("dev", Set.of(Profile.CORE, Profile.INGESTION, Profile.CATALOG));
        Map<String, String> env = new HashMap<>(HookHarness.environment(OpenMetadata.airbyteHookSpec(Airbyte.hookSpec(config, "http://object-store:3900")),
                Map.of("openmetadata-server/http", stub.url().substring("http://".length())), Map.of("openmetadata-admin-password", adminPassword)));
        // Run by hand against the stub: Airbyte's address and the credentials it generated are given explicitly.
        env.put("AIRBYTE_URL", stub.url());
        env.put("AIRBYTE_CLIENT_ID", "client-of-the-instance");
        env.put("AIRBYTE_CLIENT_SECRET", clientSecret);
        return env;
    }

    @Test
    void registersAirbyteWithItsCredentialsAndRunsItsPipelineThenChangesNothing() throws Exception {
        Outcome first = HookHarness.run(new OpenMetadataAirbyteHook(), env());
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("openmetadata-airbyte: created service pipelineServices/airbyte",
                "openmetadata-airbyte: created ingestion pipeline pipelineServices/airbyte/airbyte-metadata",
                "openmetadata-airbyte: created ingestion run pipelineServices/airbyte/airbyte-metadata"), first.lines(Action.CREATED));
        JsonObject config = entities.get("airbyte").getAsJsonObject("connection").getAsJsonObject("config");
        assertEquals("http://airbyte-abctl-control-plane/api/public", config.get("hostPort").getAsString());
        assertEquals("v1", config.get("apiVersion").getAsString());
        assertEquals("client-of-the-instance", config.getAsJsonObject("auth").get("clientId").getAsString());
        assertEquals(clientSecret, config.getAsJsonObject("auth").get("clientSecret").getAsString());
        assertEquals(entities.get("airbyte").get("id"), entities.get("airbyte.airbyte-metadata").getAsJsonObject("service").get("id"));
        assertEquals(2, OpenMetadataContract.keep(stub.calls()), "the service and its pipeline");

        int writes = stub.writes().size();
        Outcome second = HookHarness.run(new OpenMetadataAirbyteHook(), env());
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(2, second.count(Action.UNCHANGED), second.toString());
        assertEquals(writes + 2, stub.writes().size(), "only the two logins may write");
    }

    @Test
    void credentialsAirbyteRefusesAreNamedAndNothingReachesOpenMetadata() {
        Map<String, String> env = env();
        env.put("AIRBYTE_CLIENT_SECRET", "wrong");
        Outcome outcome = HookHarness.run(new OpenMetadataAirbyteHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("AIRBYTE_CLIENT_ID/AIRBYTE_CLIENT_SECRET, or 'abctl local credentials'"), outcome.err());
        assertTrue(stub.calls("POST", "/api/v1/users/login").isEmpty(), "OpenMetadata is not touched");
    }
}
