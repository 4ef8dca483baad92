package com.onering.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.orchestration.AirflowHook;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Settings checked before any connection, progress while waiting, and failures that waiting cannot heal: on a fake clock. */
class HookContextTest {
    /** A clock that only moves when the hook pauses, so the test never waits and never depends on machine speed. */
    private static final class FakeTime {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");
        private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

        HookContext context(Map<String, String> env, Duration timeout) {
            Clock clock = new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
            HookContext.Waiting waiting = new HookContext.Waiting(clock, d -> now = now.plus(d),
                    new PrintStream(progress, true, StandardCharsets.UTF_8));
            return new HookContext("probe", env, Path.of("config"), new HookReport("probe", System.out), timeout, waiting);
        }

        List<String> progressLines() {
            return progress.toString(StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void everyMissingOrMalformedSettingIsReportedAtOnceByName() {
        HookContext context = new FakeTime().context(Map.of("AIRFLOW_URL", "127.0.0.1:8080"), Duration.ofSeconds(60));
        HookSettingsFailure failure = assertThrows(HookSettingsFailure.class,
                () -> context.settings("AIRFLOW_URL", "AIRFLOW_USER", "AIRFLOW_PASSWORD"));
        assertTrue(failure.getMessage().contains("3 settings to fix"), failure.getMessage());
        assertTrue(failure.getMessage().contains("AIRFLOW_URL='127.0.0.1:8080' is not an address; write scheme://host:port"), failure.getMessage());
        assertTrue(failure.getMessage().contains("AIRFLOW_USER is not set"), failure.getMessage());
        assertTrue(failure.getMessage().contains("AIRFLOW_PASSWORD is not set"), failure.getMessage());
    }

    @Test
    void aCommaSeparatedSettingIsItsTrimmedNonBlankItems() {
        HookContext context = new FakeTime().context(Map.of("S3_BUCKETS", " bronze, ,silver ,", "BLANK", " "), Duration.ofSeconds(60));
        assertEquals(List.of("bronze", "silver"), context.list("S3_BUCKETS"));
        assertEquals(List.of(), context.list("BLANK"));
        assertEquals(List.of(), context.list("UNSET"));
    }

    @Test
    void aHookWithBadSettingsExitsWithUsageStatusBeforeAnyConnection() {
        HookHarness.Outcome outcome = HookHarness.run(new AirflowHook(), Map.of("AIRFLOW_URL", "htp//airflow"), Path.of("config"),
                Duration.ofSeconds(5));
        assertEquals(2, outcome.exitCode(), outcome.toString());
        for (String variable : List.of("AIRFLOW_URL", "AIRFLOW_USER", "AIRFLOW_PASSWORD", "AIRFLOW_CONNECTIONS", "AIRFLOW_VARIABLES")) {
            assertTrue(outcome.err().contains(variable), outcome.toString());
        }
    }

    @Test
    void waitingForAServiceSaysWhatWhereHowLongAndUntilWhenAtLeastEveryTenSeconds() {
        FakeTime time = new FakeTime();
        HookContext context = time.context(Map.of(), Duration.ofSeconds(60));
        AtomicInteger attempts = new AtomicInteger();
        String answer = context.retrying("Airflow API", "http://127.0.0.1:8080", e -> e instanceof ConnectException, () -> {
            if (attempts.incrementAndGet() < 12) {
                throw new ConnectException("Connection refused");
            }
            return "up";
        });
        assertEquals("up", answer);
        List<String> lines = time.progressLines();
        assertTrue(lines.size() >= 3, "about 40 s of waiting: " + lines);
        assertTrue(lines.get(0).startsWith("hook probe: waiting for Airflow API at http://127.0.0.1:8080, 1"), lines.get(0));
        assertTrue(lines.get(0).contains("s so far, until 2026-01-01T00:01:00Z (last error: Connection refused)"), lines.get(0));
    }

    @Test
    void anUnknownHostStopsTheWaitAtOnceWithTheFix() {
        FakeTime time = new FakeTime();
        HookContext context = time.context(Map.of(), Duration.ofSeconds(180));
        AtomicInteger attempts = new AtomicInteger();
        HookFailure failure = assertThrows(HookFailure.class, () -> context.retrying("Trino", "http://trino.invalid:8080",
                e -> true, () -> {
                    attempts.incrementAndGet();
                    throw new UnknownHostException("trino.invalid");
                }));
        assertEquals(1, attempts.get(), "retried a failure that waiting cannot heal");
        assertTrue(failure.getMessage().contains("unknown host trino.invalid; check the host"), failure.getMessage());
    }

    @Test
    void aMalformedAddressStopsTheWaitAtOnce() {
        HookContext context = new FakeTime().context(Map.of(), Duration.ofSeconds(180));
        HookFailure failure = assertThrows(HookFailure.class, () -> context.retrying("Metabase", "htp://127.0.0.1:3000",
                e -> true, () -> {
                    throw new IllegalArgumentException("invalid URI scheme htp");
                }));
        assertTrue(failure.getMessage().contains("malformed address (invalid URI scheme htp); write scheme://host:port"), failure.getMessage());
    }
}
