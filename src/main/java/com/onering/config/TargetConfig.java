package com.onering.config;

import java.util.Optional;

/**
 * Where the platform runs. {@code dockerHost} empty means the local Docker socket; {@code ssh://user@host} is a
 * remote VPS. Application and UI ports bind to {@code publishAddress}; data stores always bind to the Docker host's
 * loopback ({@link #DATA_STORE_ADDRESS}): the database provider and the hooks reach them from the deploying machine
 * (through an SSH tunnel for a remote host), and nothing else outside the host can.
 */
public record TargetConfig(Kind kind, Optional<String> dockerHost, String publishAddress) {
    public static final String DATA_STORE_ADDRESS = "127.0.0.1";

    public enum Kind { DOCKER, KUBERNETES }

    public boolean isLocal() {
        return dockerHost.isEmpty() || dockerHost.get().startsWith("unix://");
    }
}
