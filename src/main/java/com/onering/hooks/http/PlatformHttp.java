package com.onering.hooks.http;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client hooks use to reach the platform's services. */
public final class PlatformHttp {
    private PlatformHttp() {
    }

    /**
     * HTTP/1.1 only, no redirects followed. On plain {@code http://} Java's default HTTP/2 first sends an h2c upgrade
     * request, which none of the platform's services speak: behind a gate, Airflow's API server (uvicorn) answered it
     * with the request body dropped (seen in the first real deploy).
     */
    public static HttpClient client() {
        return builder().build();
    }

    /** The same settings, for a client that needs more (a TLS context). */
    public static HttpClient.Builder builder() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER);
    }
}
