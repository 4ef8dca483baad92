package com.onering.hooks.bi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.components.bi.Metabase;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The metabase hook against a stub of Metabase's REST API, from its API documentation (metabase.com/docs/latest/api,
 * "session", "setup", "database"): {@code GET /api/session/properties} carries {@code setup-token} and
 * {@code has-user-setup}; {@code POST /api/setup {token, user, prefs}} and {@code POST /api/session {username,
 * password}} answer {@code {id}} (the session, sent back as {@code X-Metabase-Session}; a wrong password is a 400);
 * {@code GET /api/database} answers {@code {data: [...]}} with passwords masked; {@code POST /api/database},
 * {@code PUT /api/database/:id}.
 */
class MetabaseHookTest {
    private final String setupToken = UUID.randomUUID().toString();
    private final String session = UUID.randomUUID().toString();
    private final String adminPassword = UUID.randomUUID().toString();
    private final List<JsonObject> databases = new ArrayList<>();
    private boolean setUp;
    private StubServer metabase;

    @BeforeEach
    void start() throws Exception {
        metabase = new StubServer()
                .route("GET", "/api/session/properties", c -> Reply.ok(setUp ? Map.of("has-user-setup", true)
                        : Map.of("has-user-setup", false, "setup-token", setupToken)))
                .route("POST", "/api/setup", c -> {
                    JsonObject body = c.body().getAsJsonObject();
                    if (setUp || !body.get("token").getAsString().equals(setupToken)) {
                        return new Reply(403, "");
                    }
                    assertEquals(false, body.getAsJsonObject("prefs").get("allow_tracking").getAsBoolean());
                    setUp = true;
                    return Reply.ok(Map.of("id", session));
                })
                .route("POST", "/api/session", c -> c.body().getAsJsonObject().get("password").getAsString().equals(adminPassword)
                        ? Reply.ok(Map.of("id", session)) : new Reply(400, Map.of("errors", Map.of("password", "did not match stored password"))))
                .route("GET", "/api/database", authed(c -> {
                    List<JsonObject> masked = databases.stream().map(JsonObject::deepCopy).toList();
                    masked.forEach(d -> d.getAsJsonObject("details").addProperty("password", "**MetabasePass**"));
                    return Reply.ok(Map.of("data", masked, "total", masked.size()));
                }))
                .route("POST", "/api/database", authed(c -> {
                    JsonObject db = c.body().getAsJsonObject();
                    db.addProperty("id", databases.size() + 2);
                    databases.add(db);
                    return Reply.ok(db);
                }))
                .route("PUT", "/api/database/2", authed(c -> {
                    JsonObject db = c.body().getAsJsonObject();
                    db.addProperty("id", 2);
                    databases.set(0, db);
                    return Reply.ok(db);
                }))
                .route("PUT", "/api/database/3", authed(c -> {
                    JsonObject db = c.body().getAsJsonObject();
                    db.addProperty("id", 3);
                    databases.set(1, db);
                    return Reply.ok(db);
                }));
    }

    private StubServer.Route authed(StubServer.Route route) {
        return c -> session.equals(c.header("X-Metabase-Session")) ? route.handle(c) : new Reply(401, "Unauthenticated");
    }

    @AfterEach
    void stop() {
        metabase.close();
    }

    private Map<String, String> env(String clickhousePassword) {
        return env(clickhousePassword, "pg-1");
    }

    private Map<String, String> env(String clickhousePassword, String postgresPassword) {
        return HookHarness.environment(Metabase.hookSpec(false), Map.of("metabase/http", metabase.url().substring(7)),
                Map.of("metabase-admin-password", adminPassword, "ldap-clickhouse-reader-password", clickhousePassword,
                        "metabase-curated-password", postgresPassword));
    }

    @Test
    void setsUpOnceRegistersClickHouseAndPostgresThenChangesNothingThenFollowsAPasswordChange() {
        Outcome first = HookHarness.run(new MetabaseHook(), env("ch-1"));
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("metabase: created admin admin@onering.local (first-time setup)", "metabase: created database ClickHouse analytics",
                "metabase: created database Curated gold (PostgreSQL)"), first.lines(Action.CREATED));
        JsonObject curated = databases.get(1);
        assertEquals("postgres", curated.get("engine").getAsString());
        assertEquals(Map.of("host", "postgres", "port", "5432", "dbname", "curated", "user", "metabase_reader", "password", "pg-1", "ssl", "false"),
                curated.getAsJsonObject("details").entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().getAsString())));
        JsonObject registered = databases.get(0);
        assertEquals("clickhouse", registered.get("engine").getAsString());
        assertEquals("clickhouse", registered.getAsJsonObject("details").get("host").getAsString());
        assertEquals(8123, registered.getAsJsonObject("details").get("port").getAsInt());
        assertEquals("analytics", registered.getAsJsonObject("details").get("dbname").getAsString());
        assertEquals("clickhouse-reader", registered.getAsJsonObject("details").get("user").getAsString());

        int writes = metabase.writes().size();
        Outcome second = HookHarness.run(new MetabaseHook(), env("ch-1"));
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(3, second.count(Action.UNCHANGED), second.toString());
        assertEquals(writes + 1, metabase.writes().size(), "only the login may write");

        Outcome third = HookHarness.run(new MetabaseHook(), env("ch-2"));
        assertEquals(List.of("metabase: updated database ClickHouse analytics"), third.lines(Action.UPDATED));
        assertEquals("ch-2", databases.get(0).getAsJsonObject("details").get("password").getAsString());
        assertEquals(2, databases.size());

        Outcome fourth = HookHarness.run(new MetabaseHook(), env("ch-2", "pg-2"));
        assertEquals(List.of("metabase: updated database Curated gold (PostgreSQL)"), fourth.lines(Action.UPDATED));
        assertEquals("pg-2", databases.get(1).getAsJsonObject("details").get("password").getAsString());
    }

    @Test
    void withThePocProfileTheSeedsCuratedTablesAreAThirdDatabaseAsTheirOwnReadOnlyLogin() {
        Map<String, String> env = HookHarness.environment(Metabase.hookSpec(true), Map.of("metabase/http", metabase.url().substring(7)),
                Map.of("metabase-admin-password", adminPassword, "metabase-poc-password", "poc-1"));
        Outcome outcome = HookHarness.run(new MetabaseHook(), env);
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.lines(Action.CREATED).contains("metabase: created database Seed 002 curated (PostgreSQL)"), outcome.toString());
        JsonObject poc = databases.get(2);
        assertEquals("postgres", poc.get("engine").getAsString());
        assertEquals(Map.of("host", "postgres", "port", "5432", "dbname", "poc", "user", "metabase_poc_reader", "password", "poc-1", "ssl", "false"),
                poc.getAsJsonObject("details").entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().getAsString())));
    }

    @Test
    void thePocDatabaseWithoutItsLoginIsNamedBeforeMetabaseIsContacted() {
        Map<String, String> env = new java.util.HashMap<>(HookHarness.environment(Metabase.hookSpec(true),
                Map.of("metabase/http", metabase.url().substring(7)), Map.of("metabase-admin-password", adminPassword)));
        env.remove("POC_USER");
        Outcome outcome = HookHarness.run(new MetabaseHook(), env);
        assertEquals(2, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("POC_USER is not set"), outcome.err());
        assertTrue(metabase.calls().isEmpty(), "nothing contacted");
    }

    @Test
    void aWrongAdminPasswordAfterSetupNamesTheSecret() {
        assertEquals(0, HookHarness.run(new MetabaseHook(), env("ch-1")).exitCode());
        Map<String, String> env = env("ch-1");
        env.put("METABASE_ADMIN_PASSWORD", "wrong");
        Outcome outcome = HookHarness.run(new MetabaseHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("refused the credentials (HTTP 400 to POST /api/session)"), outcome.err());
        assertTrue(outcome.err().contains("secret metabase-admin-password"), outcome.err());
    }
}
