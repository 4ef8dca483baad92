package com.onering.deploy.host;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.config.HostSettings;
import com.onering.config.TargetConfig;
import com.onering.platform.ConfigFiles;
import com.pulumi.command.remote.Command;
import com.pulumi.command.remote.CommandArgs;
import com.pulumi.command.remote.inputs.ConnectionArgs;
import com.pulumi.core.Output;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Makes the remote host of an {@code ssh://} stack a Docker host, as a {@code remote:Command} in the stack's graph:
 * {@code config/host/bootstrap.sh} with the stack's settings put above it, run as root over SSH with the pinned host
 * key. Everything on the host depends on it (the Docker provider's host is its output), so a fresh host is bootstrapped
 * before the first container, and an unchanged script is not run again. The same text is the cloud-init user data of
 * {@link #cloudInit}, for hosts made in a provider's console.
 */
public final class HostBootstrap {
    public static final String SCRIPT = "host/bootstrap.sh";
    /** The host ports anything may reach from outside: HTTP and HTTPS of the public entry, besides SSH's own. */
    public static final List<Integer> PUBLIC_PORTS = List.of(80, 443);

    private final Remote remote;
    private final HostSettings settings;
    private final String script;

    /** Where the program logs in: the host and SSH port of {@code onering:dockerHost}, the deploy user its user. */
    record Remote(String host, int port, String deployUser) {
        static Remote of(String dockerHost) {
            URI uri = URI.create(dockerHost);
            return new Remote(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 22, Optional.ofNullable(uri.getUserInfo()).orElse("root"));
        }
    }

    private HostBootstrap(Remote remote, HostSettings settings, String script) {
        this.remote = remote;
        this.settings = settings;
        this.script = script;
    }

    /** The bootstrap of the stack's host, or empty when the stack does not ask for one ({@code onering:host}). */
    public static Optional<HostBootstrap> of(TargetConfig target, ConfigFiles files) {
        return target.host().map(settings -> {
            Remote remote = Remote.of(target.dockerHost().orElseThrow());
            // The settings go below the "#!" line, so the cloud-init file's copy runs with bash as written.
            String script = files.read(SCRIPT);
            int firstLineEnd = script.indexOf('\n') + 1;
            return new HostBootstrap(remote, settings, script.substring(0, firstLineEnd) + settingsHeader(remote, settings)
                    + script.substring(firstLineEnd));
        });
    }

    /** The lines the script reads its settings from; every value was checked to be a user name or a number. */
    private static String settingsHeader(Remote remote, HostSettings settings) {
        List<Integer> ports = IntStream.concat(IntStream.of(remote.port()), PUBLIC_PORTS.stream().mapToInt(Integer::intValue))
                .distinct().boxed().toList();
        return "ONERING_ADMIN_USER=" + settings.adminUser() + "\n"
                + "ONERING_DEPLOY_USER=" + remote.deployUser() + "\n"
                + "ONERING_ALLOWED_TCP_PORTS='" + spaced(ports) + "'\n"
                + "ONERING_PUBLIC_TCP_PORTS='" + spaced(PUBLIC_PORTS) + "'\n";
    }

    private static String spaced(List<Integer> ports) {
        return String.join(" ", ports.stream().map(String::valueOf).toList());
    }

    /** What runs on the host: the script with the settings above its body. */
    public String script() {
        return script;
    }

    /** The command the admin's login runs, the script on its standard input: root's shell, or root's through sudo. */
    public String loginCommand() {
        return settings.adminIsRoot() ? "bash -s" : "sudo -n bash -s";
    }

    /**
     * Declares the bootstrap; its standard output is the host's facts line. The provider runs {@code create} again on
     * an update (there is no {@code update} command), so a changed script or setting is applied in place by the same
     * idempotent script, and nothing is removed from the host on a destroy (there is no {@code delete} either).
     */
    public Command declare(String name) {
        ConnectionArgs connection = ConnectionArgs.builder()
                .host(remote.host())
                .port((double) remote.port())
                .user(settings.adminUser())
                .privateKey(Output.ofSecret(settings.privateKey()))
                .hostKey(settings.hostKeyWithoutComment())
                .build();
        return new Command(name, CommandArgs.builder()
                .connection(connection)
                .create(loginCommand())
                .stdin(script)
                .build());
    }

    /**
     * The user data that runs the same bootstrap at a new host's first boot: for a host made in a provider's console
     * with the admin's key, so the stack's first {@code pulumi up} finds it done and changes nothing.
     */
    public String cloudInit() {
        StringBuilder yaml = new StringBuilder("#cloud-config\n"
                + "# The OneRing host bootstrap (config/host/bootstrap.sh with this stack's settings), run once at first boot.\n"
                + "# Its output is in /var/log/onering-bootstrap.log; `pulumi up` runs the same script and finds nothing to change.\n"
                + "write_files:\n"
                + "  - path: /usr/local/sbin/onering-bootstrap\n"
                + "    owner: root:root\n"
                + "    permissions: '0700'\n"
                + "    content: |\n");
        script.lines().forEach(line -> yaml.append(line.isEmpty() ? "" : "      " + line).append('\n'));
        yaml.append("runcmd:\n")
                .append("  - [sh, -c, '/usr/local/sbin/onering-bootstrap > /var/log/onering-bootstrap.log 2>&1']\n");
        return yaml.toString();
    }

    /** What a bootstrap run reports on its last line ({@code onering-host {json}}). */
    public record HostFacts(int cores, long memoryMib, long diskFreeGib, String docker, List<String> changed) {
        public static final String PREFIX = "onering-host ";

        /** The facts of the last facts line of a run's output; empty when there is none (a plan's stand-in output). */
        public static Optional<HostFacts> find(String stdout) {
            return stdout.lines().filter(l -> l.startsWith(PREFIX)).reduce((first, second) -> second).map(line -> {
                JsonObject json = JsonParser.parseString(line.substring(PREFIX.length())).getAsJsonObject();
                List<String> changed = json.getAsJsonArray("changed").asList().stream().map(e -> e.getAsString()).toList();
                return new HostFacts(json.get("cores").getAsInt(), json.get("memoryMib").getAsLong(), json.get("diskFreeGib").getAsLong(),
                        json.get("docker").getAsString(), changed);
            });
        }

        /** The facts as a stack output shows them. */
        public Map<String, Object> asOutput() {
            // Integers: Pulumi's Java serializer refuses Long (the first real pulumi up failed on it).
            return Map.of("cores", cores, "memoryMib", Math.toIntExact(memoryMib), "diskFreeGib", Math.toIntExact(diskFreeGib),
                    "docker", docker);
        }
    }
}
