package com.onering.deploy.host;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.PlatformConfig;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.pulumi.command.remote.CommandArgs;
import com.pulumi.command.remote.inputs.ConnectionArgs;
import com.pulumi.core.internal.Internal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The host bootstrap in the stack's graph (offline plan and the SDK's mock engine): one {@code remote:Command} that
 * logs in as the admin with the pinned host key and the key from encrypted config, runs the project's script with
 * the stack's settings above it, and feeds the Docker provider's host; the cloud-init file carries the same text.
 */
class HostBootstrapTest {
    private static final String HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8HyuBZq4f0ScYtw/fD57vwN3R1GXlVjJOJIssFnPgF";
    private static final String VPS = """
              onering:dockerHost: ssh://ops@vps.example.com:2222
              onering:host:
                adminUser: %s
                hostKey: %s vps-console
                privateKey:
                  secure: v1:AAAABBBB
              onering:profiles: [core]
            """;

    private static PlatformConfig vps(String adminUser) {
        return MockRun.config(VPS.formatted(adminUser, HOST_KEY));
    }

    @Test
    void theBootstrapRunsTheProjectsScriptAsRootWithThePinnedKey() {
        List<PlannedResource> plan = OfflinePlan.run(vps("root"), ConfigFiles.projectDefault());
        PlannedResource bootstrap = named(plan, "command:remote:Command", "onering-dev-host-bootstrap");
        Map<?, ?> connection = (Map<?, ?>) bootstrap.inputs().get("connection");
        assertEquals("vps.example.com", connection.get("host"));
        assertEquals(2222.0, ((Number) connection.get("port")).doubleValue());
        assertEquals("root", connection.get("user"));
        assertEquals(HOST_KEY, connection.get("hostKey"), "compared by the provider without the comment");
        assertTrue(String.valueOf(connection.get("privateKey")).startsWith("[secret"), connection.toString());
        assertEquals("bash -s", bootstrap.inputs().get("create"));
        assertFalse(bootstrap.inputs().containsKey("delete"), "a destroy leaves the host as it is");
        String script = (String) bootstrap.inputs().get("stdin");
        assertEquals(ConfigFiles.projectDefault().read(HostBootstrap.SCRIPT).replaceFirst("\n",
                "\nONERING_ADMIN_USER=root\nONERING_DEPLOY_USER=ops\nONERING_ALLOWED_TCP_PORTS='2222 80 443'\nONERING_PUBLIC_TCP_PORTS='80 443'\n"), script);
        assertTrue(script.startsWith("#!/usr/bin/env bash\n"), "the cloud-init file's copy runs as written");
        assertEquals("ssh://ops@vps.example.com:2222", named(plan, "pulumi:providers:docker", "docker").inputs().get("host"));
        assertTrue(ofType(plan, "command:remote:Command").size() == 1);
    }

    @Test
    void theKeyIsSecretInTheStateAndTheDockerHostWaitsForTheBootstrap() {
        MockRun run = MockRun.of(vps("root"), false);
        CommandArgs args = (CommandArgs) run.resource("command:remote:Command", "onering-dev-host-bootstrap").args();
        ConnectionArgs connection = Internal.of(args.connection()).getValueNullable().join();
        assertTrue(MockRun.isSecret(connection.privateKey().orElseThrow()), "the admin's key is secret in the state");
        var provider = run.resource("pulumi:providers:docker", "docker");
        var hostInput = ((com.pulumi.docker.ProviderArgs) provider.args()).host().orElseThrow();
        var dependsOn = Internal.of(hostInput).getResources().join();
        assertTrue(dependsOn.stream().anyMatch(r -> r.pulumiResourceName().equals("onering-dev-host-bootstrap")),
                "the engine's address is an output of the bootstrap, so nothing reaches the host before it ran");
    }

    @Test
    void anAdminWhoIsNotRootRunsItThroughSudo() {
        PlannedResource bootstrap = named(OfflinePlan.run(vps("debian"), ConfigFiles.projectDefault()),
                "command:remote:Command", "onering-dev-host-bootstrap");
        assertEquals("sudo -n bash -s", bootstrap.inputs().get("create"));
        assertEquals("debian", ((Map<?, ?>) bootstrap.inputs().get("connection")).get("user"));
    }

    @Test
    void aStackWithoutHostSettingsBootstrapsNothing() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:dockerHost: ssh://deploy@vps.example.com\n"),
                ConfigFiles.projectDefault());
        assertEquals(List.of(), ofType(plan, "command:remote:Command"));
    }

    @Test
    void theCloudInitFileRunsTheSameScriptAtFirstBoot() {
        HostBootstrap bootstrap = HostBootstrap.of(vps("root").target(), ConfigFiles.projectDefault()).orElseThrow();
        String userData = bootstrap.cloudInit();
        assertTrue(userData.startsWith("#cloud-config\n"), userData);
        Map<?, ?> document = new Yaml().load(userData);
        Map<?, ?> file = (Map<?, ?>) ((List<?>) document.get("write_files")).get(0);
        assertEquals(bootstrap.script(), file.get("content"), "YAML's block keeps every line of the script");
        assertEquals("0700", file.get("permissions"));
        assertEquals(List.of("sh", "-c", "/usr/local/sbin/onering-bootstrap > /var/log/onering-bootstrap.log 2>&1"),
                ((List<?>) document.get("runcmd")).get(0));
    }

    @Test
    void theFactsLineIsRead() {
        HostBootstrap.HostFacts facts = HostBootstrap.HostFacts.find("apt says things\nonering-host {\"cores\":2,\"memoryMib\":7940,"
                + "\"diskFreeGib\":70,\"docker\":\"20.10.24+dfsg1\",\"changed\":[\"user deploy\"]}\n").orElseThrow();
        assertEquals(new HostBootstrap.HostFacts(2, 7940, 70, "20.10.24+dfsg1", List.of("user deploy")), facts);
        assertTrue(HostBootstrap.HostFacts.find("").isEmpty());
        // The stack output holds only what Pulumi's Java serializer accepts: Integer, not Long.
        assertEquals(Map.of("cores", 2, "memoryMib", 7940, "diskFreeGib", 70, "docker", "20.10.24+dfsg1"), facts.asOutput());
        assertTrue(facts.asOutput().values().stream().noneMatch(Long.class::isInstance), facts.asOutput().toString());
    }
}
