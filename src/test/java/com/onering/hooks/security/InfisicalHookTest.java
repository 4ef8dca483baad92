package com.onering.hooks.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.components.security.Infisical;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.model.Profile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * The infisical hook against a stub of Infisical's API, from its API reference (infisical.com/docs/api-reference):
 * {@code POST /api/v1/admin/bootstrap {email, password, organization}} answers {@code identity.credentials.token}
 * once and 400 afterwards; {@code GET /api/v2/workspace/{slug}} (project by slug); {@code POST /api/v1/projects
 * {projectName, slug, type}} answers {@code {project}}; {@code GET|POST|PATCH /api/v3/secrets/raw/{name}} with
 * {@code workspaceId, environment, secretPath} (GET answers {@code {secret: {secretValue}}}, 404 when absent).
 */
class InfisicalHookTest {
    private final String token = UUID.randomUUID().toString();
    private final Map<String, String> stored = new ConcurrentHashMap<>();
    private boolean bootstrapped;
    @org.junit.jupiter.api.io.TempDir
    Path state;
    private Path tokenFile;
    private boolean project;
    private StubServer infisical;

    @BeforeEach
    void start() throws Exception {
        tokenFile = state.resolve("infisical/dev/admin-token");
        infisical = new StubServer()
                .route("POST", "/api/v1/admin/bootstrap", c -> {
                    if (bootstrapped) {
                        return new Reply(400, Map.of("message", "Instance has already been set up"));
                    }
                    bootstrapped = true;
                    return Reply.ok(Map.of("identity", Map.of("credentials", Map.of("token", token))));
                })
                .route("GET", "/api/v2/workspace/onering", authed(c -> project ? Reply.ok(Map.of("id", "p-1", "slug", "onering", "orgId", "org-1"))
                        : new Reply(404, Map.of("message", "Project not found"))))
                .route("POST", "/api/v1/projects", authed(c -> {
                    project = true;
                    return Reply.ok(Map.of("project", Map.of("id", "p-1", "orgId", "org-1", "slug", c.body().getAsJsonObject().get("slug").getAsString())));
                }));
        for (String name : Set.of("POSTGRES_SUPERUSER_PASSWORD", "POSTGRES_CURATED_PASSWORD", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY",
                "CLICKHOUSE_PASSWORD", "REDIS_PASSWORD", "AIRFLOW_ADMIN_PASSWORD", "S3_STAGE_ACCESS_KEY_ID", "S3_STAGE_SECRET_ACCESS_KEY")) {
            String path = "/api/v3/secrets/raw/" + name;
            infisical.route("GET", path, authed(c -> {
                assertEquals("p-1", c.param("workspaceId"));
                assertEquals("prod", c.param("environment"));
                return stored.containsKey(name) ? Reply.ok(Map.of("secret", Map.of("secretKey", name, "secretValue", stored.get(name))))
                        : new Reply(404, Map.of("message", "Secret not found"));
            })).route("POST", path, authed(c -> write(name, c.body().getAsJsonObject())))
                    .route("PATCH", path, authed(c -> write(name, c.body().getAsJsonObject())));
        }
    }

    private Reply write(String name, JsonObject body) {
        assertEquals("/", body.get("secretPath").getAsString());
        stored.put(name, body.get("secretValue").getAsString());
        return Reply.ok(Map.of("secret", Map.of("secretKey", name)));
    }

    private StubServer.Route authed(StubServer.Route route) {
        return c -> ("Bearer " + token).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, Map.of("message", "Invalid token"));
    }

    @AfterEach
    void stop() {
        infisical.close();
    }

    private Map<String, String> env(String redisPassword, boolean withToken) {
        Map<String, String> env = new HashMap<>(HookHarness.environment(Infisical.hookSpec(PlatformConfig.defaults("dev", Set.of(Profile.CORE))),
                Map.of("infisical/http", infisical.url().substring(7)), Map.of("redis-password", redisPassword)));
        if (withToken) {
            env.put("INFISICAL_TOKEN", token);
        }
        env.put("INFISICAL_TOKEN_FILE", tokenFile.toString());
        return env;
    }

    @Test
    void bootstrapsSeedsThenWithTheKeptTokenChangesNothingThenOnlyTheRotatedSecret() throws Exception {
        Outcome first = HookHarness.run(new InfisicalHook(), env("redis-1", false));
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(11, first.count(Action.CREATED), first.toString());
        assertEquals("redis-1", stored.get("REDIS_PASSWORD"));
        assertEquals("value-of-s3-secret-key", stored.get("S3_SECRET_ACCESS_KEY"));
        assertFalse(first.out().contains(token), "the instance-admin token must never be printed");

        // The one-time token was kept, owner-only, so the next run needs nothing from the user.
        assertEquals(token, Files.readString(tokenFile));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)));
        Outcome second = HookHarness.run(new InfisicalHook(), env("redis-1", false));
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(10, second.count(Action.UNCHANGED), second.toString());

        Outcome third = HookHarness.run(new InfisicalHook(), env("redis-2", true));
        assertEquals(java.util.List.of("infisical: updated secret prod/REDIS_PASSWORD"), third.lines(Action.UPDATED));
        assertEquals("redis-2", stored.get("REDIS_PASSWORD"));
    }

    @Test
    void aBootstrappedInstanceWhoseTokenIsNotHereSaysHowToProvideIt() throws Exception {
        assertEquals(0, HookHarness.run(new InfisicalHook(), env("redis-1", false)).exitCode());
        Files.delete(tokenFile); // e.g. deploying from another machine
        Outcome outcome = HookHarness.run(new InfisicalHook(), env("redis-1", false));
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("was bootstrapped before"), outcome.err());
        assertTrue(outcome.err().contains("pulumi config set --secret --path secrets.infisical-admin-token"), outcome.err());
    }

    @Test
    void aWrongTokenNamesTheStackSecret() {
        Map<String, String> env = env("redis-1", true);
        env.put("INFISICAL_TOKEN", "wrong");
        Outcome outcome = HookHarness.run(new InfisicalHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("refused the credentials"), outcome.err());
        assertTrue(outcome.err().contains("INFISICAL_TOKEN (stack secret infisical-admin-token)"), outcome.err());
    }
}
