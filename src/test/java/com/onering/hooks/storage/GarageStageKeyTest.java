package com.onering.hooks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookHarness;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The stage key against a stub of Garage's admin API. Contract from Garage's published OpenAPI document
 * {@code doc/api/garage-admin-v2.json} (v2.0.0): Bearer admin token; {@code GET /v2/GetBucketInfo?globalAlias=}
 * returns the bucket with its {@code id}; {@code GET /v2/GetKeyInfo?id=} returns {@code accessKeyId, name, permissions,
 * buckets[{id, globalAliases, localAliases, permissions{read,write,owner}}]}; {@code POST /v2/ImportKey
 * {accessKeyId, secretAccessKey, name}} and {@code POST /v2/AllowBucketKey {bucketId, accessKeyId, permissions}} (which
 * only turns flags on). An unknown key is an error answer (404 NoSuchAccessKey).
 */
class GarageStageKeyTest {
    private static final String TOKEN = UUID.randomUUID().toString();
    private final String accessKey = "GK" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    private final String secret = UUID.randomUUID().toString().replace("-", "");
    private final Map<String, Map<String, Boolean>> grants = new LinkedHashMap<>();
    private final List<String> keys = new ArrayList<>();
    private StubServer garage;

    @BeforeEach
    void startGarage() throws Exception {
        garage = new StubServer()
                .route("GET", "/v2/GetBucketInfo", c -> authorized(c, () -> "stage".equals(c.param("globalAlias"))
                        ? Reply.ok(Map.of("id", "b-stage-id", "globalAliases", List.of("stage"), "keys", List.of()))
                        : new Reply(404, Map.of("code", "NoSuchBucket"))))
                .route("GET", "/v2/GetKeyInfo", c -> authorized(c, () -> keys.contains(c.param("id"))
                        ? Reply.ok(keyInfo(c.param("id")))
                        : new Reply(404, Map.of("code", "NoSuchAccessKey", "message", "Access key not found"))))
                .route("POST", "/v2/ImportKey", c -> authorized(c, () -> {
                    JsonObject body = c.body().getAsJsonObject();
                    keys.add(body.get("accessKeyId").getAsString());
                    return Reply.ok(keyInfo(body.get("accessKeyId").getAsString()));
                }))
                .route("POST", "/v2/AllowBucketKey", c -> authorized(c, () -> {
                    JsonObject body = c.body().getAsJsonObject();
                    JsonObject wanted = body.getAsJsonObject("permissions");
                    Map<String, Boolean> current = grants.computeIfAbsent(body.get("bucketId").getAsString(), k -> new LinkedHashMap<>(
                            Map.of("read", false, "write", false, "owner", false)));
                    wanted.keySet().forEach(flag -> current.put(flag, current.get(flag) || wanted.get(flag).getAsBoolean()));
                    return Reply.ok(Map.of("id", body.get("bucketId").getAsString()));
                }));
    }

    @AfterEach
    void stop() {
        garage.close();
    }

    private Map<String, Object> keyInfo(String id) {
        List<Object> buckets = new ArrayList<>();
        grants.forEach((bucket, perms) -> buckets.add(Map.of("id", bucket, "globalAliases", List.of("stage"),
                "localAliases", List.of(), "permissions", perms)));
        return Map.of("accessKeyId", id, "name", GarageStageKey.KEY_NAME, "permissions", Map.of("createBucket", false), "buckets", buckets);
    }

    private Reply authorized(StubServer.Call call, java.util.function.Supplier<Reply> then) {
        return ("Bearer " + TOKEN).equals(call.header("Authorization")) ? then.get() : new Reply(403, Map.of("code", "Forbidden"));
    }

    private String ensure(String token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = Map.of(GarageStageKey.ADMIN_ENDPOINT, garage.url(), GarageStageKey.ADMIN_TOKEN, token,
                GarageStageKey.STAGE_ACCESS_KEY, accessKey, GarageStageKey.STAGE_SECRET_KEY, secret, GarageStageKey.STAGE_BUCKET, "stage");
        new GarageStageKey(HookHarness.context("object-store", env, Path.of("."), Duration.ofSeconds(5),
                new PrintStream(out, true, StandardCharsets.UTF_8))).ensure();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsTheKeyOnceAndAllowsReadWriteOnTheStageBucketOnly() {
        String first = ensure(TOKEN);
        assertTrue(first.contains("object-store: created key onering-stage (" + accessKey + ")"), first);
        assertTrue(first.contains("object-store: created permission onering-stage read+write on stage"), first);
        JsonObject imported = garage.calls("POST", "/v2/ImportKey").get(0).body().getAsJsonObject();
        assertEquals(accessKey, imported.get("accessKeyId").getAsString());
        assertEquals(secret, imported.get("secretAccessKey").getAsString());
        assertEquals(Map.of("b-stage-id", Map.of("read", true, "write", true, "owner", false)), grants, "stage only, never owner");

        int writes = garage.writes().size();
        String second = ensure(TOKEN);
        assertTrue(second.contains("unchanged permission onering-stage read+write on stage"), second);
        assertEquals(writes, garage.writes().size(), "a second run must not write");
    }

    @Test
    void aPermissionLostSinceIsRestored() {
        ensure(TOKEN);
        grants.get("b-stage-id").put("write", false);
        String again = ensure(TOKEN);
        assertTrue(again.contains("updated permission onering-stage read+write on stage"), again);
        assertEquals(true, grants.get("b-stage-id").get("write"));
    }

    @Test
    void aWrongAdminTokenNamesTheSecretToCheck() {
        HookFailure failure = assertThrows(HookFailure.class, () -> ensure("wrong-" + TOKEN));
        assertTrue(failure.getMessage().startsWith("hook object-store: Garage admin API at " + garage.url() + " refused the credentials"),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("GARAGE_ADMIN_TOKEN"), failure.getMessage());
        assertEquals(0, garage.writes().size());
    }
}
