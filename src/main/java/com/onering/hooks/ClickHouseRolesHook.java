package com.onering.hooks;

import com.onering.hooks.HookReport.Action;
import com.onering.identity.ClickHouseAccess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps ClickHouse's roles ({@code CREATE ROLE IF NOT EXISTS}, exactly the declared grants) and LDAP-identified
 * service users in place, over the HTTP interface: each statement is POSTed as the request body, credentials travel
 * in the {@code X-ClickHouse-User}/{@code X-ClickHouse-Key} headers, and a non-200 answer carries
 * {@code X-ClickHouse-Exception-Code} and a "Code: N. DB::Exception" body. Roles it does not declare are left alone.
 */
public final class ClickHouseRolesHook implements Hook {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String name() {
        return "clickhouse-roles";
    }

    @Override
    public void run(HookContext context) {
        context.settings("CLICKHOUSE_URL", "CLICKHOUSE_USER", "CLICKHOUSE_PASSWORD", "CLICKHOUSE_ACCESS");
        ClickHouse clickhouse = new ClickHouse(context, URI.create(context.require("CLICKHOUSE_URL").replaceAll("/+$", "") + "/"),
                context.require("CLICKHOUSE_USER"), context.require("CLICKHOUSE_PASSWORD"));
        ClickHouseAccess access;
        try {
            access = ClickHouseAccess.fromJson(context.require("CLICKHOUSE_ACCESS"));
        } catch (IllegalArgumentException e) {
            throw new HookSettingsFailure("hook " + name() + ": CLICKHOUSE_ACCESS: " + e.getMessage());
        }
        for (ClickHouseAccess.RoleGrants role : access.roles()) {
            boolean created = !clickhouse.exists("system.roles", role.role());
            clickhouse.execute("CREATE ROLE IF NOT EXISTS " + identifier(role.role()));
            List<String> wanted = role.grants().stream().map(g -> "GRANT " + g + " TO " + identifier(role.role())).toList();
            boolean changed = !sameGrants(clickhouse.query("SHOW GRANTS FOR " + identifier(role.role())), wanted);
            if (changed) {
                clickhouse.execute("REVOKE ALL ON *.* FROM " + identifier(role.role()));
                wanted.forEach(clickhouse::execute);
            }
            context.report().record(created ? Action.CREATED : changed ? Action.UPDATED : Action.UNCHANGED, "role", role.role());
        }
        for (ClickHouseAccess.LdapUser user : access.users()) {
            boolean created = !clickhouse.exists("system.users", user.user());
            clickhouse.execute("CREATE USER IF NOT EXISTS " + identifier(user.user()) + " IDENTIFIED WITH ldap SERVER " + literal(user.ldapServer()));
            List<String> wanted = user.roles().stream().map(r -> "GRANT " + identifier(r) + " TO " + identifier(user.user())).toList();
            boolean changed = !sameGrants(clickhouse.query("SHOW GRANTS FOR " + identifier(user.user())), wanted);
            if (changed) {
                clickhouse.execute("REVOKE ALL ON *.* FROM " + identifier(user.user()));
                String current = clickhouse.query("SELECT granted_role_name FROM system.role_grants WHERE user_name = " + literal(user.user()));
                for (String role : current.lines().filter(l -> !l.isBlank()).toList()) {
                    clickhouse.execute("REVOKE " + identifier(role) + " FROM " + identifier(user.user()));
                }
                wanted.forEach(clickhouse::execute);
            }
            context.report().record(created ? Action.CREATED : changed ? Action.UPDATED : Action.UNCHANGED, "user", user.user());
        }
    }

    /** Compares SHOW GRANTS lines with the wanted statements regardless of quoting, spacing and order. */
    static boolean sameGrants(String shown, List<String> wanted) {
        Set<String> current = shown.lines().map(ClickHouseRolesHook::normalise).filter(l -> !l.isEmpty()).collect(Collectors.toSet());
        return current.equals(wanted.stream().map(ClickHouseRolesHook::normalise).collect(Collectors.toSet()));
    }

    private static String normalise(String statement) {
        return statement.replace("`", "").replace("\"", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String identifier(String name) {
        return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`";
    }

    static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** One ClickHouse server over HTTP; requests retry while it is still starting (connection refused, 503). */
    private final class ClickHouse {
        private final HookContext context;
        private final URI endpoint;
        private final String user;
        private final String password;

        ClickHouse(HookContext context, URI endpoint, String user, String password) {
            this.context = context;
            this.endpoint = endpoint;
            this.user = user;
            this.password = password;
        }

        boolean exists(String table, String name) {
            return query("SELECT count() FROM " + table + " WHERE name = " + literal(name)).trim().equals("1");
        }

        void execute(String statement) {
            query(statement);
        }

        String query(String statement) {
            return context.retrying("ClickHouse", endpoint.toString(), ClickHouseRolesHook::isTransient, () -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(30))
                        .header("X-ClickHouse-User", user)
                        .header("X-ClickHouse-Key", password)
                        .POST(HttpRequest.BodyPublishers.ofString(statement, StandardCharsets.UTF_8))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 503) {
                    throw new Unavailable(response.body());
                }
                if (response.statusCode() != 200) {
                    String code = response.headers().firstValue("X-ClickHouse-Exception-Code").orElse("?");
                    throw new HookFailure("hook " + name() + ": ClickHouse at " + endpoint + " refused `" + statement + "` (HTTP "
                            + response.statusCode() + ", code " + code + "): " + response.body().strip());
                }
                return response.body();
            });
        }
    }

    private static boolean isTransient(Exception e) {
        return e instanceof IOException || e instanceof Unavailable;
    }

    /** The server answered that it cannot serve yet. */
    private static final class Unavailable extends Exception {
        Unavailable(String body) {
            super("service unavailable: " + body.strip());
        }
    }
}
