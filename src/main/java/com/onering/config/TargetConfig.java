package com.onering.config;

import java.util.Optional;

/**
 * Where the platform runs. {@code dockerHost} empty means the local Docker socket; {@code ssh://user@host} is a
 * remote VPS. Published ports bind to {@code publishAddress}; data stores publish only when {@code publishDataStores}
 * (always on loopback: the database provider and hooks reach them from the deploying machine, through a tunnel
 * for a remote host).
 */
public record TargetConfig(Kind kind, Optional<String> dockerHost, String publishAddress, boolean publishDataStores) {
    public enum Kind { DOCKER, KUBERNETES }

    public boolean isLocal() {
        return dockerHost.isEmpty() || dockerHost.get().startsWith("unix://");
    }
}
