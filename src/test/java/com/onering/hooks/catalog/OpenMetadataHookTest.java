package com.onering.hooks.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.components.catalog.OpenMetadata;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.model.Profile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The openmetadata hook against a stub of OpenMetadata's REST API, from its API reference (docs.open-metadata.org,
 * "APIs" / swagger of 1.12): {@code POST /api/v1/users/login {email, password(base64)}} answers {@code accessToken}
 * (a wrong password is a 401); {@code GET /api/v1/services/{kind}/name/{name}} (404 when absent) and {@code PUT
 * /api/v1/services/{kind}} (create or update, 200/201) for databaseServices and pipelineServices.
 */
class OpenMetadataHookTest {
    private final String password = UUID.randomUUID().toString();
    /** What the stub server currently accepts for the admin: a fresh install starts with the upstream default. */
    private volatile String serverPassword;
    private final String token = UUID.randomUUID().toString();
    private final Map<String, JsonObject> services = new ConcurrentHashMap<>();
    private StubServer openMetadata;

    @BeforeEach
    void start() throws Exception {
        serverPassword = password;
        openMetadata = new StubServer().route("POST", "/api/v1/users/login", c -> {
            String sent = new String(Base64.getDecoder().decode(c.body().getAsJsonObject().get("password").getAsString()), StandardCharsets.UTF_8);
            return sent.equals(serverPassword) ? Reply.ok(Map.of("accessToken", token, "tokenType", "Bearer"))
                    : new Reply(401, Map.of("code", 401, "message", "You have entered an invalid username or password."));
        });
        // BasicAuthenticator.changeUserPwdWithOldPwd (OpenMetadata 1.12): plain passwords, old one checked for SELF.
        openMetadata.route("PUT", "/api/v1/users/changePassword", authed(c -> {
            JsonObject request = c.body().getAsJsonObject();
            if (!request.get("requestType").getAsString().equals("SELF") || !request.get("oldPassword").getAsString().equals(serverPassword)
                    || !request.get("newPassword").getAsString().equals(request.get("confirmPassword").getAsString())) {
                return new Reply(400, Map.of("code", 400, "message", "Old Password is not correct"));
            }
            serverPassword = request.get("newPassword").getAsString();
            return Reply.ok(Map.of());
        }));
        for (String kind : List.of("databaseServices", "pipelineServices")) {
            openMetadata.route("PUT", "/api/v1/services/" + kind, authed(c -> {
                JsonObject service = c.body().getAsJsonObject();
                boolean created = services.put(kind + "/" + service.get("name").getAsString(), service) == null;
                return new Reply(created ? 201 : 200, service);
            }));
            for (String name : List.of("postgres-curated", "clickhouse-analytics", "airflow", "trino-lakehouse")) {
                openMetadata.route("GET", "/api/v1/services/" + kind + "/name/" + name, authed(c -> {
                    JsonObject service = services.get(kind + "/" + name);
                    if (service == null) {
                        return new Reply(404, Map.of("code", 404, "message", kind + " instance for " + name + " not found"));
                    }
                    JsonObject hidden = service.deepCopy();
                    hidden.getAsJsonObject("connection").getAsJsonObject("config").remove("authType");
                    return Reply.ok(hidden);
                }));
            }
        }
    }

    private StubServer.Route authed(StubServer.Route route) {
        return c -> ("Bearer " + token).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, "");
    }

    @AfterEach
    void stop() {
        openMetadata.close();
    }

    private Map<String, String> env(Set<Profile> profiles, String pgPassword) {
        return HookHarness.environment(OpenMetadata.hookSpec(PlatformConfig.defaults("dev", profiles), true),
                Map.of("openmetadata-server/http", openMetadata.url().substring(7)),
                Map.of("openmetadata-admin-password", password, "postgres-curated-password", pgPassword));
    }

    @Test
    void registersTheEnabledSourcesThenNothingThenOnlyTheChangedOne() {
        Outcome first = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("openmetadata: created service databaseServices/postgres-curated",
                "openmetadata: created service databaseServices/clickhouse-analytics", "openmetadata: created service pipelineServices/airflow"),
                first.lines(Action.CREATED));
        JsonObject pg = services.get("databaseServices/postgres-curated").getAsJsonObject("connection").getAsJsonObject("config");
        assertEquals("postgres:5432", pg.get("hostPort").getAsString());
        assertEquals("pg-1", pg.getAsJsonObject("authType").get("password").getAsString());

        Outcome second = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(3, second.count(Action.UNCHANGED), second.toString());

        Outcome third = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE, Profile.ANALYTICS), "pg-2"));
        assertEquals(List.of("openmetadata: updated service databaseServices/postgres-curated"), third.lines(Action.UPDATED));
        assertEquals(List.of("openmetadata: created service databaseServices/trino-lakehouse"), third.lines(Action.CREATED));
    }

    @Test
    void aFreshInstallHasItsUpstreamDefaultAdminPasswordRotatedOnce() {
        serverPassword = OpenMetadataHook.UPSTREAM_DEFAULT_ADMIN_PASSWORD;
        Outcome first = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(password, serverPassword, "the admin must now have the generated password");
        assertEquals(List.of("openmetadata: updated admin password admin@open-metadata.org (upstream default replaced)"),
                first.lines(Action.UPDATED));
        Outcome second = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertTrue(second.lines(Action.UPDATED).isEmpty(), second.toString());
    }

    @Test
    void aWrongAdminPasswordNamesTheSecret() {
        Map<String, String> env = env(Set.of(Profile.CORE), "pg-1");
        env.put("OPENMETADATA_ADMIN_PASSWORD", "wrong");
        Outcome outcome = HookHarness.run(new OpenMetadataHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("refused the credentials"), outcome.err());
        assertTrue(outcome.err().contains("secret openmetadata-admin-password"), outcome.err());
        assertTrue(services.isEmpty());
    }
}
