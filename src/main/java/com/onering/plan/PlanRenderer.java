package com.onering.plan;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.onering.model.Digests;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders an offline plan as JSON (for tools and diffs) or as a Markdown table (for pull requests). */
public final class PlanRenderer {
    private static final String CONTAINER = "docker:index/container:Container";
    private static final String PROFILE_LABEL = "com.onering.profile";
    private static final Set<String> CLUSTER_WORKLOADS = Set.of(
            "kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:StatefulSet", "kubernetes:batch/v1:Job");
    private static final String CLUSTER_PROFILE_LABEL = "onering.io/profile";
    private static final String CONFIG_MAP = "kubernetes:core/v1:ConfigMap";
    private static final String INGRESS = "kubernetes:networking.k8s.io/v1:Ingress";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private PlanRenderer() {
    }

    /**
     * The plan as JSON: a {@code summary}, then every resource. An uploaded file is shown by path, size and SHA-256 of
     * its content unless {@code withFileContents}: whole files would drown the resources in a diff.
     */
    public static String json(String stack, List<PlannedResource> resources, boolean withFileContents) {
        return GSON.toJson(tree(stack, resources, withFileContents)) + "\n";
    }

    /** The JSON plan as a tree: what {@link #json} prints, and what a plan diff compares with a plan read back. */
    public static JsonObject tree(String stack, List<PlannedResource> resources, boolean withFileContents) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("stack", stack);
        document.put("resourceCount", resources.size());
        document.put("fileContents", withFileContents);
        document.put("summary", summary(resources));
        document.put("resources", withFileContents ? resources : resources.stream().map(PlanRenderer::withFileDigests).toList());
        return GSON.toJsonTree(document).getAsJsonObject();
    }

    /** Whether a JSON plan shows uploaded files whole; plans written before the flag existed always did. */
    public static boolean showsFileContents(JsonObject plan) {
        return !plan.has("fileContents") || plan.get("fileContents").getAsBoolean();
    }

    public static String markdown(String stack, List<PlannedResource> resources) {
        Summary summary = summary(resources);
        StringBuilder out = new StringBuilder();
        out.append("### Offline plan: stack `").append(stack).append("` (").append(resources.size()).append(" resources)\n\n");
        out.append(summary.containers()).append(" containers, ").append(summary.memoryMiB()).append(" MiB of memory limits");
        out.append(summary.publishedPorts().isEmpty() ? "; no published ports.\n\n"
                : "; published: " + summary.publishedPorts().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")) + ".\n\n");
        out.append("| Type | Name | Parent | Depends on |\n|---|---|---|---|\n");
        for (PlannedResource r : resources) {
            out.append("| `").append(r.type()).append("` | ").append(r.name()).append(" | ")
                    .append(r.parent() == null ? "" : lastSegment(r.parent())).append(" | ")
                    .append(r.dependsOn().stream().map(PlanRenderer::lastSegment).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return out.toString();
    }

    /**
     * What a reviewer looks at first: resources per type, workloads (containers on Docker; Deployments, StatefulSets and
     * Jobs on a cluster) per profile, the sum of their memory limits, and every published entry
     * ({@code address:port -> container/port} on Docker, {@code host -> service/port} of an Ingress on a cluster).
     */
    public record Summary(Map<String, Integer> resourcesByType, Map<String, Integer> containersByProfile, int containers,
                          long memoryMiB, List<String> publishedPorts) {
    }

    static Summary summary(List<PlannedResource> resources) {
        Map<String, Integer> byType = new TreeMap<>();
        Map<String, Integer> byProfile = new TreeMap<>();
        List<String> ports = new ArrayList<>();
        long memory = 0;
        int containers = 0;
        for (PlannedResource r : resources) {
            byType.merge(r.type(), 1, Integer::sum);
            if (r.type().equals(CONTAINER)) {
                containers++;
                memory += r.inputs().get("memory") instanceof Number n ? n.longValue() : 0;
                for (Map<?, ?> label : maps(r.inputs().get("labels"))) {
                    if (PROFILE_LABEL.equals(label.get("label"))) {
                        byProfile.merge(String.valueOf(label.get("value")), 1, Integer::sum);
                    }
                }
                for (Map<?, ?> port : maps(r.inputs().get("ports"))) {
                    ports.add(port.get("ip") + ":" + port.get("external") + " -> " + r.name() + "/" + port.get("internal"));
                }
            } else if (CLUSTER_WORKLOADS.contains(r.type())) {
                containers++;
                Map<?, ?> spec = PlannedResource.nested(r.inputs(), "spec", "template", "spec");
                for (Map<?, ?> container : maps(spec.get("containers"))) {
                    memory += mebibytes(PlannedResource.nested(container, "resources", "limits").get("memory"));
                }
                Object profile = PlannedResource.nested(r.inputs(), "metadata", "labels").get(CLUSTER_PROFILE_LABEL);
                byProfile.merge(String.valueOf(profile), 1, Integer::sum);
            } else if (r.type().equals(INGRESS)) {
                for (Map<?, ?> rule : maps(PlannedResource.nested(r.inputs(), "spec").get("rules"))) {
                    for (Map<?, ?> path : maps(PlannedResource.nested(rule, "http").get("paths"))) {
                        Map<?, ?> service = PlannedResource.nested(path, "backend", "service");
                        ports.add(rule.get("host") + " -> " + service.get("name") + "/" + Math.round(((Number) PlannedResource.nested(service, "port").get("number")).doubleValue()));
                    }
                }
            }
        }
        ports.sort(null);
        return new Summary(byType, byProfile, containers, memory, List.copyOf(ports));
    }

    /** A Kubernetes memory quantity as this program writes it ({@code 512Mi}). */
    private static long mebibytes(Object quantity) {
        return quantity instanceof String text && text.endsWith("Mi") ? Long.parseLong(text.substring(0, text.length() - 2)) : 0;
    }

    /** Files as size and digest: a container's uploads on Docker, a ConfigMap's entries on a cluster. */
    private static PlannedResource withFileDigests(PlannedResource r) {
        Map<String, Object> inputs = new LinkedHashMap<>(r.inputs());
        if (r.inputs().get("uploads") instanceof List<?> uploads) {
            inputs.put("uploads", uploads.stream().map(PlanRenderer::fileDigest).toList());
        } else if (r.type().equals(CONFIG_MAP) && r.inputs().get("data") instanceof Map<?, ?> data) {
            Map<String, Object> digests = new TreeMap<>();
            data.forEach((key, content) -> digests.put(String.valueOf(key), contentDigest(String.valueOf(content))));
            inputs.put("data", digests);
        } else {
            return r;
        }
        return new PlannedResource(r.type(), r.name(), r.urn(), r.parent(), r.dependsOn(), r.provider(), inputs);
    }

    private static Map<String, Object> contentDigest(String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("contentBytes", bytes.length);
        shown.put("contentSha256", sha256(bytes));
        return shown;
    }

    private static Object fileDigest(Object upload) {
        if (!(upload instanceof Map<?, ?> file) || !(file.get("content") instanceof String content)) {
            return upload;
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        file.forEach((k, v) -> {
            if (!"content".equals(k)) {
                shown.put(String.valueOf(k), v);
            }
        });
        shown.putAll(contentDigest(content));
        return shown;
    }

    private static List<Map<?, ?>> maps(Object value) {
        List<Map<?, ?>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(m -> maps.add((Map<?, ?>) m));
        }
        return maps;
    }

    /** The SHA-256 of some bytes, in hex: how the plan names file contents and image ids. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Digests.sha256().digest(bytes));
    }

    /** The name at the end of a URN. */
    static String lastSegment(String urn) {
        return urn.substring(urn.lastIndexOf("::") + 2);
    }
}
