package com.onering.hooks.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a stand-in of Lakekeeper's management API that behaves as the real one does for these calls; with OpenID
 * authentication on, every call needs a bearer token, which the hook gets from a stand-in token endpoint by the
 * client-credentials grant (RFC 6749 section 4.4: form-encoded {@code grant_type}, {@code client_id},
 * {@code client_secret}; a JSON answer with {@code access_token}).
 */
class IcebergCatalogBootstrapTest {
    private static final String TOKEN = "token-" + UUID.randomUUID();
    private static final String CLIENT_SECRET = "client-secret-" + UUID.randomUUID();
    private boolean tokensRequired;
    private final List<String> tokenRequests = new ArrayList<>();
    private final String secret = UUID.randomUUID().toString();
    private final List<JsonObject> createdWarehouses = new ArrayList<>();
    private HttpServer server;
    private boolean bootstrapped;
    private int bucketMissingAnswers;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/oner/protocol/openid-connect/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            tokenRequests.add(form);
            boolean valid = form.contains("grant_type=client_credentials") && form.contains("client_id=iceberg-catalog-bootstrap")
                    && form.contains("client_secret=" + CLIENT_SECRET);
            respond(exchange, valid ? 200 : 401, valid ? "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\"}"
                    : "{\"error\":\"unauthorized_client\"}");
        });
        server.createContext("/management/v1/bootstrap", exchange -> {
            if (unauthorized(exchange)) {
                return;
            }
            if (bootstrapped) {
                respond(exchange, 400, "{\"error\":{\"message\":\"Catalog already bootstrapped\",\"type\":\"CatalogAlreadyBootstrapped\"}}");
            } else {
                bootstrapped = true;
                respond(exchange, 204, "");
            }
        });
        server.createContext("/management/v1/warehouse", exchange -> {
            if (unauthorized(exchange)) {
                return;
            }
            if (exchange.getRequestMethod().equals("GET")) {
                JsonArray list = new JsonArray();
                createdWarehouses.forEach(w -> {
                    JsonObject entry = new JsonObject();
                    entry.addProperty("name", w.get("warehouse-name").getAsString());
                    list.add(entry);
                });
                JsonObject body = new JsonObject();
                body.add("warehouses", list);
                respond(exchange, 200, body.toString());
            } else if (bucketMissingAnswers > 0) {
                bucketMissingAnswers--;
                respond(exchange, 400, "{\"error\":{\"message\":\"Storage validation failed: bucket does not exist\"}}");
            } else {
                createdWarehouses.add(new Gson().fromJson(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), JsonObject.class));
                respond(exchange, 201, "{\"warehouse-id\":\"" + UUID.randomUUID() + "\"}");
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Lakekeeper with OpenID answers 401 to a call without a valid bearer token. */
    private boolean unauthorized(HttpExchange exchange) throws IOException {
        if (tokensRequired && !("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"error\":{\"message\":\"Unauthorized\"}}");
            return true;
        }
        return false;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private record Run(HookReport report, String output) {
    }

    private Run run(Duration timeout) throws Exception {
        return run(timeout, Map.of());
    }

    private Run run(Duration timeout, Map<String, String> oidc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HookReport report = new HookReport("iceberg-catalog-bootstrap", new PrintStream(out, true, StandardCharsets.UTF_8));
        Map<String, String> env = new java.util.HashMap<>(oidc);
        env.putAll(Map.of(
                "LAKEKEEPER_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/",
                "WAREHOUSE", "lakehouse",
                "WAREHOUSE_BUCKET", "iceberg",
                "WAREHOUSE_KEY_PREFIX", "warehouse",
                "S3_ENDPOINT", "http://object-store:3900",
                "S3_REGION", "garage",
                "S3_ACCESS_KEY_ID", "GK" + secret.substring(0, 8),
                "S3_SECRET_ACCESS_KEY", secret));
        new IcebergCatalogBootstrap().run(new HookContext("iceberg-catalog-bootstrap", env, Path.of("config"), report, timeout, HookContext.Waiting.real(System.err)));
        return new Run(report, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void firstRunBootstrapsAndCreatesTheWarehouseSecondRunChangesNothing() throws Exception {
        Run first = run(Duration.ofSeconds(10));
        assertEquals(2, first.report().count(HookReport.Action.CREATED), first.output());
        assertEquals(1, createdWarehouses.size());
        JsonObject request = createdWarehouses.get(0);
        JsonObject profile = request.getAsJsonObject("storage-profile");
        assertEquals("lakehouse", request.get("warehouse-name").getAsString());
        assertEquals("iceberg", profile.get("bucket").getAsString());
        assertEquals("warehouse", profile.get("key-prefix").getAsString());
        assertEquals("http://object-store:3900", profile.get("endpoint").getAsString());
        assertEquals("garage", profile.get("region").getAsString());
        assertTrue(profile.get("path-style-access").getAsBoolean());
        assertFalse(profile.get("sts-enabled").getAsBoolean());
        assertFalse(profile.get("remote-signing-enabled").getAsBoolean());
        assertEquals(secret, request.getAsJsonObject("storage-credential").get("aws-secret-access-key").getAsString());
        assertFalse(first.output().contains(secret), "the storage secret must not be printed");

        Run second = run(Duration.ofSeconds(10));
        assertEquals(0, second.report().count(HookReport.Action.CREATED), second.output());
        assertEquals(2, second.report().count(HookReport.Action.UNCHANGED), second.output());
        assertEquals(1, createdWarehouses.size());
    }

    @Test
    void aStorageErrorFailsAtOnceWithTheServersAnswer() {
        // The hook runs after the bucket hook (its HookSpec), so a storage error is a real one, e.g. a wrong key:
        // reported at once, not retried until a timeout.
        bucketMissingAnswers = Integer.MAX_VALUE;
        HookFailure failure = assertThrows(HookFailure.class, () -> run(Duration.ofSeconds(20)));
        assertTrue(failure.getMessage().contains("Storage validation failed") && !failure.getMessage().contains("timed out"), failure.getMessage());
        assertFalse(failure.getMessage().contains(secret));
        assertTrue(createdWarehouses.isEmpty());
    }

    private Map<String, String> oidc(String clientSecret) {
        return Map.of("OIDC_TOKEN_URL", "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/oner/protocol/openid-connect/token",
                "OIDC_CLIENT_ID", "iceberg-catalog-bootstrap", "OIDC_CLIENT_SECRET", clientSecret);
    }

    @Test
    void withOpenIdTheHookCallsLakekeeperWithItsClientsToken() throws Exception {
        tokensRequired = true;
        Run first = run(Duration.ofSeconds(10), oidc(CLIENT_SECRET));
        assertEquals(2, first.report().count(HookReport.Action.CREATED), first.output());
        assertEquals(1, tokenRequests.size());
        assertFalse(first.output().contains(CLIENT_SECRET) || first.output().contains(TOKEN), "neither secret nor token is printed");
    }

    @Test
    void aRefusedClientFailsAtOnceNamingItsSettings() {
        tokensRequired = true;
        HookFailure failure = assertThrows(HookFailure.class, () -> run(Duration.ofSeconds(10), oidc("wrong")));
        assertTrue(failure.getMessage().contains("OIDC_CLIENT_ID and OIDC_CLIENT_SECRET"), failure.getMessage());
        assertFalse(bootstrapped);
    }
}
