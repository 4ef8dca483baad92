package com.onering.model;

/**
 * A generated secret. Workloads refer to it as {@code {{secret:name}}}; a value set with
 * {@code pulumi config set --secret --path 'secrets.<name>'} replaces the generated one.
 */
public record SecretSpec(String name, Kind kind, int size, String prefix) {
    /**
     * PASSWORD: alphanumeric of {@code size} characters; HEX/BASE64/URLSAFE_BASE64: {@code size} random bytes;
     * PROVIDED: never generated, exists only when the stack sets it (a credential another system issues).
     */
    public enum Kind { PASSWORD, HEX, BASE64, URLSAFE_BASE64, PROVIDED }

    public static SecretSpec password(String name) {
        return new SecretSpec(name, Kind.PASSWORD, 32, "");
    }

    public static SecretSpec hex(String name, int bytes) {
        return new SecretSpec(name, Kind.HEX, bytes, "");
    }

    public static SecretSpec base64(String name, int bytes) {
        return new SecretSpec(name, Kind.BASE64, bytes, "");
    }

    /** A secret only the stack's config can supply; referencing it when it is not set is a bug the caller must avoid. */
    public static SecretSpec provided(String name) {
        return new SecretSpec(name, Kind.PROVIDED, 0, "");
    }

    public static SecretSpec urlSafeBase64(String name, int bytes) {
        return new SecretSpec(name, Kind.URLSAFE_BASE64, bytes, "");
    }

    public SecretSpec withPrefix(String newPrefix) {
        return new SecretSpec(name, kind, size, newPrefix);
    }
}
