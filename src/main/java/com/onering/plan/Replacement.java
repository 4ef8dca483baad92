package com.onering.plan;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which inputs make a provider replace a resource rather than update it: the {@code willReplaceOnChanges} flags of
 * the official provider schemas (sdks/schemas/), for the resource types the platform creates, kept in
 * {@value #RESOURCE} (checked against the schemas by {@code ReplacementTableTest}). Types without flags (the random
 * provider marks none) are never called replaced: the provider decides.
 */
final class Replacement {
    static final String RESOURCE = "com/onering/plan/replace-on-changes.json";
    private static final Map<String, Set<String>> TABLE = load();

    private Replacement() {
    }

    /** The changed top-level inputs that force a replacement of a resource of this type, sorted; empty for an update. */
    static List<String> forcedBy(String type, List<String> changedInputs) {
        Set<String> forcing = TABLE.getOrDefault(type, Set.of());
        return changedInputs.stream().filter(forcing::contains).distinct().sorted().toList();
    }

    static Map<String, Set<String>> table() {
        return TABLE;
    }

    private static Map<String, Set<String>> load() {
        try (InputStream in = Replacement.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("expected resource '" + RESOURCE + "' on the classpath, not found");
            }
            JsonObject json = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            Map<String, Set<String>> table = new TreeMap<>();
            json.entrySet().forEach(e -> {
                Set<String> inputs = new TreeSet<>();
                e.getValue().getAsJsonArray().forEach((JsonElement input) -> inputs.add(input.getAsString()));
                table.put(e.getKey(), Set.copyOf(inputs));
            });
            return Map.copyOf(table);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
