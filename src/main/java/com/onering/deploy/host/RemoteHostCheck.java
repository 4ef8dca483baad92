package com.onering.deploy.host;

import com.onering.config.ConfigProblem;
import com.onering.config.HostSettings;
import com.onering.config.TargetConfig;
import com.onering.model.MemorySize;
import com.onering.process.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a remote Docker host over SSH before anything is declared, so a mistake is one message naming the setting
 * instead of a provider's error halfway through an update: the host is reachable, its key is the pinned one (host key
 * checking stays on), the user's key is accepted, it is Debian, it has the memory {@code onering:hostMemory} budgets
 * for, and the user can use Docker. A host the stack bootstraps is checked for what the bootstrap needs instead: Debian
 * 12, and an admin who is root or may use sudo. One SSH session reads every fact.
 */
public final class RemoteHostCheck {
    /** What the host is asked; each fact on a line of its own, prefixed, so an unexpected line is never taken for one. */
    static final String FACTS_SCRIPT = ". /etc/os-release 2>/dev/null; echo \"os=$ID $VERSION_ID\"; "
            + "awk '/^MemTotal:/ {print \"memory_kib=\" $2}' /proc/meminfo; "
            + "echo \"docker=$(docker version --format '{{.Server.Version}}' 2>&1 | tr '\\n' ' ')\"; "
            + "if [ \"$(id -u)\" = 0 ]; then echo root=root; elif sudo -n true 2>/dev/null; then echo root=sudo; else echo root=no; fi";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String KEY = "dockerHost";
    /** How much more than the memory the kernel reports a budget may name (the kernel's own share of the RAM). */
    private static final int KERNEL_RESERVE_PERCENT = 10;

    /** The facts a host reported. */
    record Facts(String os, MemorySize memory, String docker, String root) {
    }

    private final CommandRunner commands;
    private final List<String> ssh;

    /** @param ssh the ssh command and any options before the destination (a test's own known_hosts, identity) */
    public RemoteHostCheck(CommandRunner commands, List<String> ssh) {
        this.commands = commands;
        this.ssh = List.copyOf(ssh);
    }

    public static RemoteHostCheck overSsh() {
        return new RemoteHostCheck(CommandRunner.processes(), List.of("ssh"));
    }

    /**
     * Every problem of the stack's remote host; empty when it is fit. A host the stack bootstraps ({@code onering:host})
     * is checked as its admin user, with the stack's key and only its pinned host key, and needs no Docker yet; any
     * other host as the deploy user of {@code onering:dockerHost} through the user's own SSH setup, with Docker.
     */
    public List<ConfigProblem> check(TargetConfig target, Optional<MemorySize> hostMemory) {
        HostBootstrap.Remote remote = HostBootstrap.Remote.of(target.dockerHost().orElseThrow());
        if (target.host().isEmpty()) {
            return check(remote, remote.deployUser(), List.of(), Optional.empty(), hostMemory);
        }
        HostSettings settings = target.host().get();
        Path pins = null;
        try {
            pins = Files.createTempDirectory("onering-host-check");
            Path knownHosts = Files.writeString(pins.resolve("known_hosts"), knownHostsLine(remote, settings) + "\n");
            Path key = Files.createFile(pins.resolve("key"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(key, settings.privateKey());
            List<String> pinned = List.of("-o", "UserKnownHostsFile=" + knownHosts, "-o", "GlobalKnownHostsFile=/dev/null",
                    "-o", "StrictHostKeyChecking=yes", "-o", "IdentitiesOnly=yes", "-i", key.toString());
            return check(remote, settings.adminUser(), pinned, Optional.of(settings), hostMemory);
        } catch (IOException e) {
            return List.of(ConfigProblem.of(KEY, "cannot write the pinned host key for the check: " + e.getMessage()));
        } finally {
            deleteQuietly(pins);
        }
    }

    /** The host's pinned key as a known_hosts line: OpenSSH names a host on another port than 22 {@code [host]:port}. */
    static String knownHostsLine(HostBootstrap.Remote remote, HostSettings settings) {
        String name = remote.port() == 22 ? remote.host() : "[" + remote.host() + "]:" + remote.port();
        return name + " " + settings.hostKeyWithoutComment();
    }

    private List<ConfigProblem> check(HostBootstrap.Remote remote, String user, List<String> options, Optional<HostSettings> bootstrap,
            Optional<MemorySize> hostMemory) {
        List<String> argv = new ArrayList<>(ssh);
        argv.addAll(options);
        argv.addAll(List.of("-o", "BatchMode=yes", "-o", "ConnectTimeout=15", "-p", String.valueOf(remote.port()), user + "@" + remote.host(), FACTS_SCRIPT));
        CommandRunner.Result result;
        try {
            result = commands.run(argv, Map.of(), TIMEOUT);
        } catch (IOException e) {
            return List.of(ConfigProblem.of(KEY, "cannot check " + remote.host() + " over SSH: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(ConfigProblem.of(KEY, "the check of " + remote.host() + " was interrupted"));
        }
        if (!result.succeeded()) {
            return List.of(loginFailure(remote, user, result.stderr(), bootstrap.isPresent()));
        }
        Facts facts = facts(result.stdout());
        return bootstrap.isPresent() ? bootstrapProblems(remote.host(), user, facts, hostMemory) : problems(remote.host(), user, facts, hostMemory, true);
    }

    static List<ConfigProblem> bootstrapProblems(String host, String user, Facts facts, Optional<MemorySize> hostMemory) {
        // Docker is what the bootstrap installs.
        List<ConfigProblem> problems = problems(host, user, facts, hostMemory, false);
        if (facts.os().toLowerCase(Locale.ROOT).startsWith("debian ") && !facts.os().equals("debian 12")) {
            problems.add(ConfigProblem.of(KEY, host + " runs '" + facts.os() + "': the bootstrap installs Debian 12's packages; use a Debian 12 image"));
        }
        if (!facts.root().equals("root") && !facts.root().equals("sudo")) {
            problems.add(ConfigProblem.of("host.adminUser", user + " on " + host + " is neither root nor allowed password-less sudo; "
                    + "use root or a user with NOPASSWD sudo (as the provider's image makes its default user)"));
        }
        return problems;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind holds a key readable by its owner only.
        }
    }

    /**
     * What an ssh that ended with its own error (exit 255) says, as the fix the user makes. A host the stack bootstraps
     * is logged in to with the stack's own pin and key: those mistakes name the {@code onering:host} setting to fix.
     */
    static ConfigProblem loginFailure(HostBootstrap.Remote remote, String user, String stderr, boolean stackPinned) {
        String host = remote.host();
        int port = remote.port();
        String said = stderr.strip();
        String lastLine = said.isEmpty() ? "no message" : said.substring(said.lastIndexOf('\n') + 1);
        boolean keyMismatch = said.contains("REMOTE HOST IDENTIFICATION HAS CHANGED");
        boolean keyUnknown = said.contains("Host key verification failed") || said.contains("No ED25519 host key is known")
                || said.contains("No RSA host key is known") || said.contains("No ECDSA host key is known");
        if (stackPinned && (keyMismatch || keyUnknown)) {
            return ConfigProblem.of("host.hostKey", "is not the key " + host + " presents: compare the fingerprint its "
                    + "provider shows with `ssh-keyscan -p " + port + " " + host + " | ssh-keygen -lf -`; if the host was "
                    + "re-installed, set the new key, otherwise do not connect");
        }
        if (keyMismatch) {
            return ConfigProblem.of(KEY, "the host key of " + host + " is not the one pinned in known_hosts: if the host was re-installed, compare the "
                    + "fingerprint its provider shows with `ssh-keyscan -p " + port + " " + host + "` and replace the entry; otherwise do not connect");
        }
        if (keyUnknown) {
            return ConfigProblem.of(KEY, "the host key of " + host + " is not in known_hosts: compare the fingerprint its provider shows with "
                    + "`ssh-keyscan -p " + port + " " + host + "` and add it (host key checking stays on)");
        }
        if (said.contains("Permission denied")) {
            return stackPinned
                    ? ConfigProblem.of("host.privateKey", "is refused for " + user + "@" + host + ": its public key must be in ~"
                            + user + "/.ssh/authorized_keys there (the provider's console adds it when the host is made)")
                    : ConfigProblem.of(KEY, "the SSH key is refused for " + user + "@" + host + ": add your public key to ~" + user
                            + "/.ssh/authorized_keys there, or load the right key into ssh-agent");
        }
        if (said.contains("Could not resolve hostname") || said.contains("Connection refused") || said.contains("timed out")
                || said.contains("No route to host") || said.contains("Network is unreachable")) {
            return ConfigProblem.of(KEY, host + " cannot be reached on port " + port + " (" + lastLine + "): check the address and that sshd listens there");
        }
        return ConfigProblem.of(KEY, "ssh to " + user + "@" + host + " failed: " + lastLine);
    }

    static Facts facts(String stdout) {
        String os = "";
        MemorySize memory = MemorySize.mebibytes(0);
        String docker = "";
        String root = "";
        for (String line : stdout.lines().toList()) {
            if (line.startsWith("os=")) {
                os = line.substring(3).strip();
            } else if (line.startsWith("memory_kib=") && line.substring(11).strip().matches("\\d+")) {
                memory = MemorySize.mebibytes(Long.parseLong(line.substring(11).strip()) / 1024);
            } else if (line.startsWith("docker=")) {
                docker = line.substring(7).strip();
            } else if (line.startsWith("root=")) {
                root = line.substring(5).strip();
            }
        }
        return new Facts(os, memory, docker, root);
    }

    static List<ConfigProblem> problems(String host, String user, Facts facts, Optional<MemorySize> hostMemory, boolean dockerNeeded) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!facts.os().toLowerCase(Locale.ROOT).startsWith("debian ")) {
            problems.add(ConfigProblem.of(KEY, host + " runs " + (facts.os().isBlank() ? "an unknown system" : "'" + facts.os() + "'")
                    + ", not Debian: the platform's hosts are Debian 12 (its Docker engine and packages)"));
        }
        // The kernel keeps some memory for itself: an 8 GiB server reports about 7.7 GiB, which an 8Gi budget may name.
        MemorySize withKernelReserve = new MemorySize(facts.memory().bytes() / 100 * (100 + KERNEL_RESERVE_PERCENT));
        hostMemory.filter(budget -> budget.compareTo(withKernelReserve) > 0).ifPresent(budget -> problems.add(ConfigProblem.of("hostMemory",
                "is " + budget + " but " + host + " has " + facts.memory() + ": set it to at most that, so the memory check "
                        + "budgets what the host has")));
        if (dockerNeeded && !facts.docker().matches("\\d+\\.\\d+.*")) {
            problems.add(ConfigProblem.of(KEY, user + " cannot use Docker on " + host + " (" + (facts.docker().isBlank() ? "no answer" : facts.docker())
                    + "): install Debian's docker.io there and add " + user + " to the docker group"));
        }
        return problems;
    }
}
