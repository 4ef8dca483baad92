package com.onering.hooks.security;

import com.google.gson.JsonElement;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.JdbcConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A service that reads its secrets from Infisical: they live in a project of its own ({@code onering-<service>}, read
 * by a machine identity of the same name, {@link ReaderIdentity}), and the identity's universal-auth credentials in the
 * service's own PostgreSQL database, table {@value #CREDENTIALS_TABLE} (row {@code service}), which the service reads
 * as the role it already logs in with. Infisical issues a client secret at run time, after the service exists, so it
 * cannot be in the service's deployment; its database is where Airflow keeps the same credentials too (a connection).
 * A new client secret is issued only when the row is missing or names another identity, address or project: Infisical
 * shows a secret once, and a hook run again leaves a working one alone. To revoke it, delete the row and run the hook.
 */
public final class ServiceSecretsHook implements Hook {
    /** The table the poc database's changelog makes ({@code config/liquibase/postgres-poc}). */
    public static final String CREDENTIALS_TABLE = "platform.infisical_credentials";
    /** The secrets to hold, a JSON object of names and values, and Infisical's API as the service reaches it. */
    public static final String SECRETS = "SERVICE_SECRETS";
    public static final String INFISICAL_URL_FROM_SERVICE = "INFISICAL_URL_FROM_SERVICE";
    public static final String DATABASE_URL = "SERVICE_DATABASE_JDBC_URL";
    public static final String DATABASE_USER = "SERVICE_DATABASE_USER";
    public static final String DATABASE_PASSWORD = "SERVICE_DATABASE_PASSWORD";

    private final String service;

    private ServiceSecretsHook(String service) {
        this.service = service;
    }

    /** The poc profile's curation service: its object-store key. */
    public static ServiceSecretsHook curateTraffic() {
        return new ServiceSecretsHook("curate-traffic");
    }

    public String service() {
        return service;
    }

    /** The project and identity of the service. */
    public String project() {
        return "onering-" + service;
    }

    @Override
    public String name() {
        return service + "-secrets";
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings(InfisicalApi.URL, InfisicalApi.TOKEN_FILE, SECRETS, INFISICAL_URL_FROM_SERVICE, DATABASE_URL, DATABASE_USER,
                DATABASE_PASSWORD);
        InfisicalApi infisical = InfisicalApi.asAdmin(context);
        InfisicalApi.Project project = infisical.ensureProject(project(), "OneRing " + service);
        for (Map.Entry<String, JsonElement> secret : context.json(SECRETS).getAsJsonObject().entrySet()) {
            infisical.ensureSecret(project.id(), "/", secret.getKey(), secret.getValue().getAsString());
        }
        ReaderIdentity.Identity identity = ReaderIdentity.ensure(context, infisical, project, project());
        Credentials wanted = new Credentials(context.require(INFISICAL_URL_FROM_SERVICE), identity.clientId(), project(), InfisicalApi.ENVIRONMENT);
        String url = context.require(DATABASE_URL);
        context.retrying("PostgreSQL", JdbcConnections.redact(url), JdbcConnections::isTransient, () -> {
            try (Connection connection = JdbcConnections.open(name(), "PostgreSQL", url, context.require(DATABASE_USER),
                    context.require(DATABASE_PASSWORD), DATABASE_USER, DATABASE_PASSWORD)) {
                if (wanted.equals(stored(connection))) {
                    context.report().record(Action.UNCHANGED, "credentials", CREDENTIALS_TABLE + " " + service + " (identity " + project() + ")");
                } else {
                    store(connection, wanted, ReaderIdentity.newClientSecret(infisical, identity, "the " + service + " service"));
                    context.report().record(Action.CREATED, "client secret", project());
                    context.report().record(Action.UPDATED, "credentials", CREDENTIALS_TABLE + " " + service);
                }
            }
            return null;
        });
    }

    /** What the row says besides the client secret. */
    private record Credentials(String url, String clientId, String project, String environment) {
    }

    private Credentials stored(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT url, client_id, project, environment FROM "
                + CREDENTIALS_TABLE + " WHERE service = ?")) {
            query.setString(1, service);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? new Credentials(row.getString(1), row.getString(2), row.getString(3), row.getString(4)) : null;
            }
        }
    }

    private void store(Connection connection, Credentials credentials, String clientSecret) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + CREDENTIALS_TABLE
                + " (service, url, client_id, client_secret, project, environment) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (service) DO UPDATE SET url = excluded.url, client_id = excluded.client_id,"
                + " client_secret = excluded.client_secret, project = excluded.project, environment = excluded.environment,"
                + " issued_at = now()")) {
            List<String> values = List.of(service, credentials.url(), credentials.clientId(), clientSecret, credentials.project(),
                    credentials.environment());
            for (int i = 0; i < values.size(); i++) {
                upsert.setString(i + 1, values.get(i));
            }
            upsert.executeUpdate();
        }
    }
}
