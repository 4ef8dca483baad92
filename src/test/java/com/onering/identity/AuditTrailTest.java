package com.onering.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.security.Keycloak;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.PlanQueries;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit trails the platform keeps (seed 004's "audit logging"): PostgreSQL logs connections and DDL with who and
 * from where; Keycloak keeps every sign-in and admin event of the realm. The e2e reads both back from the real
 * services (tests/e2e/checks.py: SHOW, docker logs, the events admin API with a failed sign-in).
 */
class AuditTrailTest {

    @Test
    void postgresLogsConnectionsAndDdlWithRoleDatabaseApplicationAndClient() {
        WorkloadSpec postgres = Platforms.workload(Platforms.assemble("  onering:profiles: [core]\n"), "postgres");
        List<String> settings = postgres.command();
        for (String setting : List.of("log_connections=on", "log_disconnections=on", "log_statement=ddl")) {
            assertEquals("-c", settings.get(settings.indexOf(setting) - 1), setting);
        }
        String prefix = settings.stream().filter(s -> s.startsWith("log_line_prefix=")).findFirst().orElseThrow();
        for (String escape : List.of("%m", "%u", "%d", "%a", "%h")) {
            assertTrue(prefix.contains(escape), prefix + " lacks " + escape);
        }
    }

    @Test
    void theRealmKeepsEverySignInAndAdminEventForThirtyDays() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [security]\n"), ConfigFiles.projectDefault());
        Map<String, Object> events = PlanQueries.named(plan, "keycloak:index/realmEvents:RealmEvents", "realm-events-" + Keycloak.REALM).inputs();
        assertEquals(true, events.get("eventsEnabled"));
        assertEquals(true, events.get("adminEventsEnabled"));
        assertEquals(true, events.get("adminEventsDetailsEnabled"));
        assertEquals(30.0 * 24 * 60 * 60, ((Number) events.get("eventsExpiration")).doubleValue());
        assertEquals(List.of("jboss-logging"), events.get("eventsListeners"));
        assertTrue(!events.containsKey("enabledEventTypes"), "unset: Keycloak records every event type");
    }
}
