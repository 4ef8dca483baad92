package com.onering.hooks.orchestration;

import com.google.gson.JsonObject;
import com.onering.hooks.StubServer;
import com.onering.hooks.StubServer.Reply;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Airflow's API as the hooks write connections, from its reference: {@code POST /auth/token} (the simple auth
 * manager's login, 201 with {@code access_token}), {@code GET /api/v2/connections/{id}} (password masked on read, 404
 * when absent), {@code POST /api/v2/connections} (201), {@code PATCH /api/v2/connections/{id}}; every connection route
 * wants the token.
 */
final class AirflowConnectionsStub {
    static final String TOKEN = "airflow-token";
    private final Map<String, JsonObject> connections = new ConcurrentHashMap<>();

    /** Routes on {@code stub} for the admin {@code password} and the connection {@code id}. */
    AirflowConnectionsStub(StubServer stub, String password, String id) {
        stub.route("POST", "/auth/token", c -> c.body().getAsJsonObject().get("password").getAsString().equals(password)
                        ? new Reply(201, Map.of("access_token", TOKEN)) : new Reply(401, Map.of("detail", "Invalid credentials")))
                .route("GET", "/api/v2/connections/" + id, bearer(c -> {
                    JsonObject stored = connections.get(id);
                    if (stored == null) {
                        return new Reply(404, Map.of("detail", "not found"));
                    }
                    JsonObject masked = stored.deepCopy();
                    masked.addProperty("password", "***");
                    return Reply.ok(masked);
                }))
                .route("POST", "/api/v2/connections", bearer(c -> {
                    connections.put(c.body().getAsJsonObject().get("connection_id").getAsString(), c.body().getAsJsonObject());
                    return new Reply(201, c.body());
                }))
                .route("PATCH", "/api/v2/connections/" + id, bearer(c -> {
                    connections.put(id, c.body().getAsJsonObject());
                    return Reply.ok(c.body());
                }));
    }

    static StubServer.Route bearer(StubServer.Route route) {
        return c -> ("Bearer " + TOKEN).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, Map.of("detail", "token"));
    }

    /** The connections as written, passwords in clear. */
    Map<String, JsonObject> connections() {
        return connections;
    }
}
