package com.onering.testsupport;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.ToNumberPolicy;
import com.onering.plan.PlannedResource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A small client of the test server's Kubernetes API: objects as the plan has them (the inputs of a
 * {@code kubernetes:*} resource are the object), sent as JSON with a bearer token over TLS verified against the
 * server's own CA.
 */
public final class KubeApi {
    /** The answer of the API server: its status code and body (a Status object when it refused). */
    public record Answer(int status, String body) {
        public boolean accepted() {
            return status == 200 || status == 201;
        }
    }

    private static final Gson GSON = new GsonBuilder().setObjectToNumberStrategy(ToNumberPolicy.LONG_OR_DOUBLE).create();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The resource names of the kinds the program writes. */
    private static final Map<String, String> PLURALS = Map.of(
            "Namespace", "namespaces", "Deployment", "deployments", "StatefulSet", "statefulsets", "Job", "jobs",
            "Service", "services", "Secret", "secrets", "ConfigMap", "configmaps", "NetworkPolicy", "networkpolicies",
            "Ingress", "ingresses", "PersistentVolumeClaim", "persistentvolumeclaims");
    private final TestServers.Kube server;
    private final HttpClient http;

    public KubeApi(TestServers.Kube server) {
        this.server = server;
        this.http = HttpClient.newBuilder().sslContext(trusting(server)).connectTimeout(TIMEOUT).build();
    }

    /**
     * The object a planned resource describes, as the API takes it: the engine carries every number as a double, and
     * the API refuses {@code 5432.0} where it wants an integer.
     */
    public static Map<String, Object> manifest(PlannedResource resource) {
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) integral(resource.inputs());
        return object;
    }

    /** A deep copy of an object, to change in a test without touching the original. */
    public static Map<String, Object> copy(Map<String, Object> object) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) integral(object);
        return copy;
    }

    /** Maps and lists copied, whole doubles as longs. */
    private static Object integral(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), integral(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(KubeApi::integral).toList());
        }
        return value;
    }

    /** Creates {@code object} with {@code dryRun=All&fieldValidation=Strict}: validated and admitted, never stored. */
    public Answer dryRunCreate(Map<String, Object> object) {
        return send(HttpRequest.newBuilder(collection(object, "?dryRun=All&fieldValidation=Strict"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(object))));
    }

    /** Server-side apply of {@code object} by the field manager {@code manager}, for real. */
    public Answer apply(Map<String, Object> object, String manager) {
        return send(HttpRequest.newBuilder(URI.create(collection(object, "").toString() + "/" + name(object)
                        + "?fieldManager=" + manager + "&fieldValidation=Strict&force=true"))
                .header("Content-Type", "application/apply-patch+yaml")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(GSON.toJson(object))));
    }

    public Answer get(Map<String, Object> object) {
        return send(HttpRequest.newBuilder(URI.create(collection(object, "").toString() + "/" + name(object))).GET());
    }

    /** Creates a namespace for real; one that exists already is fine. */
    public void ensureNamespace(String namespace) {
        Answer answer = send(HttpRequest.newBuilder(server.url().resolve("/api/v1/namespaces"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(Map.of("apiVersion", "v1", "kind", "Namespace",
                        "metadata", Map.of("name", namespace))))));
        if (!answer.accepted() && answer.status() != 409) {
            throw new AssertionError("namespace " + namespace + ": " + answer);
        }
    }

    public static Map<?, ?> parse(String json) {
        return GSON.fromJson(json, Map.class);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + server.token()).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new AssertionError("the Kubernetes API at " + server.url() + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The collection URL of an object's kind: {@code /api/v1/...} for the core group, {@code /apis/<group>/<version>/...} else. */
    private URI collection(Map<String, Object> object, String query) {
        String apiVersion = (String) object.get("apiVersion");
        String kind = (String) object.get("kind");
        String plural = PLURALS.get(kind);
        if (plural == null) {
            throw new AssertionError("no collection known for kind " + kind + ": add it to KubeApi.PLURALS");
        }
        String base = apiVersion.contains("/") ? "/apis/" + apiVersion : "/api/" + apiVersion;
        Map<?, ?> metadata = (Map<?, ?>) object.get("metadata");
        String scope = kind.equals("Namespace") ? "" : "/namespaces/" + metadata.get("namespace");
        return server.url().resolve(base + scope + "/" + plural + query);
    }

    private static String name(Map<String, Object> object) {
        return String.valueOf(((Map<?, ?>) object.get("metadata")).get("name"));
    }

    private static SSLContext trusting(TestServers.Kube server) {
        try (InputStream ca = Files.newInputStream(server.caFile())) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("kube-ca", CertificateFactory.getInstance("X.509").generateCertificate(ca));
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new AssertionError("cannot trust the CA " + server.caFile() + ": " + e, e);
        }
    }
}
