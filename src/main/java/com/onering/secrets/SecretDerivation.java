package com.onering.secrets;

import com.onering.config.MasterSecret;
import com.onering.model.Digests;
import com.onering.model.SecretSpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Every generated secret as HKDF-SHA256 (RFC 5869) of the stack's master secret. The info string is the secret's
 * name, kind and size, so a changed spec changes the value (as a replaced random resource did) and two secrets never
 * share one; the stack name is not in it, so {@code pulumi stack rename} rotates nothing.
 * <p>
 * This is a compatibility contract: the values are baked into retained data volumes (Postgres' superuser, Keycloak's
 * admin, Airflow's Fernet key), so the salt, the info layout and the encodings below never change.
 * {@code SecretDerivationTest} pins them with vectors computed by an independent implementation.
 */
public final class SecretDerivation {
    private static final byte[] SALT = "onering/secrets/v1".getBytes(StandardCharsets.UTF_8);
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** 248 = 4 × 62: bytes below it map onto the alphabet without bias; the others are skipped. */
    private static final int UNBIASED_LIMIT = 4 * ALPHANUMERIC.length();
    private static final int HASH_LENGTH = 32;
    private static final int MAX_OUTPUT = 255 * HASH_LENGTH;

    private final byte[] pseudoRandomKey;

    public SecretDerivation(MasterSecret master) {
        this.pseudoRandomKey = Digests.hmacSha256(SALT, master.keyMaterial());
    }

    /** The value of a generated secret (PASSWORD, HEX, BASE64, URLSAFE_BASE64), its prefix included. */
    public String derive(SecretSpec spec) {
        String value = switch (spec.kind()) {
            case PASSWORD -> password(spec);
            case HEX -> HexFormat.of().formatHex(expand(info(spec), spec.size()));
            case BASE64 -> Base64.getEncoder().encodeToString(expand(info(spec), spec.size()));
            case URLSAFE_BASE64 -> Base64.getUrlEncoder().encodeToString(expand(info(spec), spec.size()));
            case PROVIDED, PBKDF2 -> throw new IllegalArgumentException("secret " + spec.name() + " is supplied by the stack or hashed, never derived");
        };
        return spec.prefix() + value;
    }

    /** Alphanumeric only, like the generated passwords before: they land in URLs, YAML and shell without escaping. */
    private String password(SecretSpec spec) {
        byte[] info = info(spec);
        // HKDF output of a shorter length is a prefix of a longer one, so asking for more never changes what was taken.
        for (int length = spec.size() * 2; ; length = Math.min(length * 2, MAX_OUTPUT)) {
            StringBuilder out = new StringBuilder(spec.size());
            for (byte b : expand(info, length)) {
                int unsigned = b & 0xff;
                if (unsigned < UNBIASED_LIMIT) {
                    out.append(ALPHANUMERIC.charAt(unsigned % ALPHANUMERIC.length()));
                    if (out.length() == spec.size()) {
                        return out.toString();
                    }
                }
            }
            if (length == MAX_OUTPUT) {
                throw new IllegalStateException("HKDF output exhausted for " + spec.name());
            }
        }
    }

    private static byte[] info(SecretSpec spec) {
        return (spec.name() + "\0" + spec.kind().name() + "\0" + spec.size()).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] expand(byte[] info, int length) {
        return expandWith(pseudoRandomKey, info, length);
    }

    /** RFC 5869 section 2.3. */
    static byte[] expandWith(byte[] pseudoRandomKey, byte[] info, int length) {
        if (length > MAX_OUTPUT) {
            throw new IllegalArgumentException("HKDF-SHA256 yields at most " + MAX_OUTPUT + " bytes");
        }
        ByteArrayOutputStream okm = new ByteArrayOutputStream(length + HASH_LENGTH);
        byte[] block = new byte[0];
        for (int counter = 1; okm.size() < length; counter++) {
            byte[] input = new byte[block.length + info.length + 1];
            System.arraycopy(block, 0, input, 0, block.length);
            System.arraycopy(info, 0, input, block.length, info.length);
            input[input.length - 1] = (byte) counter;
            block = Digests.hmacSha256(pseudoRandomKey, input);
            okm.writeBytes(block);
        }
        byte[] out = new byte[length];
        System.arraycopy(okm.toByteArray(), 0, out, 0, length);
        return out;
    }

}
