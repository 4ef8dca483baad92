package com.onering.identity;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.observability.PostgresExporter;
import com.onering.components.storage.Postgres;
import com.onering.config.PlatformConfig;
import com.onering.config.SealedSecret;
import com.onering.model.ComponentSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.WorkloadSpec;
import com.onering.model.identity.Directory;
import com.onering.model.identity.PostgresObjects;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanMocks;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.DeployedComponent;
import com.onering.platform.Platform;
import com.onering.platform.PlatformComponent;
import com.onering.platform.PlatformContext;
import com.onering.secrets.SecretStore;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import com.pulumi.core.internal.Internal;
import com.pulumi.postgresql.PublicationArgs;
import com.pulumi.postgresql.RoleArgs;
import com.pulumi.postgresql.SchemaArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import com.pulumi.resources.ResourceTransformation;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Databases, roles, schemas and grants the postgresql provider receives, for each profile mix. */
class ServiceDatabasesTest {
    private static final String DATABASE = "postgresql:index/database:Database";
    private static final String ROLE = "postgresql:index/role:Role";
    private static final String GRANT = "postgresql:index/grant:Grant";
    private static final String SCHEMA = "postgresql:index/schema:Schema";
    private static final String DEFAULTS = "postgresql:index/defaultPrivileges:DefaultPrivileges";

    private static List<PlannedResource> plan(String profiles) {
        return OfflinePlan.run(MockRun.config("  onering:profiles: [" + profiles + "]\n"), ConfigFiles.projectDefault());
    }

    @Test
    void everyServiceOwnsOnlyItsOwnDatabaseAndPublicCannotConnect() {
        for (String profiles : List.of("core", "core, security", "security")) {
            List<PlannedResource> plan = plan(profiles);
            List<PlannedResource> databases = ofType(plan, DATABASE);
            assertFalse(databases.isEmpty(), profiles);
            Set<String> serviceRoles = new java.util.HashSet<>();
            for (PlannedResource database : databases) {
                String name = (String) database.inputs().get("name");
                String owner = (String) database.inputs().get("owner");
                serviceRoles.add(owner);
                PlannedResource role = ofType(plan, ROLE).stream().filter(r -> owner.equals(r.inputs().get("name"))).findFirst().orElseThrow();
                assertEquals(true, role.inputs().get("login"), owner);
                assertTrue(PlanMocks.isHidden(role.inputs().get("password")), owner);
                PlannedResource revoke = named(plan, GRANT, "revoke-public-" + name);
                assertEquals("public", revoke.inputs().get("role"));
                assertEquals(List.of(), revoke.inputs().get("privileges"));
                assertEquals(name, revoke.inputs().get("database"));
            }
            // No grant anywhere gives a service's own role anything: its rights come from owning its database alone.
            assertTrue(ofType(plan, GRANT).stream().noneMatch(g -> serviceRoles.contains(g.inputs().get("role"))), profiles);
            assertTrue(ofType(plan, DEFAULTS).stream().noneMatch(g -> serviceRoles.contains(g.inputs().get("role"))), profiles);
        }
        assertEquals(Set.of("airflow", "infisical", "curated", "keycloak"), ofType(plan("core, security"), DATABASE).stream()
                .map(r -> (String) r.inputs().get("name")).collect(Collectors.toSet()));
    }

    @Test
    void theCuratedDatabaseHasTheMedallionSchemasAndAReadOnlyAnalystRoleOnGold() {
        List<PlannedResource> plan = plan("core");
        for (String schema : List.of("bronze", "silver", "gold")) {
            PlannedResource s = named(plan, SCHEMA, "schema-curated-" + schema);
            assertEquals("curated", s.inputs().get("database"));
            assertEquals(schema, s.inputs().get("name"));
            assertEquals("curated_owner", s.inputs().get("owner"));
        }
        PlannedResource analyst = named(plan, ROLE, "role-data_analyst");
        assertEquals(false, analyst.inputs().get("login"));
        assertEquals(List.of("CONNECT"), named(plan, GRANT, "grant-data_analyst-connect-curated").inputs().get("privileges"));
        assertEquals(List.of("USAGE"), named(plan, GRANT, "grant-data_analyst-usage-gold").inputs().get("privileges"));
        PlannedResource tables = named(plan, GRANT, "grant-data_analyst-tables-gold");
        assertEquals("table", tables.inputs().get("objectType"));
        assertEquals("gold", tables.inputs().get("schema"));
        assertEquals(List.of("SELECT"), tables.inputs().get("privileges"));
        PlannedResource future = named(plan, DEFAULTS, "default-privileges-data_analyst-gold");
        assertEquals("curated_owner", future.inputs().get("owner"));
        assertEquals(List.of("SELECT"), future.inputs().get("privileges"));
        // Analysts reach nothing but gold.
        Set<String> analystSchemas = ofType(plan, GRANT).stream().filter(g -> "data_analyst".equals(g.inputs().get("role")))
                .map(g -> (String) g.inputs().get("schema")).filter(s -> s != null).collect(Collectors.toSet());
        assertEquals(Set.of("gold"), analystSchemas);
        assertEquals(List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE"),
                named(plan, GRANT, "grant-data_engineer-tables-bronze").inputs().get("privileges"));
        assertTrue(ofType(plan, ROLE).stream().noneMatch(r -> "ldap_users".equals(r.inputs().get("name"))), "no directory without security");
        assertTrue(ofType(plan, "postgresql:index/publication:Publication").isEmpty(), "no Debezium, no publication");
    }

    @Test
    void withSecurityTheDirectorysPeopleGetLoginRolesAuthenticatedByLdap() {
        List<PlannedResource> plan = plan("core, security");
        assertEquals(false, named(plan, ROLE, "role-ldap_users").inputs().get("login"));
        Map<String, List<String>> expected = Map.of(
                "data-analyst", List.of("ldap_users", "data_analyst"),
                "data-engineer", List.of("ldap_users", "data_engineer"),
                "platform-admin", List.of("ldap_users", "data_engineer"));
        expected.forEach((person, roles) -> {
            PlannedResource role = named(plan, ROLE, "role-person-" + person);
            assertEquals(person, role.inputs().get("name"));
            assertEquals(true, role.inputs().get("login"));
            assertFalse(role.inputs().containsKey("password"), "people authenticate against the directory, not a password");
            assertEquals(Set.copyOf(roles), Set.copyOf((List<?>) role.inputs().get("roles")));
        });
        @SuppressWarnings("unchecked")
        List<String> command = (List<String>) named(plan, "docker:index/container:Container", "postgres").inputs().get("command");
        assertTrue(command.contains("hba_file=/etc/postgresql/pg_hba.conf"), command.toString());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> uploads = (List<Map<String, Object>>) named(plan, "docker:index/container:Container", "postgres").inputs().get("uploads");
        Map<String, Object> hba = uploads.stream().filter(u -> u.get("file").equals("/etc/postgresql/pg_hba.conf")).findFirst().orElseThrow();
        String hbaText = (String) hba.get("content");
        // The file shows with its secret as an unrendered placeholder: the bind password is named, never shown.
        assertTrue(hbaText.matches("(?s).*ldapbindpasswd=\"\\{\\{secret:[a-z0-9-]+@[0-9a-f]{12}}}\".*"), hbaText);
        assertFalse(SealedSecret.in(hbaText), hbaText);

        @SuppressWarnings("unchecked")
        List<String> coreCommand = (List<String>) named(plan("core"), "docker:index/container:Container", "postgres").inputs().get("command");
        assertFalse(String.join(" ", coreCommand).contains("hba_file"));
    }

    @Test
    void theHbaRuleSendsPeopleToTheDirectoryBeforeThePasswordRule() {
        Directory directory = Directory.declared("dc=oner,dc=local");
        String rule = Postgres.ldapPeopleRule(directory);
        assertEquals("host    all   +ldap_users   all   ldap ldapserver=openldap ldapport=389 ldapbasedn=\"ou=people,dc=oner,dc=local\""
                + " ldapsearchattribute=uid ldapbinddn=\"cn=postgres-auth,ou=service,dc=oner,dc=local\""
                + " ldapbindpasswd=\"{{secret:ldap-postgres-auth-password}}\"\n", rule);
        String file = new ConfigFiles(ConfigFiles.projectDefault().root()).read("postgres/pg_hba.conf");
        assertTrue(file.contains("host    all   all   all             scram-sha-256"));
    }

    @Test
    void thePostgresExporterLogsInAsAPgMonitorMemberNotAsTheSuperuser() {
        List<PlannedResource> plan = plan("core, observability");
        PlannedResource role = named(plan, ROLE, "role-" + PostgresExporter.ROLE);
        assertEquals(PostgresExporter.ROLE, role.inputs().get("name"));
        assertEquals(true, role.inputs().get("login"));
        assertTrue(PlanMocks.isHidden(role.inputs().get("password")));
        assertEquals(List.of("pg_monitor"), role.inputs().get("roles"));
        assertFalse(Boolean.TRUE.equals(role.inputs().get("superuser")), "the monitor is no superuser");
        // Its only rights come from pg_monitor: no grant or default privilege names it.
        assertTrue(ofType(plan, GRANT).stream().noneMatch(g -> PostgresExporter.ROLE.equals(g.inputs().get("role"))));
        assertTrue(ofType(plan, DEFAULTS).stream().noneMatch(g -> PostgresExporter.ROLE.equals(g.inputs().get("role"))));

        PlannedResource exporter = named(plan, "docker:index/container:Container", PostgresExporter.NAME);
        @SuppressWarnings("unchecked")
        List<String> envs = (List<String>) exporter.inputs().get("envs");
        assertTrue(envs.contains("DATA_SOURCE_USER=" + PostgresExporter.ROLE), envs.toString());
        assertTrue(exporter.dependsOn().contains(role.urn()), "the exporter starts once its role exists: " + exporter.dependsOn());
        // What the container's password setting refers to, before secrets are resolved: the monitor's, not the superuser's.
        WorkloadSpec workload = Platforms.workload(Platforms.assemble("  onering:profiles: [core, observability]\n"), PostgresExporter.NAME);
        assertEquals("{{secret:" + PostgresExporter.PASSWORD_SECRET + "}}", Platforms.fileNamedBy(workload, "DATA_SOURCE_PASS_FILE"));
        assertTrue(workload.env().values().stream().noneMatch(v -> v.contains(Postgres.SUPERUSER_PASSWORD) || v.equals(Postgres.SUPERUSER)),
                workload.env().toString());

        assertTrue(ofType(plan("core"), ROLE).stream().noneMatch(r -> PostgresExporter.ROLE.equals(r.inputs().get("name"))),
                "no exporter, no monitor role");
    }

    /** Runs only the attachment for a platform that also has a component named debezium (the data plane's contract). */
    @Test
    void debeziumGetsAReplicationRoleReadGrantsAndThePublicationOnlyWhenItIsDeployed() {
        Map<String, ResourceTransformation.Args> declared = new ConcurrentHashMap<>();
        List<Resource> prerequisites = new ArrayList<>();
        TestResult result;
        try {
            result = PulumiTest.withMocks(new PlanMocks()).withOptions(TestOptions.builder().projectName("onering").stackName("dev")
                    .resourceTransformations(List.of(args -> {
                        declared.put(args.resource().pulumiResourceName(), args);
                        return Optional.empty();
                    })).build()).runTest(ctx -> {
                        PlatformConfig config = PlatformConfig.defaults("dev", EnumSet.of(Profile.CORE, Profile.STREAMING));
                        ComponentSpec postgres = new Postgres().describe(new PlatformContext(config, ConfigFiles.projectDefault()));
                        ComponentSpec debezium = new ComponentSpec("debezium", Profile.STREAMING, "test:streaming:Debezium", List.of(),
                                List.of(SecretSpec.password("debezium-db-password")), List.of(), List.of(), Map.of());
                        Platform platform = new Platform(config, List.of(postgres, debezium));
                        SecretStore secrets = new SecretStore(java.util.Optional.empty());
                        PlatformComponent postgresComponent = new PlatformComponent(postgres);
                        secrets.declare(postgres.secrets(), postgresComponent, Map.of());
                        secrets.declare(debezium.secrets(), postgresComponent, Map.of());
                        ServiceDatabases databases = new ServiceDatabases(platform, secrets, (w, p) -> "127.0.0.1:5432", new com.onering.hooks.LocalCommandExecutor((w, p) -> "127.0.0.1:5432"), true);
                        // Stands in for the Postgres container (any custom resource: the provider only depends on it).
                        Resource container = new com.pulumi.random.RandomPassword("postgres-container",
                                com.pulumi.random.RandomPasswordArgs.builder().length(8).build());
                        databases.onDeployed(new DeployedComponent(postgresComponent, Map.of("postgres", container)));
                        prerequisites.addAll(databases.prerequisitesOf("debezium"));
                        postgresComponent.complete();
                    });
        } finally {
            PulumiTest.cleanup();
        }
        assertEquals(0, result.exitCode(), () -> result.errors() + " " + result.exceptions());
        RoleArgs role = (RoleArgs) declared.get("role-debezium").args();
        assertEquals("debezium", PulumiTest.extractValue(role.name().orElseThrow()));
        assertEquals(true, PulumiTest.extractValue(role.replication().orElseThrow()));
        assertEquals(true, PulumiTest.extractValue(role.login().orElseThrow()));
        assertTrue(MockRun.isSecret(role.password().orElseThrow()), "the Debezium password is secret");
        PublicationArgs publication = (PublicationArgs) declared.get("publication-dbz_publication").args();
        assertEquals("dbz_publication", PulumiTest.extractValue(publication.name().orElseThrow()));
        assertEquals(true, PulumiTest.extractValue(publication.allTables().orElseThrow()));
        assertEquals("curated", PulumiTest.extractValue(publication.database().orElseThrow()));
        for (String schema : List.of("bronze", "silver", "gold")) {
            assertTrue(declared.containsKey("grant-debezium-tables-" + schema), schema);
            assertTrue(declared.containsKey("default-privileges-debezium-" + schema), schema);
        }
        Set<String> prerequisiteNames = prerequisites.stream().map(Resource::pulumiResourceName).collect(Collectors.toSet());
        assertTrue(prerequisiteNames.containsAll(Set.of("role-debezium", "publication-dbz_publication", "grant-debezium-connect-curated")),
                prerequisiteNames.toString());
    }

    /**
     * A destroy that keeps the data volume keeps everything PostgreSQL holds, without touching the server: the first
     * real destroy stopped at the gold schema (tables depend on it) and would otherwise have dropped the service
     * databases inside the kept volume. A stack that deletes its volumes drops them.
     */
    @Test
    void whatHoldsDataIsKeptOnDestroyWithTheVolumeAndDroppedWithIt() {
        MockRun retained = MockRun.of(MockRun.config("  onering:profiles: [core, security]\n"), false);
        List<String> postgresql = retained.declared().keySet().stream().filter(k -> k.startsWith("postgresql:index/")).toList();
        assertTrue(postgresql.size() > 20, postgresql.toString());
        for (String key : postgresql) {
            assertTrue(retained.declared().get(key).options().isRetainOnDelete(), key);
        }
        assertEquals(false, ((SchemaArgs) retained.resource("postgresql:index/schema:Schema",
                "schema-curated-gold").args()).dropCascade().map(PulumiTest::extractValue).orElseThrow());

        MockRun deleted = MockRun.of(MockRun.config("  onering:dataVolumes: delete\n"), false);
        assertFalse(deleted.resource("postgresql:index/database:Database", "database-airflow").options().isRetainOnDelete());
        assertEquals(true, ((SchemaArgs) deleted.resource("postgresql:index/schema:Schema",
                "schema-curated-gold").args()).dropCascade().map(PulumiTest::extractValue).orElseThrow(),
                "a stack that deletes its data drops the tables with their schema, so destroy completes");
    }

    /**
     * Roles, databases and the publication adopt what a kept volume still holds: the hook creates whatever is missing
     * first, then an update imports each object by its provider id. A preview imports nothing (the server may not
     * exist yet), and the hook is told every adopted object.
     */
    @Test
    void rolesDatabasesAndThePublicationAdoptExistingObjectsOnRealRunsOnly() {
        String config = "  onering:profiles: [core, security, streaming]\n";
        MockRun update = MockRun.of(MockRun.config(config), false);
        ResourceTransformation.Args hook = update.resource("command:local:Command", "hook-" + PostgresObjects.HOOK);
        Map<String, String> environment = Internal.of(((com.pulumi.command.local.CommandArgs) hook.args()).environment().orElseThrow())
                .getValueNullable().join();
        PostgresObjects told = PostgresObjects.fromJson(environment.get(PostgresObjects.OBJECTS_SETTING));
        Map<String, String> importIds = new TreeMap<>();
        for (String type : List.of("postgresql:index/role:Role", "postgresql:index/database:Database", "postgresql:index/publication:Publication")) {
            update.declared().forEach((key, args) -> {
                if (key.startsWith(type + "::")) {
                    importIds.put(key, ((CustomResourceOptions) args.options()).getImportId().orElse(null));
                    assertTrue(Internal.of(args.options().getDependsOn()).getValueNullable().join().contains(hook.resource()),
                            key + " must wait for the hook");
                }
            });
        }
        assertEquals("airflow", importIds.get("postgresql:index/role:Role::role-airflow"));
        assertEquals("airflow", importIds.get("postgresql:index/database:Database::database-airflow"));
        assertEquals("platform-admin", importIds.get("postgresql:index/role:Role::role-person-platform-admin"));
        assertEquals("curated.dbz_publication", importIds.get("postgresql:index/publication:Publication::publication-dbz_publication"));
        assertEquals(importIds.entrySet().stream().filter(e -> e.getKey().contains("/role:Role::")).map(Map.Entry::getValue).collect(Collectors.toSet()),
                Set.copyOf(told.roles()));
        assertTrue(told.databases().contains(new PostgresObjects.Database("airflow", "airflow")), told.databases().toString());
        assertEquals(List.of(new PostgresObjects.Publication("curated", "dbz_publication", List.of("insert", "update", "delete", "truncate"))),
                told.publications());
        assertTrue(MockRun.isSecret(((com.pulumi.command.local.CommandArgs) hook.args()).environment().orElseThrow()),
                "the hook's settings carry the superuser's password");

        MockRun preview = MockRun.of(MockRun.config(config), true);
        preview.declared().forEach((key, args) -> assertTrue(!(args.options() instanceof CustomResourceOptions custom) || custom.getImportId().isEmpty(),
                key + " imports in a preview"));
    }

    /**
     * PostgreSQL refuses concurrent privilege changes of one object ("tuple concurrently updated"): the first real
     * recreate failed on two grants of the gold tables applied in parallel. Every grant and default privilege waits
     * for the one before it, so any two are ordered.
     */
    @Test
    void grantsApplyOneAfterAnother() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core, security, streaming]\n"), ConfigFiles.projectDefault());
        List<PlannedResource> grants = plan.stream().filter(r -> r.type().equals("postgresql:index/grant:Grant")
                || r.type().equals("postgresql:index/defaultPrivileges:DefaultPrivileges")).toList();
        Map<String, PlannedResource> byUrn = new java.util.HashMap<>();
        grants.forEach(g -> byUrn.put(g.urn(), g));
        Set<Integer> ancestorCounts = new java.util.HashSet<>();
        for (PlannedResource grant : grants) {
            Set<String> ancestors = new java.util.HashSet<>();
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(grant.dependsOn());
            while (!todo.isEmpty()) {
                String urn = todo.pop();
                PlannedResource earlier = byUrn.get(urn);
                if (earlier != null && ancestors.add(urn)) {
                    todo.addAll(earlier.dependsOn());
                }
            }
            ancestorCounts.add(ancestors.size());
        }
        assertTrue(grants.size() > 20, "grants: " + grants.size());
        assertEquals(grants.size(), ancestorCounts.size(), "two grants could run at the same time");
    }
}
