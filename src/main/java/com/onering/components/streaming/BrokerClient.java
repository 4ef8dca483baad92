package com.onering.components.streaming;

/**
 * How a client inside the platform reaches the chosen event bus: the protocol it speaks ({@code kafka} for Kafka and
 * Redpanda, {@code pulsar}), the address it connects to, and the name it gives a topic of
 * {@code config/streaming/topics.yaml}, which the topics hook creates under exactly that name.
 */
public record BrokerClient(String protocol, String url) {
    public static final String KAFKA = "kafka";
    public static final String PULSAR = "pulsar";

    public String topic(String namespace, String name) {
        return protocol.equals(PULSAR)
                ? "persistent://" + EventBroker.TENANT + "/" + namespace + "/" + name
                : namespace + "." + name;
    }
}
