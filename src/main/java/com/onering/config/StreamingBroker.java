package com.onering.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The event bus of the streaming profile: Pulsar (seed 000), or Kafka in KRaft mode / Redpanda (seed 002). */
public enum StreamingBroker {
    PULSAR, KAFKA, REDPANDA;

    public String configName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StreamingBroker> fromConfigName(String name) {
        return Arrays.stream(values()).filter(b -> b.configName().equals(name)).findFirst();
    }
}
