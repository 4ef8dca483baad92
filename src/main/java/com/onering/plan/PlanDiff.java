package com.onering.plan;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;

/**
 * What changes between two offline plans of one stack (the JSON documents {@link PlanRenderer#json} writes): resources
 * added, removed, replaced or changed in place, each with its changed properties. Both sides are read as JSON, so a
 * plan written by an older build compares with a fresh one. Lists are matched by what identifies their entries (an
 * environment entry by its name, an upload by its path, a label by its key, a network by its name), so reordering
 * changes nothing.
 */
public final class PlanDiff {
    /** The field that identifies an entry of a list of objects, in order of preference. */
    private static final List<String> ENTRY_KEYS = List.of("file", "label", "name", "containerPath", "internal");

    public enum Kind { ADDED, REMOVED, REPLACED, CHANGED }

    private static final String COMPONENT_TYPES = "onering:";
    static final String SECRET = "[secret]";
    static final String SECRET_CHANGED = "[secret changed]";

    /** One property path ({@code envs[AIRFLOW_HOME]}, {@code ports[8080].external}) and its values; null where absent. */
    public record PropertyChange(String path, String before, String after) {
    }

    /** A changed resource; {@code forcedBy} names the changed top-level inputs that make the provider replace it. */
    public record ResourceChange(Kind kind, String urn, String type, String name, String parent, List<PropertyChange> properties,
                                 List<String> forcedBy) {
        public ResourceChange {
            properties = List.copyOf(properties);
            forcedBy = List.copyOf(forcedBy);
        }
    }

    /** The changes of one stack, ordered by URN; empty when the plans are the same. */
    public record Result(String stack, List<ResourceChange> changes) {
        public Result {
            changes = List.copyOf(changes);
        }

        public long count(Kind kind) {
            return changes.stream().filter(c -> c.kind() == kind).count();
        }

        /** Whether a component (the program's own component resources, {@code onering:*}) is added or removed. */
        public boolean changesComponents() {
            return changes.stream().anyMatch(c -> (c.kind() == Kind.ADDED || c.kind() == Kind.REMOVED) && c.type().startsWith(COMPONENT_TYPES));
        }
    }

    private PlanDiff() {
    }

    public static Result compare(JsonObject base, JsonObject current) {
        Map<String, JsonObject> before = byUrn(base);
        Map<String, JsonObject> after = byUrn(current);
        List<ResourceChange> changes = new ArrayList<>();
        for (String urn : union(before.keySet(), after.keySet())) {
            JsonObject old = before.get(urn);
            JsonObject now = after.get(urn);
            JsonObject shown = now != null ? now : old;
            Map<String, String> oldProperties = old == null ? Map.of() : flatten(old.getAsJsonObject("inputs"));
            Map<String, String> newProperties = now == null ? Map.of() : flatten(now.getAsJsonObject("inputs"));
            List<PropertyChange> properties = changed(oldProperties, newProperties);
            if (old != null && now != null) {
                properties.addAll(changedLinks(old, now));
            }
            if (old != null && now != null && properties.isEmpty()) {
                continue;
            }
            String type = string(shown, "type");
            Kind kind;
            List<String> forcedBy = List.of();
            if (old == null) {
                kind = Kind.ADDED;
            } else if (now == null) {
                kind = Kind.REMOVED;
            } else {
                forcedBy = Replacement.forcedBy(type, properties.stream().map(p -> topLevel(p.path())).distinct().toList());
                kind = forcedBy.isEmpty() ? Kind.CHANGED : Kind.REPLACED;
            }
            changes.add(new ResourceChange(kind, urn, type, string(shown, "name"), string(shown, "parent"), properties, forcedBy));
        }
        return new Result(string(current, "stack"), changes);
    }

    private static Map<String, JsonObject> byUrn(JsonObject plan) {
        Map<String, JsonObject> resources = new TreeMap<>();
        for (JsonElement resource : plan.getAsJsonArray("resources")) {
            resources.put(resource.getAsJsonObject().get("urn").getAsString(), resource.getAsJsonObject());
        }
        return resources;
    }

    private static List<PropertyChange> changed(Map<String, String> before, Map<String, String> after) {
        List<PropertyChange> changes = new ArrayList<>();
        for (String path : union(before.keySet(), after.keySet())) {
            String old = before.get(path);
            String now = after.get(path);
            if (old == null || !old.equals(now)) {
                boolean bothSecret = PlanMocks.isHidden(old) && PlanMocks.isHidden(now);
                changes.add(new PropertyChange(path, masked(old), bothSecret ? SECRET_CHANGED : masked(now)));
            }
        }
        return changes;
    }

    /** A secret shows by name only; its digest serves to notice a change and is not for reading. */
    private static String masked(String value) {
        return PlanMocks.isHidden(value) ? SECRET : value;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.addAll(b);
        return both;
    }

    /** The graph edges a reviewer cares about: which provider a resource uses and what it waits for (the parent is in the URN). */
    private static List<PropertyChange> changedLinks(JsonObject old, JsonObject now) {
        List<PropertyChange> changes = new ArrayList<>();
        for (String link : List.of("provider", "dependsOn")) {
            String before = old.has(link) && !old.get(link).isJsonNull() ? old.get(link).toString() : null;
            String after = now.has(link) && !now.get(link).isJsonNull() ? now.get(link).toString() : null;
            if (before == null ? after != null : !before.equals(after)) {
                changes.add(new PropertyChange("(" + link + ")", before, after));
            }
        }
        return changes;
    }

    /** Property path to its value as text; scalars only, so a change names the exact field. */
    static Map<String, String> flatten(JsonObject inputs) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (inputs != null) {
            inputs.entrySet().forEach(e -> flatten(e.getKey(), e.getValue(), flat));
        }
        return flat;
    }

    private static void flatten(String path, JsonElement value, Map<String, String> flat) {
        if (value == null || value.isJsonNull()) {
            return;
        }
        if (value.isJsonObject()) {
            value.getAsJsonObject().entrySet().forEach(e -> flatten(path + "." + e.getKey(), e.getValue(), flat));
            return;
        }
        if (value.isJsonArray()) {
            flattenList(path, value.getAsJsonArray(), flat);
            return;
        }
        flat.put(path, scalar(value));
    }

    private static void flattenList(String path, JsonArray list, Map<String, String> flat) {
        if (list.isEmpty()) {
            return;
        }
        if (allMatch(list, e -> e.isJsonPrimitive() && PlanMocks.ENV_ENTRY.matcher(e.getAsString()).matches())) {
            for (JsonElement entry : list) {
                Matcher m = PlanMocks.ENV_ENTRY.matcher(entry.getAsString());
                m.matches();
                flat.put(path + "[" + m.group(1) + "]", m.group(2));
            }
            return;
        }
        if (allMatch(list, JsonElement::isJsonPrimitive)) {
            // A command line or a set of names: the order may matter, so the list is one value.
            flat.put(path, list.toString());
            return;
        }
        String key = ENTRY_KEYS.stream().filter(k -> allMatch(list, e -> e.isJsonObject() && e.getAsJsonObject().has(k))).findFirst().orElse(null);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonElement entry = list.get(i);
            String id = key == null ? String.valueOf(i) : scalar(entry.getAsJsonObject().get(key));
            int occurrence = seen.merge(id, 1, Integer::sum);
            flatten(path + "[" + id + (occurrence > 1 ? "#" + occurrence : "") + "]", entry, flat);
        }
    }

    private static boolean allMatch(JsonArray list, Predicate<JsonElement> test) {
        for (JsonElement e : list) {
            if (!test.test(e)) {
                return false;
            }
        }
        return true;
    }

    private static String scalar(JsonElement value) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            return value.getAsString();
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
            double d = value.getAsDouble();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
        }
        return value.toString();
    }

    /** {@code envs[A].b} to {@code envs}: what the provider's replace-on-change rules are written for. */
    static String topLevel(String path) {
        return path.split("[.\\[]", 2)[0];
    }

    private static String string(JsonObject object, String key) {
        return object.has(key) && !object.get(key).isJsonNull() ? object.get(key).getAsString() : null;
    }
}
