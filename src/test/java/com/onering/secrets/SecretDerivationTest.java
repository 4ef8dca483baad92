package com.onering.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.MasterSecret;
import com.onering.model.SecretSpec;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The derivation is a contract with every retained data volume, so its output is pinned. The expected values were
 * computed by an independent implementation: Python's {@code cryptography} package ({@code HKDF(SHA256(),
 * salt=b"onering/secrets/v1", info=name\0KIND\0size)}), with the password alphabet mapping restated there. The master
 * below is test key material, never a deployment's.
 */
class SecretDerivationTest {
    private static final MasterSecret TEST_MASTER = new MasterSecret("onering-test-vector-".repeat(2));
    private final SecretDerivation derivation = new SecretDerivation(TEST_MASTER);

    @Test
    void matchesTheIndependentImplementationForEveryKind() {
        assertEquals("CyAYFuAGeWa2dLwBiTuAWDviugCG7Ej2", derivation.derive(SecretSpec.password("postgres-password")));
        assertEquals("RA0BwoPRbVUj", derivation.derive(new SecretSpec("short", SecretSpec.Kind.PASSWORD, 12, "", java.util.List.of())));
        assertEquals("9e0f8f59316f5c349dcb178e0e7bb2a5", derivation.derive(SecretSpec.hex("airflow-secret-key", 16)));
        assertEquals("O/bl5h/64WGqnzPaiGVcD6gfzMGtbMsyPVBYXCSaeI8=", derivation.derive(SecretSpec.base64("garage-rpc", 32)));
        assertEquals("eycBvzzs4SdzqZDH9ouYqRgDGGP_oGo_Ln16Nz-sIGY=", derivation.derive(SecretSpec.urlSafeBase64("airflow-fernet-key", 32)));
    }

    @Test
    void hkdfExpandIsRfc5869() throws Exception {
        // RFC 5869 A.1, with the PRK computed from its IKM and salt as section 2.2 says; SecretDerivation's own salt
        // differs, so the expand step is checked on its own through a derivation whose PRK equals the RFC's.
        byte[] ikm = HexFormat.of().parseHex("0b".repeat(22));
        byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        assertEquals("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5", HexFormat.of().formatHex(mac.doFinal(ikm)));
        // The RFC's OKM for info f0..f9, L=42, through the same code path as every secret.
        assertEquals("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865",
                HexFormat.of().formatHex(SecretDerivation.expandWith(HexFormat.of().parseHex(
                        "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"), HexFormat.of().parseHex("f0f1f2f3f4f5f6f7f8f9"), 42)));
    }

    @Test
    void passwordsAreAlphanumericOfTheDeclaredLength() {
        for (int size : new int[] {1, 16, 32, 64, 200}) {
            String password = derivation.derive(new SecretSpec("p" + size, SecretSpec.Kind.PASSWORD, size, "", java.util.List.of()));
            assertEquals(size, password.length());
            assertTrue(password.matches("[A-Za-z0-9]+"), password);
        }
    }

    @Test
    void byteKindsHaveTheDeclaredLengthAndPrefix() {
        assertEquals(24, HexFormat.of().parseHex(derivation.derive(SecretSpec.hex("h", 24))).length);
        assertEquals(32, Base64.getDecoder().decode(derivation.derive(SecretSpec.base64("b", 32))).length);
        assertEquals(32, Base64.getUrlDecoder().decode(derivation.derive(SecretSpec.urlSafeBase64("u", 32))).length);
        assertTrue(derivation.derive(SecretSpec.hex("k", 8).withPrefix("GK")).matches("GK[0-9a-f]{16}"));
    }

    @Test
    void everyNameKindSizeAndMasterGivesItsOwnValue() {
        Set<String> values = new HashSet<>();
        for (String name : new String[] {"a", "b", "postgres-password", "keycloak-admin-password"}) {
            values.add(derivation.derive(SecretSpec.password(name)));
            values.add(derivation.derive(SecretSpec.hex(name, 16)));
            values.add(derivation.derive(SecretSpec.hex(name, 17)));
        }
        assertEquals(12, values.size());
        assertNotEquals(derivation.derive(SecretSpec.password("a")),
                new SecretDerivation(new MasterSecret("another-test-vector-".repeat(2))).derive(SecretSpec.password("a")));
    }

    @Test
    void sameMasterSameValuesAcrossInstances() {
        assertEquals(derivation.derive(SecretSpec.password("keycloak-admin-password")),
                new SecretDerivation(TEST_MASTER).derive(SecretSpec.password("keycloak-admin-password")));
    }
}
