package com.onering.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.providers.keycloak.openid.ClientArgs;
import com.onering.providers.random.RandomPasswordArgs;
import com.pulumi.exceptions.MissingRequiredPropertyException;
import com.pulumi.test.PulumiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderArgsTest {

    @Test
    void pluginVersionsComeFromTheShippedPluginJson() {
        for (String plugin : List.of("random", "command", "keycloak", "postgresql")) {
            assertTrue(PluginVersion.of(plugin).matches("\\d+\\.\\d+\\.\\d+"), plugin + ": " + PluginVersion.of(plugin));
        }
        var e = assertThrows(IllegalStateException.class, () -> PluginVersion.of("no-such-plugin"));
        assertTrue(e.getMessage().contains("com/pulumi/no-such-plugin/plugin.json"), e.getMessage());
    }

    @Test
    void buildRejectsMissingRequiredInputs() {
        var e = assertThrows(MissingRequiredPropertyException.class, () -> RandomPasswordArgs.builder().special(true).build());
        assertTrue(e.getMessage().contains("length"), e.getMessage());
        var c = assertThrows(MissingRequiredPropertyException.class, () -> ClientArgs.builder().accessType("PUBLIC").build());
        assertTrue(c.getMessage().contains("realmId"), c.getMessage());
    }

    @Test
    void providerArgsApplySchemaDefaults() {
        var kc = com.onering.providers.keycloak.ProviderArgs.builder().url("http://keycloak:8080").build();
        int expected = System.getenv("KEYCLOAK_CLIENT_TIMEOUT") == null ? 5 : Integer.parseInt(System.getenv("KEYCLOAK_CLIENT_TIMEOUT"));
        assertEquals(expected, PulumiTest.extractValue(kc.clientTimeout().orElseThrow()));
        var explicit = com.onering.providers.keycloak.ProviderArgs.builder().clientTimeout(30).build();
        assertEquals(30, PulumiTest.extractValue(explicit.clientTimeout().orElseThrow()));
    }
}
