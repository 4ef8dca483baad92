package com.onering.model;

/**
 * A port a workload listens on. {@code hostPort} is the default published port, or null when the port is
 * only reachable inside the platform network. {@code reach} says where a published port binds: the stack's
 * {@code publishAddress}; the Docker host's loopback whatever address the stack publishes applications on (as data
 * stores are), for a service without authentication that people and tools on the host itself use (through an SSH
 * tunnel on a remote host); or every interface, for the public entry alone. A {@code browserEntry} port
 * serves browsers without being a UI of its own (the identity provider's login): a cluster gives it a public host name,
 * as it does UIs.
 */
public record PortSpec(String name, int containerPort, Integer hostPort, Protocol protocol, Reach reach, boolean browserEntry) {
    public enum Protocol { TCP, UDP }

    public enum Reach { PUBLISH_ADDRESS, LOOPBACK, EVERY_INTERFACE }

    public static PortSpec published(String name, int containerPort, int hostPort) {
        return new PortSpec(name, containerPort, hostPort, Protocol.TCP, Reach.PUBLISH_ADDRESS, false);
    }

    /** Published, and where browsers are sent (a login page): see {@link #browserEntry()}. */
    public static PortSpec browserEntry(String name, int containerPort, int hostPort) {
        return new PortSpec(name, containerPort, hostPort, Protocol.TCP, Reach.PUBLISH_ADDRESS, true);
    }

    /** Published on the Docker host's loopback only, never on the stack's {@code publishAddress}. */
    public static PortSpec loopback(String name, int containerPort, int hostPort) {
        return new PortSpec(name, containerPort, hostPort, Protocol.TCP, Reach.LOOPBACK, false);
    }

    /** Published on every interface of the Docker host: the public entry's HTTP and HTTPS, and nothing else. */
    public static PortSpec everyInterface(String name, int containerPort, int hostPort) {
        return new PortSpec(name, containerPort, hostPort, Protocol.TCP, Reach.EVERY_INTERFACE, false);
    }

    public static PortSpec internal(String name, int containerPort) {
        return new PortSpec(name, containerPort, null, Protocol.TCP, Reach.PUBLISH_ADDRESS, false);
    }

    public boolean isPublished() {
        return hostPort != null;
    }

    public PortSpec withHostPort(Integer newHostPort) {
        return new PortSpec(name, containerPort, newHostPort, protocol, reach, browserEntry);
    }

    public boolean loopbackOnly() {
        return reach == Reach.LOOPBACK;
    }
}
