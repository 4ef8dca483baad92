package com.onering.jobs.cdc;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's program arguments ({@code --name value}), each with the default of the deployed platform: the Kafka
 * listener inside the platform network, the topic Debezium writes ({@code cdc.orders} of
 * {@code config/streaming/topics.yaml}) and the bronze bucket of the lake: {@code --output} for the enriched changes,
 * {@code --alerts-output} for the order_cancelled_soon alerts ({@link OrderCancelledSoon}).
 */
public record JobSettings(String bootstrapServers, String topic, String groupId, String output, String jobName,
                          Duration checkpointInterval, boolean bounded, String alertsOutput) implements Serializable {
    public static final String DEFAULT_BOOTSTRAP = "kafka:19092";
    public static final String DEFAULT_TOPIC = "cdc.orders";
    public static final String DEFAULT_GROUP = "onering-cdc-enrichment";
    public static final String DEFAULT_OUTPUT = "s3://bronze/cdc/orders_enriched";
    public static final String DEFAULT_JOB_NAME = "onering-cdc-orders-enrichment";
    public static final String DEFAULT_ALERTS_OUTPUT = "s3://bronze/cdc/orders_alerts/";

    private static final Map<String, String> DEFAULTS = defaults();

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("bootstrap-servers", DEFAULT_BOOTSTRAP);
        defaults.put("topic", DEFAULT_TOPIC);
        defaults.put("group-id", DEFAULT_GROUP);
        defaults.put("output", DEFAULT_OUTPUT);
        defaults.put("alerts-output", DEFAULT_ALERTS_OUTPUT);
        defaults.put("job-name", DEFAULT_JOB_NAME);
        defaults.put("checkpoint-interval-seconds", "60");
        // Tests only: stop at the offsets that are latest when the job starts.
        defaults.put("bounded", "false");
        return defaults;
    }

    /** Parses {@code --name value} pairs; an unknown name or a missing value fails with the list of known names. */
    public static JobSettings parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>(DEFAULTS);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || !DEFAULTS.containsKey(arg.substring(2))) {
                problems.add("unknown argument '" + arg + "'");
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                problems.add(arg + " needs a value");
                continue;
            }
            values.put(arg.substring(2), args[++i]);
        }
        long seconds = 0;
        try {
            seconds = Long.parseLong(values.get("checkpoint-interval-seconds"));
        } catch (NumberFormatException e) {
            problems.add("--checkpoint-interval-seconds must be a number of seconds");
        }
        if (seconds <= 0 && problems.isEmpty()) {
            problems.add("--checkpoint-interval-seconds must be positive: the file sink commits its files on checkpoints");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + " (known arguments, with their defaults: "
                    + DEFAULTS.entrySet().stream().map(e -> "--" + e.getKey() + " " + e.getValue()).toList() + ")");
        }
        return new JobSettings(values.get("bootstrap-servers"), values.get("topic"), values.get("group-id"),
                withoutSlash(values.get("output")), values.get("job-name"), Duration.ofSeconds(seconds),
                Boolean.parseBoolean(values.get("bounded")), withoutSlash(values.get("alerts-output")));
    }

    private static String withoutSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
