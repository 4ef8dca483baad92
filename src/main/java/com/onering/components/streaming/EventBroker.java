package com.onering.components.streaming;

import com.onering.config.PlatformConfig;
import com.onering.config.StreamingBroker;
import com.onering.hooks.streaming.KafkaTopicsHook;
import com.onering.hooks.streaming.PulsarTopicsHook;
import com.onering.model.ComponentSpec;
import com.onering.model.HookSpec;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The event bus of the streaming profile, chosen by {@code onering:broker}: Pulsar standalone (seed 000), Kafka in
 * KRaft mode with the kafbat UI, or Redpanda with its Console (seed 002). Only the chosen broker's containers exist;
 * with the observability profile a Kafka-protocol broker comes with its consumer-lag exporter.
 */
public final class EventBroker implements Component {
    /** The Pulsar tenant of {@code config/streaming/topics.yaml}. */
    public static final String TENANT = "oner";

    static Broker of(StreamingBroker choice) {
        return switch (choice) {
            case PULSAR -> new PulsarBroker();
            case KAFKA -> new KafkaBroker();
            case REDPANDA -> new RedpandaBroker();
        };
    }

    /** The workload a client of the chosen broker connects to. */
    public static String workload(StreamingBroker choice) {
        return of(choice).workload();
    }

    /** How a client inside the platform publishes to and consumes from the chosen broker. */
    public static BrokerClient client(StreamingBroker choice) {
        return of(choice).client();
    }

    @Override
    public String name() {
        return "event-broker";
    }

    @Override
    public Profile profile() {
        return Profile.STREAMING;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        Broker broker = of(context.config().broker());
        List<WorkloadSpec> workloads = new ArrayList<>(broker.workloads(context));
        if (broker.client().protocol().equals(BrokerClient.KAFKA) && context.config().profiles().contains(Profile.OBSERVABILITY)) {
            workloads.add(KafkaLagExporter.workload(broker.client(), broker.workload()));
        }
        return new ComponentSpec(name(), profile(), "onering:streaming:EventBroker", workloads,
                broker.secrets(), List.of(), List.of(topicsHook(context.config())), broker.connectionOutputs());
    }

    /** The hook that creates the streaming topics file's topics on the chosen broker. */
    public static HookSpec topicsHook(PlatformConfig config) {
        return config.broker() == StreamingBroker.PULSAR ? PulsarTopicsHook.spec(config) : KafkaTopicsHook.spec(config);
    }

}
