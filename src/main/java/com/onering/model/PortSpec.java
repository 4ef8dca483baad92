package com.onering.model;

/**
 * A port a workload listens on. {@code hostPort} is the default published port, or null when the port is
 * only reachable inside the platform network.
 */
public record PortSpec(String name, int containerPort, Integer hostPort, Protocol protocol) {
    public enum Protocol { TCP, UDP }

    public static PortSpec published(String name, int containerPort, int hostPort) {
        return new PortSpec(name, containerPort, hostPort, Protocol.TCP);
    }

    public static PortSpec internal(String name, int containerPort) {
        return new PortSpec(name, containerPort, null, Protocol.TCP);
    }

    public boolean isPublished() {
        return hostPort != null;
    }

    public PortSpec withHostPort(Integer newHostPort) {
        return new PortSpec(name, containerPort, newHostPort, protocol);
    }
}
