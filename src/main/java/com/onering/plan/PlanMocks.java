package com.onering.plan;

import com.onering.secrets.Pbkdf2;
import com.pulumi.test.Mocks;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The in-process engine behind the offline plan: records every registration and answers with the outputs providers
 * would compute. Generated secrets get a recognisable marker value, so the plan can hide every input derived from one.
 */
public final class PlanMocks implements Mocks {
    public static final String HIDDEN = "[secret]";
    private static final String MARKER = "__onering_secret__";
    /** Generated values carry the marker; password hashes derived from them ({@link Pbkdf2}) are hidden by their form. */
    private static final Pattern MARKED = Pattern.compile(".*(" + MARKER + "|" + Pattern.quote(HIDDEN) + "|" + Pbkdf2.FORM + ").*", Pattern.DOTALL);

    private static final String PROVIDER_TYPE_PREFIX = "pulumi:providers:";
    /** {@code NAME=value}: an environment entry, its name and its value. */
    static final Pattern ENV_ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)=(.*)", Pattern.DOTALL);
    private static final Pattern INTEGRAL_DOUBLE = Pattern.compile("-?\\d+\\.0");

    /** What the engine was asked to create: keyed by type and name, which are unique in a valid program. */
    public record Registration(String type, String name, Map<String, Object> inputs, String provider) {
    }

    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();

    public Map<String, Registration> registrations() {
        return Map.copyOf(registrations);
    }

    static String key(String type, String name) {
        return type + "::" + name;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Map<String, Object> inputs = args.inputs == null ? Map.of() : args.inputs;
        registrations.put(key(args.type, args.name), new Registration(args.type, args.name,
                recorded(inputs, args.type.startsWith(PROVIDER_TYPE_PREFIX)),
                args.provider == null || args.provider.isEmpty() ? null : args.provider.split("::[^:]*$")[0]));
        Map<String, Object> state = new LinkedHashMap<>(inputs);
        switch (args.type) {
            case "random:index/randomPassword:RandomPassword" -> {
                state.put("result", MARKER + args.name);
                state.put("bcryptHash", MARKER + args.name);
            }
            case "random:index/randomBytes:RandomBytes" -> {
                state.put("hex", MARKER + args.name);
                state.put("base64", MARKER + args.name);
            }
            case "docker:index/remoteImage:RemoteImage" -> {
                String digest = "sha256:" + PlanRenderer.sha256(String.valueOf(inputs.get("name")).getBytes(StandardCharsets.UTF_8));
                state.put("imageId", digest);
                state.put("repoDigest", inputs.get("name") + "@" + digest);
            }
            case "command:local:Command" -> {
                state.put("stdout", "");
                state.put("stderr", "");
            }
            default -> {
                // Other resources echo their inputs, which is what downstream resources read from them.
            }
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    /**
     * Replaces every string that carries a secret (generated or from encrypted config) by {@link #HIDDEN}; an
     * environment entry keeps its name ({@code NAME=[secret]}), so a reviewer sees which variable holds a secret.
     */
    static Object hide(Object value) {
        if (value instanceof String s) {
            if (!MARKED.matcher(s).matches()) {
                return s;
            }
            var entry = ENV_ENTRY.matcher(s);
            return entry.matches() && !MARKED.matcher(entry.group(1)).matches() ? entry.group(1) + "=" + HIDDEN : HIDDEN;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), hide(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PlanMocks::hide).toList();
        }
        return value;
    }

    /**
     * Inputs as the plan shows them: secrets hidden, and numbers as the program wrote them. The mock engine hands every
     * number over as a double, and a provider's inputs as JSON-encoded strings of those doubles ({@code "5432.0"}).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> recorded(Map<String, Object> inputs, boolean provider) {
        return (Map<String, Object>) whole(hide(inputs), provider);
    }

    private static Object whole(Object value, boolean provider) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e15) {
            return d.longValue();
        }
        if (provider && value instanceof String s && INTEGRAL_DOUBLE.matcher(s).matches()) {
            return s.substring(0, s.length() - 2);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), whole(v, provider)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> whole(v, provider)).toList();
        }
        return value;
    }
}
