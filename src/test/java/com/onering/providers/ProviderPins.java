package com.onering.providers;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The provider versions {@code sdks/providers.json} pins: the one place scripts/sdks.sh generates the SDKs from. */
final class ProviderPins {

    static final Path SDKS = Path.of("sdks");

    private ProviderPins() {}

    /** Plugin name to pinned version, e.g. keycloak to 6.13.0. */
    static Map<String, String> versions() {
        try {
            JsonObject providers = JsonParser.parseString(
                    Files.readString(SDKS.resolve("providers.json"), StandardCharsets.UTF_8)).getAsJsonObject();
            Map<String, String> versions = new TreeMap<>();
            providers.entrySet().forEach(e -> versions.put(e.getKey(), e.getValue().getAsJsonObject().get("version").getAsString()));
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
