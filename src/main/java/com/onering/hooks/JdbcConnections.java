package com.onering.hooks;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;

/** JDBC for hooks: which failures mean "the server is not up yet", and a refused login as one clear message. */
public final class JdbcConnections {
    /** PostgreSQL's "the database system is starting up"; class 08 (connection exceptions) is transient too. */
    private static final Set<String> STARTING = Set.of("57P03");
    /** Invalid authorization (class 28): wrong user or password. */
    private static final String AUTHORIZATION_CLASS = "28";
    /** ClickHouse's error codes for an unknown user and a failed authentication (it sets no SQL state). */
    private static final Set<Integer> CLICKHOUSE_AUTHENTICATION = Set.of(192, 516);

    private JdbcConnections() {
    }

    /** For {@link HookContext#retrying}: the server is starting, restarting or not reachable yet. */
    public static boolean isTransient(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof java.net.SocketException || t instanceof java.io.EOFException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STARTING.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A connection as {@code user}; refused credentials are no reason to wait, so they end the hook naming the settings
     * to check ({@code userSetting}, {@code passwordSetting}).
     */
    public static Connection open(String hook, String service, String url, String user, String password,
                                  String userSetting, String passwordSetting) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        try {
            return DriverManager.getConnection(url, credentials);
        } catch (SQLException e) {
            if ((e.getSQLState() != null && e.getSQLState().startsWith(AUTHORIZATION_CLASS)) || CLICKHOUSE_AUTHENTICATION.contains(e.getErrorCode())) {
                throw new HookFailure("hook " + hook + ": " + service + " at " + redact(url) + " refused the credentials ("
                        + e.getMessage() + "); check " + userSetting + " and " + passwordSetting, e);
            }
            throw e;
        }
    }

    /** JDBC URLs may carry a password parameter; messages show scheme, host, port and database only. */
    public static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
