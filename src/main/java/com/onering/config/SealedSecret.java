package com.onering.config;

import com.onering.model.Digests;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stands in for a secret value the offline plan cannot read: encrypted stack config, or a secret generated or
 * derived at deploy time. Its text names the secret and fingerprints where the value comes from (the ciphertext, the
 * generator's settings), so a plan can say which secret a value holds and whether its source changed, never the value.
 */
public record SealedSecret(String name, String fingerprint) {
    private static final String OPEN = "__onering_secret__";
    /** A sealed secret's text, wherever it was rendered into. */
    public static final Pattern TEXT = Pattern.compile(OPEN + "([A-Za-z0-9._/-]+):([0-9a-f]{16})__");

    /** The stand-in for secret {@code name} whose value comes from {@code source} (not itself a secret). */
    public static SealedSecret of(String name, String source) {
        byte[] digest = Digests.sha256().digest(source.getBytes(StandardCharsets.UTF_8));
        return new SealedSecret(name, HexFormat.of().formatHex(digest, 0, 8));
    }

    /** Whether a value is, or was rendered from, a sealed secret. */
    public static boolean in(String value) {
        return TEXT.matcher(value).find();
    }

    public String text() {
        return OPEN + name + ":" + fingerprint + "__";
    }
}
