package com.onering.testsupport;

import com.onering.plan.PlannedResource;
import java.util.List;
import java.util.Map;

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
}
