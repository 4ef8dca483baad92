package com.onering.plan;

import java.util.List;
import java.util.Map;

/** One resource of the offline plan; {@code inputs} use wire names and show secrets as {@code "[secret]"}. */
public record PlannedResource(String type, String name, String urn, String parent, List<String> dependsOn, String provider,
                              Map<String, Object> inputs) {

    /** The map at {@code path} below {@code root} (a resource's inputs, or a map in them), or an empty one. */
    public static Map<?, ?> nested(Map<?, ?> root, String... path) {
        Map<?, ?> current = root;
        for (String key : path) {
            if (!(current.get(key) instanceof Map<?, ?> next)) {
                return Map.of();
            }
            current = next;
        }
        return current;
    }
}
