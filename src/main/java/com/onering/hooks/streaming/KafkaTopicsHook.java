package com.onering.hooks.streaming;

import com.onering.config.PlatformConfig;
import com.onering.config.StreamingBroker;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.model.HookSpec;
import com.onering.model.Template;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The streaming topics on Kafka or Redpanda (Kafka API), through Kafka's AdminClient: missing topics are created,
 * topics with fewer partitions than listed grow, everything else is left alone.
 */
public final class KafkaTopicsHook implements Hook {
    public static final String NAME = "kafka-topics";
    static final String BOOTSTRAP = "KAFKA_BOOTSTRAP_SERVERS";
    /** Single-node brokers: one replica is all there is. */
    private static final short REPLICATION = 1;

    /**
     * The hook for a stack whose broker is Kafka or Redpanda: it waits for that workload ({@code kafka} or
     * {@code redpanda}) and reaches it on the published port named {@code external}, the listener both brokers
     * advertise on the publish address.
     */
    public static HookSpec spec(PlatformConfig config) {
        if (config.broker() == StreamingBroker.PULSAR) {
            throw new IllegalArgumentException("the stack's broker is Pulsar: attach PulsarTopicsHook.spec instead");
        }
        String workload = config.broker().configName();
        return new HookSpec(NAME, List.of(workload), Map.of(BOOTSTRAP, Template.endpoint(workload, "external")), List.of(StreamingTopics.FILE));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) throws Exception {
        context.settings(BOOTSTRAP);
        StreamingTopics wanted = StreamingTopics.load(context);
        String bootstrap = context.require(BOOTSTRAP);
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        // Short per-call limits: the hook's own loop does the waiting and names the broker when it gives up.
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8_000);
        settings.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
        try (Admin admin = Admin.create(settings)) {
            Set<String> existing = call(context, bootstrap, () -> admin.listTopics().names().get());
            for (StreamingTopics.Topic topic : wanted.topics()) {
                String name = topic.kafkaName();
                if (!existing.contains(name)) {
                    create(context, bootstrap, admin, topic);
                    continue;
                }
                TopicDescription description = call(context, bootstrap, () -> admin.describeTopics(List.of(name)).allTopicNames().get().get(name));
                int current = description.partitions().size();
                if (current < topic.partitions()) {
                    call(context, bootstrap, () -> admin.createPartitions(Map.of(name, NewPartitions.increaseTo(topic.partitions()))).all().get());
                    context.report().record(Action.UPDATED, "topic", name + " (partitions " + current + " -> " + topic.partitions() + ")");
                } else {
                    context.report().record(Action.UNCHANGED, "topic", name);
                }
            }
        }
    }

    private static void create(HookContext context, String bootstrap, Admin admin, StreamingTopics.Topic topic) {
        String name = topic.kafkaName();
        boolean created = call(context, bootstrap, () -> {
            try {
                admin.createTopics(List.of(new NewTopic(name, topic.partitions(), REPLICATION))).all().get();
                return true;
            } catch (ExecutionException e) {
                // Created by the attempt that timed out just before: it is there now.
                if (e.getCause() instanceof TopicExistsException) {
                    return false;
                }
                if (e.getCause() instanceof InvalidTopicException invalid) {
                    throw new HookFailure("hook " + context.hook() + ": the broker at " + bootstrap + " rejected topic '" + name + "' ("
                            + invalid.getMessage() + "); fix config/" + StreamingTopics.FILE, invalid);
                }
                throw e;
            }
        });
        context.report().record(created ? Action.CREATED : Action.UNCHANGED, "topic", name);
    }

    private static <T> T call(HookContext context, String bootstrap, HookContext.Attempt<T> attempt) {
        return context.retrying("Kafka broker", bootstrap, KafkaTopicsHook::isTransient, attempt);
    }

    private static boolean isTransient(Exception e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        return cause instanceof TimeoutException || cause instanceof RetriableException;
    }
}
