package com.onering.hooks.bi;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.hooks.http.ManagedFingerprint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Metabase's first-time setup and its two databases: ClickHouse analytics (the marts) and the curated PostgreSQL's
 * gold schema (seed 001: Metabase on ClickHouse and Postgres), each through a read-only login.
 * Setup uses the one-time token from {@code GET /api/session/properties} with {@code POST /api/setup}; later runs log
 * in with {@code POST /api/session}. Metabase masks database passwords on read, so the registration carries a
 * fingerprint of what the hook set in its description.
 */
public final class MetabaseHook implements Hook {
    public static final String NAME = "metabase";
    /** The secret the Metabase component must declare for its admin (SecretSpec.password). */
    public static final String ADMIN_PASSWORD_SECRET = "metabase-admin-password";
    public static final String URL = "METABASE_URL";
    public static final String ADMIN_EMAIL = "METABASE_ADMIN_EMAIL";
    public static final String ADMIN_PASSWORD = "METABASE_ADMIN_PASSWORD";
    public static final String CLICKHOUSE_HOST = "CLICKHOUSE_HOST";
    public static final String CLICKHOUSE_PORT = "CLICKHOUSE_PORT";
    public static final String CLICKHOUSE_USER = "CLICKHOUSE_USER";
    public static final String CLICKHOUSE_PASSWORD = "CLICKHOUSE_PASSWORD";
    public static final String CLICKHOUSE_DATABASE = "CLICKHOUSE_DATABASE";
    public static final String POSTGRES_HOST = "POSTGRES_HOST";
    public static final String POSTGRES_PORT = "POSTGRES_PORT";
    public static final String POSTGRES_USER = "POSTGRES_USER";
    public static final String POSTGRES_PASSWORD = "POSTGRES_PASSWORD";
    public static final String POSTGRES_DATABASE = "POSTGRES_DATABASE";
    /** Seed 002's poc database, on the same server; optional: set where the platform runs the poc profile. */
    public static final String POC_DATABASE = "POC_DATABASE";
    public static final String POC_USER = "POC_USER";
    public static final String POC_PASSWORD = "POC_PASSWORD";
    public static final String CLICKHOUSE_NAME = "ClickHouse analytics";
    public static final String POSTGRES_NAME = "Curated gold (PostgreSQL)";
    public static final String POC_NAME = "Seed 002 curated (PostgreSQL)";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        boolean poc = context.optional(POC_DATABASE).isPresent();
        List<String> settings = new ArrayList<>(List.of(URL, ADMIN_EMAIL, ADMIN_PASSWORD, CLICKHOUSE_HOST, CLICKHOUSE_PORT, CLICKHOUSE_USER,
                CLICKHOUSE_PASSWORD, CLICKHOUSE_DATABASE, POSTGRES_HOST, POSTGRES_PORT, POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_DATABASE));
        if (poc) {
            settings.addAll(List.of(POC_USER, POC_PASSWORD));
        }
        context.settings(settings.toArray(String[]::new));
        JsonApi anonymous = new JsonApi(context, "Metabase API", context.require(URL), ADMIN_EMAIL + " and " + ADMIN_PASSWORD
                + " (secret " + ADMIN_PASSWORD_SECRET + ")");
        String email = context.require(ADMIN_EMAIL);
        String password = context.require(ADMIN_PASSWORD);
        JsonObject properties = anonymous.require(anonymous.get("/api/session/properties"), 200).body().getAsJsonObject();
        String session;
        if (properties.has("has-user-setup") && !properties.get("has-user-setup").getAsBoolean()) {
            session = anonymous.require(anonymous.post("/api/setup", Map.of(
                    "token", properties.get("setup-token").getAsString(),
                    "user", Map.of("email", email, "password", password, "first_name", "OneRing", "last_name", "Admin", "site_name", "OneRing"),
                    "prefs", Map.of("site_name", "OneRing", "allow_tracking", false))), 200).body().getAsJsonObject().get("id").getAsString();
            context.report().record(Action.CREATED, "admin", email + " (first-time setup)");
        } else {
            JsonApi.Response login = anonymous.post("/api/session", Map.of("username", email, "password", password));
            if (login.is(400)) {
                // Metabase answers a wrong password with 400 and field errors.
                throw anonymous.refused(login);
            }
            session = anonymous.require(login, 200).body().getAsJsonObject().get("id").getAsString();
            context.report().record(Action.UNCHANGED, "admin", email);
        }
        JsonApi metabase = anonymous.withHeader("X-Metabase-Session", session);
        ensureDatabase(context, metabase, CLICKHOUSE_NAME, "clickhouse", details(context, CLICKHOUSE_HOST, CLICKHOUSE_PORT,
                CLICKHOUSE_DATABASE, CLICKHOUSE_USER, CLICKHOUSE_PASSWORD));
        ensureDatabase(context, metabase, POSTGRES_NAME, "postgres", details(context, POSTGRES_HOST, POSTGRES_PORT,
                POSTGRES_DATABASE, POSTGRES_USER, POSTGRES_PASSWORD));
        if (poc) {
            ensureDatabase(context, metabase, POC_NAME, "postgres", details(context, POSTGRES_HOST, POSTGRES_PORT, POC_DATABASE, POC_USER,
                    POC_PASSWORD));
        }
    }

    /** A connection's details as Metabase's drivers name them, from the settings named. */
    private static Map<String, Object> details(HookContext context, String host, String port, String database, String user, String password) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("host", context.require(host));
        details.put("port", Integer.parseInt(context.require(port)));
        details.put("dbname", context.require(database));
        details.put("user", context.require(user));
        details.put("password", context.require(password));
        details.put("ssl", false);
        return details;
    }

    private static void ensureDatabase(HookContext context, JsonApi metabase, String name, String engine, Map<String, Object> details) {
        Map<String, String> fields = new LinkedHashMap<>();
        details.forEach((k, v) -> fields.put(k, String.valueOf(v)));
        String fingerprint = ManagedFingerprint.describe(name, fields);
        Map<String, Object> body = Map.of("engine", engine, "name", name, "details", details, "description", fingerprint);

        JsonElement listed = metabase.require(metabase.get("/api/database"), 200).body();
        // Newer Metabase wraps the list in {"data": [...]}; older versions answer the bare list.
        JsonArray databases = listed.isJsonObject() ? listed.getAsJsonObject().getAsJsonArray("data") : listed.getAsJsonArray();
        for (JsonElement element : databases) {
            JsonObject database = element.getAsJsonObject();
            if (database.get("name").getAsString().equals(name)) {
                JsonElement description = database.get("description");
                if (description != null && !description.isJsonNull() && description.getAsString().equals(fingerprint)) {
                    context.report().record(Action.UNCHANGED, "database", name);
                } else {
                    metabase.require(metabase.put("/api/database/" + database.get("id").getAsInt(), body), 200);
                    context.report().record(Action.UPDATED, "database", name);
                }
                return;
            }
        }
        metabase.require(metabase.post("/api/database", body), 200);
        context.report().record(Action.CREATED, "database", name);
    }
}
