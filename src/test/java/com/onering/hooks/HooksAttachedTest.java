package com.onering.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.cli.HookCatalog;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import com.onering.testsupport.PlanQueries;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every hook the CLI knows is attached to the component it serves, so `pulumi up` really runs it. */
class HooksAttachedTest {
    private static final String ALL = Platforms.allProfiles();

    static List<PlannedResource> hooks(String yaml) {
        return OfflinePlan.run(MockRun.config(yaml), ConfigFiles.projectDefault()).stream()
                .filter(r -> r.type().equals("command:local:Command")).toList();
    }

    static Set<String> names(List<PlannedResource> hooks) {
        return hooks.stream().map(r -> r.name().substring("hook-".length())).collect(Collectors.toSet());
    }

    @Test
    void everyCatalogHookRunsInSomeStack() {
        Set<String> attached = names(hooks(ALL));
        attached.addAll(names(hooks(ALL + "  onering:broker: kafka\n")));
        // The CDC enrichment job: Kafka-protocol broker and no gate in front of Flink (security off).
        attached.addAll(names(hooks("  onering:profiles: [core, ingestion, streaming]\n  onering:broker: kafka\n")));
        Set<String> known = HookCatalog.all().stream().map(Hook::name).collect(Collectors.toSet());
        assertEquals(known, attached);
    }

    @Test
    void migrationsRunAfterTheSchemasAndGrantsTheyFill() {
        PlannedResource migrations = hooks("  onering:profiles: [core]\n").stream().filter(r -> r.name().equals("hook-postgres-migrations"))
                .findFirst().orElseThrow();
        for (String needed : List.of("::schema-curated-gold", "::role-data_analyst", "::default-privileges-data_analyst-gold")) {
            assertTrue(migrations.dependsOn().stream().anyMatch(u -> u.endsWith(needed)), needed + " missing from " + migrations.dependsOn());
        }
    }

    @Test
    void airbyteRegistrationRunsAfterItsInstaller() {
        PlannedResource registration = hooks(ALL).stream().filter(r -> r.name().equals("hook-airbyte")).findFirst().orElseThrow();
        assertTrue(registration.dependsOn().stream().anyMatch(u -> u.endsWith("::hook-airbyte-install")), registration.dependsOn().toString());
    }

    /** What a hook creates and a service needs at start: the service waits for the hook, not only for its host. */
    @Test
    void servicesThatUseWhatAHookCreatesStartAfterIt() {
        for (String broker : List.of("pulsar", "kafka", "redpanda")) {
            List<PlannedResource> plan = OfflinePlan.run(MockRun.config(ALL + "  onering:broker: " + broker + "\n"), ConfigFiles.projectDefault());
            String topicsHook = broker.equals("pulsar") ? "::hook-pulsar-topics" : "::hook-kafka-topics";
            assertTrue(PlanQueries.named(plan, "docker:index/container:Container", "debezium").dependsOn().stream().anyMatch(u -> u.endsWith(topicsHook)),
                    "debezium must start after the topics hook on " + broker);
            assertTrue(PlanQueries.named(plan, "docker:index/container:Container", "feast").dependsOn().stream().anyMatch(u -> u.endsWith("::hook-object-store")),
                    "feast must start after the buckets exist");
        }
    }
}
