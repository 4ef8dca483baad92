package com.onering.identity;

import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.storage.ClickHouse;
import com.onering.hooks.identity.ClickHouseRolesHook;
import com.onering.model.ComponentSpec;
import com.onering.model.HookSpec;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.identity.ClickHouseAccess;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Metabase and OpenMetadata reach ClickHouse as the read-only {@code clickhouse-reader}, with or without the directory,
 * never as the admin: what their containers and hooks are given, before secrets are resolved, and the planned hooks.
 */
class ClickHouseReaderTest {
    private static final String ADMIN_SECRET = Template.secret(ClickHouse.ADMIN_PASSWORD);
    private static final String READER_SECRET = Template.secret(ClickHouse.READER_PASSWORD);

    private static String profiles(boolean security) {
        return "  onering:profiles: [core, analytics, catalog" + (security ? ", security" : "") + "]\n";
    }

    /** Every setting a component hands to its containers and hooks. */
    private static List<String> settings(ComponentSpec component) {
        List<String> values = new ArrayList<>();
        component.workloads().forEach(w -> values.addAll(w.env().values()));
        component.hooks().forEach(h -> values.addAll(h.env().values()));
        return values;
    }

    private static HookSpec hook(ComponentSpec component, String name) {
        return component.hooks().stream().filter(h -> h.hook().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void metabaseAndOpenMetadataAreGivenTheReaderAndNeverTheAdmin() {
        for (boolean security : List.of(false, true)) {
            Platform platform = Platforms.assemble(profiles(security));
            for (String name : List.of("metabase", "openmetadata")) {
                ComponentSpec component = platform.component(name).orElseThrow();
                List<String> settings = settings(component);
                assertTrue(settings.stream().noneMatch(v -> v.contains(ADMIN_SECRET) || v.contains(ClickHouse.ADMIN_USER)),
                        name + " (security " + security + ") is given the ClickHouse admin: " + settings);
                HookSpec hook = hook(component, name);
                assertTrue(hook.env().values().stream().anyMatch(v -> v.contains(READER_SECRET)), name + ": " + hook.env());
                assertTrue(hook.afterHooks().contains(ClickHouseRolesHook.NAME), name + " runs once the reader exists: " + hook.afterHooks());
            }
            Map<String, String> metabase = hook(platform.component("metabase").orElseThrow(), "metabase").env();
            assertEquals(ClickHouse.READER_USER, metabase.get("CLICKHOUSE_USER"));
            assertEquals(READER_SECRET, metabase.get("CLICKHOUSE_PASSWORD"));
            assertTrue(hook(platform.component("openmetadata").orElseThrow(), "openmetadata").env().get("OPENMETADATA_SERVICES")
                    .contains("\"username\":\"" + ClickHouse.READER_USER + "\""));

            // The reader's password is generated whether or not the directory checks it.
            assertTrue(platform.components().stream().flatMap(c -> c.secrets().stream()).map(SecretSpec::name)
                    .anyMatch(ClickHouse.READER_PASSWORD::equals));
            ClickHouseAccess access = ClickHouse.access(security);
            ClickHouseAccess.User reader = access.users().stream().filter(u -> u.user().equals(ClickHouse.READER_USER)).findFirst().orElseThrow();
            assertEquals(security ? "service" : null, reader.ldapServer());
            assertEquals(security ? null : READER_SECRET, reader.password());
            assertEquals(List.of(ClickHouseAccess.BI_READER_ROLE), reader.roles());
        }
    }

    @Test
    void theReadersRoleReadsTheAnalyticsDatabasesAndWhatOpenMetadataDocumentsNothingElse() {
        ClickHouseAccess.RoleGrants role = ClickHouse.access(false).roles().stream()
                .filter(r -> r.role().equals(ClickHouseAccess.BI_READER_ROLE)).findFirst().orElseThrow();
        assertEquals(List.of("SELECT ON analytics.*", "SELECT ON marts.*", "SELECT, SHOW ON system.*"), role.grants());
        assertEquals(ClickHouse.access(false).roles(), ClickHouse.access(true).roles());
    }

    @Test
    void theHooksRunAfterTheRolesHookInThePlan() {
        for (boolean security : List.of(false, true)) {
            List<PlannedResource> plan = OfflinePlan.run(MockRun.config(profiles(security)), ConfigFiles.projectDefault());
            List<PlannedResource> hooks = ofType(plan, "command:local:Command");
            String roles = hooks.stream().filter(h -> h.name().equals("hook-" + ClickHouseRolesHook.NAME)).findFirst().orElseThrow().urn();
            for (String name : List.of("hook-metabase", "hook-openmetadata")) {
                PlannedResource hook = hooks.stream().filter(h -> h.name().equals(name)).findFirst()
                        .orElseThrow(() -> new AssertionError(name + " is not declared"));
                assertTrue(hook.dependsOn().contains(roles), name + ": " + hook.dependsOn());
            }
        }
    }

    @Test
    void withoutClickHouseOpenMetadataRegistersNoClickHouseServiceAndWaitsForNoRolesHook() {
        for (String stack : List.of("  onering:profiles: [core, catalog]\n  onering:exclude: [clickhouse]\n", "  onering:profiles: [catalog]\n")) {
            Platform platform = Platforms.assemble(stack);
            assertTrue(platform.component(ClickHouse.HOST).isEmpty(), stack);
            HookSpec hook = hook(platform.component("openmetadata").orElseThrow(), "openmetadata");
            assertFalse(hook.env().get("OPENMETADATA_SERVICES").contains("Clickhouse"), hook.env().get("OPENMETADATA_SERVICES"));
            assertFalse(hook.afterHooks().contains(ClickHouseRolesHook.NAME), stack);
            assertFalse(hook.env().get("OPENMETADATA_PIPELINES").contains("DBT"), "no marts, no dbt lineage: " + stack);
        }
    }
}
