package com.onering.providers;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Resource plugin versions, read from the {@code com/pulumi/<name>/plugin.json} files shipped on the
 * classpath. Those files are what the Pulumi CLI's Java language host scans to decide which plugins to
 * install, so they are the only place a provider version is written down.
 */
public final class PluginVersion {

    private PluginVersion() {}

    /**
     * @param plugin the plugin name, e.g. {@code keycloak}
     * @return the version pinned in {@code com/pulumi/<plugin>/plugin.json}
     * @throws IllegalStateException when the file is missing or does not name that plugin and a version
     */
    public static String of(String plugin) {
        return read(plugin);
    }

    private static String read(String plugin) {
        var resource = "com/pulumi/" + plugin + "/plugin.json";
        try (InputStream in = PluginVersion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(String.format("expected resource '%s' on the classpath, not found", resource));
            }
            JsonObject json = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            String name = string(json, "name");
            String version = string(json, "version");
            if (!plugin.equals(name) || version == null || version.isBlank()) {
                throw new IllegalStateException(String.format(
                        "'%s' must name plugin '%s' and a version, found name=%s version=%s", resource, plugin, name, version));
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String string(JsonObject json, String key) {
        JsonElement e = json.get(key);
        return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
    }
}
