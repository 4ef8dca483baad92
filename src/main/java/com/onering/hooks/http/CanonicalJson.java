package com.onering.hooks.http;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON with object keys sorted at every level. Hook settings are compared across deployments (a changed environment
 * re-runs the hook), and {@code Map.of} iterates in a different order in every JVM, so specs serialise through here.
 */
public final class CanonicalJson {
    private static final Gson GSON = new Gson();

    private CanonicalJson() {
    }

    public static String write(Object value) {
        return GSON.toJson(sorted(GSON.toJsonTree(value)));
    }

    private static JsonElement sorted(JsonElement element) {
        if (element.isJsonObject()) {
            Map<String, JsonElement> members = new TreeMap<>();
            element.getAsJsonObject().entrySet().forEach(e -> members.put(e.getKey(), sorted(e.getValue())));
            JsonObject object = new JsonObject();
            members.forEach(object::add);
            return object;
        }
        if (element.isJsonArray()) {
            JsonArray array = new JsonArray();
            element.getAsJsonArray().forEach(e -> array.add(sorted(e)));
            return array;
        }
        return element;
    }
}
