package com.onering.hooks;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback HTTP server standing in for an API that cannot run here. Each test registers routes built from the
 * API's published documentation; unknown routes answer 404, and every call is recorded.
 */
public final class StubServer implements AutoCloseable {
    /** One received request. */
    public record Call(String method, String path, String query, Map<String, List<String>> headers, JsonElement body, String text) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        public String param(String name) {
            if (query == null) {
                return null;
            }
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv[0].equals(name)) {
                    return kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
                }
            }
            return null;
        }
    }

    /** A reply: status and JSON body (any object Gson can write, or a String sent as is). */
    public record Reply(int status, Object body) {
        public static Reply ok(Object body) {
            return new Reply(200, body);
        }
    }

    @FunctionalInterface
    public interface Route {
        Reply handle(Call call);
    }

    private static final Gson GSON = new Gson();
    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

    public StubServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** Routes match on method and path (without the query), e.g. {@code route("GET", "/api/v2/connections/x", ...)}. */
    public StubServer route(String method, String path, Route route) {
        routes.put(method + " " + path, route);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method, String pathPrefix) {
        return calls().stream().filter(c -> c.method().equals(method) && c.path().startsWith(pathPrefix)).toList();
    }

    /** Calls that change something (anything but GET). */
    public List<Call> writes() {
        return calls().stream().filter(c -> !c.method().equals("GET")).toList();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonElement body;
        try {
            body = text.isBlank() ? JsonNull.INSTANCE : JsonParser.parseString(text);
        } catch (RuntimeException e) {
            body = JsonNull.INSTANCE;
        }
        Call call = new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()), body, text);
        calls.add(call);
        Route route = routes.get(call.method() + " " + call.path());
        Reply reply;
        try {
            reply = route == null ? new Reply(404, Map.of("detail", "no route " + call.method() + " " + call.path())) : route.handle(call);
        } catch (RuntimeException | AssertionError e) {
            // A failed assertion in a route answers 500 with its message at once, instead of leaving the hook to time out.
            reply = new Reply(500, Map.of("detail", String.valueOf(e)));
        }
        byte[] bytes = (reply.body() instanceof String s ? s : GSON.toJson(reply.body())).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
