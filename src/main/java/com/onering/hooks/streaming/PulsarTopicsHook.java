package com.onering.hooks.streaming;

import com.google.gson.JsonElement;
import com.onering.config.PlatformConfig;
import com.onering.config.StreamingBroker;
import com.onering.hooks.Hook;
import com.onering.hooks.HookContext;
import com.onering.hooks.HookFailure;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.http.JsonApi;
import com.onering.model.HookSpec;
import com.onering.model.Template;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The streaming topics on Pulsar, through its admin REST API (v2): the tenant (allowed on every cluster the broker
 * knows), its namespaces, then each topic — partitioned when it has more than one partition, and grown when the
 * list asks for more partitions than it has.
 */
public final class PulsarTopicsHook implements Hook {
    public static final String NAME = "pulsar-topics";
    static final String ADMIN_URL = "PULSAR_ADMIN_URL";
    /** Set when the broker enforces authentication (JWT); standalone Pulsar accepts anonymous admin calls. */

    /** The hook for a stack whose broker is Pulsar: workload {@code pulsar}, admin API on its published port {@code http}. */
    public static HookSpec spec(PlatformConfig config) {
        if (config.broker() != StreamingBroker.PULSAR) {
            throw new IllegalArgumentException("the stack's broker is " + config.broker().configName() + ": attach KafkaTopicsHook.spec instead");
        }
        return new HookSpec(NAME, List.of("pulsar"), Map.of(ADMIN_URL, "http://" + Template.endpoint("pulsar", "http")),
                List.of(StreamingTopics.FILE));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void run(HookContext context) {
        context.settings(ADMIN_URL);
        StreamingTopics wanted = StreamingTopics.load(context);
        // The standalone broker runs without authentication; a refusal means an admin API of another Pulsar.
        JsonApi pulsar = new JsonApi(context, "Pulsar admin API", context.require(ADMIN_URL), "that " + ADMIN_URL + " names this stack's broker");
        String tenant = wanted.tenant();
        if (strings(pulsar.require(pulsar.get("/admin/v2/tenants"), 200)).contains(tenant)) {
            context.report().record(Action.UNCHANGED, "tenant", tenant);
        } else {
            List<String> clusters = strings(pulsar.require(pulsar.get("/admin/v2/clusters"), 200));
            record(context, pulsar.require(pulsar.put("/admin/v2/tenants/" + tenant, Map.of("adminRoles", List.of(), "allowedClusters", clusters)), 204, 409),
                    "tenant", tenant);
        }
        Set<String> namespaces = new HashSet<>(strings(pulsar.require(pulsar.get("/admin/v2/namespaces/" + tenant), 200)));
        for (String namespace : wanted.namespaces()) {
            String qualified = tenant + "/" + namespace;
            if (namespaces.contains(qualified)) {
                context.report().record(Action.UNCHANGED, "namespace", qualified);
            } else {
                record(context, pulsar.require(pulsar.put("/admin/v2/namespaces/" + qualified, Map.of()), 204, 409), "namespace", qualified);
            }
        }
        for (String namespace : wanted.namespaces()) {
            String base = "/admin/v2/persistent/" + tenant + "/" + namespace;
            Set<String> plain = new HashSet<>(strings(pulsar.require(pulsar.get(base), 200)));
            Set<String> partitioned = new HashSet<>(strings(pulsar.require(pulsar.get(base + "/partitioned"), 200)));
            for (StreamingTopics.Topic topic : wanted.topics()) {
                if (topic.namespace().equals(namespace)) {
                    ensureTopic(context, pulsar, base, topic, plain, partitioned);
                }
            }
        }
    }

    /** 204: created now; 409: another run created it between listing and creating, so nothing changed. */
    private static void record(HookContext context, JsonApi.Response response, String kind, String name) {
        context.report().record(response.is(409) ? Action.UNCHANGED : Action.CREATED, kind, name);
    }

    private static void ensureTopic(HookContext context, JsonApi pulsar, String base, StreamingTopics.Topic topic, Set<String> plain,
                                    Set<String> partitioned) {
        String fullName = "persistent://" + base.substring("/admin/v2/persistent/".length()) + "/" + topic.name();
        String path = base + "/" + topic.name();
        if (topic.partitions() == 1) {
            if (plain.contains(fullName) || partitioned.contains(fullName)) {
                context.report().record(Action.UNCHANGED, "topic", fullName);
            } else {
                record(context, pulsar.require(pulsar.put(path, null), 204, 409), "topic", fullName);
            }
            return;
        }
        if (plain.contains(fullName) && !partitioned.contains(fullName)) {
            throw new HookFailure("hook " + context.hook() + ": topic " + fullName + " exists without partitions and Pulsar cannot "
                    + "partition an existing topic; set partitions: 1 for it in config/" + StreamingTopics.FILE
                    + " or delete the topic (pulsar-admin topics delete " + fullName + ") to recreate it with " + topic.partitions());
        }
        if (!partitioned.contains(fullName)) {
            record(context, pulsar.require(pulsar.put(path + "/partitions", topic.partitions()), 204, 409),
                    "topic", fullName + " (" + topic.partitions() + " partitions)");
            return;
        }
        int current = pulsar.require(pulsar.get(path + "/partitions"), 200).body().getAsJsonObject().get("partitions").getAsInt();
        if (current < topic.partitions()) {
            pulsar.require(pulsar.post(path + "/partitions", topic.partitions()), 204);
            context.report().record(Action.UPDATED, "topic", fullName + " (partitions " + current + " -> " + topic.partitions() + ")");
        } else {
            context.report().record(Action.UNCHANGED, "topic", fullName);
        }
    }

    private static List<String> strings(JsonApi.Response response) {
        return response.body().getAsJsonArray().asList().stream().map(JsonElement::getAsString).toList();
    }
}
