package com.onering.config;

import com.onering.model.PortSpec;
import com.onering.model.Tier;
import java.util.Optional;

/**
 * Where the platform runs. {@code dockerHost} empty means the local Docker socket; {@code ssh://user@host} is a
 * remote VPS, which the program bootstraps itself when {@code host} is set ({@link HostSettings}) and serves over HTTPS
 * through one reverse proxy on its ports 80 and 443 when {@code publicEntry} is set ({@link PublicEntrySettings}). Application and UI ports bind to {@code publishAddress}; data stores always bind to the Docker host's
 * loopback ({@link #DATA_STORE_ADDRESS}): the database and realm providers reach them from the deploying machine
 * (through an SSH tunnel for a remote host, whose hooks run inside its networks), and nothing else outside the host can. {@code portOffset} is added to
 * every published host port, so stacks sharing one Docker host (a pull request's demo stack beside dev) never clash;
 * their container, network and volume names already differ by the stack name they carry. A {@code kubernetes} target
 * has {@link KubernetesSettings} instead, and none of the Docker settings.
 */
public record TargetConfig(Kind kind, Optional<String> dockerHost, Optional<HostSettings> host, Optional<PublicEntrySettings> publicEntry,
        String publishAddress, int portOffset, Optional<KubernetesSettings> kubernetes) {
    /** The largest offset: the platform's highest default port (Garage's 3903 and similar sit far below) stays a port. */
    public static final int MAX_PORT_OFFSET = 40_000;

    public static final String DATA_STORE_ADDRESS = "127.0.0.1";
    private static final String EVERY_INTERFACE = "0.0.0.0";

    public enum Kind { DOCKER, KUBERNETES }

    public static TargetConfig localDocker() {
        return new TargetConfig(Kind.DOCKER, Optional.empty(), Optional.empty(), Optional.empty(), DATA_STORE_ADDRESS, 0, Optional.empty());
    }

    /** A remote Docker host over SSH, with its bootstrap settings: for code and tests that build one directly. */
    public static TargetConfig remoteDocker(String sshDockerHost, Optional<HostSettings> host) {
        return new TargetConfig(Kind.DOCKER, Optional.of(sshDockerHost), host, Optional.empty(), DATA_STORE_ADDRESS, 0, Optional.empty());
    }

    /**
     * The host address a published port binds to: every interface for the public entry's ports alone; the Docker host's
     * loopback for data stores and ports declared loopback-only, whatever the stack publishes its applications on; the
     * stack's {@code publishAddress} for the rest.
     */
    public String bindAddress(Tier tier, PortSpec port) {
        if (port.reach() == PortSpec.Reach.EVERY_INTERFACE) {
            return EVERY_INTERFACE;
        }
        return tier == Tier.DATA_STORE || port.loopbackOnly() ? DATA_STORE_ADDRESS : publishAddress;
    }

    /** Whether the Docker host is reached over SSH: a remote host the program checks, and may bootstrap, itself. */
    public boolean overSsh() {
        return dockerHost.filter(host -> host.startsWith("ssh://")).isPresent();
    }

    public boolean isLocal() {
        return dockerHost.isEmpty() || dockerHost.get().startsWith("unix://");
    }

    /**
     * Whether the post-deploy hooks run inside the platform's networks (containers on a remote Docker host, Jobs in a
     * cluster) and reach services at their in-network addresses, rather than on this machine through published ports.
     */
    public boolean hooksRunInsideThePlatform() {
        return kind == Kind.KUBERNETES || !isLocal();
    }
}
