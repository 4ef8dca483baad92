package com.onering.hooks.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport;
import com.onering.process.CommandRunner;
import com.onering.process.CommandRunner.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the hook against a stand-in for abctl and docker that keeps their state (installed chart, attached
 * networks) and answers with the output formats of abctl's status and credentials commands.
 */
class AirbyteInstallTest {
    private static final String ESC = "\u001B[";
    private final String clientSecret = UUID.randomUUID().toString();
    private final String password = UUID.randomUUID().toString();

    @TempDir
    Path dir;

    /** A kind node and an abctl install, as the real tools would report them. */
    private final class FakeTools implements CommandRunner {
        String installedChart;
        String installedPort;
        final Set<String> networks = new LinkedHashSet<>(List.of("kind"));
        final List<List<String>> calls = new ArrayList<>();
        final List<Map<String, String>> environments = new ArrayList<>();
        String version = "v0.30.4";

        @Override
        public Result run(List<String> argv, Map<String, String> environment, Duration timeout) {
            calls.add(argv);
            environments.add(environment);
            String program = argv.get(0);
            List<String> args = argv.subList(1, argv.size());
            if (program.endsWith("abctl")) {
                return switch (String.join(" ", args.subList(0, Math.min(2, args.size())))) {
                    case "version" -> new Result(0, "version: " + version + "\n");
                    case "local status" -> new Result(0, installedChart == null
                            ? ESC + "33m WARNING " + ESC + "0m Airbyte does not appear to be installed locally\n"
                            : "  SUCCESS  Existing cluster 'airbyte-abctl' found\n"
                            + ESC + "36m  INFO  " + ESC + "0m Found helm chart 'airbyte-abctl'\n  Status: deployed\n  Chart Version: "
                            + installedChart + "\n  App Version: " + installedChart + "\n"
                            + "  INFO    Found helm chart 'ingress-nginx'\n  Status: deployed\n  Chart Version: 4.12.0\n"
                            + "  INFO    Airbyte should be accessible via http://localhost:" + installedPort + "\n");
                    case "local install" -> {
                        installedChart = argv.get(argv.indexOf("--chart-version") + 1);
                        installedPort = argv.get(argv.indexOf("--port") + 1);
                        yield new Result(0, "  SUCCESS  Airbyte installation complete.\n");
                    }
                    case "local credentials" -> new Result(0, "  SUCCESS  Retrieving your credentials from 'airbyte-auth-secrets'\n"
                            + "  INFO    Credentials:\n  Email: [not set]\n  Password: " + password + "\n  Client-Id: "
                            + "c0ffee-id\n  Client-Secret: " + clientSecret + "\n");
                    default -> new Result(2, "unknown command " + args);
                };
            }
            if (program.equals("docker") && args.get(0).equals("inspect")) {
                StringBuilder json = new StringBuilder("{");
                networks.forEach(n -> json.append('"').append(n).append("\":{\"Aliases\":null},"));
                return new Result(0, json.substring(0, json.length() - 1) + "}\n");
            }
            if (program.equals("docker") && args.subList(0, 2).equals(List.of("network", "connect"))) {
                networks.add(args.get(2));
                return new Result(0, "");
            }
            return new Result(127, program + ": not found");
        }
    }

    private record Run(HookReport report, String output) {
    }

    private Run run(FakeTools tools, Map<String, String> overrides) throws Exception {
        Path abctl = Files.createFile(Files.createDirectories(dir.resolve(UUID.randomUUID().toString())).resolve("abctl")).toAbsolutePath();
        abctl.toFile().setExecutable(true);
        Map<String, String> env = new HashMap<>(Map.of(
                "ABCTL_VERSION", "v0.30.4",
                "AIRBYTE_CHART_VERSION", "2.3.0",
                "AIRBYTE_PORT", "8000",
                "AIRBYTE_LOW_RESOURCE_MODE", "true",
                "AIRBYTE_DOCKER_NETWORKS", "onering-dev-platform,onering-dev-data",
                "ONERING_ABCTL", abctl.toString()));
        env.putAll(overrides);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HookReport report = new HookReport("airbyte-install", new PrintStream(out, true, StandardCharsets.UTF_8));
        new AirbyteInstall(tools).run(new HookContext("airbyte-install", env, dir.resolve("config"), report, Duration.ofSeconds(5), HookContext.Waiting.real(System.err)));
        return new Run(report, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void installsThePinnedChartJoinsThePlatformNetworksAndNeverPrintsCredentials() throws Exception {
        FakeTools tools = new FakeTools();
        Run first = run(tools, Map.of());
        List<String> install = tools.calls.stream().filter(c -> c.size() > 2 && c.get(2).equals("install")).findFirst().orElseThrow();
        assertEquals("2.3.0", install.get(install.indexOf("--chart-version") + 1));
        assertEquals("8000", install.get(install.indexOf("--port") + 1));
        assertTrue(install.contains("--low-resource-mode") && install.contains("--no-browser"), install.toString());
        assertTrue(tools.networks.containsAll(List.of("onering-dev-platform", "onering-dev-data")));
        assertEquals(3, first.report().count(HookReport.Action.CREATED), first.output());
        assertFalse(first.output().contains(clientSecret) || first.output().contains(password), "credentials printed:\n" + first.output());

        Run second = run(tools, Map.of());
        assertEquals(0, second.report().count(HookReport.Action.CREATED) + second.report().count(HookReport.Action.UPDATED), second.output());
        assertEquals(1, tools.calls.stream().filter(c -> c.size() > 2 && c.get(2).equals("install")).count(), "installed twice");
    }

    @Test
    void fullModeWhenTheHostIsLargeAndAnOlderChartIsUpgraded() throws Exception {
        FakeTools tools = new FakeTools();
        tools.installedChart = "2.2.0";
        tools.installedPort = "8000";
        Run run = run(tools, Map.of("AIRBYTE_LOW_RESOURCE_MODE", "false"));
        List<String> install = tools.calls.stream().filter(c -> c.size() > 2 && c.get(2).equals("install")).findFirst().orElseThrow();
        assertFalse(install.contains("--low-resource-mode"));
        assertEquals("2.3.0", tools.installedChart);
        assertEquals(1, run.report().count(HookReport.Action.UPDATED), run.output());
    }

    @Test
    void dockerHostOfARemoteStackReachesAbctlAndDocker() throws Exception {
        FakeTools tools = new FakeTools();
        run(tools, Map.of("DOCKER_HOST", "ssh://deploy@vps.example.com"));
        assertTrue(tools.environments.stream().allMatch(e -> "ssh://deploy@vps.example.com".equals(e.get("DOCKER_HOST"))));
    }

    @Test
    void anAbctlOfAnotherVersionIsRefused() {
        FakeTools tools = new FakeTools();
        tools.version = "v0.25.0";
        HookFailure failure = assertThrows(HookFailure.class, () -> run(tools, Map.of()));
        assertTrue(failure.getMessage().contains("is not abctl v0.30.4"), failure.getMessage());
        assertTrue(tools.calls.stream().noneMatch(c -> c.contains("install")));
    }

    @Test
    void credentialsAreParsedFromAbctlOutput() throws Exception {
        FakeTools tools = new FakeTools();
        tools.installedChart = "2.3.0";
        tools.installedPort = "8000";
        AirbyteInstall.Credentials credentials = new AirbyteInstall(tools).credentials(dir.resolve("abctl"), Map.of());
        assertEquals("c0ffee-id", credentials.clientId());
        assertEquals(clientSecret, credentials.clientSecret());
        assertFalse(credentials.toString().contains(clientSecret));
    }
}
