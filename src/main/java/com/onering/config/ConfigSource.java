package com.onering.config;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;

/**
 * The raw {@code onering:*} config values of one stack, keys without the namespace. {@code secretPaths} holds the
 * dotted paths whose values were set with {@code --secret} (e.g. {@code secrets.postgres-superuser-password}).
 */
public record ConfigSource(Map<String, Object> values, Set<String> secretPaths) {
    /** Stands in for an encrypted value the offline plan cannot decrypt. */
    public static final String ENCRYPTED = "[secret]";
    private static final String PREFIX = ConfigProblem.NAMESPACE + ":";

    public ConfigSource {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        secretPaths = Set.copyOf(secretPaths);
    }

    public static ConfigSource empty() {
        return new ConfigSource(Map.of(), Set.of());
    }

    /**
     * Reads the config the Pulumi language host hands to every program: {@code PULUMI_CONFIG} (JSON object of
     * namespaced keys to string values, objects JSON-encoded) and {@code PULUMI_CONFIG_SECRET_KEYS} (JSON array).
     */
    public static ConfigSource fromEngineEnvironment(Map<String, String> environment) {
        Gson gson = new Gson();
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> secretPaths = new HashSet<>();
        try {
            Map<?, ?> raw = gson.fromJson(environment.getOrDefault("PULUMI_CONFIG", "{}"), Map.class);
            List<?> secretKeys = gson.fromJson(environment.getOrDefault("PULUMI_CONFIG_SECRET_KEYS", "[]"), List.class);
            raw.forEach((k, v) -> {
                String key = k.toString();
                if (key.startsWith(PREFIX)) {
                    String text = v.toString();
                    String trimmed = text.trim();
                    boolean structured = trimmed.startsWith("{") || trimmed.startsWith("[");
                    values.put(key.substring(PREFIX.length()), structured ? gson.fromJson(trimmed, Object.class) : text);
                }
            });
            for (Object k : secretKeys) {
                String key = k.toString();
                if (key.startsWith(PREFIX)) {
                    String name = key.substring(PREFIX.length());
                    secretPaths.add(name);
                    // The engine marks a whole object secret; every leaf of it is then secret.
                    if (values.get(name) instanceof Map<?, ?> map) {
                        map.keySet().forEach(leaf -> secretPaths.add(name + "." + leaf));
                    }
                }
            }
        } catch (JsonSyntaxException e) {
            throw new IllegalStateException("the Pulumi engine passed malformed config: " + e.getMessage(), e);
        }
        return new ConfigSource(values, secretPaths);
    }

    /** Reads a {@code Pulumi.<stack>.yaml} file; encrypted ({@code secure:}) values become {@link #ENCRYPTED}. */
    public static ConfigSource fromStackFile(Path file) throws IOException {
        return fromStackYaml(Files.readString(file));
    }

    public static ConfigSource fromStackYaml(String yamlText) {
        Object doc = new Yaml().load(yamlText);
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> secretPaths = new HashSet<>();
        if (doc instanceof Map<?, ?> root && root.get("config") instanceof Map<?, ?> config) {
            config.forEach((k, v) -> {
                String key = k.toString();
                if (key.startsWith(PREFIX)) {
                    String name = key.substring(PREFIX.length());
                    values.put(name, decrypted(name, v, secretPaths));
                }
            });
        }
        return new ConfigSource(values, secretPaths);
    }

    private static Object decrypted(String path, Object value, Set<String> secretPaths) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.containsKey("secure")) {
                secretPaths.add(path);
                return ENCRYPTED;
            }
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k.toString(), decrypted(path + "." + k, v, secretPaths)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return Arrays.asList(list.toArray());
        }
        return value;
    }
}
