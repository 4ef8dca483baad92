package com.onering.hooks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookHarness;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.hooks.storage.GarageScopedKeys.ScopedKey;
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
 * Keys scoped to one bucket each, against a stub of Garage's admin API. Contract from Garage's published OpenAPI
 * document {@code doc/api/garage-admin-v2.json} (v2.0.0): Bearer admin token; {@code GET /v2/GetBucketInfo?globalAlias=}
 * returns the bucket with its {@code id}; {@code GET /v2/GetKeyInfo?id=} returns {@code accessKeyId, name, permissions,
 * buckets[{id, globalAliases, localAliases, permissions{read,write,owner}}]}; {@code POST /v2/ImportKey
 * {accessKeyId, secretAccessKey, name}} and {@code POST /v2/AllowBucketKey {bucketId, accessKeyId, permissions}} (which
 * only turns flags on). An unknown key is an error answer (404 NoSuchAccessKey).
 */
class GarageScopedKeysTest {
    private static final String TOKEN = UUID.randomUUID().toString();
    private static final Map<String, String> BUCKET_IDS = Map.of("stage", "b-stage-id", "pipeline-demo", "b-demo-id");
    private final ScopedKey stage = key("onering-stage", "stage");
    private final ScopedKey pipeline = key("pipeline-demo", "pipeline-demo");
    /** Permissions by access key, then bucket id. */
    private final Map<String, Map<String, Map<String, Boolean>>> grants = new LinkedHashMap<>();
    private final Map<String, String> keyNames = new LinkedHashMap<>();
    private StubServer garage;

    private static ScopedKey key(String name, String bucket) {
        return new ScopedKey(name, bucket, "GK" + UUID.randomUUID().toString().replace("-", "").substring(0, 24),
                UUID.randomUUID().toString().replace("-", ""));
    }

    @BeforeEach
    void startGarage() throws Exception {
        garage = new StubServer()
                .route("GET", "/v2/GetBucketInfo", c -> authorized(c, () -> BUCKET_IDS.containsKey(c.param("globalAlias"))
                        ? Reply.ok(Map.of("id", BUCKET_IDS.get(c.param("globalAlias")), "globalAliases", List.of(c.param("globalAlias")),
                                "keys", List.of()))
                        : new Reply(404, Map.of("code", "NoSuchBucket"))))
                .route("GET", "/v2/GetKeyInfo", c -> authorized(c, () -> keyNames.containsKey(c.param("id"))
                        ? Reply.ok(keyInfo(c.param("id")))
                        : new Reply(404, Map.of("code", "NoSuchAccessKey", "message", "Access key not found"))))
                .route("POST", "/v2/ImportKey", c -> authorized(c, () -> {
                    JsonObject body = c.body().getAsJsonObject();
                    keyNames.put(body.get("accessKeyId").getAsString(), body.get("name").getAsString());
                    return Reply.ok(keyInfo(body.get("accessKeyId").getAsString()));
                }))
                .route("POST", "/v2/AllowBucketKey", c -> authorized(c, () -> {
                    JsonObject body = c.body().getAsJsonObject();
                    JsonObject wanted = body.getAsJsonObject("permissions");
                    Map<String, Boolean> current = grants.computeIfAbsent(body.get("accessKeyId").getAsString(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(body.get("bucketId").getAsString(), k -> new LinkedHashMap<>(
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
        grants.getOrDefault(id, Map.of()).forEach((bucket, perms) -> buckets.add(Map.of("id", bucket, "globalAliases", List.of(),
                "localAliases", List.of(), "permissions", perms)));
        return Map.of("accessKeyId", id, "name", keyNames.get(id), "permissions", Map.of("createBucket", false), "buckets", buckets);
    }

    private Reply authorized(StubServer.Call call, java.util.function.Supplier<Reply> then) {
        return ("Bearer " + TOKEN).equals(call.header("Authorization")) ? then.get() : new Reply(403, Map.of("code", "Forbidden"));
    }

    private String ensure(String token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = Map.of(GarageScopedKeys.ADMIN_ENDPOINT, garage.url(), GarageScopedKeys.ADMIN_TOKEN, token,
                GarageScopedKeys.KEYS, GarageScopedKeys.encode(List.of(stage, pipeline)));
        new GarageScopedKeys(HookHarness.context("object-store", env, Path.of("."), Duration.ofSeconds(5),
                new PrintStream(out, true, StandardCharsets.UTF_8))).ensureAll();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importsEachKeyOnceAndAllowsReadWriteOnItsOwnBucketOnly() {
        String first = ensure(TOKEN);
        assertTrue(first.contains("object-store: created key onering-stage (" + stage.accessKeyId() + ")"), first);
        assertTrue(first.contains("object-store: created permission onering-stage read+write on stage"), first);
        assertTrue(first.contains("object-store: created permission pipeline-demo read+write on pipeline-demo"), first);
        JsonObject imported = garage.calls("POST", "/v2/ImportKey").get(0).body().getAsJsonObject();
        assertEquals(stage.accessKeyId(), imported.get("accessKeyId").getAsString());
        assertEquals(stage.secretAccessKey(), imported.get("secretAccessKey").getAsString());
        Map<String, Boolean> readWrite = Map.of("read", true, "write", true, "owner", false);
        assertEquals(Map.of(stage.accessKeyId(), Map.of("b-stage-id", readWrite), pipeline.accessKeyId(), Map.of("b-demo-id", readWrite)),
                grants, "each key on its own bucket only, never owner");

        int writes = garage.writes().size();
        String second = ensure(TOKEN);
        assertTrue(second.contains("unchanged permission onering-stage read+write on stage"), second);
        assertTrue(second.contains("unchanged permission pipeline-demo read+write on pipeline-demo"), second);
        assertEquals(writes, garage.writes().size(), "a second run must not write");
    }

    @Test
    void aPermissionLostSinceIsRestored() {
        ensure(TOKEN);
        grants.get(pipeline.accessKeyId()).get("b-demo-id").put("write", false);
        String again = ensure(TOKEN);
        assertTrue(again.contains("updated permission pipeline-demo read+write on pipeline-demo"), again);
        assertEquals(true, grants.get(pipeline.accessKeyId()).get("b-demo-id").get("write"));
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
