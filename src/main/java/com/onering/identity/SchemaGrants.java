package com.onering.identity;

import com.pulumi.core.Output;
import com.pulumi.postgresql.Database;
import com.pulumi.postgresql.DefaultPrivilegesArgs;
import com.pulumi.postgresql.GrantArgs;
import com.pulumi.postgresql.Role;
import com.pulumi.postgresql.RoleArgs;
import com.pulumi.postgresql.Schema;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a role may do in one service database: CONNECT, USAGE on some of its schemas, and table privileges there on
 * the present tables and, through default privileges of the database's owner (whose Liquibase changelog creates
 * them), on the future ones. Nothing else: no other schema, no CREATE, no membership. Grants are named after the role
 * and the schema, so a role works in one database.
 */
final class SchemaGrants {
    static final List<String> READ = List.of("SELECT");

    private final SerialGrants serialGrants;
    private final Database database;
    private final String databaseName;
    private final Role owner;
    private final Map<String, Schema> schemas;

    /** @param schemas the database's schemas, by name, as the identity layer declared them */
    SchemaGrants(SerialGrants serialGrants, Database database, String databaseName, Role owner, Map<String, Schema> schemas) {
        this.serialGrants = serialGrants;
        this.database = database;
        this.databaseName = databaseName;
        this.owner = owner;
        this.schemas = schemas;
    }

    /** A service's login that reads the named schemas and nothing else: the role first, then its grants. */
    List<Resource> readOnlyLogin(PostgresAdoption adoption, String roleName, Output<String> password, List<String> schemaNames) {
        Role login = adoption.role(roleName, RoleArgs.builder()
                .login(true)
                .password(password));
        Map<String, List<String>> read = new LinkedHashMap<>();
        schemaNames.forEach(schema -> read.put(schema, READ));
        List<Resource> resources = new ArrayList<>(List.of(login));
        resources.addAll(grant(login, roleName, read));
        return resources;
    }

    /** CONNECT on the database, USAGE on each schema, the table privileges on existing and future tables there. */
    List<Resource> grant(Role role, String roleName, Map<String, List<String>> tablePrivileges) {
        List<Resource> grants = new ArrayList<>();
        grants.add(serialGrants.grant("grant-" + roleName + "-connect-" + databaseName, GrantArgs.builder()
                .database(database.name())
                .role(role.name())
                .objectType("database")
                .privileges("CONNECT")
                .build()));
        tablePrivileges.forEach((schemaName, privileges) -> {
            Schema schema = schemas.get(schemaName);
            if (schema == null) {
                throw new IllegalArgumentException("database " + databaseName + " declares no schema " + schemaName);
            }
            grants.add(serialGrants.grant("grant-" + roleName + "-usage-" + schemaName, GrantArgs.builder()
                    .database(database.name())
                    .role(role.name())
                    .schema(schema.name())
                    .objectType("schema")
                    .privileges("USAGE")
                    .build()));
            grants.add(serialGrants.grant("grant-" + roleName + "-tables-" + schemaName, GrantArgs.builder()
                    .database(database.name())
                    .role(role.name())
                    .schema(schema.name())
                    .objectType("table")
                    .privileges(privileges)
                    .build()));
            grants.add(serialGrants.defaultPrivileges("default-privileges-" + roleName + "-" + schemaName, DefaultPrivilegesArgs.builder()
                    .database(database.name())
                    .owner(owner.name())
                    .role(role.name())
                    .schema(schema.name())
                    .objectType("table")
                    .privileges(privileges)
                    .build()));
        });
        return grants;
    }
}
