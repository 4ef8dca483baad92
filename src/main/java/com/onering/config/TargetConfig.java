package com.onering.config;

import java.util.Optional;

/**
 * Where the platform runs. {@code dockerHost} empty means the local Docker socket; {@code ssh://user@host} is a
 * remote VPS. Application and UI ports bind to {@code publishAddress}; data stores always bind to the Docker host's
 * loopback ({@link #DATA_STORE_ADDRESS}): the database and realm providers reach them from the deploying machine
 * (through an SSH tunnel for a remote host, whose hooks run inside its networks), and nothing else outside the host can. {@code portOffset} is added to
 * every published host port, so stacks sharing one Docker host (a pull request's demo stack beside dev) never clash;
 * their container, network and volume names already differ by the stack name they carry. A {@code kubernetes} target
 * has {@link KubernetesSettings} instead, and none of the Docker settings.
 */
public record TargetConfig(Kind kind, Optional<String> dockerHost, String publishAddress, int portOffset, Optional<KubernetesSettings> kubernetes) {
    /** The largest offset: the platform's highest default port (Garage's 3903 and similar sit far below) stays a port. */
    public static final int MAX_PORT_OFFSET = 40_000;

    public static final String DATA_STORE_ADDRESS = "127.0.0.1";

    public enum Kind { DOCKER, KUBERNETES }

    public static TargetConfig localDocker() {
        return new TargetConfig(Kind.DOCKER, Optional.empty(), DATA_STORE_ADDRESS, 0, Optional.empty());
    }

    public boolean isLocal() {
        return dockerHost.isEmpty() || dockerHost.get().startsWith("unix://");
    }
}
