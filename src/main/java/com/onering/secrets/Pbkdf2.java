package com.onering.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the PBKDF2 form of Trino's file password authenticator: {@code iterations:salt:hash}, salt and
 * hash in lower-case hex, PBKDF2WithHmacSHA1 ({@code io.trino.plugin.password.file.EncryptionUtil}, which also accepts
 * bcrypt; PBKDF2 is in the JDK, so no bcrypt library). Deterministic for a given salt, so a stored salt keeps the file,
 * and the container it is mounted in, unchanged across updates.
 */
public final class Pbkdf2 {
    /** Trino refuses fewer than 1000; the platform's passwords are 32 random characters, so this is ample. */
    static final int ITERATIONS = 100_000;
    private static final int HASH_BITS = 256;

    private Pbkdf2() {
    }

    /** Text in that form, wherever it stands (a password file's lines): what a plan must hide like a secret. */
    public static final String FORM = "\\d+:[0-9a-f]+:[0-9a-f]{" + HASH_BITS / 4 + "}";

    /** The salt is the bytes of {@code salt}'s text (a generated hex secret), so any stored value serves. */
    public static String hash(String password, String saltText) {
        byte[] salt = saltText.getBytes(StandardCharsets.UTF_8);
        return ITERATIONS + ":" + HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(derive(password, salt, ITERATIONS, HASH_BITS));
    }

    /** Whether {@code password} matches a hash in that form (what Trino does at login). */
    public static boolean matches(String password, String hashed) {
        String[] parts = hashed.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("not iterations:salt:hash");
        }
        byte[] expected = HexFormat.of().parseHex(parts[2]);
        byte[] actual = derive(password, HexFormat.of().parseHex(parts[1]), Integer.parseInt(parts[0]), expected.length * 8);
        return java.security.MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bits) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, bits)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA1 is part of every JDK", e);
        }
    }
}
