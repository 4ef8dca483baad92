package com.onering.hooks.streaming;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport;
import com.onering.hooks.http.PlatformHttp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Makes a fresh Lakekeeper usable: accepts its terms once (the bootstrap call) and creates the platform's warehouse
 * on the object store if it does not exist. The storage credential goes to Lakekeeper only, never to the output.
 */
public final class IcebergCatalogBootstrap implements Hook {
    private static final Gson GSON = new Gson();
    private final HttpClient http = PlatformHttp.client();
    /** The bearer token of this run, when Lakekeeper authenticates. */
    private Optional<String> authorization = Optional.empty();

    @Override
    public String name() {
        return "iceberg-catalog-bootstrap";
    }

    @Override
    public void run(HookContext context) {
        context.settings("LAKEKEEPER_URL", "WAREHOUSE", "WAREHOUSE_BUCKET", "WAREHOUSE_KEY_PREFIX", "S3_ENDPOINT", "S3_REGION",
                "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY");
        String base = context.require("LAKEKEEPER_URL").replaceAll("/+$", "");
        String warehouse = context.require("WAREHOUSE");
        String bucket = context.require("WAREHOUSE_BUCKET");
        JsonObject body = warehouseRequest(context, warehouse, bucket);
        // With the security profile Lakekeeper wants a realm token: the hook's own client, client-credentials grant.
        Optional<String> tokenUrl = context.optional("OIDC_TOKEN_URL");
        authorization = tokenUrl.isPresent()
                ? Optional.of("Bearer " + token(context, tokenUrl.get(), context.require("OIDC_CLIENT_ID"), context.require("OIDC_CLIENT_SECRET")))
                : Optional.empty();

        HttpResponse<String> bootstrap = context.retrying("Lakekeeper", base, IcebergCatalogBootstrap::isTransient,
                () -> send(post(base + "/management/v1/bootstrap", "{\"accept-terms-of-use\":true}")));
        if (bootstrap.statusCode() / 100 == 2) {
            context.report().record(HookReport.Action.CREATED, "catalog bootstrap", base);
        } else if (bootstrap.statusCode() == 400 && bootstrap.body().toLowerCase(java.util.Locale.ROOT).contains("bootstrap")) {
            context.report().record(HookReport.Action.UNCHANGED, "catalog bootstrap", base);
        } else {
            throw failure("bootstrap", bootstrap);
        }

        if (warehouseExists(context, base, warehouse)) {
            context.report().record(HookReport.Action.UNCHANGED, "warehouse", warehouse);
            return;
        }
        // The bucket exists: this hook runs after the object store's bucket hook (see its HookSpec).
        HttpResponse<String> created = context.retrying("Lakekeeper warehouse creation", base + " (bucket " + bucket + ")",
                IcebergCatalogBootstrap::isTransient, () -> send(post(base + "/management/v1/warehouse", GSON.toJson(body))));
        if (created.statusCode() / 100 == 2) {
            context.report().record(HookReport.Action.CREATED, "warehouse", warehouse + " on s3://" + bucket);
        } else if (created.statusCode() == 409) {
            context.report().record(HookReport.Action.UNCHANGED, "warehouse", warehouse);
        } else {
            throw failure("warehouse creation", created);
        }
    }

    /**
     * S3-compatible storage without STS: no credential vending and no remote signing, so engines use their own
     * object-store key (Trino's native S3 client does not support remote signing).
     */
    static JsonObject warehouseRequest(HookContext context, String warehouse, String bucket) {
        JsonObject profile = new JsonObject();
        profile.addProperty("type", "s3");
        profile.addProperty("bucket", bucket);
        profile.addProperty("key-prefix", context.require("WAREHOUSE_KEY_PREFIX"));
        profile.addProperty("endpoint", context.require("S3_ENDPOINT"));
        profile.addProperty("region", context.require("S3_REGION"));
        profile.addProperty("path-style-access", true);
        profile.addProperty("flavor", "s3-compat");
        profile.addProperty("sts-enabled", false);
        profile.addProperty("remote-signing-enabled", false);
        JsonObject credential = new JsonObject();
        credential.addProperty("type", "s3");
        credential.addProperty("credential-type", "access-key");
        credential.addProperty("aws-access-key-id", context.require("S3_ACCESS_KEY_ID"));
        credential.addProperty("aws-secret-access-key", context.require("S3_SECRET_ACCESS_KEY"));
        JsonObject body = new JsonObject();
        body.addProperty("warehouse-name", warehouse);
        body.add("storage-profile", profile);
        body.add("storage-credential", credential);
        return body;
    }

    /** An access token by the client-credentials grant (RFC 6749 section 4.4), form-encoded as the spec requires. */
    private String token(HookContext context, String tokenUrl, String clientId, String clientSecret) {
        String form = "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        HttpResponse<String> response = context.retrying("Keycloak", tokenUrl, IcebergCatalogBootstrap::isTransient,
                () -> send(HttpRequest.newBuilder(URI.create(tokenUrl)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build()));
        JsonElement token = response.statusCode() == 200 ? GSON.fromJson(response.body(), JsonObject.class).get("access_token") : null;
        if (token == null) {
            throw new HookFailure("hook iceberg-catalog-bootstrap: the realm's token endpoint " + tokenUrl + " answered HTTP "
                    + response.statusCode() + " for client " + clientId + "; check OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: "
                    + abbreviate(response.body()));
        }
        return token.getAsString();
    }

    private boolean warehouseExists(HookContext context, String base, String warehouse) {
        HttpResponse<String> list = context.retrying("Lakekeeper", base, IcebergCatalogBootstrap::isTransient,
                () -> send(authorized(HttpRequest.newBuilder(URI.create(base + "/management/v1/warehouse"))).timeout(Duration.ofSeconds(30)).GET().build()));
        if (list.statusCode() != 200) {
            throw failure("listing warehouses", list);
        }
        JsonElement warehouses = GSON.fromJson(list.body(), JsonObject.class).get("warehouses");
        if (warehouses == null || !warehouses.isJsonArray()) {
            return false;
        }
        for (JsonElement entry : (JsonArray) warehouses) {
            JsonElement name = entry.getAsJsonObject().get("name");
            if (name != null && warehouse.equals(name.getAsString())) {
                return true;
            }
        }
        return false;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 500) {
            throw new ServiceStarting("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return response;
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        authorization.ifPresent(value -> request.header("Authorization", value));
        return request;
    }

    private HttpRequest post(String url, String json) {
        return authorized(HttpRequest.newBuilder(URI.create(url))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static boolean isTransient(Exception e) {
        return e instanceof IOException || e instanceof ServiceStarting;
    }

    private static HookFailure failure(String step, HttpResponse<String> response) {
        return new HookFailure("hook iceberg-catalog-bootstrap: Lakekeeper " + step + " at " + response.uri() + " answered HTTP "
                + response.statusCode() + ": " + abbreviate(response.body()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }

    /** 5xx: the catalog is up but not ready; retried. */
    private static final class ServiceStarting extends IOException {
        ServiceStarting(String message) {
            super(message);
        }
    }

    /** The warehouse's bucket is not there (yet); retried until the hook's timeout. */
}
