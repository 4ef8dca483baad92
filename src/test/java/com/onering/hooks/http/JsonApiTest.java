package com.onering.hooks.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.onering.hooks.HookFailure;
import com.onering.hooks.HookHarness;
import com.onering.hooks.StubServer;
import com.onering.hooks.StubServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What JsonApi sends again after a failure: never a POST the service may already have handled. */
class JsonApiTest {
    private StubServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    private JsonApi api() {
        return new JsonApi(HookHarness.context("test", Map.of(), Path.of("."), Duration.ofSeconds(10),
                new PrintStream(new ByteArrayOutputStream())), "Test API", server.url(), "the test credentials");
    }

    /** Answers 504 (a gateway timed out waiting: the service may have done the work) once, then 200. */
    private static StubServer.Route timeoutOnce(AtomicInteger calls) {
        return c -> calls.incrementAndGet() == 1 ? new Reply(504, Map.of("detail", "gateway timeout")) : Reply.ok(Map.of("ok", true));
    }

    @Test
    void aPostThatMayHaveBeenHandledIsNotSentAgain() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = new StubServer().route("POST", "/things", timeoutOnce(calls));
        JsonApi.Response response = api().post("/things", Map.of("name", "a"));
        assertEquals(504, response.status());
        assertEquals(1, calls.get());
    }

    @Test
    void aGetIsRetriedUntilTheServiceAnswers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = new StubServer().route("GET", "/things", timeoutOnce(calls));
        assertEquals(200, api().get("/things").status());
        assertEquals(2, calls.get());
    }

    @Test
    void aPostToAServiceThatIsStillStartingIsRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server = new StubServer().route("POST", "/things", c -> calls.incrementAndGet() == 1
                ? new Reply(503, Map.of("detail", "starting")) : Reply.ok(Map.of("ok", true)));
        assertEquals(200, api().post("/things", Map.of("name", "a")).status());
        assertEquals(2, calls.get());
    }

    @Test
    void refusedCredentialsFailAtOnceNamingThem() throws Exception {
        server = new StubServer().route("GET", "/things", c -> new Reply(401, Map.of()));
        HookFailure failure = assertThrows(HookFailure.class, () -> api().get("/things"));
        assertEquals(true, failure.getMessage().contains("check the test credentials"), failure.getMessage());
    }
}
