package com.onering.hooks.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.components.ingestion.Airbyte;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.model.Profile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The airbyte hook against a stub of Airbyte's public API, from its API reference (reference.airbyte.com, "Public
 * API" v1): {@code POST /api/public/v1/applications/token {client_id, client_secret}} answers {@code access_token};
 * {@code GET /api/public/v1/workspaces}; {@code GET /api/public/v1/{sources|destinations|connections}?workspaceIds=}
 * answer {@code {data: [...]}} with secrets masked as {@code **********}; {@code POST} creates (answers the object
 * with its id), {@code PATCH /api/public/v1/{sources|destinations}/{id}} updates.
 */
class AirbyteHookTest {
    private final String clientSecret = UUID.randomUUID().toString();
    private final String token = UUID.randomUUID().toString();
    private final List<JsonObject> sources = new CopyOnWriteArrayList<>();
    private final List<JsonObject> destinations = new CopyOnWriteArrayList<>();
    private final List<JsonObject> connections = new CopyOnWriteArrayList<>();
    private StubServer airbyte;

    @BeforeEach
    void start() throws Exception {
        airbyte = new StubServer()
                .route("POST", "/api/public/v1/applications/token", c -> c.body().getAsJsonObject().get("client_secret").getAsString()
                        .equals(clientSecret) ? Reply.ok(Map.of("access_token", token, "token_type", "Bearer")) : new Reply(401, ""))
                .route("GET", "/api/public/v1/workspaces", authed(c -> Reply.ok(Map.of("data", List.of(Map.of("workspaceId", "ws-1", "name", "Default"))))))
                .route("GET", "/api/public/v1/sources", authed(c -> Reply.ok(Map.of("data", masked(sources)))))
                .route("GET", "/api/public/v1/destinations", authed(c -> Reply.ok(Map.of("data", masked(destinations)))))
                .route("GET", "/api/public/v1/connections", authed(c -> Reply.ok(Map.of("data", connections))))
                .route("POST", "/api/public/v1/sources", authed(c -> created(sources, c.body().getAsJsonObject(), "sourceId", "src-")))
                .route("POST", "/api/public/v1/destinations", authed(c -> created(destinations, c.body().getAsJsonObject(), "destinationId", "dst-")))
                .route("POST", "/api/public/v1/connections", authed(c -> created(connections, c.body().getAsJsonObject(), "connectionId", "con-")))
                .route("PATCH", "/api/public/v1/sources/src-0", authed(c -> {
                    sources.get(0).add("configuration", c.body().getAsJsonObject().get("configuration"));
                    return Reply.ok(sources.get(0));
                }))
                .route("PATCH", "/api/public/v1/destinations/dst-0", authed(c -> {
                    destinations.get(0).add("configuration", c.body().getAsJsonObject().get("configuration"));
                    return Reply.ok(destinations.get(0));
                }));
    }

    private static Reply created(List<JsonObject> store, JsonObject body, String idField, String prefix) {
        body.addProperty(idField, prefix + store.size());
        store.add(body);
        return Reply.ok(body);
    }

    /** As Airbyte answers: the connectors' secret fields (airbyte_secret in their specs) masked, at any depth. */
    private static List<JsonObject> masked(List<JsonObject> objects) {
        return objects.stream().map(o -> {
            JsonObject copy = o.deepCopy();
            mask(copy.getAsJsonObject("configuration"));
            return copy;
        }).toList();
    }

    private static void mask(JsonObject object) {
        for (String key : object.keySet()) {
            if (SECRET_FIELDS.contains(key)) {
                object.addProperty(key, "**********");
            } else if (object.get(key).isJsonObject()) {
                mask(object.getAsJsonObject(key));
            }
        }
    }

    private static final Set<String> SECRET_FIELDS = Set.of("secret_access_key", "aws_access_key_id", "aws_secret_access_key");

    private StubServer.Route authed(StubServer.Route route) {
        return c -> ("Bearer " + token).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, "");
    }

    @AfterEach
    void stop() {
        airbyte.close();
    }

    private Map<String, String> env(String s3Endpoint) {
        Map<String, String> env = new HashMap<>(HookHarness.environment(
                Airbyte.hookSpec(PlatformConfig.defaults("dev", Set.of(Profile.CORE, Profile.INGESTION)), s3Endpoint), Map.of(), Map.of()));
        // Run by hand against the stub: the API address and the credentials Airbyte generated are given explicitly.
        env.put("AIRBYTE_URL", airbyte.url());
        env.put("AIRBYTE_CLIENT_ID", "value-of-airbyte-client-id");
        env.put("AIRBYTE_CLIENT_SECRET", clientSecret);
        return env;
    }

    @Test
    void createsTheDemoFlowThenNothingThenUpdatesWhatTheObjectStoreAddressChanged() throws Exception {
        Outcome first = HookHarness.run(new AirbyteHook(), env("http://host.docker.internal:3900"));
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("airbyte: created source onering-demo-orders", "airbyte: created destination onering-bronze",
                "airbyte: created connection onering-demo-orders-to-bronze"), first.lines(Action.CREATED));
        JsonObject destination = destinations.get(0).getAsJsonObject("configuration");
        assertEquals("bronze", destination.get("s3_bucket_name").getAsString());
        JsonObject source = sources.get(0).getAsJsonObject("configuration");
        assertEquals("s3", source.get("sourceType").getAsString());
        assertEquals("bronze", source.get("bucket").getAsString());
        assertEquals("value-of-s3-secret-key", source.getAsJsonObject("credentials").get("aws_secret_access_key").getAsString());
        JsonObject stream = source.getAsJsonArray("streams").get(0).getAsJsonObject();
        assertEquals("orders", stream.get("name").getAsString());
        assertEquals("[\"demo/orders.csv\"]", stream.get("globs").toString());
        assertEquals("full_refresh_overwrite", connections.get(0).getAsJsonObject("configurations").getAsJsonArray("streams")
                .get(0).getAsJsonObject().get("syncMode").getAsString());
        AirbyteContract.keep(airbyte.writes());
        assertEquals("value-of-s3-secret-key", destination.get("secret_access_key").getAsString());
        assertEquals("manual", connections.get(0).getAsJsonObject("schedule").get("scheduleType").getAsString());

        // Airbyte fills a stream's defaults in when it stores the source: still the same source.
        sources.get(0).getAsJsonObject("configuration").getAsJsonArray("streams").get(0).getAsJsonObject()
                .addProperty("days_to_sync_if_history_is_full", 3);
        int writes = airbyte.writes().size();
        Outcome second = HookHarness.run(new AirbyteHook(), env("http://host.docker.internal:3900"));
        assertEquals(3, second.count(Action.UNCHANGED), second.toString());
        assertEquals(writes + 1, airbyte.writes().size(), "only the token request may write");

        Outcome third = HookHarness.run(new AirbyteHook(), env("http://172.17.0.1:3900"));
        // Both read the object store at its address from Airbyte's pods.
        assertEquals(List.of("airbyte: updated source onering-demo-orders", "airbyte: updated destination onering-bronze"),
                third.lines(Action.UPDATED));
        assertEquals("http://172.17.0.1:3900", sources.get(0).getAsJsonObject("configuration").get("endpoint").getAsString());
        assertEquals("http://172.17.0.1:3900", destinations.get(0).getAsJsonObject("configuration").get("s3_endpoint").getAsString());
        assertEquals(1, connections.size());
    }

    @Test
    void wrongClientCredentialsNameTheSecrets() {
        Map<String, String> env = env("http://host.docker.internal:3900");
        env.put("AIRBYTE_CLIENT_SECRET", "wrong");
        Outcome outcome = HookHarness.run(new AirbyteHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("refused the credentials"), outcome.err());
        assertTrue(outcome.err().contains("AIRBYTE_CLIENT_ID/AIRBYTE_CLIENT_SECRET, or 'abctl local credentials'"), outcome.err());
    }
}
