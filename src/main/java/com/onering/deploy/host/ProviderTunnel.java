package com.onering.deploy.host;

import com.onering.config.HostSettings;
import com.onering.identity.ProviderServers;
import com.onering.model.PortSpec;
import com.onering.model.Template.EndpointRef;
import com.onering.model.Tier;
import com.onering.platform.Platform;
import java.util.ArrayList;
import java.util.List;

/**
 * The SSH tunnel that carries the deploying machine's providers to a remote host: each provider server's published
 * port on this machine's loopback forwarded to the same port on the host's loopback, where the server binds. Opened
 * by {@code scripts/up.sh} for the run of {@code pulumi} (which cannot hold a tunnel itself: destroy and refresh do
 * not run the program) as the user the bootstrap logs in as when the stack has one (on a first run the deploy user
 * does not exist yet), the deploy user otherwise.
 */
public record ProviderTunnel(String destination, int sshPort, List<Integer> ports) {
    public ProviderTunnel {
        ports = List.copyOf(ports);
    }

    /** The tunnel of a stack on a remote Docker host; empty ports when its providers reach nothing there. */
    public static ProviderTunnel of(Platform platform) {
        HostBootstrap.Remote remote = HostBootstrap.Remote.of(platform.config().target().dockerHost().orElseThrow());
        String user = platform.config().target().host().map(HostSettings::adminUser).orElse(remote.deployUser());
        List<Integer> ports = new ArrayList<>();
        for (EndpointRef server : ProviderServers.of(platform)) {
            PortSpec port = platform.port(server.workload(), server.port());
            Tier tier = platform.workload(server.workload()).orElseThrow().tier();
            // A server published on a private address is reached there directly; only the host's loopback needs SSH.
            if (platform.config().target().bindAddress(tier, port).startsWith("127.")) {
                ports.add(port.hostPort());
            }
        }
        return new ProviderTunnel(user + "@" + remote.host(), remote.port(), ports);
    }

    /**
     * The arguments of {@code ssh} that hold the tunnel: no command, failing at once when a local port is taken (a
     * server of this machine's own on 5432, say) instead of forwarding nothing.
     */
    public List<String> sshArguments() {
        List<String> argv = new ArrayList<>(List.of("-N", "-o", "ExitOnForwardFailure=yes", "-p", String.valueOf(sshPort)));
        for (int port : ports) {
            argv.addAll(List.of("-L", "127.0.0.1:" + port + ":127.0.0.1:" + port));
        }
        argv.add(destination);
        return argv;
    }
}
