package com.onering.plan;

import com.google.gson.GsonBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders an offline plan as JSON (for tools and diffs) or as a Markdown table (for pull requests). */
public final class PlanRenderer {
    private PlanRenderer() {
    }

    public static String json(String stack, List<PlannedResource> resources) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("stack", stack);
        document.put("resourceCount", resources.size());
        document.put("resources", resources);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(document) + "\n";
    }

    public static String markdown(String stack, List<PlannedResource> resources) {
        StringBuilder out = new StringBuilder();
        out.append("### Offline plan: stack `").append(stack).append("` (").append(resources.size()).append(" resources)\n\n");
        out.append("| Type | Name | Parent | Depends on |\n|---|---|---|---|\n");
        for (PlannedResource r : resources) {
            out.append("| `").append(r.type()).append("` | ").append(r.name()).append(" | ")
                    .append(r.parent() == null ? "" : lastSegment(r.parent())).append(" | ")
                    .append(r.dependsOn().stream().map(PlanRenderer::lastSegment).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String lastSegment(String urn) {
        return urn.substring(urn.lastIndexOf("::") + 2);
    }
}
