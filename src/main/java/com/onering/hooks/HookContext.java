package com.onering.hooks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What a running hook gets: its settings (from the environment), the config folder, a report, and bounded retries. */
public final class HookContext {
    private final String hook;
    private final Map<String, String> environment;
    private final Path configRoot;
    private final HookReport report;
    private final Duration timeout;
    private final Clock clock;

    public HookContext(String hook, Map<String, String> environment, Path configRoot, HookReport report, Duration timeout, Clock clock) {
        this.hook = hook;
        this.environment = Map.copyOf(environment);
        this.configRoot = configRoot;
        this.report = report;
        this.timeout = timeout;
        this.clock = clock;
    }

    public String hook() {
        return hook;
    }

    public HookReport report() {
        return report;
    }

    public Path configRoot() {
        return configRoot;
    }

    /** A required setting; missing ones fail with the variable's name, before anything is touched. */
    public String require(String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new HookFailure("hook " + hook + ": environment variable " + variable + " is not set (the provisioner passes it; "
                    + "when running by hand, export it first)");
        }
        return value;
    }

    /**
     * A file under the config folder the hook applies; a missing one fails before anything is touched, naming the
     * file and {@code fix}.
     */
    public Path configFile(String relativePath, String fix) {
        Path file = configRoot.resolve(relativePath);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new HookFailure("hook " + hook + ": " + file + " is missing; " + fix);
        }
        return file;
    }

    public Optional<String> optional(String variable) {
        return Optional.ofNullable(environment.get(variable)).filter(v -> !v.isBlank());
    }

    /** An operation against a service that may still be starting: retried until it succeeds or the timeout passes. */
    @FunctionalInterface
    public interface Attempt<T> {
        T call() throws Exception;
    }

    /**
     * Retries {@code attempt} while {@code retryable} says the failure is transient (connection refused, service
     * starting); other failures propagate at once. On timeout the message names the service and endpoint.
     */
    public <T> T retrying(String service, String endpoint, java.util.function.Predicate<Exception> retryable, Attempt<T> attempt) {
        Instant deadline = clock.instant().plus(timeout);
        Duration pause = Duration.ofMillis(250);
        while (true) {
            try {
                return attempt.call();
            } catch (Exception e) {
                if (!retryable.test(e)) {
                    throw e instanceof HookFailure failure ? failure
                            : new HookFailure("hook " + hook + ": " + service + " at " + endpoint + " failed: " + describe(e), e);
                }
                if (clock.instant().plus(pause).isAfter(deadline)) {
                    throw new HookFailure("hook " + hook + ": timed out after " + timeout.toSeconds() + "s waiting for " + service
                            + " at " + endpoint + " (last error: " + describe(e) + "); check that it is running and reachable", e);
                }
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : pause.multipliedBy(2);
            }
        }
    }

    /** Exception text for a message: some (a refused connection) carry no message of their own. */
    private static String describe(Exception e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HookFailure("interrupted while waiting to retry", e);
        }
    }
}
