package com.onering.hooks.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.components.catalog.OpenMetadata;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer;
import com.onering.hooks.StubServer.Reply;
import com.onering.model.HookSpec;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The airflow-openmetadata hook as a catalog stack plans it, against one stub answering OpenMetadata's API as its
 * reference describes it ({@code POST /api/v1/users/login} with the password base64-encoded, {@code GET
 * /api/v1/bots/name/{name}} with {@code botUser.id}, {@code GET /api/v1/users/token/{id}} with {@code JWTToken}) and
 * Airflow's ({@link AirflowConnectionsStub}).
 */
class AirflowOpenMetadataHookTest {
    private final String omPassword = UUID.randomUUID().toString();
    private final String airflowPassword = UUID.randomUUID().toString();
    private final String botJwt = "eyJ." + UUID.randomUUID();
    private StubServer stub;
    private AirflowConnectionsStub airflow;

    @BeforeEach
    void start() throws Exception {
        stub = new StubServer()
                .route("POST", "/api/v1/users/login", c -> new String(Base64.getDecoder().decode(c.body().getAsJsonObject().get("password")
                        .getAsString()), StandardCharsets.UTF_8).equals(omPassword)
                        ? Reply.ok(Map.of("accessToken", "admin-jwt")) : new Reply(401, Map.of("message", "Invalid credentials")))
                .route("GET", "/api/v1/bots/name/ingestion-bot", admin(c -> Reply.ok(Map.of("name", "ingestion-bot",
                        "botUser", Map.of("id", "u-42", "type", "user", "name", "ingestion-bot")))))
                .route("GET", "/api/v1/users/token/u-42", admin(c -> Reply.ok(Map.of("JWTToken", botJwt, "JWTTokenExpiry", "Unlimited"))));
        airflow = new AirflowConnectionsStub(stub, airflowPassword, AirflowOpenMetadataHook.CONNECTION_ID);
    }

    private static StubServer.Route admin(StubServer.Route route) {
        return c -> "Bearer admin-jwt".equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, Map.of("message", "token"));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void givesAirflowTheBotsTokenAndTheClickHouseServiceThenChangesNothing() {
        Outcome first = HookHarness.run(new AirflowOpenMetadataHook(), env());
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("airflow-openmetadata: created connection openmetadata_default"), first.lines(Action.CREATED));
        JsonObject connection = airflow.connections().get("openmetadata_default");
        assertEquals("http", connection.get("conn_type").getAsString());
        assertEquals("http://openmetadata-server:8585", connection.get("host").getAsString(), "as Airflow's workers reach it");
        assertEquals(botJwt, connection.get("password").getAsString());
        assertEquals(JsonParser.parseString("{\"clickhouse_service\":\"clickhouse-analytics\"}"),
                JsonParser.parseString(connection.get("extra").getAsString()));

        Outcome second = HookHarness.run(new AirflowOpenMetadataHook(), env());
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(List.of("airflow-openmetadata: unchanged connection openmetadata_default"), second.lines(Action.UNCHANGED));
    }

    @Test
    void aWrongOpenMetadataPasswordNamesItsSettingsAndLeavesAirflowAlone() {
        Map<String, String> env = env();
        env.put("OPENMETADATA_ADMIN_PASSWORD", "not-" + omPassword);
        Outcome outcome = HookHarness.run(new AirflowOpenMetadataHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("OPENMETADATA_ADMIN_PASSWORD"), outcome.err());
        assertTrue(stub.calls("POST", "/auth/token").isEmpty(), "Airflow is not touched");
    }

    @Test
    void declaredWhereTheCatalogRunsWithAirflowAndClickHouseAfterBothOwnHooks() {
        Platform platform = Platforms.assemble("  onering:profiles: [core, catalog]\n");
        HookSpec hook = platform.hook(AirflowOpenMetadataHook.NAME).orElseThrow();
        assertEquals(List.of(OpenMetadata.SERVER, "airflow-apiserver"), hook.awaitWorkloads());
        assertEquals(List.of("openmetadata", "airflow"), hook.afterHooks());
        assertTrue(Platforms.assemble("  onering:profiles: [core]\n").hook(AirflowOpenMetadataHook.NAME).isEmpty());
        assertTrue(Platforms.assemble("  onering:profiles: [core, catalog]\n  onering:exclude: [clickhouse]\n")
                .hook(AirflowOpenMetadataHook.NAME).isEmpty(), "the results go to a ClickHouse table");
    }

    /** The hook's environment as a catalog stack renders it, pointed at the stub. */
    private Map<String, String> env() {
        HookSpec spec = Platforms.assemble("  onering:profiles: [core, catalog]\n").hook(AirflowOpenMetadataHook.NAME).orElseThrow();
        String address = stub.url().substring("http://".length());
        return new HashMap<>(HookHarness.environment(spec, Map.of("openmetadata-server/http", address, "airflow-apiserver/api", address),
                Map.of("openmetadata-admin-password", omPassword, "airflow-admin-password", airflowPassword)));
    }
}
