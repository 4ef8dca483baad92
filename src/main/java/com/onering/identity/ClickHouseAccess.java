package com.onering.identity;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * ClickHouse roles and LDAP-identified users the {@code clickhouse-roles} hook keeps in place. Role names are the
 * directory's group names, so the LDAP user directory's role mapping hands people their roles; grants follow
 * {@code GRANT <privileges> ON <database>.*} syntax.
 */
public record ClickHouseAccess(List<RoleGrants> roles, List<LdapUser> users) {
    private static final Gson GSON = new Gson();

    /** A role and the exact set of grants it holds. */
    public record RoleGrants(String role, List<String> grants) {
        public RoleGrants {
            grants = List.copyOf(grants);
        }
    }

    /** A user whose password the named LDAP server checks (a service account), granted the listed roles. */
    public record LdapUser(String user, String ldapServer, List<String> roles) {
        public LdapUser {
            roles = List.copyOf(roles);
        }
    }

    public ClickHouseAccess {
        roles = List.copyOf(roles);
        users = List.copyOf(users);
    }

    /** Analysts read the dbt marts; engineers read every analytics layer. With the directory, BI tools log in as clickhouse-reader. */
    public static ClickHouseAccess declared(boolean directory) {
        List<RoleGrants> roles = List.of(
                new RoleGrants(PlatformRole.DATA_ANALYST.id(), List.of("SELECT ON marts.*")),
                new RoleGrants(PlatformRole.DATA_ENGINEER.id(), List.of("SELECT ON analytics.*", "SELECT ON staging.*", "SELECT ON marts.*")));
        List<LdapUser> users = new ArrayList<>();
        if (directory) {
            users.add(new LdapUser(Directory.CLICKHOUSE_READER.cn(), "service", List.of(PlatformRole.DATA_ANALYST.id())));
        }
        return new ClickHouseAccess(roles, users);
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
            return new ClickHouseAccess(access.roles(), access.users() == null ? List.of() : access.users());
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("malformed ClickHouse access declaration: " + e.getMessage(), e);
        }
    }
}
