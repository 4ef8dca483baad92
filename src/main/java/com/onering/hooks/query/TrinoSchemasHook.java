package com.onering.hooks.query;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.components.storage.ObjectStore.Buckets;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.components.query.Trino;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.model.HookSpec;
import com.onering.model.Template;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The medallion schemas of the Iceberg catalog, through Trino's HTTP statement protocol ({@code POST /v1/statement},
 * then follow {@code nextUri} until the query is finished): each schema is created with its location in the Iceberg
 * warehouse bucket unless {@code SHOW SCHEMAS} already lists it.
 */
public final class TrinoSchemasHook implements Hook {
    public static final String NAME = "trino-schemas";
    /** The hook's login in Trino's password file. */
    public static final String TRINO_USER = "onering-hooks";
    static final String URL = "TRINO_URL";
    static final String USER = "TRINO_USER";
    static final String PASSWORD = "TRINO_PASSWORD";
    static final String CATALOG = "iceberg";
    static final List<String> SCHEMAS = List.of("bronze", "silver", "gold");

    /**
     * For the Trino component: workload {@code trino}, HTTPS on its published port {@code https} (the gatekeeper turns
     * this into its own plain-HTTP address on the loopback), its login and generated password, an Iceberg catalog
     * named iceberg whose warehouse the catalog's bootstrap hook creates, so this runs after that hook.
     */
    public static HookSpec spec() {
        return new HookSpec(NAME, List.of("trino"), Map.of(URL, "https://" + Template.endpoint("trino", "https"), USER, TRINO_USER,
                PASSWORD, Template.secret(Trino.passwordSecret(TRINO_USER))), List.of(), List.of(IcebergCatalog.BOOTSTRAP_HOOK));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(URL, USER, PASSWORD);
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
                        + " WITH (location = 's3://" + Buckets.ICEBERG + "/" + schema + "')");
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
