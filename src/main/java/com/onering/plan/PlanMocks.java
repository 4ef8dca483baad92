package com.onering.plan;

import com.onering.secrets.Pbkdf2;
import com.pulumi.test.Mocks;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        registrations.put(key(args.type, args.name), new Registration(args.type, args.name, hideSecrets(inputs),
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
                String digest = "sha256:" + sha256(String.valueOf(inputs.get("name")));
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

    /** Replaces every string that carries a secret (generated or from encrypted config) by {@link #HIDDEN}. */
    static Object hide(Object value) {
        if (value instanceof String s) {
            return MARKED.matcher(s).matches() ? HIDDEN : s;
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> hideSecrets(Map<String, Object> inputs) {
        return (Map<String, Object>) hide(inputs);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
