package com.onering.identity;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.onering.components.storage.ClickHouse;
import com.onering.model.Template;
import java.util.List;

/**
 * ClickHouse roles and service users the {@code clickhouse-roles} hook keeps in place. The people's role names are the
 * directory's group names, so the LDAP user directory's role mapping hands people their roles; grants follow
 * {@code GRANT <privileges> ON <database>.*} syntax.
 */
public record ClickHouseAccess(List<RoleGrants> roles, List<User> users) {
    /** The role of {@code clickhouse-reader}, the login of the BI and catalog tools; no directory group has this name. */
    public static final String BI_READER_ROLE = "bi-reader";
    /** The role of Trino's own login, behind its {@code clickhouse} catalog. */
    public static final String TRINO_ROLE = "trino-catalog";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A role and the exact set of grants it holds. */
    public record RoleGrants(String role, List<String> grants) {
        public RoleGrants {
            grants = List.copyOf(grants);
        }
    }

    /**
     * A service login granted the listed roles. Exactly one of {@code ldapServer} (the named LDAP server checks the
     * password: a directory service account) and {@code password} (ClickHouse keeps it, {@code sha256_password}).
     */
    public record User(String user, String ldapServer, String password, List<String> roles) {
        public User {
            roles = List.copyOf(roles);
        }

        public static User ldap(String user, String ldapServer, List<String> roles) {
            return new User(user, ldapServer, null, roles);
        }

        public static User password(String user, String password, List<String> roles) {
            return new User(user, null, password, roles);
        }
    }

    public ClickHouseAccess {
        roles = List.copyOf(roles);
        users = List.copyOf(users);
    }

    /**
     * Analysts read the dbt marts; engineers read every analytics layer. Metabase and OpenMetadata log in as
     * clickhouse-reader, never as the admin: it reads the databases they show (analytics, which Metabase opens, and
     * the marts) and, as OpenMetadata's ClickHouse connector requires for metadata, usage and lineage ingestion,
     * {@code SELECT, SHOW ON system.*} (docs.open-metadata.org, connectors/database/clickhouse, "Requirements"). With
     * the directory its password is its directory password (LDAP server {@code service}); without, ClickHouse keeps
     * the same generated secret. Trino's {@code clickhouse} catalog logs in as its own user with {@value #TRINO_ROLE}.
     */
    public static ClickHouseAccess declared(boolean directory) {
        List<RoleGrants> roles = List.of(
                new RoleGrants(PlatformRole.DATA_ANALYST.id(), List.of("SELECT ON marts.*")),
                new RoleGrants(PlatformRole.DATA_ENGINEER.id(), List.of("SELECT ON analytics.*", "SELECT ON staging.*", "SELECT ON marts.*")),
                new RoleGrants(BI_READER_ROLE, List.of("SELECT ON analytics.*", "SELECT ON marts.*", "SELECT, SHOW ON system.*")),
                // Engineers' SQL gateway: reads every layer, writes only the landing database dbt reads from.
                new RoleGrants(TRINO_ROLE, List.of("SELECT ON analytics.*", "SELECT ON raw.*", "SELECT ON staging.*", "SELECT ON marts.*",
                        "INSERT ON raw.*")));
        String reader = Directory.CLICKHOUSE_READER.cn();
        User user = directory ? User.ldap(reader, "service", List.of(BI_READER_ROLE))
                : User.password(reader, Template.secret(Directory.CLICKHOUSE_READER.passwordSecret()), List.of(BI_READER_ROLE));
        // Not a directory account: ClickHouse keeps its password either way.
        User trino = User.password(ClickHouse.TRINO_USER, Template.secret(ClickHouse.TRINO_PASSWORD), List.of(TRINO_ROLE));
        return new ClickHouseAccess(roles, List.of(user, trino));
    }

    public String toJson() {
        return GSON.toJson(this);
    }

    public static ClickHouseAccess fromJson(String json) {
        try {
            ClickHouseAccess access = GSON.fromJson(json, ClickHouseAccess.class);
            if (access == null || access.roles() == null) {
                throw new IllegalArgumentException("no roles");
            }
            List<User> users = access.users() == null ? List.of() : access.users();
            for (User user : users) {
                if ((user.ldapServer() == null) == (user.password() == null)) {
                    throw new IllegalArgumentException("user " + user.user() + " needs exactly one of ldapServer and password");
                }
            }
            return new ClickHouseAccess(access.roles(), users);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed ClickHouse access declaration: " + e.getMessage(), e);
        }
    }
}
