package com.onering.plan;

import com.onering.config.SealedSecret;
import com.onering.model.Digests;
import com.pulumi.test.Mocks;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The in-process engine behind the offline plan: records every registration and answers with the outputs providers
 * would compute. Generated secrets are {@link SealedSecret} stand-ins, so the plan can hide every input derived from
 * one: a value shows as {@code [secret:<digest>]} (an environment entry keeps its name), a file keeps its text with
 * each secret as an unrendered placeholder {@code {{secret:<name>@<digest>}}}. The digest is an HMAC of the stand-in:
 * it changes when the secret's source changes (its ciphertext, its generator's settings, the text around it) and
 * says nothing of the value, which the offline plan never has.
 */
public final class PlanMocks implements Mocks {
    /** A hidden value in the plan: {@code [secret:<digest>]}. */
    public static final Pattern HIDDEN = Pattern.compile("\\[secret:([0-9a-f]{12})]");
    /** Every secret is sealed in a plan: encrypted config, derived and generated secrets, and hashes of them. */
    private static final Pattern SECRET = SealedSecret.TEXT;
    /** The HMAC key of the digests: fixed, because what they digest is never a secret (see above). */
    private static final byte[] DIGEST_KEY = "onering/plan/secret-digest/v1".getBytes(StandardCharsets.UTF_8);

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
                state.put("result", generated(args.name, inputs));
                state.put("bcryptHash", generated(args.name, inputs));
            }
            case "random:index/randomBytes:RandomBytes" -> {
                state.put("hex", generated(args.name, inputs));
                state.put("base64", generated(args.name, inputs));
            }
            case "docker:index/remoteImage:RemoteImage" -> {
                String digest = "sha256:" + PlanRenderer.sha256(String.valueOf(inputs.get("name")).getBytes(StandardCharsets.UTF_8));
                state.put("imageId", digest);
                state.put("repoDigest", inputs.get("name") + "@" + digest);
            }
            case "docker:index/registryImage:RegistryImage" -> state.put("sha256Digest",
                    "sha256:" + PlanRenderer.sha256(String.valueOf(inputs.get("name")).getBytes(StandardCharsets.UTF_8)));
            case "command:local:Command", "command:remote:Command" -> {
                state.put("stdout", "");
                state.put("stderr", "");
            }
            default -> {
                // Other resources echo their inputs, which is what downstream resources read from them.
            }
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    /** A generated secret's stand-in: it changes with the generator's settings, as a new random value would. */
    private static String generated(String name, Map<String, Object> inputs) {
        return SealedSecret.of(name, "random/" + new TreeMap<>(inputs)).text();
    }

    public static boolean isHidden(Object value) {
        return value instanceof String s && HIDDEN.matcher(s).matches();
    }

    /**
     * Hides every string that carries a secret (generated, derived or from encrypted config): an environment entry
     * keeps its name ({@code NAME=[secret:…]}), so a reviewer sees which variable holds a secret; an uploaded file's
     * {@code content} keeps its text with placeholders; anything else becomes {@code [secret:…]} whole.
     */
    static Object hide(Object value) {
        return hide(value, false);
    }

    private static Object hide(Object value, boolean fileContent) {
        if (value instanceof String s) {
            if (!SECRET.matcher(s).find()) {
                return s;
            }
            var entry = ENV_ENTRY.matcher(s);
            if (entry.matches() && !SECRET.matcher(entry.group(1)).find()) {
                return entry.group(1) + "=" + hidden(entry.group(2));
            }
            return fileContent ? SECRET.matcher(s).replaceAll(m -> Matcher.quoteReplacement("{{secret:" + m.group(1) + "@" + digest(m.group()) + "}}"))
                    : hidden(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), hide(v, "content".equals(k))));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> hide(v, false)).toList();
        }
        return value;
    }

    private static String hidden(String value) {
        return "[secret:" + digest(value) + "]";
    }

    private static String digest(String value) {
        return HexFormat.of().formatHex(Digests.hmacSha256(DIGEST_KEY, value.getBytes(StandardCharsets.UTF_8)), 0, 6);
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
