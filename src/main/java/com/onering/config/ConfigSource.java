package com.onering.config;

import com.google.gson.Gson;
import com.google.gson.JsonSyntaxException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The raw {@code onering:*} config values of one stack, keys without the namespace. {@code secretPaths} holds the
 * dotted paths whose values were set with {@code --secret} (e.g. {@code secrets.postgres-superuser-password}).
 * {@code problems} are what was wrong with the file itself (its YAML, its layout, a misspelt namespace): the loader
 * reports them with everything else it finds.
 */
public record ConfigSource(Map<String, Object> values, Set<String> secretPaths, List<ConfigProblem> problems) {
    private static final String PREFIX = ConfigProblem.NAMESPACE + ":";
    private static final Pattern DUPLICATE_KEY = Pattern.compile("found duplicate key (.*)");

    public ConfigSource {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        secretPaths = Set.copyOf(secretPaths);
        problems = List.copyOf(problems);
    }

    public static ConfigSource empty() {
        return new ConfigSource(Map.of(), Set.of(), List.of());
    }

    /**
     * Reads the config the Pulumi language host hands to every program: {@code PULUMI_CONFIG} (JSON object of
     * namespaced keys to string values, objects JSON-encoded) and {@code PULUMI_CONFIG_SECRET_KEYS} (JSON array).
     */
    public static ConfigSource fromEngineEnvironment(Map<String, String> environment) {
        Gson gson = new Gson();
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> secretPaths = new HashSet<>();
        List<ConfigProblem> problems = new ArrayList<>();
        try {
            Map<?, ?> raw = gson.fromJson(environment.getOrDefault("PULUMI_CONFIG", "{}"), Map.class);
            problems.addAll(misspeltNamespaces(raw.keySet()));
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
        return new ConfigSource(values, secretPaths, problems);
    }

    /**
     * Reads a {@code Pulumi.<stack>.yaml} file; an encrypted ({@code secure:}) value becomes a {@link SealedSecret} of its
     * ciphertext, which this reader cannot decrypt. Problems
     * of the file itself are named by {@code file:line:column}.
     */
    public static ConfigSource fromStackFile(Path file) throws IOException {
        return fromStackYaml(file.toString(), Files.readString(file));
    }

    public static ConfigSource fromStackYaml(String yamlText) {
        return fromStackYaml("stack config", yamlText);
    }

    private static ConfigSource fromStackYaml(String location, String yamlText) {
        LoaderOptions options = new LoaderOptions();
        // YAML keeps the last of two equal keys: a second `onering:profiles` would silently replace the first.
        options.setAllowDuplicateKeys(false);
        Object doc;
        try {
            doc = new Yaml(options).load(yamlText);
        } catch (MarkedYAMLException e) {
            return new ConfigSource(Map.of(), Set.of(), List.of(yamlProblem(location, e)));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> secretPaths = new HashSet<>();
        List<ConfigProblem> problems = new ArrayList<>();
        if (!(doc instanceof Map<?, ?> root) || !root.containsKey("config")) {
            problems.add(new ConfigProblem(location, "has no config: section, so none of its settings would apply; put the settings "
                    + "under a top-level config: section, indented below it"));
        } else if (root.get("config") instanceof Map<?, ?> config) {
            problems.addAll(misspeltNamespaces(config.keySet()));
            config.forEach((k, v) -> {
                String key = k.toString();
                if (key.startsWith(PREFIX)) {
                    String name = key.substring(PREFIX.length());
                    values.put(name, decrypted(name, v, secretPaths));
                }
            });
        } else if (root.get("config") != null) {
            problems.add(new ConfigProblem(location + ": config", "must be a map of settings, e.g. onering:profiles: [core] indented below config:"));
        }
        return new ConfigSource(values, secretPaths, problems);
    }

    private static ConfigProblem yamlProblem(String location, MarkedYAMLException e) {
        Mark mark = Optional.ofNullable(e.getProblemMark()).orElse(e.getContextMark());
        String where = mark == null ? location : location + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
        Matcher duplicate = DUPLICATE_KEY.matcher(String.valueOf(e.getProblem()));
        if (e instanceof DuplicateKeyException && duplicate.matches()) {
            return new ConfigProblem(where, duplicate.group(1) + " is written twice; YAML would keep only the last one, so keep one");
        }
        Mark context = e.getContextMark();
        return new ConfigProblem(where, "YAML syntax error: " + e.getProblem()
                + (e.getContext() == null ? "" : " (" + e.getContext()
                        + (context == null ? "" : " started at line " + (context.getLine() + 1) + ", column " + (context.getColumn() + 1)) + ")")
                + "; fix the YAML syntax there (a list needs its closing ], a value with ': ' or ' #' needs quotes)");
    }

    /**
     * Keys of a namespace one typo away from {@code onering}: Pulumi would accept them, and the program would never see
     * them. Other namespaces ({@code docker:}, {@code pulumi:}) belong to other tools.
     */
    private static List<ConfigProblem> misspeltNamespaces(Collection<?> keys) {
        List<ConfigProblem> problems = new ArrayList<>();
        for (Object k : keys) {
            String key = k.toString();
            int colon = key.indexOf(':');
            String namespace = colon < 0 ? "" : key.substring(0, colon);
            if (!namespace.equals(ConfigProblem.NAMESPACE) && NearMiss.of(namespace, List.of(ConfigProblem.NAMESPACE)).isPresent()) {
                problems.add(new ConfigProblem(key, "unknown namespace '" + namespace + "', so the setting would be ignored; did you mean "
                        + PREFIX + key.substring(colon + 1) + "?"));
            }
        }
        return problems;
    }

    private static Object decrypted(String path, Object value, Set<String> secretPaths) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.containsKey("secure")) {
                secretPaths.add(path);
                return SealedSecret.of(path, String.valueOf(map.get("secure"))).text();
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
