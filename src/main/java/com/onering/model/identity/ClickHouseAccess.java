package com.onering.model.identity;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
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
