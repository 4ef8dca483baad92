package com.onering.model;

/**
 * A path of the machine that runs the containers, granted to a workload read-only: the only two a workload may have.
 * Everything else a workload keeps is in volumes.
 */
public enum HostMount {
    /**
     * The container engine's API socket. A privileged grant: read-only protects the socket file, not the API behind
     * it, so the workload can control every container on the host.
     */
    DOCKER_SOCKET("/var/run/docker.sock", "/var/run/docker.sock"),
    /** The host's root filesystem under {@code /host}, for an exporter of the host's disk and memory. */
    ROOT_FILESYSTEM("/", "/host");

    private final String hostPath;
    private final String containerPath;

    HostMount(String hostPath, String containerPath) {
        this.hostPath = hostPath;
        this.containerPath = containerPath;
    }

    public String hostPath() {
        return hostPath;
    }

    public String containerPath() {
        return containerPath;
    }
}
