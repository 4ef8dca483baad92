package com.onering.hooks.http;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import com.google.gson.JsonSyntaxException;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A JSON-over-HTTP admin API as a hook sees it. Connection failures and 502/503/504 (the service is still starting)
 * are retried within the hook's timeout; 401/403 fail at once naming the credentials to check; every other status is
 * the caller's to judge, through {@link #require}.
 */
public final class JsonApi {
    /** An answer: status and parsed body ({@link JsonNull} when empty or not JSON). */
    public record Response(String method, String path, int status, JsonElement body, String text) {
        public boolean is(int... statuses) {
            return Arrays.stream(statuses).anyMatch(s -> s == status);
        }
    }

    private static final Gson GSON = new Gson();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HookContext context;
    private final String service;
    private final String baseUrl;
    private final String credentials;
    private final Map<String, String> headers;
    private final HttpClient http;

    /**
     * @param service     what the messages call the server ("Airflow API")
     * @param baseUrl     scheme, host, port and base path, without a trailing slash
     * @param credentials what to check when the server refuses them (the environment variables that carry them)
     */
    public JsonApi(HookContext context, String service, String baseUrl, String credentials) {
        this(context, service, stripSlash(baseUrl), credentials, Map.of(),
                PlatformHttp.client());
    }

    private JsonApi(HookContext context, String service, String baseUrl, String credentials, Map<String, String> headers, HttpClient http) {
        this.context = context;
        this.service = service;
        this.baseUrl = baseUrl;
        this.credentials = credentials;
        this.headers = Map.copyOf(headers);
        this.http = http;
    }

    /** The same API with one more header on every request (a token, once the hook has one). */
    public JsonApi withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new JsonApi(context, service, baseUrl, credentials, more, http);
    }

    /** The same API over HTTPS that does not verify the server's certificate (see {@link UnverifiedTls}). */
    public JsonApi withUnverifiedCertificate() {
        return new JsonApi(context, service, baseUrl, credentials, headers, PlatformHttp.builder().sslContext(UnverifiedTls.context()).build());
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    /**
     * POSTs one file as {@code multipart/form-data} field {@code field}, for uploads (a Flink job jar). Like every POST,
     * it is sent again only when it never reached the service; {@code timeout} replaces the default for large files.
     */
    public Response postFile(String path, String field, String fileName, String contentType, byte[] content, Duration timeout) {
        String boundary = "onering-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return refusalChecked(transmit("POST", path, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()),
                "multipart/form-data; boundary=" + boundary, timeout));
    }

    public Response send(String method, String path, Object body) {
        return refusalChecked(sendAllowingRefusal(method, path, body));
    }

    /** Like {@link #send}, but a 401/403 comes back as a response: for a login that may try a second credential. */
    public Response sendAllowingRefusal(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : GSON.toJson(body));
        return transmit(method, path, publisher, "application/json", REQUEST_TIMEOUT);
    }

    /** The response when its status is one of {@code expected}; otherwise one failure naming the call and the answer. */
    public Response require(Response response, int... expected) {
        if (!response.is(expected)) {
            throw new HookFailure("hook " + context.hook() + ": " + service + " at " + baseUrl + " answered HTTP " + response.status()
                    + " to " + response.method() + " " + response.path() + ": " + excerpt(response.text()));
        }
        return response;
    }

    private Response refusalChecked(Response response) {
        if (response.is(401, 403)) {
            throw refused(response);
        }
        return response;
    }

    private Response transmit(String method, String path, HttpRequest.BodyPublisher body, String contentType, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Content-Type", contentType)
                .method(method, body);
        headers.forEach(builder::header);
        HttpRequest request = builder.build();
        // A POST or PATCH that may have reached the service is not sent again (it could create a duplicate or spend a
        // one-time bootstrap): only failures before the service handled it are retried. Other methods are idempotent.
        boolean idempotent = !(method.equals("POST") || method.equals("PATCH"));
        return context.retrying(service, baseUrl, idempotent ? JsonApi::isTransient : JsonApi::neverHandled, () -> {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 502 || answer.statusCode() == 503 || (idempotent && answer.statusCode() == 504)) {
                throw new ServiceStarting("HTTP " + answer.statusCode() + " on " + method + " " + path);
            }
            return new Response(method, path, answer.statusCode(), parse(answer.body()), answer.body());
        });
    }

    /** The failure for refused credentials, for servers that answer a bad login with another status (400). */
    public HookFailure refused(Response response) {
        return new HookFailure("hook " + context.hook() + ": " + service + " at " + baseUrl + " refused the credentials (HTTP "
                + response.status() + " to " + response.method() + " " + response.path() + "); check " + credentials);
    }

    private static boolean isTransient(Exception e) {
        return e instanceof IOException || e instanceof ServiceStarting;
    }

    /** Refused connections and a gateway's 502/503 (its upstream is not up) mean the service never saw the request. */
    private static boolean neverHandled(Exception e) {
        return e instanceof java.net.ConnectException || e instanceof ServiceStarting;
    }

    private static JsonElement parse(String text) {
        if (text == null || text.isBlank()) {
            return JsonNull.INSTANCE;
        }
        try {
            return JsonParser.parseString(text);
        } catch (JsonSyntaxException e) {
            return JsonNull.INSTANCE;
        }
    }

    /** A service's answer on one line, cut at 300 characters: what failure messages quote. */
    public static String excerpt(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A gateway answer while the service behind it starts: worth another try. */
    private static final class ServiceStarting extends Exception {
        ServiceStarting(String message) {
            super(message);
        }
    }
}
