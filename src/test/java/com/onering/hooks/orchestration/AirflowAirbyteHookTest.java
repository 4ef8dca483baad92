package com.onering.hooks.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.components.ingestion.Airbyte;
import com.onering.components.orchestration.Airflow;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.model.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The airflow-airbyte hook against one stub answering both APIs as their references describe them (the airbyte and
 * airflow hook tests name the routes): Airbyte's {@code /api/public/v1} (token, workspaces, connections by workspace)
 * and Airflow's ({@link AirflowConnectionsStub}, and its {@code /api/v2} variables).
 */
class AirflowAirbyteHookTest {
    private final String clientSecret = UUID.randomUUID().toString();
    private final String adminPassword = UUID.randomUUID().toString();
    private final List<Map<String, String>> airbyteConnections = new ArrayList<>();
    private final Map<String, String> variables = new ConcurrentHashMap<>();
    private StubServer stub;
    private AirflowConnectionsStub airflow;

    @BeforeEach
    void start() throws Exception {
        stub = new StubServer()
                .route("POST", "/api/public/v1/applications/token", c -> c.body().getAsJsonObject().get("client_secret").getAsString()
                        .equals(clientSecret) ? Reply.ok(Map.of("access_token", "airbyte-token")) : new Reply(401, ""))
                .route("GET", "/api/public/v1/workspaces", bearer("airbyte-token", c -> Reply.ok(Map.of("data", List.of(Map.of("workspaceId", "ws-1"))))))
                .route("GET", "/api/public/v1/connections", bearer("airbyte-token", c -> "ws-1".equals(c.param("workspaceIds"))
                        ? Reply.ok(Map.of("data", airbyteConnections)) : new Reply(400, "")))
                .route("GET", "/api/v2/variables/oner_airbyte_connection_id", AirflowConnectionsStub.bearer(c -> variables.containsKey("oner_airbyte_connection_id")
                        ? Reply.ok(Map.of("key", "oner_airbyte_connection_id", "value", variables.get("oner_airbyte_connection_id")))
                        : new Reply(404, Map.of("detail", "Variable not found"))))
                .route("POST", "/api/v2/variables", AirflowConnectionsStub.bearer(c -> {
                    variables.put(c.body().getAsJsonObject().get("key").getAsString(), c.body().getAsJsonObject().get("value").getAsString());
                    return new Reply(201, c.body());
                }));
        airflow = new AirflowConnectionsStub(stub, adminPassword, AirflowAirbyteHook.CONNECTION_ID);
    }

    private static StubServer.Route bearer(String token, StubServer.Route route) {
        return c -> ("Bearer " + token).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, "");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    /** The hook's environment as the provisioner renders it for a local stack with ingestion, pointed at the stub. */
    private Map<String, String> env() {
        PlatformConfig config = PlatformConfig.defaults("dev", Set.of(Profile.CORE, Profile.INGESTION));
        Map<String, String> env = HookHarness.environment(Airflow.airbyteHandOff(Airbyte.hookSpec(config, "http://object-store:3900")),
                Map.of("airflow-apiserver/api", stub.url().substring("http://".length())), Map.of("airflow-admin-password", adminPassword));
        // Run by hand against the stub: Airbyte's address and the credentials it generated are given explicitly.
        env.put("AIRBYTE_URL", stub.url());
        env.put("AIRBYTE_CLIENT_ID", "client-of-the-instance");
        env.put("AIRBYTE_CLIENT_SECRET", clientSecret);
        return env;
    }

    @Test
    void writesTheConnectionAndItsIdThenChangesNothing() {
        airbyteConnections.add(Map.of("connectionId", "9a1c-demo", "name", "onering-demo-orders-to-bronze"));
        airbyteConnections.add(Map.of("connectionId", "other", "name", "somebody-elses"));
        Outcome first = HookHarness.run(new AirflowAirbyteHook(), env());
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("airflow-airbyte: created connection airbyte_default", "airflow-airbyte: created variable oner_airbyte_connection_id"),
                first.lines(Action.CREATED));
        JsonObject connection = airflow.connections().get("airbyte_default");
        assertEquals("airbyte", connection.get("conn_type").getAsString());
        assertEquals("http://airbyte-abctl-control-plane/api/public/v1", connection.get("host").getAsString());
        assertEquals("client-of-the-instance", connection.get("login").getAsString());
        assertEquals(clientSecret, connection.get("password").getAsString());
        assertEquals("9a1c-demo", variables.get("oner_airbyte_connection_id"));

        int writes = stub.writes().size();
        Outcome second = HookHarness.run(new AirflowAirbyteHook(), env());
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(2, second.count(Action.UNCHANGED), second.toString());
        assertEquals(writes + 2, stub.writes().size(), "only the two token requests may write");
    }

    @Test
    void withoutTheDemoConnectionItNamesTheHookToRunFirstAndWritesNothingToAirflow() {
        Outcome outcome = HookHarness.run(new AirflowAirbyteHook(), env());
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("Airbyte has no connection onering-demo-orders-to-bronze yet; run the airbyte hook first"), outcome.err());
        assertTrue(stub.calls("POST", "/auth/token").isEmpty(), "Airflow is not touched");
    }
}
