package com.onering.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The password file as Trino's file authenticator reads it (trino-password-authenticators, PasswordStore and
 * EncryptionUtil): one {@code user:hash} per line split at the first colon, no duplicate user; a hash that is not
 * bcrypt and contains a colon is PBKDF2 {@code iterations:salt:hash} with lower-case hex, at least 1000 iterations,
 * checked with PBKDF2WithHmacSHA1 over the hash's own length. The checks below restate those rules independently.
 */
class Pbkdf2Test {
    private static final int TRINO_MIN_ITERATIONS = 1000;

    /** Trino's loading and matching of a password file, restated. */
    private static Map<String, String> load(String file) {
        Map<String, String> users = new HashMap<>();
        for (String line : file.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
            int colon = line.indexOf(':');
            assertTrue(colon > 0, "user and password: " + line);
            String hash = line.substring(colon + 1);
            assertFalse(hash.startsWith("$2"), "not bcrypt");
            List<String> parts = List.of(hash.split(":", -1));
            assertEquals(3, parts.size(), "PBKDF2 has three parts: " + hash);
            assertTrue(Integer.parseInt(parts.get(0)) >= TRINO_MIN_ITERATIONS);
            assertTrue(parts.get(1).matches("[0-9a-f]+") && parts.get(2).matches("[0-9a-f]+"), "lower-case hex: " + hash);
            assertTrue(users.put(line.substring(0, colon), hash) == null, "duplicate user");
        }
        return users;
    }

    private static boolean trinoMatches(String password, String hash) throws Exception {
        String[] parts = hash.split(":");
        byte[] expected = HexFormat.of().parseHex(parts[2]);
        byte[] actual = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1").generateSecret(new PBEKeySpec(password.toCharArray(),
                HexFormat.of().parseHex(parts[1]), Integer.parseInt(parts[0]), expected.length * 8)).getEncoded();
        return java.security.MessageDigest.isEqual(expected, actual);
    }

    @Test
    void aFileOfHashesLoadsAndTheRightPasswordMatches() throws Exception {
        String salt = "0123456789abcdef0123456789abcdef";
        String file = "dbt:" + Pbkdf2.hash("dbt-password", salt) + "\nonering-hooks:" + Pbkdf2.hash("hooks-password", salt) + "\n";
        Map<String, String> users = load(file);
        assertTrue(trinoMatches("dbt-password", users.get("dbt")));
        assertFalse(trinoMatches("hooks-password", users.get("dbt")));
        assertTrue(trinoMatches("hooks-password", users.get("onering-hooks")));
        assertTrue(Pbkdf2.matches("dbt-password", users.get("dbt")));
        assertFalse(file.contains("dbt-password"), "the file holds no password");
    }

    @Test
    void theSameSaltGivesTheSameHashSoTheFileIsStable() {
        assertEquals(Pbkdf2.hash("p", "salt"), Pbkdf2.hash("p", "salt"));
        assertFalse(Pbkdf2.hash("p", "salt").equals(Pbkdf2.hash("p", "other")));
        assertTrue(Pbkdf2.hash("p", "salt").matches(Pbkdf2.FORM));
    }
}
