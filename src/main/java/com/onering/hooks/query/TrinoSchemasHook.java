package com.onering.hooks.query;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The medallion schemas of the Iceberg catalog, through Trino's HTTP statement protocol ({@code POST /v1/statement},
 * then follow {@code nextUri} until the query is finished): each schema is created with its location in the Iceberg
 * warehouse bucket unless {@code SHOW SCHEMAS} already lists it.
 */
public final class TrinoSchemasHook implements Hook {
    public static final String NAME = "trino-schemas";
    /** The hook's login in Trino's password file. */
    public static final String TRINO_USER = "onering-hooks";
    public static final String URL = "TRINO_URL";
    public static final String USER = "TRINO_USER";
    /** The bucket the Iceberg schemas live in. */
    public static final String BUCKET = "ICEBERG_BUCKET";
    public static final String PASSWORD = "TRINO_PASSWORD";
    public static final String CATALOG = "iceberg";
    static final List<String> SCHEMAS = List.of("bronze", "silver", "gold");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(URL, USER, PASSWORD, BUCKET);
        String user = context.require(USER);
        String basic = Base64.getEncoder().encodeToString((user + ":" + context.require(PASSWORD)).getBytes(StandardCharsets.UTF_8));
        JsonApi trino = new JsonApi(context, "Trino", context.require(URL), USER + " and " + PASSWORD)
                .withHeader("X-Trino-User", user)
                .withHeader("Authorization", "Basic " + basic);
        // Trino's certificate is self-signed at each start: encrypted, not verified (docs/data-plane.md).
        trino = trino.baseUrl().startsWith("https://") ? trino.withUnverifiedCertificate() : trino;
        List<String> existing = query(context, trino, "SHOW SCHEMAS FROM " + CATALOG).stream().map(row -> row.get(0).getAsString()).toList();
        for (String schema : SCHEMAS) {
            if (existing.contains(schema)) {
                context.report().record(Action.UNCHANGED, "schema", CATALOG + "." + schema);
            } else {
                query(context, trino, "CREATE SCHEMA IF NOT EXISTS " + CATALOG + "." + schema
                        + " WITH (location = 's3://" + context.require(BUCKET) + "/" + schema + "')");
                context.report().record(Action.CREATED, "schema", CATALOG + "." + schema);
            }
        }
    }

    /** Runs one statement to completion and returns its rows. */
    private static List<JsonArray> query(HookContext context, JsonApi trino, String sql) {
        List<JsonArray> rows = new ArrayList<>();
        JsonObject page = trino.require(trino.post("/v1/statement", sql), 200).body().getAsJsonObject();
        while (true) {
            if (page.has("error")) {
                JsonObject error = page.getAsJsonObject("error");
                throw new HookFailure("hook " + context.hook() + ": Trino at " + trino.baseUrl() + " rejected `" + sql + "`: "
                        + error.get("message").getAsString() + (error.has("errorName") ? " (" + error.get("errorName").getAsString() + ")" : ""));
            }
            if (page.has("data")) {
                for (JsonElement row : page.getAsJsonArray("data")) {
                    rows.add(row.getAsJsonArray());
                }
            }
            if (!page.has("nextUri")) {
                return rows;
            }
            String next = page.get("nextUri").getAsString();
            page = trino.require(trino.get(next.substring(next.indexOf("/v1/"))), 200).body().getAsJsonObject();
        }
    }
}
