package com.onering.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.keycloak.openid.ClientArgs;
import com.pulumi.random.RandomPasswordArgs;
import com.pulumi.test.PulumiTest;
import org.junit.jupiter.api.Test;

class ProviderArgsTest {

    @Test
    void buildRejectsMissingRequiredInputs() {
        var e = assertThrows(MissingRequiredPropertyException.class, () -> RandomPasswordArgs.builder().special(true).build());
        assertTrue(e.getMessage().contains("length"), e.getMessage());
        var c = assertThrows(MissingRequiredPropertyException.class, () -> ClientArgs.builder().accessType("PUBLIC").build());
        assertTrue(c.getMessage().contains("realmId"), c.getMessage());
    }

    @Test
    void providerArgsApplySchemaDefaults() {
        var kc = com.pulumi.keycloak.ProviderArgs.builder().url("http://keycloak:8080").build();
        int expected = System.getenv("KEYCLOAK_CLIENT_TIMEOUT") == null ? 5 : Integer.parseInt(System.getenv("KEYCLOAK_CLIENT_TIMEOUT"));
        assertEquals(expected, PulumiTest.extractValue(kc.clientTimeout().orElseThrow()));
        var explicit = com.pulumi.keycloak.ProviderArgs.builder().clientTimeout(30).build();
        assertEquals(30, PulumiTest.extractValue(explicit.clientTimeout().orElseThrow()));
    }
}
