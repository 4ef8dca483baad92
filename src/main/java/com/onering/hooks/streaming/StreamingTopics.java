package com.onering.hooks.streaming;

import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/** The topics of {@code config/streaming/topics.yaml}, read and checked before any broker is touched. */
record StreamingTopics(String tenant, List<Topic> topics) {
    static final String FILE = "streaming/topics.yaml";

    /** One topic: a namespace (Pulsar namespace, Kafka name prefix), a name and a partition count. */
    record Topic(String namespace, String name, int partitions) {
        String kafkaName() {
            return namespace + "." + name;
        }
    }

    StreamingTopics {
        topics = List.copyOf(topics);
    }

    List<String> namespaces() {
        return topics.stream().map(Topic::namespace).distinct().toList();
    }

    static StreamingTopics load(HookContext context) {
        Path file = context.configFile(FILE, "it ships with the project and lists the streaming topics");
        try {
            Object parsed = new Yaml().load(Files.readString(file));
            if (!(parsed instanceof Map<?, ?> root) || !(root.get("tenant") instanceof String tenant) || !(root.get("topics") instanceof List<?> list)) {
                throw invalid(context, file, "expected a map with 'tenant' (text) and 'topics' (a list)");
            }
            List<Topic> topics = new ArrayList<>();
            for (Object entry : list) {
                if (!(entry instanceof Map<?, ?> topic) || !(topic.get("namespace") instanceof String namespace)
                        || !(topic.get("name") instanceof String name) || !(topic.get("partitions") instanceof Integer partitions) || partitions < 1) {
                    throw invalid(context, file, "each topic needs 'namespace', 'name' and 'partitions' (1 or more); got " + entry);
                }
                topics.add(new Topic(namespace, name, partitions));
            }
            return new StreamingTopics(tenant, topics);
        } catch (IOException | YAMLException e) {
            throw invalid(context, file, e.getMessage());
        }
    }

    private static HookFailure invalid(HookContext context, Path file, String problem) {
        return new HookFailure("hook " + context.hook() + ": " + file + " is not a valid topic list: " + problem);
    }
}
