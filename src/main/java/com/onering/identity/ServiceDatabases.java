package com.onering.identity;

import com.onering.components.bi.Metabase;
import com.onering.components.observability.PostgresExporter;
import com.onering.components.poc.AgentApi;
import com.onering.components.query.Trino;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.Postgres;
import com.onering.hooks.HookExecutor;
import com.onering.hooks.PostDeployHooks;
import com.onering.model.ComponentSpec;
import com.onering.model.DatabaseNeed;
import com.onering.model.identity.Directory;
import com.onering.model.identity.PlatformRole;
import com.onering.platform.Attachment;
import com.onering.platform.DeployedComponent;
import com.onering.platform.Endpoints;
import com.onering.platform.Platform;
import com.onering.secrets.SecretStore;
import com.pulumi.postgresql.Database;
import com.pulumi.postgresql.Extension;
import com.pulumi.postgresql.ExtensionArgs;
import com.pulumi.postgresql.Grant;
import com.pulumi.postgresql.GrantArgs;
import com.pulumi.postgresql.Provider;
import com.pulumi.postgresql.ProviderArgs;
import com.pulumi.postgresql.Role;
import com.pulumi.postgresql.RoleArgs;
import com.pulumi.postgresql.Schema;
import com.pulumi.postgresql.SchemaArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One database and one login role per service that needs PostgreSQL, as typed postgresql-provider resources: the
 * role owns its database and nothing else, and PUBLIC loses CONNECT so no other role can open it. In the curated
 * database, the roles of people and tools on its medallion schemas ({@link CuratedDatabaseAccess}). Each need's schemas
 * (owned by its role) and extensions (created by the superuser) are declared with it. The provider
 * connects once the Postgres container is healthy, so preview never needs a running server. Roles, databases and the
 * publication are adopted when they exist already ({@link PostgresAdoption}).
 */
public final class ServiceDatabases implements Attachment {
    private static final String DEBEZIUM = "debezium";
    /** PostgreSQL's predefined monitoring role (PostgreSQL 10+). */
    static final String MONITOR_ROLE = "pg_monitor";
    private final Platform platform;
    private final SecretStore secrets;
    private final Endpoints endpoints;
    private final HookExecutor hooks;
    private final boolean importExisting;
    private final Map<String, List<Resource>> byComponent = new HashMap<>();

    /** What {@link #provision} declared for one database need. */
    private record Provisioned(Role role, Database database, Grant noPublicConnect, Map<String, Schema> schemas, List<Extension> extensions) {
        List<Resource> resources() {
            List<Resource> resources = new ArrayList<>(List.of(role, database, noPublicConnect));
            resources.addAll(schemas.values());
            resources.addAll(extensions);
            return resources;
        }
    }

    /**
     * @param hooks          runs the {@value PostgresObjects#HOOK} hook
     * @param importExisting whether roles and databases adopt existing objects: on real runs, never in previews
     */
    public ServiceDatabases(Platform platform, SecretStore secrets, Endpoints endpoints, HookExecutor hooks, boolean importExisting) {
        this.platform = platform;
        this.secrets = secrets;
        this.endpoints = endpoints;
        this.hooks = hooks;
        this.importExisting = importExisting;
    }

    @Override
    public void onDeployed(DeployedComponent deployed) {
        if (!deployed.component().spec().name().equals("postgres")) {
            return;
        }
        String[] hostPort = endpoints.of(ProviderServers.POSTGRES.workload(), ProviderServers.POSTGRES.port()).split(":");
        Resource server = deployed.workloads().get("postgres");
        Provider provider = new Provider("postgres-admin", ProviderArgs.builder()
                .host(hostPort[0])
                .port(Integer.parseInt(hostPort[1]))
                .username(Postgres.SUPERUSER)
                .password(secrets.get(Postgres.SUPERUSER_PASSWORD))
                .database("postgres")
                .sslmode("disable")
                .superuser(true)
                .connectTimeout(30)
                .build(), CustomResourceOptions.builder()
                .parent(deployed.component())
                .dependsOn(server)
                .build());
        // Roles, databases, schemas and grants live in the data volume: when the stack keeps its volumes on destroy, it
        // keeps them too (dropping them would lose the very data the volume was kept for), and the next up adopts them.
        CustomResourceOptions options = CustomResourceOptions.builder().provider(provider).parent(deployed.component())
                .retainOnDelete(platform.config().retainDataVolumes()).build();
        try (PostgresAdoption adoption = new PostgresAdoption(hooks, deployed.component(),
                settings -> PostDeployHooks.environment(settings, secrets, hooks::endpoint), List.of(server), options, importExisting)) {
            declare(adoption, options);
        }
    }

    private void declare(PostgresAdoption adoption, CustomResourceOptions options) {
        SerialGrants grants = new SerialGrants(options);
        Map<String, Provisioned> databases = new HashMap<>();
        for (ComponentSpec component : platform.components()) {
            for (DatabaseNeed need : component.databases()) {
                Provisioned provisioned = provision(adoption, grants, need, options);
                databases.put(need.database(), provisioned);
                byComponent.computeIfAbsent(component.name(), k -> new ArrayList<>()).addAll(provisioned.resources());
            }
        }
        Provisioned curated = databases.get(Postgres.CURATED_DATABASE);
        if (curated != null) {
            CuratedDatabaseAccess access = new CuratedDatabaseAccess(adoption, grants, curated.database(), curated.role(), curated.schemas());
            Map<PlatformRole, Role> dataRoles = access.dataRoles();
            // The Postgres component's own hooks (migrations) create tables in these schemas: after the grants exist.
            byComponent.computeIfAbsent("postgres", k -> new ArrayList<>()).addAll(access.layout());
            if (platform.config().directoryEnabled()) {
                access.directoryLogins(Directory.declared(platform.config().ldapSuffix()), dataRoles);
            }
            // Contract with the analytics profile: the Trino component declares the secret trino-db-password.
            if (platform.component(Trino.HOST).isPresent()) {
                byComponent.computeIfAbsent(Trino.HOST, k -> new ArrayList<>())
                        .add(access.trino(secrets, dataRoles.get(PlatformRole.DATA_ENGINEER)));
            }
            // Contract with the core profile: the ClickHouse component declares the secret and the collection that logs in.
            if (platform.component(ClickHouse.HOST).isPresent()) {
                byComponent.computeIfAbsent(ClickHouse.HOST, k -> new ArrayList<>()).addAll(access.clickhouse(secrets));
            }
            // Contract with the analytics profile: the Metabase component declares the secret and the hook that logs in.
            if (platform.component(Metabase.HOST).isPresent()) {
                byComponent.computeIfAbsent(Metabase.HOST, k -> new ArrayList<>()).addAll(access.metabase(secrets));
            }
            // Contract with the data plane: its component named "debezium" declares the secret debezium-db-password.
            if (platform.component(DEBEZIUM).isPresent()) {
                byComponent.computeIfAbsent(DEBEZIUM, k -> new ArrayList<>()).addAll(access.debezium(secrets));
            }
        }
        // Contract with seed 002's agent API and Metabase: each declares its secret and reads the curated schema of
        // the poc database, and nothing else.
        Provisioned poc = databases.get(Postgres.POC.database());
        if (poc != null) {
            SchemaGrants pocGrants = new SchemaGrants(grants, poc.database(), Postgres.POC.database(), poc.role(), poc.schemas());
            if (platform.component(AgentApi.NAME).isPresent()) {
                byComponent.computeIfAbsent(AgentApi.NAME, k -> new ArrayList<>()).addAll(pocGrants.readOnlyLogin(adoption, AgentApi.DB_ROLE,
                        secrets.get(AgentApi.DB_PASSWORD), List.of(AgentApi.SCHEMA)));
            }
            // Contract with the analytics profile: the Metabase component declares the secret and the hook that logs in.
            if (platform.component(Metabase.HOST).isPresent()) {
                byComponent.computeIfAbsent(Metabase.HOST, k -> new ArrayList<>()).addAll(pocGrants.readOnlyLogin(adoption, Metabase.POC_READER_ROLE,
                        secrets.get(Metabase.POC_READER_PASSWORD), List.of(AgentApi.SCHEMA)));
            }
        }
        if (platform.component(PostgresExporter.NAME).isPresent()) {
            byComponent.computeIfAbsent(PostgresExporter.NAME, k -> new ArrayList<>()).add(monitor(adoption));
        }
    }

    /**
     * The exporter's login: member of the built-in pg_monitor (pg_read_all_settings, pg_read_all_stats,
     * pg_stat_scan_tables), so it sees every database's and session's statistics without the superuser, and reads no
     * table: the service databases refuse it CONNECT like any other role.
     */
    private Role monitor(PostgresAdoption adoption) {
        return adoption.role(PostgresExporter.ROLE, RoleArgs.builder()
                .login(true)
                .password(secrets.get(PostgresExporter.PASSWORD_SECRET))
                .roles(List.of(MONITOR_ROLE)));
    }

    @Override
    public List<Resource> prerequisitesOf(String component) {
        return byComponent.getOrDefault(component, List.of());
    }

    private Provisioned provision(PostgresAdoption adoption, SerialGrants grants, DatabaseNeed need, CustomResourceOptions options) {
        Role role = adoption.role(need.role(), RoleArgs.builder()
                .login(true)
                .password(secrets.get(need.passwordSecret())));
        Database database = adoption.database(need.database(), role, need.role());
        Grant noPublicConnect = grants.grant("revoke-public-" + need.database(), GrantArgs.builder()
                .database(database.name())
                .role("public")
                .objectType("database")
                .privileges(List.of())
                .build());
        Map<String, Schema> schemas = new LinkedHashMap<>();
        for (String schema : need.schemas()) {
            schemas.put(schema, new Schema("schema-" + need.database() + "-" + schema, SchemaArgs.builder()
                    .database(database.name())
                    .name(schema)
                    .owner(role.name())
                    // Whether deleting a schema drops its tables: only when the stack deletes its data volumes too.
                    .dropCascade(!platform.config().retainDataVolumes())
                    .build(), options));
        }
        // CREATE EXTENSION IF NOT EXISTS, so after a destroy that kept the data they are simply found again.
        List<Extension> extensions = need.extensions().stream()
                .map(extension -> new Extension("extension-" + need.database() + "-" + extension, ExtensionArgs.builder()
                        .database(database.name())
                        .name(extension)
                        .build(), options))
                .toList();
        return new Provisioned(role, database, noPublicConnect, schemas, extensions);
    }
}
