package com.onering.identity;

import com.onering.components.bi.Metabase;
import com.onering.components.query.Trino;
import com.onering.components.storage.ClickHouse;
import com.onering.components.storage.Postgres;
import com.onering.model.identity.Directory;
import com.onering.model.identity.PlatformRole;
import com.onering.secrets.SecretStore;
import com.pulumi.core.Output;
import com.pulumi.postgresql.Database;
import com.pulumi.postgresql.Role;
import com.pulumi.postgresql.RoleArgs;
import com.pulumi.postgresql.Schema;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who may do what in the {@code curated} database: the medallion schemas (owned by the database owner, whose
 * Liquibase changelogs create the tables), a read-only analyst role on {@code gold}, a read-write engineer role on
 * every layer, login roles for the directory's people (authenticated by LDAP), ClickHouse's read-only login on the
 * source tables, and Debezium's replication role and publication when the platform runs Debezium.
 */
final class CuratedDatabaseAccess {
    static final String GOLD = "gold";
    static final String ANALYST_ROLE = "data_analyst";
    static final String ENGINEER_ROLE = "data_engineer";
    static final String DEBEZIUM_ROLE = "debezium";
    static final String DEBEZIUM_PASSWORD = "debezium-db-password";
    static final String DEBEZIUM_PUBLICATION = "dbz_publication";
    private static final List<String> READ_WRITE = List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE");

    private final PostgresAdoption adoption;
    private final SchemaGrants schemaGrants;
    private final Database curated;
    private final Map<String, Schema> schemas;
    /** Data roles and their grants: what migrations into these schemas must wait for, besides the schemas. */
    private final List<Resource> layout = new ArrayList<>();

    /**
     * @param adoption     declares the roles and the publication, adopting them when they exist
     * @param serialGrants declares the grants, one after another
     * @param schemas      the medallion schemas of {@link Postgres#CURATED}, by name, in layer order
     */
    CuratedDatabaseAccess(PostgresAdoption adoption, SerialGrants serialGrants, Database curated, Role owner, Map<String, Schema> schemas) {
        this.adoption = adoption;
        this.schemaGrants = new SchemaGrants(serialGrants, curated, Postgres.CURATED_DATABASE, owner, schemas);
        this.curated = curated;
        this.schemas = schemas;
    }

    /** The data roles and grants declared so far; hooks that create tables in the schemas run after them. */
    List<Resource> layout() {
        return List.copyOf(layout);
    }

    /** The group roles people and tools are granted: analysts read gold, engineers read and write every layer. */
    Map<PlatformRole, Role> dataRoles() {
        Role analyst = groupRole(ANALYST_ROLE, Map.of(GOLD, SchemaGrants.READ));
        Map<String, List<String>> everyLayer = new LinkedHashMap<>();
        schemas.keySet().forEach(s -> everyLayer.put(s, READ_WRITE));
        Role engineer = groupRole(ENGINEER_ROLE, everyLayer);
        Map<PlatformRole, Role> roles = new EnumMap<>(PlatformRole.class);
        roles.put(PlatformRole.DATA_ANALYST, analyst);
        roles.put(PlatformRole.DATA_ENGINEER, engineer);
        // Administrators work with engineers' rights; superusers use the postgres account, not a directory login.
        roles.put(PlatformRole.PLATFORM_ADMIN, engineer);
        return roles;
    }

    /**
     * A login role per person whose platform roles map to a data role; no password: pg_hba sends members of
     * {@value Postgres#LDAP_USERS_ROLE} to the directory.
     */
    void directoryLogins(Directory directory, Map<PlatformRole, Role> dataRoles) {
        Role ldapUsers = adoption.role(Postgres.LDAP_USERS_ROLE, RoleArgs.builder().login(false));
        for (Directory.Person person : directory.people()) {
            List<Output<String>> memberships = new ArrayList<>();
            memberships.add(ldapUsers.name());
            person.roles().stream().sorted().map(dataRoles::get).filter(r -> r != null).distinct().forEach(r -> memberships.add(r.name()));
            if (memberships.size() == 1) {
                continue;
            }
            adoption.role("role-person-" + person.uid(), person.uid(), RoleArgs.builder()
                    .login(true)
                    .roles(Output.all(memberships)));
        }
    }

    /**
     * Trino's {@code postgresql} catalog logs in as its own role, a member of the engineers' role (inheriting its table
     * privileges on every layer), never as the owner: it cannot alter or drop the schemas or what Liquibase creates.
     */
    Role trino(SecretStore secrets, Role engineer) {
        return adoption.role(Trino.POSTGRES_ROLE, RoleArgs.builder()
                .login(true)
                .password(secrets.get(Trino.POSTGRES_PASSWORD))
                .roles(engineer.name().applyValue(List::of)));
    }

    /**
     * ClickHouse's {@code postgres_sources} database reads the seed's source tables in {@value ClickHouse#POSTGRES_SOURCE_SCHEMA}
     * through its own login: SELECT there and nothing else, so a query in ClickHouse can neither write to the
     * application's records nor read the other layers. MaterializedPostgreSQL would also need REPLICATION
     * ({@code docs/data-plane.md}); until that is turned on, the login does not get it.
     */
    List<Resource> clickhouse(SecretStore secrets) {
        return schemaGrants.readOnlyLogin(adoption, ClickHouse.POSTGRES_SOURCE_ROLE, secrets.get(ClickHouse.POSTGRES_SOURCE_PASSWORD),
                List.of(ClickHouse.POSTGRES_SOURCE_SCHEMA));
    }

    /** Metabase reads the serving layer, gold, and nothing else: its questions cannot touch the landings or write. */
    List<Resource> metabase(SecretStore secrets) {
        return schemaGrants.readOnlyLogin(adoption, Metabase.CURATED_READER_ROLE, secrets.get(Metabase.CURATED_READER_PASSWORD),
                List.of(Metabase.CURATED_SCHEMA));
    }

    /** Debezium reads every layer through logical replication of {@value #DEBEZIUM_PUBLICATION}. */
    List<Resource> debezium(SecretStore secrets) {
        Role role = adoption.role(DEBEZIUM_ROLE, RoleArgs.builder()
                .login(true)
                .replication(true)
                .password(secrets.get(DEBEZIUM_PASSWORD)));
        List<Resource> resources = new ArrayList<>(schemaGrants.grant(role, DEBEZIUM_ROLE, schemaPrivileges(SchemaGrants.READ)));
        resources.add(role);
        // FOR ALL TABLES: tables Liquibase adds later are published without a change here.
        resources.add(adoption.publication(Postgres.CURATED_DATABASE, curated.name(), DEBEZIUM_PUBLICATION,
                List.of("insert", "update", "delete", "truncate"), List.copyOf(schemas.values())));
        return resources;
    }

    private Map<String, List<String>> schemaPrivileges(List<String> privileges) {
        Map<String, List<String>> bySchema = new LinkedHashMap<>();
        schemas.keySet().forEach(s -> bySchema.put(s, privileges));
        return bySchema;
    }

    private Role groupRole(String name, Map<String, List<String>> tablePrivileges) {
        Role role = adoption.role(name, RoleArgs.builder().login(false));
        layout.add(role);
        layout.addAll(schemaGrants.grant(role, name, tablePrivileges));
        return role;
    }
}
