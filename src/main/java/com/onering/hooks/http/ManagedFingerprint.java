package com.onering.hooks.http;

import com.onering.model.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * For objects whose API never returns their secret fields (connection passwords, credentials): the hook stores a
 * fingerprint of everything it set in a description field, and a later run compares fingerprints instead of secrets.
 */
public final class ManagedFingerprint {
    private static final String PREFIX = "managed by onering, fingerprint ";

    private ManagedFingerprint() {
    }

    /** The description to store: SHA-256 over the sorted fields (the name salts it, so equal secrets differ). */
    public static String describe(String name, Map<String, ?> fields) {
        MessageDigest digest = Digests.sha256();
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        new TreeMap<>(fields).forEach((key, value) -> {
            digest.update((key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8));
        });
        return PREFIX + HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    }
}
