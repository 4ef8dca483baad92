package com.onering.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a map-valued setting ({@code onering:<name>}: kubernetes, host, publicEntry) one key at a time; every mistake
 * becomes a problem named {@code <name>.<key>}.
 */
record SettingsReader(String name, Map<?, ?> settings, List<ConfigProblem> problems) {

    /**
     * The reader of {@code raw} (absent: an empty map), after a problem for each key outside {@code keys}; a value that
     * is not a map is one problem saying it must be a map of {@code what}, and reads as an empty map.
     */
    static SettingsReader of(String name, String what, Object raw, Set<String> keys, List<ConfigProblem> problems) {
        String known = String.join(", ", new TreeSet<>(keys));
        if (raw != null && !(raw instanceof Map<?, ?>)) {
            problems.add(ConfigProblem.of(name, "must be a map of " + what + " (" + known + ")"));
        }
        Map<?, ?> settings = raw instanceof Map<?, ?> map ? map : Map.of();
        settings.keySet().stream().map(String::valueOf).filter(k -> !keys.contains(k)).sorted().forEach(k -> problems.add(ConfigProblem.of(
                name + "." + k, "unknown setting" + NearMiss.suggestion(k, keys) + "; known settings are " + known)));
        return new SettingsReader(name, settings, problems);
    }

    /** The value of an optional key, stripped; an empty value is a problem. */
    Optional<String> string(String key) {
        Object value = settings.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            problem(key, "is empty; remove it or give a value");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The value of a key that must be given; missing or empty, {@code whenMissing} is the problem. */
    Optional<String> required(String key, String whenMissing) {
        Object value = settings.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            problem(key, whenMissing);
            return Optional.empty();
        }
        return Optional.of(String.valueOf(value).strip());
    }

    /** The value of {@code key} when it matches {@code pattern}; otherwise a problem saying it is not {@code expected}. */
    Optional<String> matching(String key, Pattern pattern, String expected) {
        return check(key, string(key), pattern, expected);
    }

    /** A value already read, kept when it matches {@code pattern}; otherwise a problem saying it is not {@code expected}. */
    Optional<String> check(String key, Optional<String> value, Pattern pattern, String expected) {
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            problem(key, "'" + value.get() + "' is not " + expected);
            return Optional.empty();
        }
        return value;
    }

    void problem(String key, String message) {
        problems.add(ConfigProblem.of(name + "." + key, message));
    }
}
