package com.onering.hooks.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.testsupport.TestServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The object-store hook against the real s3proxy test server. What it did is read back with curl's own SigV4 signer
 * (an independent client, not the hook's SDK). Each test uses fresh bucket names, since the server keeps state.
 */
@Tag("integration")
class ObjectStoreHookIntegrationTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path config;
    private TestServers.S3 s3;
    private String suffix;
    private List<String> buckets;
    private List<ObjectStoreHook.Seed> seeds;

    @BeforeEach
    void seedFiles() throws Exception {
        s3 = TestServers.s3();
        suffix = UUID.randomUUID().toString().substring(0, 8);
        buckets = List.of("bronze-" + suffix, "features-" + suffix, "stage-" + suffix);
        seeds = List.of(new ObjectStoreHook.Seed(buckets.get(0), "demo/orders.csv", "seed-data/orders.csv"),
                new ObjectStoreHook.Seed(buckets.get(1), "featurestore/customer_transactions.csv", "seed-data/featurestore/tx.csv"));
        Files.createDirectories(config.resolve("seed-data/featurestore"));
        Files.writeString(config.resolve("seed-data/orders.csv"), "order_id,customer_id\nORD-1,C1\n");
        Files.writeString(config.resolve("seed-data/featurestore/tx.csv"), "customer_id,txn_count_7d\n1001,5\n");
    }

    private Map<String, String> env() {
        return env(buckets, seeds);
    }

    private Map<String, String> env(List<String> buckets, List<ObjectStoreHook.Seed> seeds) {
        Map<String, String> env = new HashMap<>();
        env.put(ObjectStoreHook.BUCKETS, String.join(",", buckets));
        env.put(ObjectStoreHook.SEEDS, ObjectStoreHook.encode(seeds));
        env.put("S3_ENDPOINT", s3.endpoint().toString());
        env.put("S3_REGION", s3.region());
        env.put("S3_ACCESS_KEY", s3.accessKey());
        env.put("S3_SECRET_KEY", s3.secretKey());
        return env;
    }

    private Outcome apply(Map<String, String> env, Duration timeout) {
        return HookHarness.run(ObjectStoreHook.platform(), env, config, timeout);
    }

    @Test
    void createsBucketsAndUploadsThenChangesNothingThenOnlyTheDifference() throws Exception {
        Outcome first = apply(env(), TIMEOUT);
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(5, first.count(Action.CREATED), first.toString());
        String listing = curl("/");
        buckets.forEach(b -> assertTrue(listing.contains("<Name>" + b + "</Name>"), b + " missing from " + listing));
        assertEquals("order_id,customer_id\nORD-1,C1\n", curl("/" + buckets.get(0) + "/demo/orders.csv"));
        assertTrue(curl("/" + buckets.get(1) + "?list-type=2").contains("<Key>featurestore/customer_transactions.csv</Key>"));

        Outcome second = apply(env(), TIMEOUT);
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(5, second.count(Action.UNCHANGED), second.toString());
        assertEquals(0, second.count(Action.CREATED) + second.count(Action.UPDATED), second.toString());

        Files.writeString(config.resolve("seed-data/orders.csv"), "order_id,customer_id\nORD-1,C1\nORD-2,C2\n");
        Outcome third = apply(env(), TIMEOUT);
        assertEquals(0, third.exitCode(), third.toString());
        assertEquals(List.of("object-store: updated object s3://" + buckets.get(0) + "/demo/orders.csv"), third.lines(Action.UPDATED));
        assertEquals(4, third.count(Action.UNCHANGED), third.toString());
        assertEquals("order_id,customer_id\nORD-1,C1\nORD-2,C2\n", curl("/" + buckets.get(0) + "/demo/orders.csv"));
    }

    @Test
    void waitsForAServerThatIsDownAndCompletesOnceItIsBack() throws Exception {
        TestServers.kill("s3");
        try {
            CompletableFuture<Outcome> run = CompletableFuture.supplyAsync(() -> apply(env(), Duration.ofSeconds(120)));
            Thread.sleep(1500);
            assertFalse(run.isDone(), "the hook must keep retrying while the server is down");
            TestServers.restart("s3");
            Outcome outcome = run.get(150, TimeUnit.SECONDS);
            assertEquals(0, outcome.exitCode(), outcome.toString());
            assertEquals(5, outcome.count(Action.CREATED), outcome.toString());
        } finally {
            if (!TestServers.isRunning("s3")) {
                TestServers.restart("s3");
            }
        }
    }

    @Test
    void aServerKilledMidRunFailsClearlyAndTheNextRunFinishes() throws Exception {
        // The first bucket exists, then the server dies: the run gives up with the endpoint in the message.
        assertEquals(0, HookHarness.run(ObjectStoreHook.platform(), env(buckets.subList(0, 1), List.of()), config, TIMEOUT).exitCode());
        TestServers.kill("s3");
        try {
            Outcome failed = apply(env(), Duration.ofSeconds(3));
            assertEquals(1, failed.exitCode(), failed.toString());
            assertTrue(failed.err().contains("hook object-store: timed out after 3s waiting for object store at " + s3.endpoint()), failed.err());
        } finally {
            TestServers.restart("s3");
        }
        Outcome rerun = apply(env(), TIMEOUT);
        assertEquals(0, rerun.exitCode(), rerun.toString());
        assertEquals(List.of("object-store: unchanged bucket " + buckets.get(0)), rerun.lines(Action.UNCHANGED));
        assertEquals(4, rerun.count(Action.CREATED), rerun.toString());
    }

    @Test
    void aMissingSeedFileFailsBeforeAnythingIsCreated() throws Exception {
        Files.delete(config.resolve("seed-data/featurestore/tx.csv"));
        Outcome outcome = apply(env(), TIMEOUT);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().startsWith("hook object-store: " + config.resolve("seed-data/featurestore/tx.csv") + " is missing;"), outcome.err());
        assertFalse(curl("/").contains(buckets.get(0)), "nothing may be created when an input is missing");
    }

    @Test
    void anUnreachableEndpointTimesOutNamingIt() {
        Map<String, String> env = env();
        env.put("S3_ENDPOINT", "http://127.0.0.1:1");
        Outcome outcome = apply(env, Duration.ofSeconds(2));
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("hook object-store: timed out after 2s waiting for object store at http://127.0.0.1:1"), outcome.err());
        assertTrue(outcome.err().contains("check that it is running and reachable"), outcome.err());
    }

    @Test
    void wrongCredentialsAreRefusedAtOnceNamingTheVariables() {
        Map<String, String> env = env();
        env.put("S3_SECRET_KEY", "not-the-" + suffix);
        Outcome outcome = apply(env, TIMEOUT);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("refused the credentials"), outcome.err());
        assertTrue(outcome.err().contains("S3_SECRET_KEY"), outcome.err());
    }

    @Test
    void aBucketNameTheEngineRejectsIsNamedAndTheFixedRunCompletes() throws Exception {
        List<String> withBadName = List.of(buckets.get(0), "Bad_Bucket_" + suffix);
        Outcome outcome = HookHarness.run(ObjectStoreHook.platform(), env(withBadName, seeds), config, TIMEOUT);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("rejected the bucket name in 'create bucket Bad_Bucket_" + suffix + "'"), outcome.err());
        assertTrue(outcome.err().contains("fix S3_BUCKETS (the object-store component's bucket list)"), outcome.err());
        Outcome fixed = apply(env(), TIMEOUT);
        assertEquals(0, fixed.exitCode(), fixed.toString());
        assertEquals(List.of("object-store: unchanged bucket " + buckets.get(0)), fixed.lines(Action.UNCHANGED));
    }

    /** A signed GET with curl (SigV4; s3proxy wants the payload hash header spelled out). */
    private String curl(String path) {
        TestServers.CommandResult r = TestServers.run(List.of("curl", "-sS", "--fail-with-body",
                "--aws-sigv4", "aws:amz:" + s3.region() + ":s3", "--user", s3.accessKey() + ":" + s3.secretKey(),
                "-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD", s3.endpoint() + path), Map.of(), 30);
        assertEquals(0, r.exitCode(), r.output());
        return r.output();
    }
}
