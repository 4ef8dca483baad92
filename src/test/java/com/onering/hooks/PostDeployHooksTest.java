package com.onering.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.cli.HookCatalog;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanMocks;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.pulumi.command.local.CommandArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core stack's hooks as the engine would receive them: one local command per hook, after what it awaits only. */
class PostDeployHooksTest {
    private static final String COMMAND = "command:local:Command";
    private static List<PlannedResource> core;

    @BeforeAll
    static void plan() {
        core = OfflinePlan.run(MockRun.config("  onering:profiles: [core]\n"), ConfigFiles.projectDefault());
    }

    private static PlannedResource hook(List<PlannedResource> plan, String name) {
        return plan.stream().filter(r -> r.type().equals(COMMAND) && r.name().equals("hook-" + name)).findFirst()
                .orElseThrow(() -> new AssertionError("no hook " + name));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(PlannedResource hook) {
        return (Map<String, Object>) hook.inputs().get("environment");
    }

    @Test
    void everyCoreHookIsACommandThatRunsTheCliWithItsName() {
        assertEquals(Set.of("hook-object-store", "hook-postgres-migrations", "hook-clickhouse-migrations", "hook-airflow", "hook-infisical",
                "hook-clickhouse-roles", "hook-postgres-objects", "hook-airflow-secrets"),
                core.stream().filter(r -> r.type().equals(COMMAND)).map(PlannedResource::name).collect(Collectors.toSet()));
        for (String name : List.of("object-store", "postgres-migrations", "clickhouse-migrations", "airflow", "infisical", "postgres-objects",
                "airflow-secrets")) {
            PlannedResource hook = hook(core, name);
            assertEquals("java -jar target/onering.jar hook " + name, hook.inputs().get("create"));
            assertEquals(hook.inputs().get("create"), hook.inputs().get("update"));
            assertTrue(HookCatalog.named(name).isPresent(), name + " is not in the catalog");
        }
    }

    /**
     * A hook waits for its workloads, and for another hook only where it uses what that one made: airflow-secrets the
     * infisical hook's admin token, the airflow hook (which unpauses the DAGs) the connections airflow-secrets stores.
     */
    @Test
    void hooksWaitForTheirWorkloadsAndOnlyTheHooksTheyBuildOnSoTheRestRunInParallel() {
        assertEquals(List.of("object-store"), waitsFor(hook(core, "object-store")));
        assertEquals(List.of("airflow-apiserver"), waitsFor(hook(core, "airflow")));
        assertEquals(List.of("clickhouse"), waitsFor(hook(core, "clickhouse-migrations")));
        PlannedResource migrations = hook(core, "postgres-migrations");
        assertEquals(List.of("postgres"), waitsFor(migrations));
        assertTrue(migrations.dependsOn().stream().anyMatch(u -> u.endsWith("postgresql:index/database:Database::database-curated")),
                "migrations fill the curated database, so they wait for it: " + migrations.dependsOn());
        Set<String> hookEdges = core.stream().filter(r -> r.type().equals(COMMAND))
                .flatMap(r -> r.dependsOn().stream().filter(u -> u.contains(COMMAND)).map(u -> r.name() + " -> " + u.substring(u.lastIndexOf("::") + 2)))
                .collect(Collectors.toSet());
        assertEquals(Set.of("hook-airflow-secrets -> hook-infisical", "hook-airflow -> hook-airflow-secrets"), hookEdges);
    }

    private static List<String> waitsFor(PlannedResource hook) {
        return hook.dependsOn().stream().filter(u -> u.contains("docker:index/container:Container::"))
                .map(u -> u.substring(u.lastIndexOf("::") + 2)).toList();
    }

    @Test
    void settingsArriveAsEnvironmentWithPublishedEndpointsAndHiddenSecrets() {
        Map<String, Object> objectStore = env(hook(core, "object-store"));
        assertEquals("http://127.0.0.1:3900", objectStore.get("S3_ENDPOINT"));
        assertEquals("http://127.0.0.1:3903", objectStore.get("GARAGE_ADMIN_ENDPOINT"));
        assertEquals("garage", objectStore.get("S3_REGION"));
        assertTrue(PlanMocks.isHidden(objectStore.get("S3_SECRET_KEY")));
        assertEquals("jdbc:postgresql://127.0.0.1:5432/curated", env(hook(core, "postgres-migrations")).get("JDBC_URL"));
        assertEquals("http://127.0.0.1:8080", env(hook(core, "airflow")).get("AIRFLOW_URL"));
        assertFalse(String.valueOf(hook(core, "airflow").inputs().get("create")).contains("AIRFLOW"), "settings never on the command line");
    }

    @Test
    void theEnvironmentIsSecretForTheEngine() {
        MockRun run = MockRun.of(MockRun.config("  onering:profiles: [core]\n"), false);
        CommandArgs args = (CommandArgs) run.resource(COMMAND, "hook-airflow").args();
        assertTrue(MockRun.isSecret(args.environment().orElseThrow()), "hook settings carry credentials");
    }

    @Test
    void theTriggerChangesWhenAFileTheHookAppliesChanges(@TempDir Path copy) throws Exception {
        ConfigFiles original = ConfigFiles.projectDefault();
        try (var files = Files.walk(original.root())) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(original.root().relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path changelog = copy.resolve("liquibase/postgres/changelog.xml");
        Files.writeString(changelog, Files.readString(changelog).replace("</databaseChangeLog>", "<!-- edited --></databaseChangeLog>"));
        List<PlannedResource> edited = OfflinePlan.run(MockRun.config("  onering:profiles: [core]\n"), new ConfigFiles(copy));
        assertNotEquals(hook(core, "postgres-migrations").inputs().get("triggers"), hook(edited, "postgres-migrations").inputs().get("triggers"));
        assertEquals(hook(core, "clickhouse-migrations").inputs().get("triggers"), hook(edited, "clickhouse-migrations").inputs().get("triggers"));
    }
}
