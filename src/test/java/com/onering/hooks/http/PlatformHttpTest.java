package com.onering.hooks.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The hooks' client speaks plain HTTP/1.1: the default client's h2c upgrade request made Airflow's API server, behind
 * its gate, drop the body of POST /auth/token in the first real deploy. A raw socket shows exactly what is sent.
 */
class PlatformHttpTest {

    @Test
    void theDefaultClientAsksForAnUpgradeWhichIsWhyHooksDoNotUseIt() throws Exception {
        List<String> head = firstRequestHead(HttpClient.newHttpClient());
        assertTrue(head.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("upgrade: h2c")), head.toString());
    }

    @Test
    void theHooksClientSendsAPlainHttp11RequestWithItsBody() throws Exception {
        List<String> head = firstRequestHead(PlatformHttp.client());
        assertEquals("POST /auth/token HTTP/1.1", head.get(0));
        assertFalse(head.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("upgrade:")), head.toString());
        assertTrue(head.stream().anyMatch(h -> h.equalsIgnoreCase("content-length: 2")), head.toString());
    }

    /** Sends POST {} with {@code client} to a one-shot socket server and returns the request line and headers it read. */
    private static List<String> firstRequestHead(HttpClient client) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> seen = CompletableFuture.supplyAsync(() -> serveOnce(server));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getLocalPort() + "/auth/token"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build();
            assertEquals(200, client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
            return seen.get();
        }
    }

    private static List<String> serveOnce(ServerSocket server) {
        try (Socket socket = server.accept()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> head = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                head.add(line);
            }
            OutputStream out = socket.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return head;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
