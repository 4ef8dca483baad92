package com.onering.testsupport;

import com.onering.plan.PlannedResource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Finding resources and their inputs in an offline plan. */
public final class PlanQueries {
    private PlanQueries() {
    }

    public static List<PlannedResource> ofType(List<PlannedResource> plan, String type) {
        return plan.stream().filter(r -> r.type().equals(type)).toList();
    }

    public static PlannedResource named(List<PlannedResource> plan, String type, String name) {
        return plan.stream().filter(r -> r.type().equals(type) && r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + name + " in "
                        + ofType(plan, type).stream().map(PlannedResource::name).toList()));
    }

    /** A list-of-objects input (ports, networks, uploads, ...), empty when the resource has none. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(PlannedResource resource, String input) {
        return (List<Map<String, Object>>) resource.inputs().getOrDefault(input, List.of());
    }

    /**
     * What a PostgreSQL role is granted in the plan: {@code database/schema/objectType} (with {@code " (future)"} for
     * default privileges) to its privileges.
     */
    public static Map<String, Object> postgresGrants(List<PlannedResource> plan, String role) {
        Map<String, Object> granted = new TreeMap<>();
        for (String type : List.of("postgresql:index/grant:Grant", "postgresql:index/defaultPrivileges:DefaultPrivileges")) {
            ofType(plan, type).stream().filter(g -> role.equals(g.inputs().get("role"))).forEach(g ->
                    granted.put(g.inputs().get("database") + "/" + g.inputs().getOrDefault("schema", "") + "/" + g.inputs().get("objectType")
                            + (type.endsWith("DefaultPrivileges") ? " (future)" : ""), g.inputs().get("privileges")));
        }
        return granted;
    }
}
