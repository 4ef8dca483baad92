package com.onering.deploy.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.ConfigProblem;
import com.onering.config.HostSettings;
import com.onering.config.TargetConfig;
import com.onering.model.MemorySize;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import com.onering.process.CommandRunner;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host bootstrap for real, on a fresh Debian 12 host made on this machine (tests/vps/run.sh: debootstrap, systemd,
 * OpenSSH with the admin's key for root): the check, then the script exactly as the stack's {@code remote:Command}
 * declares it (its login command, the script on standard input), run twice over SSH with the host key pinned. Each
 * result is verified by an independent client: the docker CLI over {@code ssh://} as the deploy user, TCP connects
 * from outside to a port the firewall must close and to SSH, and the host's own systemctl and nft.
 */
@Tag("vps")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostBootstrapVpsTest {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);
    private static final String ADDRESS = System.getenv("ONERING_TEST_VPS_ADDRESS");
    /** sshd's second port on the test host: open before the bootstrap, closed by its firewall after. */
    private static final int CLOSED_BY_FIREWALL = 2222;

    @TempDir
    static Path temp;

    private static TargetConfig target() throws IOException {
        HostSettings settings = new HostSettings("root", System.getenv("ONERING_TEST_VPS_HOST_KEY"),
                Files.readString(Path.of(System.getenv("ONERING_TEST_VPS_ADMIN_KEY"))));
        return TargetConfig.remoteDocker("ssh://deploy@" + ADDRESS, Optional.of(settings));
    }

    /** OpenSSH with only the test's pin and key, as {@code user}; {@code remote} the command it runs there. */
    private static List<String> ssh(String user, String... remote) throws IOException {
        Path knownHosts = temp.resolve("known_hosts");
        Files.writeString(knownHosts, ADDRESS + " " + System.getenv("ONERING_TEST_VPS_HOST_KEY") + "\n");
        List<String> argv = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
                "-i", System.getenv("ONERING_TEST_VPS_ADMIN_KEY"), "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "StrictHostKeyChecking=yes", user + "@" + ADDRESS));
        argv.addAll(List.of(remote));
        return argv;
    }

    private static CommandRunner.Result run(List<String> argv, String stdin) throws IOException, InterruptedException {
        Path input = Files.writeString(Files.createTempFile(temp, "stdin", ""), stdin);
        List<String> withInput = List.of("sh", "-c", "exec \"$@\" < \"$0\"", input.toString());
        List<String> all = new ArrayList<>(withInput);
        all.addAll(argv);
        return CommandRunner.processes().run(all, Map.of(), RUN_TIMEOUT);
    }

    private static HostBootstrap.HostFacts bootstrap() throws IOException, InterruptedException {
        HostBootstrap bootstrap = HostBootstrap.of(target(), ConfigFiles.projectDefault()).orElseThrow();
        CommandRunner.Result result = run(ssh("root", bootstrap.loginCommand()), bootstrap.script());
        assertTrue(result.succeeded(), result.stderr());
        return HostBootstrap.HostFacts.find(result.stdout()).orElseThrow(() -> new AssertionError(result.stdout()));
    }

    /** Whether the host accepts a TCP connect on {@code port}; bounded generously, as a loaded machine answers late. */
    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ADDRESS, port), 60_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The first bytes the server behind {@code port} sends; bounded generously, as a loaded machine answers late. */
    private static String banner(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ADDRESS, port), 60_000);
            socket.setSoTimeout(60_000);
            return new String(socket.getInputStream().readNBytes(15), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /**
     * Whether a connect to {@code port} goes unanswered, as when a firewall drops the SYN: neither accepted nor refused.
     * A dropped SYN is never answered, so the short wait only bounds the wait for what does not come.
     */
    private static boolean dropped(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(ADDRESS, port), 5_000);
            return false;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @Order(1)
    void aFreshHostPassesTheCheckWithoutDockerAndNamesABudgetItLacks() throws IOException {
        assertEquals(List.of(), RemoteHostCheck.overSsh().check(target(), Optional.of(MemorySize.gibibytes(1))));
        List<ConfigProblem> tooBig = RemoteHostCheck.overSsh().check(target(), Optional.of(MemorySize.gibibytes(4096)));
        assertEquals(List.of("onering:hostMemory"), tooBig.stream().map(ConfigProblem::key).toList());
        assertTrue(accepts(CLOSED_BY_FIREWALL), "before the bootstrap nothing filters the test host's second sshd port");
    }

    @Test
    @Order(2)
    void theFirstRunMakesTheHostADockerHostAndTheSecondChangesNothing() throws IOException, InterruptedException {
        HostBootstrap.HostFacts first = bootstrap();
        assertTrue(first.changed().contains("installed docker.io nftables unattended-upgrades"), first.changed().toString());
        assertTrue(first.changed().contains("user deploy"), first.changed().toString());
        assertTrue(first.docker().matches("\\d+\\.\\d+.*"), first.docker());
        long memTotalKib = Long.parseLong(Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", ""));
        assertEquals(memTotalKib / 1024, first.memoryMib(), "the test host shares this machine's kernel and memory");
        assertEquals(Runtime.getRuntime().availableProcessors() > 0, first.cores() > 0);

        HostBootstrap.HostFacts second = bootstrap();
        assertEquals(List.of(), second.changed());
    }

    @Test
    @Order(3)
    void theDeployUserDrivesDockerOverSsh() throws IOException, InterruptedException {
        // The docker CLI runs `ssh`: a wrapper first on PATH gives it the test's pin and key, as ~/.ssh would.
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path wrapper = bin.resolve("ssh");
        List<String> base = ssh("x");
        // Debian's ssh by its path: the wrapper is itself "ssh" on PATH.
        Files.writeString(wrapper, "#!/bin/sh\nexec /usr/bin/" + String.join(" ", base.subList(0, base.size() - 1)) + " \"$@\"\n");
        assertTrue(wrapper.toFile().setExecutable(true));
        CommandRunner.Result version = CommandRunner.processes().run(List.of("docker", "version", "--format", "{{.Server.Version}}"),
                Map.of("DOCKER_HOST", "ssh://deploy@" + ADDRESS, "PATH", bin + ":" + System.getenv("PATH")), RUN_TIMEOUT);
        assertTrue(version.succeeded(), version.stderr());
        assertTrue(version.stdout().strip().matches("\\d+\\.\\d+.*"), version.stdout());
        CommandRunner.Result volume = CommandRunner.processes().run(List.of("docker", "volume", "create", "onering-test-data"),
                Map.of("DOCKER_HOST", "ssh://deploy@" + ADDRESS, "PATH", bin + ":" + System.getenv("PATH")), RUN_TIMEOUT);
        assertTrue(volume.succeeded(), volume.stderr());
    }

    @Test
    @Order(4)
    void theFirewallLetsInOnlySshAndThePublicEntry() throws IOException, InterruptedException {
        assertTrue(accepts(22));
        assertTrue(dropped(CLOSED_BY_FIREWALL), "the bootstrap's firewall drops every port but 22, 80 and 443");
        CommandRunner.Result rules = run(ssh("root", "nft", "list", "table", "inet", "onering_host"), "");
        assertTrue(rules.succeeded(), rules.stderr());
        assertTrue(rules.stdout().contains("policy drop;") && rules.stdout().contains("tcp dport { 22, 80, 443 } accept"), rules.stdout());
    }

    /**
     * A port published outside the plan (as abctl's kind node publishes Airbyte's 8000 on every address) is forwarded by
     * Docker past the input chain; the bootstrap's forward chain drops it unless it is a public entry port. Made here as
     * Docker makes a published port: a listener in a network namespace behind a veth (the host's sshd started there, on
     * its configured ports), a DNAT rule in the nat table's PREROUTING for 8000 and for 443, and Docker's accept in
     * FORWARD for that interface. The nft listing shows the ports as "invalid type", nft 1.0.6's display of a set of
     * conntrack ports; they match as ports, which the two connects prove.
     */
    @Test
    @Order(5)
    void portsPublishedOutsideThePlanAreDroppedAndThePublicEntrysAreForwarded() throws IOException, InterruptedException {
        CommandRunner.Result published = run(ssh("root", "bash", "-s"), """
                set -eu
                ip netns add published
                ip link add onr-host type veth peer name onr-ns
                ip link set onr-ns netns published
                ip addr add 10.231.0.1/24 dev onr-host && ip link set onr-host up
                ip netns exec published ip addr add 10.231.0.2/24 dev onr-ns
                ip netns exec published ip link set onr-ns up
                ip netns exec published ip route add default via 10.231.0.1
                ip netns exec published /usr/sbin/sshd -o PidFile=/run/sshd-published.pid
                for port in 8000 443; do
                  iptables -t nat -A PREROUTING -p tcp --dport "$port" -j DNAT --to-destination 10.231.0.2:22
                done
                iptables -I FORWARD -o onr-host -j ACCEPT
                iptables -I FORWARD -i onr-host -j ACCEPT
                """);
        assertTrue(published.succeeded(), published.stderr());
        assertEquals("SSH-2.0-OpenSSH", banner(443), "the public entry's port reaches what it is forwarded to");
        assertTrue(dropped(8000), "a port published outside the plan is dropped");
        CommandRunner.Result rules = run(ssh("root", "nft", "list", "chain", "inet", "onering_host", "forward"), "");
        assertTrue(rules.stdout().contains("ct status dnat") && rules.stdout().contains("meta l4proto udp drop"), rules.stdout());
    }

    /**
     * The tunnel scripts/up.sh holds for the providers, from the arguments the stack gives (bin/onering tunnel): the
     * test host's sshd listens on its loopback on the ports the stack's PostgreSQL and Keycloak publish there, so the
     * SSH banner read through each forward proves the forward ends on the host's loopback.
     */
    @Test
    @Order(6)
    void theProvidersTunnelEndsOnTheHostsLoopback() throws IOException, InterruptedException {
        Platform platform = Platforms.assemble("""
                  onering:dockerHost: ssh://deploy@%s
                  onering:portOffset: 30000
                  onering:profiles: [core, security]
                  onering:host:
                    hostKey: %s
                    privateKey:
                      secure: v1:AAAABBBB
                """.formatted(ADDRESS, System.getenv("ONERING_TEST_VPS_HOST_KEY")));
        ProviderTunnel tunnel = ProviderTunnel.of(platform);
        assertEquals(new ProviderTunnel("root@" + ADDRESS, 22, List.of(35432, 38180)), tunnel);
        List<String> argv = new ArrayList<>(ssh("x").subList(0, ssh("x").size() - 1));
        argv.addAll(tunnel.sshArguments());
        Process ssh = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(temp.resolve("tunnel.log").toFile()).start();
        try {
            for (int port : tunnel.ports()) {
                assertEquals("SSH-2.0-OpenSSH", bannerThrough(port, ssh));
            }
        } finally {
            ssh.destroy();
        }
    }

    /** The first bytes a server sends through the local end of a forward, once the tunnel is up (bounded polls). */
    private static String bannerThrough(int port, Process ssh) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 120 && ssh.isAlive(); attempt++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                byte[] banner = socket.getInputStream().readNBytes(15);
                if (banner.length == 15) {
                    return new String(banner, java.nio.charset.StandardCharsets.US_ASCII);
                }
            } catch (IOException notYet) {
                // The forward is not listening yet, or the far end closed: try again.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no banner through 127.0.0.1:" + port + ": " + Files.readString(temp.resolve("tunnel.log")));
    }

    @Test
    @Order(7)
    void securityUpgradesRunUnattendedAndTheServicesStartAtBoot() throws IOException, InterruptedException {
        CommandRunner.Result enabled = run(ssh("root", "systemctl", "is-enabled", "docker", "nftables", "unattended-upgrades"), "");
        assertEquals("enabled\nenabled\nenabled\n", enabled.stdout(), enabled.stderr());
        CommandRunner.Result periodic = run(ssh("root", "apt-config", "dump", "APT::Periodic"), "");
        assertTrue(periodic.stdout().contains("APT::Periodic::Unattended-Upgrade \"1\";"), periodic.stdout());
    }

    /**
     * Last, as it installs cloud-init on the test host: the generated user data passes cloud-init's own schema
     * validation and, given to cloud-init's NoCloud data source, writes the script and runs it through its runcmd and
     * scripts_user modules, as at a first boot: the same bootstrap, which finds nothing to change.
     * The test's cloud-init settings keep the host's SSH keys and root login, which later logins here rely on.
     */
    @Test
    @Order(8)
    void theCloudInitFileRunsTheSameBootstrapThroughCloudInit() throws IOException, InterruptedException {
        CommandRunner.Result install = run(ssh("root", "apt-get install -y -q --no-install-recommends cloud-init >/dev/null"), "");
        assertTrue(install.succeeded(), install.stderr());
        String testSettings = "datasource_list: [NoCloud]\nssh_deletekeys: false\nssh_genkeytypes: []\ndisable_root: false\n";
        assertTrue(run(ssh("root", "cat > /etc/cloud/cloud.cfg.d/99-onering-test.cfg"), testSettings).succeeded());
        String userData = HostBootstrap.of(target(), ConfigFiles.projectDefault()).orElseThrow().cloudInit();
        String seed = "/var/lib/cloud/seed/nocloud";
        assertTrue(run(ssh("root", "mkdir -p " + seed + " && cat > " + seed + "/user-data && printf 'instance-id: onering-test\\n' > "
                + seed + "/meta-data"), userData).succeeded());

        CommandRunner.Result schema = run(ssh("root", "cloud-init", "schema", "--config-file", seed + "/user-data"), "");
        assertTrue(schema.succeeded() && schema.stdout().contains("Valid"), schema.stdout() + schema.stderr());
        // The modules the file uses, one by one: others of a first boot (locale, networking) fail in a container.
        CommandRunner.Result boot = run(ssh("root", "cloud-init init >/dev/null"
                + " && cloud-init single --name write_files --frequency always >/dev/null"
                + " && cloud-init single --name runcmd --frequency always >/dev/null"
                + " && cloud-init single --name scripts_user --frequency always >/dev/null"
                + " && tail -n 1 /var/log/onering-bootstrap.log"), "");
        assertTrue(boot.succeeded(), boot.stderr());
        assertEquals(List.of(), HostBootstrap.HostFacts.find(boot.stdout()).orElseThrow(() -> new AssertionError(boot.stdout())).changed());
    }
}
