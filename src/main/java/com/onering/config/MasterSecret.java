package com.onering.config;

import java.nio.charset.StandardCharsets;

/**
 * The stack's one stored secret ({@code onering:masterSecret}), from which every generated secret is derived
 * ({@code secrets.SecretDerivation}). It lives in the stack's config, not in its state, so a {@code pulumi destroy}
 * followed by {@code pulumi up} derives the same passwords and keys the retained data volumes were initialised with.
 */
public record MasterSecret(String value) {
    /** 32 characters of base64 carry 192 bits; the bootstrap writes 32 random bytes as 44. */
    public static final int MIN_LENGTH = 32;
    /** What a user runs to set one; stdin keeps the value off the command line and out of shell history. */
    public static final String SET_COMMAND = "head -c 32 /dev/urandom | base64 | pulumi config set --secret onering:masterSecret";

    /** The offline plan's stand-in for an encrypted master secret: nothing can be derived from it. */
    public boolean sealed() {
        return SealedSecret.in(value);
    }

    public byte[] keyMaterial() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "MasterSecret[secret]";
    }
}
