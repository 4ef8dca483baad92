package com.onering.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.plan.PlanMocks;
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

    /**
     * Asserts that {@code role} is a service's read-only login in the plan: it logs in with a generated (hidden)
     * password, holds no power, and may CONNECT to {@code database}, use {@code schema} and SELECT its tables, present
     * and future, and nothing else.
     */
    public static void assertReadOnlyLogin(List<PlannedResource> plan, String role, String database, String schema) {
        PlannedResource login = ofType(plan, "postgresql:index/role:Role").stream()
                .filter(r -> role.equals(r.inputs().get("name"))).findFirst().orElseThrow(() -> new AssertionError("no role " + role));
        assertEquals(true, login.inputs().get("login"), role);
        assertTrue(PlanMocks.isHidden(login.inputs().get("password")), role);
        for (String power : List.of("replication", "superuser", "createDatabase", "createRole", "bypassRowLevelSecurity")) {
            assertFalse(Boolean.TRUE.equals(login.inputs().get(power)), role + ": " + power);
        }
        assertEquals(Map.of(
                database + "//database", List.of("CONNECT"),
                database + "/" + schema + "/schema", List.of("USAGE"),
                database + "/" + schema + "/table", List.of("SELECT"),
                database + "/" + schema + "/table (future)", List.of("SELECT")), postgresGrants(plan, role));
    }
}
