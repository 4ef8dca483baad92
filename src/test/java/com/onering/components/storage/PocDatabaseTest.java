package com.onering.components.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.model.ComponentSpec;
import com.onering.model.HookSpec;
import com.onering.model.ImageSource;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.PlanQueries;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Seed 002's poc database: PostGIS in the server only where the poc profile is on, the database, its schemas and extensions. */
class PocDatabaseTest {
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)\\s*$");

    private static List<PlannedResource> plan(String profiles) {
        return OfflinePlan.run(MockRun.config("  onering:profiles: [" + profiles + "]\n"), ConfigFiles.projectDefault());
    }

    @Test
    void withThePocProfilePostgresRunsTheSameServerImagePlusPostgis() {
        ImageSource.Built image = (ImageSource.Built) Platforms.workload(Platforms.assemble("  onering:profiles: [core, poc]\n"), "postgres").image();
        assertEquals("postgres-postgis", image.contextDir());
        Matcher from = FROM.matcher(ConfigFiles.projectDefault().read("postgres-postgis/Dockerfile"));
        assertTrue(from.find());
        assertEquals(Postgres.IMAGE.reference(), from.group(1), "the PostGIS image must build on the pinned PostgreSQL image");
        assertTrue(ConfigFiles.projectDefault().read("postgres-postgis/Dockerfile").contains("postgis-3=3.6.*"), "PostGIS held to one minor");

        assertEquals(Postgres.IMAGE, Platforms.workload(Platforms.assemble("  onering:profiles: [core]\n"), "postgres").image(),
                "without the poc profile nothing is built");
    }

    @Test
    void thePocDatabaseIsOwnedByItsRoleWithRawAndCuratedSchemasAndTheSeedsExtensions() {
        List<PlannedResource> plan = plan("core, poc");
        assertEquals("poc_owner", PlanQueries.named(plan, "postgresql:index/database:Database", "database-poc").inputs().get("owner"));
        assertEquals("public", PlanQueries.named(plan, "postgresql:index/grant:Grant", "revoke-public-poc").inputs().get("role"));
        for (String schema : List.of("raw", "curated", "platform")) {
            Map<String, Object> inputs = PlanQueries.named(plan, "postgresql:index/schema:Schema", "schema-poc-" + schema).inputs();
            assertEquals(Map.of("database", "poc", "name", schema, "owner", "poc_owner", "dropCascade", false), inputs, schema);
        }
        Set<String> extensions = PlanQueries.ofType(plan, "postgresql:index/extension:Extension").stream()
                .peek(e -> assertEquals("poc", e.inputs().get("database"), e.name()))
                .map(e -> (String) e.inputs().get("name")).collect(Collectors.toSet());
        assertEquals(Set.of("pgcrypto", "uuid-ossp", "postgis"), extensions);

        assertTrue(PlanQueries.ofType(plan("core"), "postgresql:index/extension:Extension").isEmpty());
        assertTrue(plan("core").stream().noneMatch(r -> r.name().endsWith("-poc")), "no poc database without the profile");
    }

    @Test
    void thePocDatabasesChangelogIsAppliedAsItsOwnerOnlyWithThePocProfile() {
        HookSpec migrations = Platforms.assemble("  onering:profiles: [core, poc]\n").component("postgres").orElseThrow().hooks().stream()
                .filter(h -> h.hook().equals(LiquibaseHook.POSTGRES_POC)).findFirst().orElseThrow();
        assertEquals(List.of("postgres"), migrations.awaitWorkloads());
        assertEquals("jdbc:postgresql://{{endpoint:postgres/postgres}}/poc", migrations.env().get("JDBC_URL"));
        assertEquals("poc_owner", migrations.env().get("JDBC_USER"));
        assertEquals("{{secret:postgres-poc-password}}", migrations.env().get("JDBC_PASSWORD"));
        assertEquals(List.of("liquibase/postgres-poc"), migrations.triggerFiles(), "it runs again when its changelog changes");
        assertTrue(ConfigFiles.projectDefault().read("liquibase/postgres-poc/changelog.xml").contains("curated.traffic_readings"));
        assertTrue(Platforms.assemble("  onering:profiles: [core]\n").component("postgres").orElseThrow().hooks().stream()
                .noneMatch(h -> h.hook().equals(LiquibaseHook.POSTGRES_POC)), "no poc database, nothing to migrate");
    }

    @Test
    void thePocRoleHasAGeneratedPasswordAndItsUrlIsAStackOutput() {
        Platform platform = Platforms.assemble("  onering:profiles: [core, poc]\n");
        ComponentSpec postgres = platform.component("postgres").orElseThrow();
        assertTrue(postgres.secrets().stream().anyMatch(s -> s.name().equals(Postgres.POC.passwordSecret())));
        assertEquals("postgresql://poc_owner:{{secret:postgres-poc-password}}@{{endpoint:postgres/postgres}}/poc",
                postgres.connectionOutputs().get("pocDatabaseUrl"));
    }
}
