package com.onering.components.streaming;

import com.onering.model.SecretSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.PlatformContext;
import java.util.List;
import java.util.Map;

/** One implementation of the streaming profile's event bus: its containers, and how Debezium and clients reach it. */
interface Broker {

    /** The workload clients connect to; Debezium waits for it to be healthy. */
    String workload();

    /** What a client inside the platform needs to publish and consume. */
    BrokerClient client();

    List<WorkloadSpec> workloads(PlatformContext context);

    /** Generated secrets its workloads refer to. */
    List<SecretSpec> secrets();

    /** The {@code debezium.sink.*} lines of Debezium Server's application.properties for this broker. */
    String debeziumSink();

    /**
     * Where change events land on this broker, given the topic the streaming topics file declares: sink settings and
     * the name Debezium's route transform gives the events.
     */
    String debeziumDestination(String tenant, String namespace, String topic);

    /** A Kafka-protocol broker's topic for {@code namespace}/{@code name}, as the topics hook creates it. */
    static String kafkaDestination(String namespace, String topic) {
        return "debezium.transforms.route.replacement=" + new BrokerClient(BrokerClient.KAFKA, "").topic(namespace, topic) + "\n";
    }

    /** Debezium Server's Kafka sink, shared by every broker that speaks the Kafka protocol. */
    static String kafkaSink(String bootstrapServers) {
        return "debezium.sink.type=kafka\n"
                + "debezium.sink.kafka.producer.bootstrap.servers=" + bootstrapServers + "\n"
                + "debezium.sink.kafka.producer.key.serializer=org.apache.kafka.common.serialization.StringSerializer\n"
                + "debezium.sink.kafka.producer.value.serializer=org.apache.kafka.common.serialization.StringSerializer\n";
    }

    /** Stack outputs: addresses a client outside the platform uses. */
    Map<String, String> connectionOutputs();
}
