package com.onering.deploy.host;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.ConfigLoader;
import com.onering.config.ConfigSource;
import com.onering.config.PlatformConfig;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.Platforms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan of the example remote stack as users copy it ({@code stacks/Pulumi.vps.yaml}): the host bootstrapped in the
 * graph with its key pinned, no hook that reaches this machine's loopback (so no tunnel for hooks), nothing on the
 * host's public address but the entry's 80 and 443, and every public name served with a certificate from Let's
 * Encrypt.
 */
class VpsStackPlanTest {
    private static PlatformConfig config;
    private static List<PlannedResource> plan;

    @BeforeAll
    static void planTheExampleStack() throws IOException {
        config = ConfigLoader.load(ConfigSource.fromStackFile(Path.of("stacks/Pulumi.vps.yaml")), "vps");
        plan = OfflinePlan.run(config, ConfigFiles.projectDefault());
    }

    @Test
    void theHostIsBootstrappedWithItsKeyPinned() {
        PlannedResource bootstrap = named(plan, "command:remote:Command", "onering-vps-host-bootstrap");
        Map<?, ?> connection = (Map<?, ?>) bootstrap.inputs().get("connection");
        assertTrue(String.valueOf(connection.get("hostKey")).startsWith("ssh-ed25519 "), connection.toString());
    }

    @Test
    void noHookNeedsATunnel() {
        List<PlannedResource> hooks = ofType(plan, "command:local:Command").stream().filter(r -> r.name().startsWith("hook-")).toList();
        assertFalse(hooks.isEmpty());
        for (PlannedResource hook : hooks) {
            Map<?, ?> environment = (Map<?, ?>) hook.inputs().get("environment");
            assertEquals("ssh://deploy@vps.example.com", environment.get("DOCKER_HOST"), hook.name());
            environment.values().forEach(value -> assertFalse(String.valueOf(value).matches(".*(127\\.0\\.0\\.1|localhost)[:/].*"),
                    hook.name() + " reaches this machine's loopback: " + value));
        }
    }

    @Test
    void onlyTheEntrysHttpAndHttpsAreOnThePublicAddress() {
        Set<String> publicPorts = new TreeSet<>();
        for (PlannedResource container : ofType(plan, "docker:index/container:Container")) {
            for (Object port : (List<?>) container.inputs().getOrDefault("ports", List.of())) {
                Map<?, ?> published = (Map<?, ?>) port;
                if (!String.valueOf(published.get("ip")).startsWith("127.")) {
                    publicPorts.add(container.inputs().get("name") + ":" + ((Number) published.get("external")).intValue());
                }
            }
        }
        assertEquals(Set.of("onering-vps-public-entry:443", "onering-vps-public-entry:80"), publicPorts);
    }

    @Test
    void everyPublicNameGetsACertificateFromLetsEncrypt() {
        String caddyfile = Platforms.assemble(config).workload("public-entry").orElseThrow().files().stream()
                .filter(f -> f.containerPath().equals("/etc/caddy/Caddyfile")).findFirst().orElseThrow().content();
        assertTrue(caddyfile.contains("\temail ops@example.com\n"), caddyfile);
        assertFalse(caddyfile.contains("tls internal") || caddyfile.contains("acme_ca") || caddyfile.contains("http://"), caddyfile);
    }
}
