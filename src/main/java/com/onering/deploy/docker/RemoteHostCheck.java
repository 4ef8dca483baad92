package com.onering.deploy.docker;

import com.onering.config.ConfigProblem;
import com.onering.model.MemorySize;
import com.onering.process.CommandRunner;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a remote Docker host over SSH before anything is declared, so a mistake is one message naming the setting
 * instead of a provider's error halfway through an update: the host is reachable, its key is the pinned one (host key
 * checking stays on), the user's key is accepted, it is Debian, it has the memory {@code onering:hostMemory} budgets
 * for, and the user can use Docker. One SSH session reads every fact.
 */
public final class RemoteHostCheck {
    /** What the host is asked; each fact on a line of its own, prefixed, so an unexpected line is never taken for one. */
    static final String FACTS_SCRIPT = ". /etc/os-release 2>/dev/null; echo \"os=$ID $VERSION_ID\"; "
            + "awk '/^MemTotal:/ {print \"memory_kib=\" $2}' /proc/meminfo; "
            + "echo \"docker=$(docker version --format '{{.Server.Version}}' 2>&1 | tr '\\n' ' ')\"";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String KEY = "dockerHost";
    /** How much more than the memory the kernel reports a budget may name (the kernel's own share of the RAM). */
    private static final int KERNEL_RESERVE_PERCENT = 10;

    /** The facts a host reported. */
    record Facts(String os, MemorySize memory, String docker) {
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

    /** Every problem of the host for this stack; empty when it is fit. */
    public List<ConfigProblem> check(String dockerHost, Optional<MemorySize> hostMemory) {
        URI uri = URI.create(dockerHost);
        String host = uri.getHost();
        List<String> argv = new ArrayList<>(ssh);
        argv.addAll(List.of("-o", "BatchMode=yes", "-o", "ConnectTimeout=15"));
        if (uri.getPort() > 0) {
            argv.addAll(List.of("-p", String.valueOf(uri.getPort())));
        }
        argv.add(uri.getUserInfo() == null ? host : uri.getUserInfo() + "@" + host);
        argv.add(FACTS_SCRIPT);
        CommandRunner.Result result;
        try {
            result = commands.run(argv, Map.of(), TIMEOUT);
        } catch (IOException e) {
            return List.of(ConfigProblem.of(KEY, "cannot check " + host + " over SSH: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(ConfigProblem.of(KEY, "the check of " + host + " was interrupted"));
        }
        if (!result.succeeded()) {
            return List.of(ConfigProblem.of(KEY, sshFailure(host, uri.getUserInfo(), uri.getPort() > 0 ? uri.getPort() : 22, result.stderr())));
        }
        return problems(host, uri.getUserInfo(), facts(result.stdout()), hostMemory);
    }

    /** What an ssh that ended with its own error (exit 255) says, as the fix the user makes. */
    static String sshFailure(String host, String user, int port, String stderr) {
        String said = stderr.strip();
        String lastLine = said.isEmpty() ? "no message" : said.substring(said.lastIndexOf('\n') + 1);
        if (said.contains("REMOTE HOST IDENTIFICATION HAS CHANGED")) {
            return "the host key of " + host + " is not the one pinned in known_hosts: if the host was re-installed, compare the "
                    + "fingerprint its provider shows with `ssh-keyscan -p " + port + " " + host + "` and replace the entry; otherwise do not connect";
        }
        if (said.contains("Host key verification failed") || said.contains("No ED25519 host key is known")
                || said.contains("No RSA host key is known") || said.contains("No ECDSA host key is known")) {
            return "the host key of " + host + " is not in known_hosts: compare the fingerprint its provider shows with `ssh-keyscan -p "
                    + port + " " + host + "` and add it (host key checking stays on)";
        }
        if (said.contains("Permission denied")) {
            return "the SSH key is refused for " + user + "@" + host + ": add your public key to ~" + user
                    + "/.ssh/authorized_keys there, or load the right key into ssh-agent";
        }
        if (said.contains("Could not resolve hostname") || said.contains("Connection refused") || said.contains("timed out")
                || said.contains("No route to host") || said.contains("Network is unreachable")) {
            return host + " cannot be reached on port " + port + " (" + lastLine + "): check the address and that sshd listens there";
        }
        return "ssh to " + user + "@" + host + " failed: " + lastLine;
    }

    static Facts facts(String stdout) {
        String os = "";
        MemorySize memory = MemorySize.mebibytes(0);
        String docker = "";
        for (String line : stdout.lines().toList()) {
            if (line.startsWith("os=")) {
                os = line.substring(3).strip();
            } else if (line.startsWith("memory_kib=") && line.substring(11).strip().matches("\\d+")) {
                memory = MemorySize.mebibytes(Long.parseLong(line.substring(11).strip()) / 1024);
            } else if (line.startsWith("docker=")) {
                docker = line.substring(7).strip();
            }
        }
        return new Facts(os, memory, docker);
    }

    static List<ConfigProblem> problems(String host, String user, Facts facts, Optional<MemorySize> hostMemory) {
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
        if (!facts.docker().matches("\\d+\\.\\d+.*")) {
            problems.add(ConfigProblem.of(KEY, user + " cannot use Docker on " + host + " (" + (facts.docker().isBlank() ? "no answer" : facts.docker())
                    + "): install Debian's docker.io there and add " + user + " to the docker group"));
        }
        return problems;
    }
}
