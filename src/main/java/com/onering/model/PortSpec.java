package com.onering.model;

/**
 * A port a workload listens on. {@code hostPort} is the default published port, or null when the port is
 * only reachable inside the platform network. A {@code loopbackOnly} port is published on the Docker host's loopback
 * whatever address the stack publishes applications on (as data stores are): for a service without authentication
 * that people and tools on the host itself use (through an SSH tunnel on a remote host). A {@code browserEntry} port
 * serves browsers without being a UI of its own (the identity provider's login): a cluster gives it a public host name,
 * as it does UIs.
 */
public record PortSpec(String name, int containerPort, Integer hostPort, Protocol protocol, boolean loopbackOnly, boolean browserEntry) {
    public enum Protocol { TCP, UDP }

    public static PortSpec published(String name, int containerPort, int hostPort) {
        return new PortSpec(name, containerPort, hostPort, Protocol.TCP, false, false);
    }

    /** Published, and where browsers are sent (a login page): see {@link #browserEntry()}. */
    public static PortSpec browserEntry(String name, int containerPort, int hostPort) {
        return new PortSpec(name, containerPort, hostPort, Protocol.TCP, false, true);
    }

    /** Published on the Docker host's loopback only, never on the stack's {@code publishAddress}. */
    public static PortSpec loopback(String name, int containerPort, int hostPort) {
        return new PortSpec(name, containerPort, hostPort, Protocol.TCP, true, false);
    }

    public static PortSpec internal(String name, int containerPort) {
        return new PortSpec(name, containerPort, null, Protocol.TCP, false, false);
    }

    public boolean isPublished() {
        return hostPort != null;
    }

    public PortSpec withHostPort(Integer newHostPort) {
        return new PortSpec(name, containerPort, newHostPort, protocol, loopbackOnly, browserEntry);
    }
}
