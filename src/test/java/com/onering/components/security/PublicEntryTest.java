package com.onering.components.security;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.ConfigLoader;
import com.onering.config.ConfigProblem;
import com.onering.config.ConfigSource;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The vps stack's plan with a public entry: nothing but the entry's 80 and 443 binds beyond the host's loopback, every
 * gated UI and Keycloak's login has an HTTPS host name routed to its server, and the URLs browsers are sent to (the
 * gates' callbacks, the token issuer, the stack's outputs) are those names.
 */
class PublicEntryTest {
    private static final String VPS = """
              onering:dockerHost: ssh://deploy@vps.example.com
              onering:profiles: [core, security]
              onering:publicEntry:
                domain: data.example.com
                email: ops@example.com
            """;

    private static List<PlannedResource> plan(String config) {
        return OfflinePlan.run(MockRun.config(config), ConfigFiles.projectDefault());
    }

    @Test
    void onlyTheEntryIsPublishedBeyondTheHostsLoopback() {
        List<PlannedResource> plan = plan(VPS);
        Map<String, Set<String>> bindings = new java.util.TreeMap<>();
        for (PlannedResource container : ofType(plan, "docker:index/container:Container")) {
            for (Object port : (List<?>) container.inputs().getOrDefault("ports", List.of())) {
                Map<?, ?> published = (Map<?, ?>) port;
                bindings.computeIfAbsent(String.valueOf(published.get("ip")), ip -> new TreeSet<>())
                        .add(container.inputs().get("name") + ":" + ((Number) published.get("external")).intValue());
            }
        }
        assertEquals(Set.of("127.0.0.1", "0.0.0.0"), bindings.keySet(), bindings.toString());
        assertEquals(Set.of("onering-dev-public-entry:80", "onering-dev-public-entry:443"), bindings.get("0.0.0.0"));
    }

    @Test
    void everyGateAndTheLoginHaveAnHttpsNameRoutedToTheirServer() {
        String caddyfile = uploaded(plan(VPS), "onering-dev-public-entry", PublicEntry.CADDYFILE);
        assertTrue(caddyfile.contains("\temail ops@example.com\n"), caddyfile);
        assertTrue(caddyfile.contains("\nkeycloak.data.example.com {\n\t@public path /realms/* /resources/* /.well-known/*\n"
                + "\thandle @public {\n\t\treverse_proxy keycloak:8080\n\t}\n\thandle {\n\t\trespond 404\n\t}\n}\n"),
                "the admin console and API stay inside: " + caddyfile);
        assertTrue(caddyfile.contains("\nairflow-apiserver.data.example.com {\n\treverse_proxy airflow-apiserver-gate:4180\n}\n"), caddyfile);
        assertTrue(!caddyfile.contains("tls internal") && !caddyfile.contains("acme_ca"), "production certificates by default");
        Set<String> sites = caddyfile.lines().filter(l -> l.endsWith(" {") && l.contains(".")).map(l -> l.split(" ")[0]).collect(Collectors.toSet());
        Set<String> gates = ofType(plan(VPS), "docker:index/container:Container").stream().map(c -> String.valueOf(c.inputs().get("name")))
                .filter(n -> n.endsWith(OAuth2Proxy.GATE_SUFFIX))
                .map(n -> OAuth2Proxy.publicName(n.substring("onering-dev-".length())) + ".data.example.com").collect(Collectors.toSet());
        gates.add("keycloak.data.example.com");
        assertEquals(gates, sites);
    }

    @Test
    void browsersAreSentToTheHttpsNames() {
        List<PlannedResource> plan = plan(VPS);
        List<?> keycloakEnv = (List<?>) named(plan, "docker:index/container:Container", "keycloak").inputs().get("envs");
        assertTrue(keycloakEnv.contains("KC_HOSTNAME=https://keycloak.data.example.com"), keycloakEnv.toString());
        assertTrue(keycloakEnv.contains("KC_PROXY_HEADERS=xforwarded"), keycloakEnv.toString());
        List<?> gateEnv = (List<?>) named(plan, "docker:index/container:Container", "airflow-apiserver-gate").inputs().get("envs");
        assertTrue(gateEnv.contains("OAUTH2_PROXY_REDIRECT_URL=https://airflow-apiserver.data.example.com/oauth2/callback"), gateEnv.toString());
        assertTrue(gateEnv.contains("OAUTH2_PROXY_COOKIE_SECURE=true"), gateEnv.toString());
        assertTrue(gateEnv.contains("OAUTH2_PROXY_OIDC_ISSUER_URL=https://keycloak.data.example.com/realms/" + Keycloak.REALM), gateEnv.toString());
    }

    @Test
    void stagingAndInternalCertificatesAreAskedFor() {
        String staging = uploaded(plan(VPS + "    tls: acme-staging\n"), "onering-dev-public-entry", PublicEntry.CADDYFILE);
        assertTrue(staging.contains("\tacme_ca " + PublicEntry.LETS_ENCRYPT_STAGING + "\n"), staging);
        String internal = uploaded(plan(VPS.replace("    email: ops@example.com\n", "") + "    tls: internal\n"),
                "onering-dev-public-entry", PublicEntry.CADDYFILE);
        assertTrue(internal.contains("\nairflow-apiserver.data.example.com {\n\ttls internal\n\treverse_proxy airflow-apiserver-gate:4180\n}\n"), internal);
        assertTrue(!internal.contains("email"), internal);
    }

    @Test
    void eachMistakeIsOneProblemNamingTheSetting() {
        assertEquals(List.of("onering:publicEntry"), keys("""
                  onering:profiles: [core, security]
                  onering:publicEntry: {domain: data.example.com, email: ops@example.com}
                """));
        assertEquals(List.of("onering:publicEntry"), keys("""
                  onering:dockerHost: ssh://deploy@vps.example.com
                  onering:profiles: [core]
                  onering:publicEntry: {domain: data.example.com, email: ops@example.com}
                """));
        assertEquals(List.of("onering:publicEntry.domain", "onering:publicEntry.tls", "onering:publicEntry.email"), keys("""
                  onering:dockerHost: ssh://deploy@vps.example.com
                  onering:profiles: [core, security]
                  onering:publicEntry: {domain: "*.example.com", email: ops, tls: letsencrypt}
                """));
        assertEquals(List.of("onering:publicEntry.email"), keys("""
                  onering:dockerHost: ssh://deploy@vps.example.com
                  onering:profiles: [core, security]
                  onering:publicEntry: {domain: data.example.com}
                """));
        assertEquals(List.of("onering:publishAddress"), keys("""
                  onering:dockerHost: ssh://deploy@vps.example.com
                  onering:publishAddress: 10.0.0.5
                  onering:profiles: [core, security]
                  onering:publicEntry: {domain: data.example.com, tls: internal}
                """));
        assertEquals(List.of("onering:publicEntry"), keys("""
                  onering:dockerHost: ssh://deploy@vps.example.com
                  onering:portOffset: 100
                  onering:profiles: [core, security]
                  onering:publicEntry: {domain: data.example.com, tls: internal}
                """));
    }

    private static List<String> keys(String config) {
        return ConfigLoader.read(ConfigSource.fromStackYaml("config:\n" + config), "dev").problems().stream().map(ConfigProblem::key).toList();
    }

    private static String uploaded(List<PlannedResource> plan, String container, String path) {
        PlannedResource entry = ofType(plan, "docker:index/container:Container").stream()
                .filter(c -> container.equals(c.inputs().get("name"))).findFirst().orElseThrow();
        return ((List<?>) entry.inputs().get("uploads")).stream().map(Map.class::cast).filter(u -> path.equals(u.get("file")))
                .map(u -> String.valueOf(u.get("content"))).findFirst().orElseThrow(() -> new AssertionError(entry.inputs().get("uploads")));
    }
}
