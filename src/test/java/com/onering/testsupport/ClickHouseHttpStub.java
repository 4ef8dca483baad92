package com.onering.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for ClickHouse's HTTP interface, for the access-control statements the clickhouse-roles hook sends.
 * Debian's ClickHouse (18.16) predates SQL users and grants, so this implements the documented contract instead:
 * <ul>
 *   <li>clickhouse.com/docs/interfaces/http: the query is the POST body; credentials in the {@code X-ClickHouse-User}
 *       and {@code X-ClickHouse-Key} headers; success is 200 with the result as TabSeparated rows; an error is a
 *       non-200 status with the {@code X-ClickHouse-Exception-Code} header and a {@code Code: N. DB::Exception: ...}
 *       body (AUTHENTICATION_FAILED is 516, UNKNOWN_ROLE 511, SYNTAX_ERROR 62).</li>
 *   <li>clickhouse.com/docs/sql-reference/statements/{create/role, create/user, alter/user, grant, revoke, show}: the
 *       statements (a user {@code IDENTIFIED WITH ldap SERVER} or {@code sha256_password BY}; a password user may log
 *       in and run {@code SELECT 1}),
 *       and SHOW GRANTS answering one {@code GRANT ... TO ...} line per grant, identifiers back-quoted when they are
 *       not plain words (e.g. {@code `data-analyst`}).</li>
 *   <li>clickhouse.com/docs/operations/system-tables/{roles, users, role_grants}: the {@code name},
 *       {@code user_name} and {@code granted_role_name} columns.</li>
 * </ul>
 */
public final class ClickHouseHttpStub implements AutoCloseable {
    private static final String ID = "`((?:[^`\\\\]|\\\\.)+)`";
    private static final String LIT = "'((?:[^'\\\\]|\\\\.)*)'";
    private static final Pattern COUNT = Pattern.compile("SELECT count\\(\\) FROM system\\.(roles|users) WHERE name = " + LIT);
    private static final Pattern CREATE_ROLE = Pattern.compile("CREATE ROLE IF NOT EXISTS " + ID);
    private static final Pattern CREATE_USER = Pattern.compile("CREATE USER IF NOT EXISTS " + ID + " IDENTIFIED WITH ldap SERVER " + LIT);
    private static final Pattern CREATE_PASSWORD_USER = Pattern.compile("CREATE USER IF NOT EXISTS " + ID + " IDENTIFIED WITH sha256_password BY " + LIT);
    private static final Pattern ALTER_PASSWORD = Pattern.compile("ALTER USER " + ID + " IDENTIFIED WITH sha256_password BY " + LIT);
    private static final Pattern SHOW_GRANTS = Pattern.compile("SHOW GRANTS FOR " + ID);
    private static final Pattern REVOKE_ALL = Pattern.compile("REVOKE ALL ON \\*\\.\\* FROM " + ID);
    private static final Pattern GRANT_PRIVILEGE = Pattern.compile("GRANT ([A-Z ,]+) ON ([a-z_*]+\\.\\*) TO " + ID);
    private static final Pattern GRANT_ROLE = Pattern.compile("GRANT " + ID + " TO " + ID);
    private static final Pattern REVOKE_ROLE = Pattern.compile("REVOKE " + ID + " FROM " + ID);
    private static final Pattern ROLE_GRANTS = Pattern.compile("SELECT granted_role_name FROM system\\.role_grants WHERE user_name = " + LIT);

    private final HttpServer server;
    private final String user;
    private final String password;
    /** Role or user name to its privilege grants ("SELECT ON marts.*"). */
    private final Map<String, Set<String>> privileges = new LinkedHashMap<>();
    private final Map<String, Set<String>> roleGrants = new LinkedHashMap<>();
    private final Map<String, String> ldapUsers = new LinkedHashMap<>();
    /** Users ClickHouse keeps the password of, to that password. */
    private final Map<String, String> passwordUsers = new LinkedHashMap<>();
    private final List<String> statements = new ArrayList<>();

    public ClickHouseHttpStub(int port, String user, String password) throws IOException {
        this.user = user;
        this.password = password;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public synchronized Map<String, Set<String>> privileges() {
        return Map.copyOf(privileges);
    }

    public synchronized Map<String, Set<String>> roleGrants() {
        return Map.copyOf(roleGrants);
    }

    public synchronized Map<String, String> ldapUsers() {
        return Map.copyOf(ldapUsers);
    }

    public synchronized Map<String, String> passwordUsers() {
        return Map.copyOf(passwordUsers);
    }

    /** Sets a user's password behind the hook's back (a secret rotated in the stack, or drift). */
    public synchronized void password(String user, String password) {
        passwordUsers.put(user, password);
    }

    public synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** Adds a grant behind the hook's back (drift). */
    public synchronized void grant(String role, String privilege) {
        privileges.computeIfAbsent(role, k -> new LinkedHashSet<>()).add(privilege);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                reply(exchange, 200, "Ok.\n", null);
                return;
            }
            String login = exchange.getRequestHeaders().getFirst("X-ClickHouse-User");
            String key = exchange.getRequestHeaders().getFirst("X-ClickHouse-Key");
            boolean admin = user.equals(login) && password.equals(key);
            if (!admin && !(passwordUsers.containsKey(login) && passwordUsers.get(login).equals(key))) {
                reply(exchange, 403, "Code: 516. DB::Exception: " + exchange.getRequestHeaders().getFirst("X-ClickHouse-User")
                        + ": Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)\n", "516");
                return;
            }
            String statement = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!admin) {
                // The reader only proves its password here; access management is the admin's.
                reply(exchange, statement.equals("SELECT 1") ? 200 : 500, statement.equals("SELECT 1") ? "1\n"
                        : "Code: 497. DB::Exception: " + login + ": Not enough privileges. (ACCESS_DENIED)\n", statement.equals("SELECT 1") ? null : "497");
                return;
            }
            statements.add(statement);
            answer(exchange, statement);
        }
    }

    private void answer(HttpExchange exchange, String sql) throws IOException {
        Matcher m;
        if ((m = COUNT.matcher(sql)).matches()) {
            boolean exists = m.group(1).equals("roles") ? privileges.containsKey(unquote(m.group(2))) && !ldapUsers.containsKey(unquote(m.group(2)))
                    : ldapUsers.containsKey(unquote(m.group(2))) || passwordUsers.containsKey(unquote(m.group(2)));
            reply(exchange, 200, exists ? "1\n" : "0\n", null);
        } else if ((m = CREATE_ROLE.matcher(sql)).matches()) {
            privileges.putIfAbsent(unquote(m.group(1)), new LinkedHashSet<>());
            reply(exchange, 200, "", null);
        } else if ((m = CREATE_USER.matcher(sql)).matches()) {
            ldapUsers.putIfAbsent(unquote(m.group(1)), unquote(m.group(2)));
            roleGrants.putIfAbsent(unquote(m.group(1)), new LinkedHashSet<>());
            reply(exchange, 200, "", null);
        } else if ((m = CREATE_PASSWORD_USER.matcher(sql)).matches()) {
            if (!ldapUsers.containsKey(unquote(m.group(1)))) {
                passwordUsers.putIfAbsent(unquote(m.group(1)), unquote(m.group(2)));
            }
            roleGrants.putIfAbsent(unquote(m.group(1)), new LinkedHashSet<>());
            reply(exchange, 200, "", null);
        } else if ((m = ALTER_PASSWORD.matcher(sql)).matches()) {
            ldapUsers.remove(unquote(m.group(1)));
            passwordUsers.put(unquote(m.group(1)), unquote(m.group(2)));
            reply(exchange, 200, "", null);
        } else if ((m = SHOW_GRANTS.matcher(sql)).matches()) {
            String grantee = unquote(m.group(1));
            if (!privileges.containsKey(grantee) && !ldapUsers.containsKey(grantee) && !passwordUsers.containsKey(grantee)) {
                reply(exchange, 404, "Code: 511. DB::Exception: There is no user or role `" + grantee + "` in user directories. (UNKNOWN_ROLE)\n", "511");
                return;
            }
            StringBuilder out = new StringBuilder();
            privileges.getOrDefault(grantee, Set.of()).forEach(p -> out.append("GRANT ").append(p).append(" TO ").append(quoted(grantee)).append('\n'));
            roleGrants.getOrDefault(grantee, Set.of()).forEach(r -> out.append("GRANT ").append(quoted(r)).append(" TO ").append(quoted(grantee)).append('\n'));
            reply(exchange, 200, out.toString(), null);
        } else if ((m = REVOKE_ALL.matcher(sql)).matches()) {
            privileges.computeIfPresent(unquote(m.group(1)), (k, v) -> new LinkedHashSet<>());
            reply(exchange, 200, "", null);
        } else if ((m = GRANT_PRIVILEGE.matcher(sql)).matches()) {
            String grantee = unquote(m.group(3));
            if (!privileges.containsKey(grantee)) {
                reply(exchange, 500, "Code: 511. DB::Exception: There is no role `" + grantee + "` in user directories. (UNKNOWN_ROLE)\n", "511");
                return;
            }
            privileges.get(grantee).add(m.group(1) + " ON " + m.group(2));
            reply(exchange, 200, "", null);
        } else if ((m = GRANT_ROLE.matcher(sql)).matches()) {
            String role = unquote(m.group(1));
            if (!privileges.containsKey(role)) {
                reply(exchange, 500, "Code: 511. DB::Exception: There is no role `" + role + "` in user directories. (UNKNOWN_ROLE)\n", "511");
                return;
            }
            roleGrants.computeIfAbsent(unquote(m.group(2)), k -> new LinkedHashSet<>()).add(role);
            reply(exchange, 200, "", null);
        } else if ((m = REVOKE_ROLE.matcher(sql)).matches()) {
            roleGrants.getOrDefault(unquote(m.group(2)), new LinkedHashSet<>()).remove(unquote(m.group(1)));
            reply(exchange, 200, "", null);
        } else if ((m = ROLE_GRANTS.matcher(sql)).matches()) {
            reply(exchange, 200, String.join("\n", roleGrants.getOrDefault(unquote(m.group(1)), Set.of())) + "\n", null);
        } else {
            reply(exchange, 500, "Code: 62. DB::Exception: Syntax error: failed at position 1 (" + sql + "). (SYNTAX_ERROR)\n", "62");
        }
    }

    private static String unquote(String escaped) {
        return escaped.replaceAll("\\\\(.)", "$1");
    }

    private static String quoted(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name : "`" + name + "`";
    }

    private static void reply(HttpExchange exchange, int status, String body, String exceptionCode) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/tab-separated-values; charset=UTF-8");
        if (exceptionCode != null) {
            exchange.getResponseHeaders().add("X-ClickHouse-Exception-Code", exceptionCode);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
