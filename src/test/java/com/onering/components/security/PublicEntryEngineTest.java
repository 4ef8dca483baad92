package com.onering.components.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.onering.model.FileSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import com.onering.testsupport.TestServers;
import com.onering.testsupport.TestServers.CommandResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public entry for real on a Docker engine ({@code DOCKER_HOST}): the Caddy image the plan pulls (its stand-in
 * where no registry is reachable: tests/public-entry/run.sh builds it) runs the Caddyfile the program writes, with
 * certificates from Caddy's local CA ({@code tls: internal}), in front of two upstreams on the stack's network under
 * the names of a gate and of Keycloak. curl, an independent client, then checks from outside: each name is served over
 * HTTPS with a certificate chained to that CA and reaches its own upstream; plain HTTP redirects to HTTPS; a name the
 * entry does not serve gets no certificate. The production and staging files pass Caddy's own validation.
 */
@Tag("docker-engine")
class PublicEntryEngineTest {
    private static final String PREFIX = "onering-pet";
    private static final String NETWORK = PREFIX + "-platform";
    private static final String ENTRY = PREFIX + "-entry";
    private static final String DOMAIN = "entry.test";
    private static final String GATE = "airflow-apiserver-gate";
    private static final long COMMAND_SECONDS = 300;
    private static final String STACK = """
              onering:dockerHost: ssh://deploy@vps.example.com
              onering:profiles: [core, security]
              onering:publicEntry:
                domain: %s
                %s
            """;

    @TempDir
    static Path temp;
    private static String image;
    private static int httpPort;
    private static int httpsPort;
    private static Path rootCertificate;

    private static WorkloadSpec entry(String tlsSettings) {
        Platform platform = Platforms.assemble(STACK.formatted(DOMAIN, tlsSettings));
        return platform.workload(PublicEntry.NAME).orElseThrow();
    }

    private static String caddyfile(WorkloadSpec entry) {
        return entry.files().stream().filter(f -> f.containerPath().equals(PublicEntry.CADDYFILE)).map(FileSpec::content)
                .findFirst().orElseThrow();
    }

    @BeforeAll
    static void startTheEntryInFrontOfAGateAndKeycloak() throws IOException {
        if (docker("info", "--format", "{{.ServerVersion}}").exitCode() != 0) {
            fail("no Docker engine answers at DOCKER_HOST=" + System.getenv("DOCKER_HOST") + " (tests/public-entry/run.sh starts one)");
        }
        WorkloadSpec entry = entry("tls: internal");
        image = entry.image().reference();
        cleanUp();
        ok("network", "create", NETWORK);
        // Upstreams answering with their own name: Caddy's `respond` command, from the same image.
        ok("run", "-d", "--name", PREFIX + "-gate", "--network", NETWORK, "--network-alias", GATE, image,
                "caddy", "respond", "--listen", ":" + OAuth2Proxy.PORT, "--body", "through the airflow gate");
        ok("run", "-d", "--name", PREFIX + "-keycloak", "--network", NETWORK, "--network-alias", Keycloak.HOST, image,
                "caddy", "respond", "--listen", ":" + Keycloak.HTTP_PORT, "--body", "keycloak login");
        ok("create", "--name", ENTRY, "--network", NETWORK, "-p", "127.0.0.1::" + PublicEntry.HTTP_PORT,
                "-p", "127.0.0.1::" + PublicEntry.HTTPS_PORT, image);
        Path file = Files.writeString(temp.resolve("Caddyfile"), caddyfile(entry));
        ok("cp", file.toString(), ENTRY + ":" + PublicEntry.CADDYFILE);
        ok("start", ENTRY);
        // The health check the plan declares, polled until it passes; the bound only stops an entry that never starts.
        List<String> health = new ArrayList<>(List.of("exec", ENTRY));
        List<String> test = entry.health().orElseThrow().test();
        health.addAll(test.subList(1, test.size()));
        for (int attempt = 0; docker(health.toArray(String[]::new)).exitCode() != 0; attempt++) {
            if (attempt == 120) {
                fail("the entry did not become healthy:\n" + docker("logs", ENTRY).output());
            }
            TestServers.pauseBeforeNextPoll();
        }
        httpPort = hostPort(PublicEntry.HTTP_PORT);
        httpsPort = hostPort(PublicEntry.HTTPS_PORT);
        rootCertificate = temp.resolve("root.crt");
        for (int attempt = 0; !Files.exists(rootCertificate) || Files.size(rootCertificate) == 0; attempt++) {
            if (attempt == 120) {
                fail("Caddy made no local CA:\n" + docker("logs", ENTRY).output());
            }
            TestServers.pauseBeforeNextPoll();
            docker("cp", ENTRY + ":/data/caddy/pki/authorities/local/root.crt", rootCertificate.toString());
        }
    }

    @AfterAll
    static void cleanUp() {
        docker("rm", "-f", ENTRY, PREFIX + "-gate", PREFIX + "-keycloak");
        docker("network", "rm", NETWORK);
    }

    @Test
    void eachNameIsServedOverVerifiedHttpsFromItsOwnUpstream() {
        assertEquals("through the airflow gate", curlHttps("airflow-apiserver." + DOMAIN, "/").output());
        assertEquals("keycloak login", curlHttps("keycloak." + DOMAIN, "/realms/oner/protocol/openid-connect/auth").output());
    }

    @Test
    void keycloaksAdminConsoleIsNotServed() {
        CommandResult admin = TestServers.run(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "--cacert", rootCertificate.toString(),
                "--resolve", "keycloak." + DOMAIN + ":" + httpsPort + ":127.0.0.1", "https://keycloak." + DOMAIN + ":" + httpsPort + "/admin/master/console/"),
                Map.of(), COMMAND_SECONDS);
        assertEquals("404", admin.output().strip());
    }

    @Test
    void plainHttpIsRedirectedToHttps() {
        String host = "airflow-apiserver." + DOMAIN;
        CommandResult redirect = TestServers.run(List.of("curl", "-sS", "-o", "/dev/null", "-w", "%{http_code} %{redirect_url}",
                "--resolve", host + ":" + httpPort + ":127.0.0.1", "http://" + host + ":" + httpPort + "/home"), Map.of(), COMMAND_SECONDS);
        assertEquals("308 https://" + host + "/home", redirect.output().strip());
    }

    @Test
    void aNameTheEntryDoesNotServeGetsNoCertificate() {
        assertNotEquals(0, curlHttps("other." + DOMAIN, "/").exitCode());
    }

    @Test
    void theProductionAndStagingFilesPassCaddysOwnValidation() throws IOException {
        String validator = PREFIX + "-validate";
        for (String tls : List.of("email: ops@example.com", "email: ops@example.com\n    tls: acme-staging")) {
            Path file = Files.writeString(temp.resolve("Caddyfile-validated"), caddyfile(entry(tls)));
            ok("create", "--name", validator, image, "caddy", "validate", "--adapter", "caddyfile", "--config", PublicEntry.CADDYFILE);
            try {
                ok("cp", file.toString(), validator + ":" + PublicEntry.CADDYFILE);
                CommandResult validate = docker("start", "-a", validator);
                assertEquals(0, validate.exitCode(), tls + ":\n" + validate.output());
                assertTrue(validate.output().contains("Valid configuration"), validate.output());
            } finally {
                docker("rm", "-f", validator);
            }
        }
    }

    private static CommandResult curlHttps(String host, String path) {
        return TestServers.run(List.of("curl", "-sS", "--cacert", rootCertificate.toString(),
                "--resolve", host + ":" + httpsPort + ":127.0.0.1", "https://" + host + ":" + httpsPort + path), Map.of(), COMMAND_SECONDS);
    }

    private static int hostPort(int containerPort) {
        CommandResult port = docker("port", ENTRY, String.valueOf(containerPort));
        assertEquals(0, port.exitCode(), port.output());
        String first = port.output().lines().findFirst().orElseThrow();
        return Integer.parseInt(first.substring(first.lastIndexOf(':') + 1).strip());
    }

    private static void ok(String... args) {
        CommandResult result = docker(args);
        assertEquals(0, result.exitCode(), String.join(" ", args) + ":\n" + result.output());
    }

    private static CommandResult docker(String... args) {
        return TestServers.docker(COMMAND_SECONDS, args);
    }
}
