package com.onering.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The generated provider SDKs (sdks/) are pinned to released plugins and built from the official schemas. */
class ProviderSdksTest {

    private static final Path SHARED_SCHEMAS = Path.of("..", "shared", "provider-schemas");

    @Test
    void pinsTheCliReadsMatchProvidersJson() throws IOException {
        Map<String, String> pins = ProviderPins.versions();
        assertEquals(List.of("command", "keycloak", "postgresql", "random"), List.copyOf(pins.keySet()));
        for (var pin : pins.entrySet()) {
            String plugin = pin.getKey();
            var json = JsonParser.parseString(resource("com/pulumi/" + plugin + "/plugin.json")).getAsJsonObject();
            assertEquals(plugin, json.get("name").getAsString(), plugin + ": plugin.json name");
            assertEquals(pin.getValue(), json.get("version").getAsString(), plugin + ": plugin.json version");
            assertEquals(pin.getValue(), resource("com/pulumi/" + plugin + "/version.txt").trim(), plugin + ": version.txt");
            assertTrue(Files.isRegularFile(ProviderPins.SDKS.resolve("schemas").resolve(plugin + "-" + pin.getValue() + ".json")),
                    plugin + ": the official schema of the pinned version is vendored in sdks/schemas");
        }
    }

    @Test
    void vendoredSchemasAreTheOfficialOnes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED_SCHEMAS),
                "shared schemas folder " + SHARED_SCHEMAS + " absent: nothing to compare the vendored copies with");
        try (Stream<Path> vendored = Files.list(ProviderPins.SDKS.resolve("schemas"))) {
            for (Path copy : vendored.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertEquals(-1L, Files.mismatch(copy, SHARED_SCHEMAS.resolve(copy.getFileName())), copy + " differs from the official schema");
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ProviderSdksTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
