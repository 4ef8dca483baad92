package com.onering.model;

import java.util.List;

/**
 * A generated secret. Workloads refer to it as {@code {{secret:name}}}; a value set with
 * {@code pulumi config set --secret --path 'secrets.<name>'} replaces the generated one.
 */
public record SecretSpec(String name, Kind kind, int size, String prefix, List<String> derivedFrom) {
    /**
     * PASSWORD: alphanumeric of {@code size} characters; HEX/BASE64/URLSAFE_BASE64: {@code size} random bytes;
     * PROVIDED: never generated, exists only when the stack sets it (a credential another system issues);
     * PBKDF2: the PBKDF2 hash of the secret {@code derivedFrom[0]} salted with the secret {@code derivedFrom[1]},
     * for files that must hold a password's hash, never the password (declare both sources first).
     */
    public enum Kind { PASSWORD, HEX, BASE64, URLSAFE_BASE64, PROVIDED, PBKDF2 }

    public SecretSpec {
        derivedFrom = List.copyOf(derivedFrom);
    }

    public static SecretSpec password(String name) {
        return new SecretSpec(name, Kind.PASSWORD, 32, "", List.of());
    }

    public static SecretSpec hex(String name, int bytes) {
        return new SecretSpec(name, Kind.HEX, bytes, "", List.of());
    }

    public static SecretSpec base64(String name, int bytes) {
        return new SecretSpec(name, Kind.BASE64, bytes, "", List.of());
    }

    /** A secret only the stack's config can supply; referencing it when it is not set is a bug the caller must avoid. */
    public static SecretSpec provided(String name) {
        return new SecretSpec(name, Kind.PROVIDED, 0, "", List.of());
    }

    public static SecretSpec urlSafeBase64(String name, int bytes) {
        return new SecretSpec(name, Kind.URLSAFE_BASE64, bytes, "", List.of());
    }

    /** The hash of {@code password} with {@code salt}, as {@code iterations:salt:hash} ({@code secrets.Pbkdf2}). */
    public static SecretSpec pbkdf2(String name, String password, String salt) {
        return new SecretSpec(name, Kind.PBKDF2, 0, "", List.of(password, salt));
    }

    public SecretSpec withPrefix(String newPrefix) {
        return new SecretSpec(name, kind, size, newPrefix, derivedFrom);
    }
}
