package com.onering.hooks.identity;

import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.HookSettingsFailure;
import com.onering.hooks.JdbcConnections;
import com.onering.model.identity.PostgresObjects;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Creates the declared roles, databases and publications that do not exist yet, bare (a role without login or
 * password, a database with its owner, a publication with its tables and operations), and leaves existing ones
 * untouched: the typed resources then import each by name and apply the declared attributes. After a destroy that
 * kept the data volume, everything is there already and the hook changes nothing.
 */
public final class PostgresObjectsHook implements Hook {
    static final String URL = "POSTGRES_URL";
    static final String USER = "POSTGRES_USER";
    static final String PASSWORD = "POSTGRES_PASSWORD";
    static final String OBJECTS = PostgresObjects.OBJECTS_SETTING;

    @Override
    public String name() {
        return PostgresObjects.HOOK;
    }

    @Override
    public void run(HookContext context) {
        context.settings(URL, USER, PASSWORD, OBJECTS);
        PostgresObjects objects;
        try {
            objects = PostgresObjects.fromJson(context.require(OBJECTS));
        } catch (IllegalArgumentException e) {
            throw new HookSettingsFailure("hook " + name() + ": " + OBJECTS + ": " + e.getMessage());
        }
        String url = context.require(URL);
        context.retrying("PostgreSQL", JdbcConnections.redact(url), JdbcConnections::isTransient, () -> {
            try (Connection admin = connect(context, url)) {
                for (String role : objects.roles()) {
                    ensure(context, admin, "role", role, "SELECT 1 FROM pg_roles WHERE rolname = ?", "CREATE ROLE " + identifier(role));
                }
                for (PostgresObjects.Database database : objects.databases()) {
                    // The provider's own defaults for a database it creates, so the adopted one shows no difference.
                    ensure(context, admin, "database", database.name(), "SELECT 1 FROM pg_database WHERE datname = ?",
                            "CREATE DATABASE " + identifier(database.name()) + " OWNER " + identifier(database.owner())
                                    + " TEMPLATE template0 ENCODING 'UTF8'");
                }
            }
            for (PostgresObjects.Publication publication : objects.publications()) {
                try (Connection database = connect(context, withDatabase(url, publication.database()))) {
                    ensure(context, database, "publication", publication.database() + "." + publication.name(),
                            "SELECT 1 FROM pg_publication WHERE pubname = ?", publication.name(),
                            "CREATE PUBLICATION " + identifier(publication.name()) + " FOR ALL TABLES WITH (publish = '"
                                    + String.join(", ", publication.publish()) + "')");
                }
            }
            return null;
        });
    }

    private Connection connect(HookContext context, String url) throws SQLException {
        return JdbcConnections.open(name(), "PostgreSQL", url, context.require(USER), context.require(PASSWORD), USER, PASSWORD);
    }

    private static void ensure(HookContext context, Connection connection, String kind, String name, String existsQuery, String create)
            throws SQLException {
        ensure(context, connection, kind, name, existsQuery, name, create);
    }

    private static void ensure(HookContext context, Connection connection, String kind, String shown, String existsQuery, String key,
                               String create) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement(existsQuery)) {
            exists.setString(1, key);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    context.report().record(Action.UNCHANGED, kind, shown);
                    return;
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(create);
        }
        context.report().record(Action.CREATED, kind, shown);
    }

    /** The same server, another database: {@code jdbc:postgresql://host:port/db[?…]}. */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
