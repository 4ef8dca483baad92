package com.onering.hooks.ingestion;

import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport;
import com.onering.process.CommandRunner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Installs Airbyte with abctl, idempotently: the pinned chart is installed only when the kind cluster does not run it
 * yet; the kind node joins the platform networks; the instance credentials are read back to prove the install is
 * usable. abctl prints the credentials; this hook parses them and never echoes them.
 */
public final class AirbyteInstall implements Hook {
    /** The kind node container abctl creates ({@code <cluster>-control-plane}). */
    public static final String KIND_NODE = "airbyte-abctl-control-plane";

    /** Upstream says a first install may take up to 30 minutes (image pulls inside kind). */
    static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(45);
    private static final Duration QUICK = Duration.ofMinutes(2);
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[;\\d]*[A-Za-z]");
    private static final Pattern CHART = Pattern.compile("Found helm chart 'airbyte-abctl'\\s+Status: (\\S+)\\s+Chart Version: (\\S+)");
    private static final Pattern PORT = Pattern.compile("accessible via http://localhost:(\\d+)");

    /** The instance credentials abctl keeps in the cluster; for hooks that call Airbyte's API. */
    public record Credentials(String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", clientSecret=***]";
        }
    }

    private final CommandRunner runner;

    public AirbyteInstall() {
        this(CommandRunner.processes());
    }

    AirbyteInstall(CommandRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "airbyte-install";
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings("ABCTL_VERSION", "AIRBYTE_CHART_VERSION", "AIRBYTE_PORT", "AIRBYTE_LOW_RESOURCE_MODE", "AIRBYTE_DOCKER_NETWORKS");
        String version = context.require("ABCTL_VERSION");
        String chart = context.require("AIRBYTE_CHART_VERSION");
        String port = context.require("AIRBYTE_PORT");
        boolean lowResource = Boolean.parseBoolean(context.require("AIRBYTE_LOW_RESOURCE_MODE"));
        Map<String, String> env = new HashMap<>();
        context.optional("DOCKER_HOST").ifPresent(host -> env.put("DOCKER_HOST", host));

        Path abctl = abctl(context, version, env);
        String status = clean(run(List.of(abctl.toString(), "local", "status"), env, QUICK, "abctl local status").output());
        Matcher installed = CHART.matcher(status);
        Matcher installedPort = PORT.matcher(status);
        boolean current = installed.find() && installed.group(1).equals("deployed") && installed.group(2).equals(chart)
                && installedPort.find() && installedPort.group(1).equals(port);
        if (current) {
            context.report().record(HookReport.Action.UNCHANGED, "airbyte chart", chart + " on port " + port);
        } else {
            List<String> install = new ArrayList<>(List.of(abctl.toString(), "local", "install",
                    "--chart-version", chart, "--port", port, "--no-browser"));
            if (lowResource) {
                install.add("--low-resource-mode");
            }
            run(install, env, INSTALL_TIMEOUT, "abctl local install");
            boolean wasInstalled = status.contains("Found helm chart 'airbyte-abctl'");
            context.report().record(wasInstalled ? HookReport.Action.UPDATED : HookReport.Action.CREATED, "airbyte chart",
                    chart + " on port " + port + (lowResource ? " (low-resource mode)" : ""));
        }

        for (String network : context.require("AIRBYTE_DOCKER_NETWORKS").split(",")) {
            String networks = run(List.of("docker", "inspect", "-f", "{{json .NetworkSettings.Networks}}", KIND_NODE), env, QUICK,
                    "docker inspect " + KIND_NODE).output();
            if (networks.contains("\"" + network + "\"")) {
                context.report().record(HookReport.Action.UNCHANGED, "network attachment", KIND_NODE + " -> " + network);
            } else {
                run(List.of("docker", "network", "connect", network, KIND_NODE), env, QUICK, "docker network connect " + network);
                context.report().record(HookReport.Action.CREATED, "network attachment", KIND_NODE + " -> " + network);
            }
        }

        credentials(abctl, env);
        context.report().record(HookReport.Action.UNCHANGED, "credentials", "readable with 'abctl local credentials'");
    }

    /** The instance's API client credentials, through the pinned abctl named by the hook's {@code ABCTL_VERSION}. */
    Credentials clientCredentials(HookContext context) throws IOException, InterruptedException {
        Map<String, String> env = new HashMap<>();
        context.optional("DOCKER_HOST").ifPresent(host -> env.put("DOCKER_HOST", host));
        return credentials(abctl(context, context.require("ABCTL_VERSION"), env), env);
    }

    /** Reads the instance's API client credentials from abctl; fails when they cannot be read. */
    public Credentials credentials(Path abctl, Map<String, String> env) throws IOException, InterruptedException {
        String output = clean(run(List.of(abctl.toString(), "local", "credentials"), env, QUICK, "abctl local credentials").output());
        Optional<String> id = field(output, "Client-Id");
        Optional<String> secret = field(output, "Client-Secret");
        if (id.isEmpty() || secret.isEmpty()) {
            throw new HookFailure("hook airbyte-install: 'abctl local credentials' printed no client id and secret; "
                    + "check 'abctl local status' and the pods in namespace airbyte-abctl");
        }
        return new Credentials(id.get(), secret.get());
    }

    private static Optional<String> field(String output, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ":\\s*(\\S+)\\s*$").matcher(output);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * The abctl binary of the pinned version: {@code ONERING_ABCTL} when set (it must report that version), else the
     * project's cached download under {@code .work/abctl/<version>/}.
     */
    private Path abctl(HookContext context, String version, Map<String, String> env) throws IOException, InterruptedException {
        Path binary = context.optional("ONERING_ABCTL").map(Path::of).orElseGet(() ->
                context.configRoot().toAbsolutePath().getParent().resolve(".work/abctl/" + version + "/abctl"));
        if (!Files.isExecutable(binary)) {
            download(version, binary);
        }
        String reported = run(List.of(binary.toString(), "version"), env, QUICK, "abctl version").output();
        if (!reported.contains(version)) {
            throw new HookFailure("hook airbyte-install: " + binary + " is not abctl " + version + " (it reports: "
                    + clean(reported).strip() + "); remove it or point ONERING_ABCTL at abctl " + version);
        }
        return binary;
    }

    /** Fetches the release archive from GitHub and unpacks the binary; {@code tar} is on every supported OS. */
    private void download(String version, Path binary) throws IOException, InterruptedException {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? "darwin" : "linux";
        String arch = System.getProperty("os.arch").matches("aarch64|arm64") ? "arm64" : "amd64";
        String name = "abctl-" + version + "-" + os + "-" + arch;
        URI uri = URI.create("https://github.com/airbytehq/abctl/releases/download/" + version + "/" + name + ".tar.gz");
        Path dir = binary.getParent();
        Files.createDirectories(dir);
        Path archive = dir.resolve(name + ".tar.gz");
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new HookFailure("hook airbyte-install: downloading " + uri + " answered HTTP " + response.statusCode()
                    + "; install abctl " + version + " yourself and set ONERING_ABCTL to its path");
        }
        try (InputStream body = response.body()) {
            Files.copy(body, archive, StandardCopyOption.REPLACE_EXISTING);
        }
        run(List.of("tar", "-xzf", archive.toString(), "-C", dir.toString()), Map.of(), QUICK, "tar");
        Files.move(dir.resolve(name).resolve("abctl"), binary, StandardCopyOption.REPLACE_EXISTING);
        Files.delete(archive);
    }

    private CommandRunner.Result run(List<String> argv, Map<String, String> env, Duration timeout, String what)
            throws IOException, InterruptedException {
        CommandRunner.Result result = runner.run(argv, env, timeout);
        if (!result.succeeded()) {
            throw new HookFailure("hook airbyte-install: " + what + " failed (exit " + result.exitCode() + "): " + tail(clean(result.output())));
        }
        return result;
    }

    private static String clean(String output) {
        return ANSI.matcher(output).replaceAll("");
    }

    private static String tail(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }
}
