package com.onering.hooks.identity;

import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.HookSettingsFailure;
import com.onering.hooks.http.PlatformHttp;
import com.onering.model.identity.ClickHouseAccess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeps ClickHouse's roles ({@code CREATE ROLE IF NOT EXISTS}, exactly the declared grants) and service users
 * (LDAP-identified, or with a password ClickHouse keeps) in place, over the HTTP interface: each statement is POSTed
 * as the request body, credentials travel in the {@code X-ClickHouse-User}/{@code X-ClickHouse-Key} headers, and a
 * non-200 answer carries {@code X-ClickHouse-Exception-Code} and a "Code: N. DB::Exception" body. Roles it does not
 * declare are left alone. A kept password cannot be read back, so it is checked by logging in with it.
 */
public final class ClickHouseRolesHook implements Hook {
    public static final String NAME = "clickhouse-roles";

    private static final Pattern PRIVILEGE_GRANT = Pattern.compile("grant (.+) on (\\S+) to (.+)");
    private final HttpClient http = PlatformHttp.client();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings("CLICKHOUSE_URL", "CLICKHOUSE_USER", "CLICKHOUSE_PASSWORD", "CLICKHOUSE_ACCESS");
        ClickHouseAccess access;
        try {
            access = ClickHouseAccess.fromJson(context.require("CLICKHOUSE_ACCESS"));
        } catch (IllegalArgumentException e) {
            throw new HookSettingsFailure("hook " + name() + ": CLICKHOUSE_ACCESS: " + e.getMessage());
        }
        List<String> passwords = access.users().stream().map(ClickHouseAccess.User::password).filter(p -> p != null).toList();
        ClickHouse clickhouse = new ClickHouse(context, URI.create(context.require("CLICKHOUSE_URL").replaceAll("/+$", "") + "/"),
                context.require("CLICKHOUSE_USER"), context.require("CLICKHOUSE_PASSWORD"), passwords);
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
        for (ClickHouseAccess.User user : access.users()) {
            boolean created = !clickhouse.exists("system.users", user.user());
            clickhouse.execute("CREATE USER IF NOT EXISTS " + identifier(user.user()) + " IDENTIFIED WITH " + identification(user));
            // A rotated secret, or a user made with another password: ClickHouse answers the old one no more.
            boolean newPassword = !created && user.password() != null && !clickhouse.logsIn(user.user(), user.password());
            if (newPassword) {
                clickhouse.execute("ALTER USER " + identifier(user.user()) + " IDENTIFIED WITH " + identification(user));
            }
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
            context.report().record(created ? Action.CREATED : changed || newPassword ? Action.UPDATED : Action.UNCHANGED, "user", user.user());
        }
    }

    private static String identification(ClickHouseAccess.User user) {
        return user.ldapServer() != null ? "ldap SERVER " + literal(user.ldapServer()) : "sha256_password BY " + literal(user.password());
    }

    /**
     * Compares SHOW GRANTS lines with the wanted statements regardless of quoting, spacing and order, privilege by
     * privilege: ClickHouse lists {@code GRANT SELECT, SHOW ON system.*} in its own privilege order.
     */
    static boolean sameGrants(String shown, List<String> wanted) {
        Set<String> current = shown.lines().flatMap(ClickHouseRolesHook::privileges).collect(Collectors.toSet());
        return current.equals(wanted.stream().flatMap(ClickHouseRolesHook::privileges).collect(Collectors.toSet()));
    }

    /** {@code GRANT a, b ON t TO r} as {@code grant a on t to r} and {@code grant b on t to r}; a role grant as itself. */
    private static Stream<String> privileges(String statement) {
        String normalised = normalise(statement);
        if (normalised.isEmpty()) {
            return Stream.empty();
        }
        Matcher grant = PRIVILEGE_GRANT.matcher(normalised);
        if (!grant.matches()) {
            return Stream.of(normalised);
        }
        return Arrays.stream(grant.group(1).split(",")).map(p -> "grant " + p.trim() + " on " + grant.group(2) + " to " + grant.group(3));
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
        /** Passwords the statements carry, kept out of failure messages. */
        private final List<String> secrets;

        ClickHouse(HookContext context, URI endpoint, String user, String password, List<String> secrets) {
            this.context = context;
            this.endpoint = endpoint;
            this.user = user;
            this.password = password;
            this.secrets = List.copyOf(secrets);
        }

        /** Whether {@code login} gets in with {@code key}: ClickHouse refuses a wrong one with AUTHENTICATION_FAILED (516). */
        boolean logsIn(String login, String key) {
            return context.retrying("ClickHouse", endpoint.toString(), ClickHouseRolesHook::isTransient, () -> {
                HttpResponse<String> response = send(login, key, "SELECT 1");
                if (response.statusCode() == 503) {
                    throw new Unavailable(response.body());
                }
                return response.statusCode() == 200 ? Boolean.TRUE
                        : response.headers().firstValue("X-ClickHouse-Exception-Code").filter("516"::equals).map(c -> Boolean.FALSE)
                        .orElseThrow(() -> new HookFailure("hook " + name() + ": ClickHouse at " + endpoint + " answered the login check of "
                                + login + " with HTTP " + response.statusCode() + ": " + response.body().strip()));
            });
        }

        boolean exists(String table, String name) {
            return query("SELECT count() FROM " + table + " WHERE name = " + literal(name)).trim().equals("1");
        }

        void execute(String statement) {
            query(statement);
        }

        String query(String statement) {
            return context.retrying("ClickHouse", endpoint.toString(), ClickHouseRolesHook::isTransient, () -> {
                HttpResponse<String> response = send(user, password, statement);
                if (response.statusCode() == 503) {
                    throw new Unavailable(response.body());
                }
                if (response.statusCode() != 200) {
                    String code = response.headers().firstValue("X-ClickHouse-Exception-Code").orElse("?");
                    throw new HookFailure("hook " + name() + ": ClickHouse at " + endpoint + " refused `" + redacted(statement) + "` (HTTP "
                            + response.statusCode() + ", code " + code + "): " + redacted(response.body().strip()));
                }
                return response.body();
            });
        }

        private HttpResponse<String> send(String login, String key, String statement) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(30))
                    .header("X-ClickHouse-User", login)
                    .header("X-ClickHouse-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(statement, StandardCharsets.UTF_8))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private String redacted(String text) {
            String shown = text;
            for (String secret : secrets) {
                shown = shown.replace(secret, "[secret]");
            }
            return shown;
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
