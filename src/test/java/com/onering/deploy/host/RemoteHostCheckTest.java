package com.onering.deploy.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.ConfigProblem;
import com.onering.config.HostSettings;
import com.onering.config.TargetConfig;
import com.onering.process.CommandRunner;
import com.onering.model.MemorySize;
import com.onering.testsupport.TestServers;
import com.onering.testsupport.TestServers.Sshd;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remote host check against a real OpenSSH server on loopback (the sshd test server: this machine's Debian,
 * no Docker engine for its sessions), each mistake a user makes with a remote host made for real: an unknown or
 * changed host key, a refused key, a closed port, a memory budget the host does not have. The host's memory is read
 * independently from /proc/meminfo.
 */
@Tag("integration")
class RemoteHostCheckTest {
    private static Sshd sshd;

    @TempDir
    Path temp;

    @BeforeAll
    static void server() {
        sshd = TestServers.sshd();
    }

    @Test
    void aReachableDebianHostReportsItsFactsAndTheDockerItLacks() throws IOException {
        List<ConfigProblem> problems = check(sshd.clientKey(), sshd.knownHosts(), sshd.port(), Optional.of(MemorySize.gibibytes(1)));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("onering:dockerHost", problems.get(0).key());
        assertTrue(problems.get(0).message().contains(sshd.login() + " cannot use Docker on 127.0.0.1")
                && problems.get(0).message().contains("docker group"), problems.get(0).message());
    }

    @Test
    void aMemoryBudgetAboveTheHostsMemoryNamesWhatTheHostHas() throws IOException {
        long memTotalKib = Long.parseLong(Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D", ""));
        MemorySize actual = MemorySize.mebibytes(memTotalKib / 1024);
        List<ConfigProblem> problems = check(sshd.clientKey(), sshd.knownHosts(), sshd.port(), Optional.of(MemorySize.gibibytes(4096)));
        ConfigProblem memory = problems.stream().filter(p -> p.key().equals("onering:hostMemory")).findFirst().orElseThrow();
        assertTrue(memory.message().contains("has " + actual), memory.message());
        // What the kernel keeps for itself is allowed: the reported memory itself is a fitting budget.
        assertTrue(check(sshd.clientKey(), sshd.knownHosts(), sshd.port(), Optional.of(actual)).stream()
                .noneMatch(p -> p.key().equals("onering:hostMemory")));
    }

    @Test
    void anUnknownHostKeyIsRefusedWithTheWayToPinIt() throws IOException {
        Path empty = Files.createFile(temp.resolve("known_hosts"));
        String message = only(check(sshd.clientKey(), empty, sshd.port(), Optional.empty()));
        assertTrue(message.contains("is not in known_hosts") && message.contains("ssh-keyscan -p " + sshd.port() + " 127.0.0.1"), message);
    }

    @Test
    void aChangedHostKeyIsRefused() throws IOException, InterruptedException {
        Path otherKey = temp.resolve("other");
        assertEquals(0, new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", otherKey.toString()).start().waitFor());
        Path pinnedElsewhere = Files.writeString(temp.resolve("known_hosts"),
                "[127.0.0.1]:" + sshd.port() + " " + Files.readString(Path.of(otherKey + ".pub")).split(" ")[0] + " "
                        + Files.readString(Path.of(otherKey + ".pub")).split(" ")[1] + "\n");
        String message = only(check(sshd.clientKey(), pinnedElsewhere, sshd.port(), Optional.empty()));
        assertTrue(message.contains("is not the one pinned in known_hosts"), message);
    }

    @Test
    void aKeyTheHostDoesNotKnowIsRefused() throws IOException, InterruptedException {
        Path stranger = temp.resolve("stranger");
        assertEquals(0, new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", stranger.toString()).start().waitFor());
        String message = only(check(stranger, sshd.knownHosts(), sshd.port(), Optional.empty()));
        assertTrue(message.contains("the SSH key is refused for " + sshd.login() + "@127.0.0.1"), message);
    }

    @Test
    void aClosedPortIsUnreachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String message = only(check(sshd.clientKey(), sshd.knownHosts(), closed, Optional.empty()));
        assertTrue(message.contains("127.0.0.1 cannot be reached on port " + closed) && message.contains("Connection refused"), message);
    }

    @Test
    void aHostThatIsNotDebianIsNamed() {
        RemoteHostCheck.Facts ubuntu = RemoteHostCheck.facts("os=ubuntu 24.04\nmemory_kib=8000000\ndocker=27.5.1\n");
        List<ConfigProblem> problems = RemoteHostCheck.problems("vps.example.com", "deploy", ubuntu, Optional.empty(), true);
        assertEquals(List.of(ConfigProblem.of("dockerHost", "vps.example.com runs 'ubuntu 24.04', not Debian: the platform's hosts are "
                + "Debian 12 (its Docker engine and packages)")), problems);
        assertEquals(List.of(), RemoteHostCheck.problems("vps.example.com", "deploy",
                RemoteHostCheck.facts("os=debian 12\nmemory_kib=8000000\ndocker=20.10.24+dfsg1\n"), Optional.of(MemorySize.gibibytes(8)), true));
    }

    private List<ConfigProblem> check(Path key, Path knownHosts, int port, Optional<MemorySize> budget) {
        List<String> ssh = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-o", "IdentitiesOnly=yes", "-i", key.toString(),
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "GlobalKnownHostsFile=/dev/null"));
        return new RemoteHostCheck(CommandRunner.processes(), ssh).check(target(port, Optional.empty()), budget);
    }

    private static TargetConfig target(int port, Optional<HostSettings> host) {
        return TargetConfig.remoteDocker("ssh://" + sshd.login() + "@127.0.0.1:" + port, host);
    }

    /** The check of a host the stack bootstraps: only its own key and pin, none of the user's SSH setup. */
    private List<ConfigProblem> checkBootstrap(Path key, String hostKey) throws IOException {
        HostSettings settings = new HostSettings(sshd.login(), hostKey, Files.readString(key));
        return new RemoteHostCheck(CommandRunner.processes(), List.of("ssh", "-F", "/dev/null"))
                .check(target(sshd.port(), Optional.of(settings)), Optional.of(MemorySize.gibibytes(1)));
    }

    /** The pinned key of the test server, as ssh-keyscan prints it without the host. */
    private static String serverHostKey() throws IOException {
        String[] knownHostsLine = Files.readString(sshd.knownHosts()).strip().split(" ");
        return knownHostsLine[1] + " " + knownHostsLine[2];
    }

    private Path newKey(String name) throws IOException, InterruptedException {
        Path key = temp.resolve(name);
        assertEquals(0, new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()).start().waitFor());
        return key;
    }

    @Test
    void aHostToBootstrapIsCheckedWithTheStacksKeyAndPinAndNeedsNoDockerYet() throws IOException {
        // The test server's sessions have no Docker engine; a bootstrap installs it, so only the admin's rights count.
        List<ConfigProblem> problems = checkBootstrap(sshd.clientKey(), serverHostKey());
        if (sshd.login().equals("root")) {
            assertEquals(List.of(), problems);
        } else {
            assertEquals("onering:host.adminUser", only(problems, "onering:host.adminUser").key());
        }
    }

    @Test
    void aBootstrapHostKeyThatIsNotTheHostsNamesTheSetting() throws IOException, InterruptedException {
        String otherKey = Files.readString(Path.of(newKey("other") + ".pub")).strip();
        ConfigProblem problem = only(checkBootstrap(sshd.clientKey(), otherKey), "onering:host.hostKey");
        assertTrue(problem.message().contains("is not the key 127.0.0.1 presents") && problem.message().contains("ssh-keygen -lf"), problem.message());
    }

    @Test
    void aBootstrapKeyTheHostRefusesNamesTheSetting() throws IOException, InterruptedException {
        ConfigProblem problem = only(checkBootstrap(newKey("stranger"), serverHostKey()), "onering:host.privateKey");
        assertTrue(problem.message().contains("is refused for " + sshd.login() + "@127.0.0.1"), problem.message());
    }

    @Test
    void aBootstrapNeedsDebian12AndAnAdminWhoIsRoot() {
        RemoteHostCheck.Facts debian11 = RemoteHostCheck.facts("os=debian 11\nmemory_kib=8000000\ndocker=\nroot=no\n");
        List<ConfigProblem> problems = RemoteHostCheck.bootstrapProblems("vps.example.com", "admin", debian11, Optional.empty());
        assertEquals(List.of("onering:dockerHost", "onering:host.adminUser"), problems.stream().map(ConfigProblem::key).toList());
        assertTrue(problems.get(0).message().contains("runs 'debian 11'"), problems.get(0).message());
        assertEquals(List.of(), RemoteHostCheck.bootstrapProblems("vps.example.com", "admin",
                RemoteHostCheck.facts("os=debian 12\nmemory_kib=8000000\ndocker=\nroot=sudo\n"), Optional.of(MemorySize.gibibytes(8))));
    }

    private static ConfigProblem only(List<ConfigProblem> problems, String key) {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(key, problems.get(0).key());
        return problems.get(0);
    }

    private static String only(List<ConfigProblem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("onering:dockerHost", problems.get(0).key());
        return problems.get(0).message();
    }
}
