package com.onering.hooks;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a running hook gets: its settings (from the environment), the config folder, a report, and bounded retries. */
public final class HookContext {
    /** How often a hook that waits for a service says so: a silent minute looks like a hang. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final String hook;
    private final Map<String, String> environment;
    private final Path configRoot;
    private final HookReport report;
    private final Duration timeout;
    private final Waiting waiting;

    /** How a hook waits: the clock deadlines are measured on, how it pauses, and where it reports its progress. */
    public record Waiting(Clock clock, Pause pause, PrintStream progress) {
        public static Waiting real(PrintStream progress) {
            return new Waiting(Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), progress);
        }
    }

    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    public HookContext(String hook, Map<String, String> environment, Path configRoot, HookReport report, Duration timeout, Waiting waiting) {
        this.hook = hook;
        this.environment = Map.copyOf(environment);
        this.configRoot = configRoot;
        this.report = report;
        this.timeout = timeout;
        this.waiting = waiting;
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

    /** A required setting holding JSON; malformed JSON fails naming the variable. */
    public JsonElement json(String variable) {
        try {
            return JsonParser.parseString(require(variable));
        } catch (JsonSyntaxException e) {
            throw new HookFailure("hook " + hook + ": " + variable + " is not valid JSON (" + e.getMessage() + ")");
        }
    }

    /** A required setting; missing ones fail with the variable's name, before anything is touched. */
    public String require(String variable) {
        settings(variable);
        return environment.get(variable);
    }

    /**
     * Checks every setting a hook needs before its first connection and reports all that are missing or malformed at
     * once, by name: an address ({@code *_URL}, {@code *_ENDPOINT}) must be {@code scheme://host[:port][/path]}.
     */
    public void settings(String... required) {
        List<String> problems = new ArrayList<>();
        for (String variable : required) {
            String value = environment.get(variable);
            if (value == null || value.isBlank()) {
                problems.add(variable + " is not set (the provisioner passes it; when running by hand, export it first)");
            } else if ((variable.endsWith("_URL") || variable.endsWith("_ENDPOINT")) && !isAddress(value)) {
                problems.add(variable + "='" + value + "' is not an address; write scheme://host:port, e.g. http://127.0.0.1:8080");
            }
        }
        if (problems.size() == 1) {
            throw new HookSettingsFailure("hook " + hook + ": environment variable " + problems.get(0));
        }
        if (!problems.isEmpty()) {
            throw new HookSettingsFailure("hook " + hook + ": " + problems.size() + " settings to fix:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static boolean isAddress(String value) {
        try {
            // JDBC URLs carry the driver's scheme after "jdbc:".
            URI uri = new URI(value.startsWith("jdbc:") ? value.substring("jdbc:".length()) : value);
            return uri.getScheme() != null && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
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

    /** The items of a comma-separated setting, trimmed, blanks left out; empty when it is not set. */
    public List<String> list(String variable) {
        return optional(variable).stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim).filter(v -> !v.isEmpty()).toList();
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
        Instant start = waiting.clock().instant();
        Instant deadline = start.plus(timeout);
        Instant lastProgress = start;
        Duration pause = Duration.ofMillis(250);
        while (true) {
            try {
                return attempt.call();
            } catch (Exception e) {
                Optional<String> incurable = incurable(e);
                if (incurable.isPresent()) {
                    throw new HookFailure("hook " + hook + ": " + service + " at " + endpoint + ": " + incurable.get(), e);
                }
                if (!retryable.test(e)) {
                    throw e instanceof HookFailure failure ? failure
                            : new HookFailure("hook " + hook + ": " + service + " at " + endpoint + " failed: " + describe(e), e);
                }
                Instant now = waiting.clock().instant();
                if (now.plus(pause).isAfter(deadline)) {
                    throw new HookFailure("hook " + hook + ": timed out after " + timeout.toSeconds() + "s waiting for " + service
                            + " at " + endpoint + " (last error: " + describe(e) + "); check that it is running and reachable", e);
                }
                if (!now.isBefore(lastProgress.plus(PROGRESS_EVERY))) {
                    waiting.progress().println("hook " + hook + ": waiting for " + service + " at " + endpoint + ", "
                            + Duration.between(start, now).toSeconds() + "s so far, until " + deadline + " (last error: " + describe(e) + ")");
                    lastProgress = now;
                }
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : pause.multipliedBy(2);
            }
        }
    }

    /**
     * A failure waiting cannot heal, with its fix: an unknown host or a malformed address stays so however long the hook
     * waits, so it stops at once instead of timing out minutes later as if the server were down.
     */
    private static Optional<String> incurable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return Optional.of("unknown host " + cause.getMessage() + "; check the host in the hook's address setting "
                        + "(a workload's name where the hook runs inside the platform's network, a published address where it runs on this machine)");
            }
            if (cause instanceof URISyntaxException || cause instanceof MalformedURLException
                    || (cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).contains("URI"))) {
                return Optional.of("malformed address (" + describe(cause) + "); write scheme://host:port, e.g. http://127.0.0.1:8080");
            }
        }
        return Optional.empty();
    }

    /** Exception text for a message: some (a refused connection) carry no message of their own. */
    private static String describe(Throwable e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void sleep(Duration pause) {
        try {
            waiting.pause().sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HookFailure("interrupted while waiting to retry", e);
        }
    }
}
