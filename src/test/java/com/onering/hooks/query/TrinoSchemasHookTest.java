package com.onering.hooks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.query.Trino;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trino-schemas hook against a stub of Trino's client protocol, as documented in "Client protocol" (trino.io/docs,
 * develop/client-protocol): {@code POST /v1/statement} with the SQL as body and {@code X-Trino-User}; every answer
 * is a QueryResults document with {@code id}, optional {@code data} rows, {@code nextUri} until the query finishes,
 * and {@code error {message, errorName}} when it failed. With password authentication ("Password file
 * authentication") every request carries HTTP Basic credentials; a wrong one gets 401.
 */
class TrinoSchemasHookTest {
    private static final Pattern CREATE = Pattern.compile("CREATE SCHEMA IF NOT EXISTS iceberg\\.(\\w+) WITH \\(location = '(s3://[^']+)'\\)");
    private static final String PASSWORD = "generated-password";
    private static final String BASIC = "Basic " + java.util.Base64.getEncoder().encodeToString(("onering-hooks:" + PASSWORD).getBytes());
    private final Set<String> schemas = ConcurrentHashMap.newKeySet();
    private final List<String> locations = new ArrayList<>();
    private StubServer trino;

    @BeforeEach
    void start() throws Exception {
        schemas.add("information_schema");
        trino = new StubServer()
                .route("POST", "/v1/statement", c -> {
                    if (c.header("X-Trino-User") == null || !BASIC.equals(c.header("Authorization"))) {
                        return new Reply(401, "");
                    }
                    Matcher create = CREATE.matcher(c.text());
                    if (c.text().equals("SHOW SCHEMAS FROM iceberg")) {
                        // First page queued, rows on the next one, as Trino pages results.
                        return Reply.ok(Map.of("id", "q1", "nextUri", "http://trino-internal:8080/v1/statement/executing/q1/y/1",
                                "stats", Map.of("state", "QUEUED")));
                    }
                    if (create.matches()) {
                        if (create.group(1).equals("bad")) {
                            return Reply.ok(Map.of("id", "q3", "error", Map.of("message", "Access Denied: Cannot create schema", "errorName", "PERMISSION_DENIED")));
                        }
                        schemas.add(create.group(1));
                        locations.add(create.group(2));
                        return Reply.ok(Map.of("id", "q2", "stats", Map.of("state", "FINISHED")));
                    }
                    return Reply.ok(Map.of("id", "q9", "error", Map.of("message", "unexpected " + c.text())));
                })
                .route("GET", "/v1/statement/executing/q1/y/1", c -> Reply.ok(Map.of("id", "q1",
                        "data", schemas.stream().map(List::of).toList(), "stats", Map.of("state", "FINISHED"))));
    }

    @AfterEach
    void stop() {
        trino.close();
    }

    private Outcome apply() {
        return apply(PASSWORD);
    }

    private Outcome apply(String password) {
        Map<String, String> env = new HashMap<>(HookHarness.environment(Trino.hookSpec(), Map.of("trino/https", "trino.test"),
                Map.of(Trino.passwordSecret(TrinoSchemasHook.TRINO_USER), password)));
        env.put(TrinoSchemasHook.URL, trino.url());  // the stub speaks plain HTTP
        return HookHarness.run(new TrinoSchemasHook(), env);
    }

    @Test
    void aRefusedPasswordFailsAtOnceNamingTheCredentials() {
        Outcome refused = apply("wrong");
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.toString().contains("TRINO_USER and TRINO_PASSWORD"), refused.toString());
        assertTrue(schemas.equals(Set.of("information_schema")), refused.toString());
    }

    @Test
    void createsTheMedallionSchemasInTheWarehouseBucketThenNothing() {
        Outcome first = apply();
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(3, first.count(Action.CREATED), first.toString());
        assertEquals(List.of("s3://iceberg/bronze", "s3://iceberg/silver", "s3://iceberg/gold"), locations);
        Outcome second = apply();
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(3, second.count(Action.UNCHANGED), second.toString());
        assertEquals(3, locations.size(), "nothing is created twice");

        schemas.remove("gold");
        Outcome third = apply();
        assertEquals(List.of("trino-schemas: created schema iceberg.gold"), third.lines(Action.CREATED));
    }

    @Test
    void aQueryErrorNamesTheStatementAndTrinosReason() {
        trino.route("GET", "/v1/statement/executing/q1/y/1", c -> Reply.ok(Map.of("id", "q1",
                "error", Map.of("message", "Catalog 'iceberg' not found", "errorName", "CATALOG_NOT_FOUND"))));
        Outcome outcome = apply();
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook trino-schemas: Trino at " + trino.url() + " rejected `SHOW SCHEMAS FROM iceberg`: "
                + "Catalog 'iceberg' not found (CATALOG_NOT_FOUND)"), outcome.err());
    }
}
