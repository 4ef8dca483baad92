package com.onering.plan;

import com.google.gson.GsonBuilder;
import com.onering.plan.PlanDiff.Kind;
import com.onering.plan.PlanDiff.PropertyChange;
import com.onering.plan.PlanDiff.ResourceChange;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A plan diff for a pull-request comment (Markdown: the counts first, then one collapsed section per component) or
 * for tools (JSON). A diff without changes renders as nothing at all.
 */
public final class PlanDiffRenderer {
    /** GitHub refuses comments over 65,536 characters; this leaves room for the other stacks' headers. */
    public static final int COMMENT_LIMIT = 60_000;
    private static final String TRUNCATED = "\n\n_The diff is longer than a comment allows: the rest is cut. Run `bin/onering plan diff` for all of it._\n";

    private PlanDiffRenderer() {
    }

    public static String json(PlanDiff.Result diff) {
        return diff.changes().isEmpty() ? "" : new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(diff) + "\n";
    }

    public static String markdown(PlanDiff.Result diff, int limit) {
        if (diff.changes().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("### Plan diff: stack `").append(diff.stack()).append("`\n\n");
        out.append(diff.count(Kind.REPLACED)).append(" replaced, ").append(diff.count(Kind.CHANGED)).append(" changed, ")
                .append(diff.count(Kind.ADDED)).append(" added, ").append(diff.count(Kind.REMOVED)).append(" removed.\n\n");
        for (ResourceChange change : diff.changes()) {
            out.append("- **").append(kind(change.kind())).append("** `").append(change.type()).append("` ").append(change.name());
            if (!change.forcedBy().isEmpty()) {
                out.append(": forced by ").append(change.forcedBy().stream().map(p -> "`" + p + "`").collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        Map<String, List<ResourceChange>> byComponent = new TreeMap<>(diff.changes().stream()
                .collect(Collectors.groupingBy(c -> c.parent() == null ? "(stack)" : PlanRenderer.lastSegment(c.parent()))));
        for (Map.Entry<String, List<ResourceChange>> component : byComponent.entrySet()) {
            out.append("\n<details><summary>").append(component.getKey()).append(": ").append(component.getValue().size())
                    .append(component.getValue().size() == 1 ? " resource" : " resources").append("</summary>\n\n");
            for (ResourceChange change : component.getValue()) {
                out.append("**").append(kind(change.kind())).append("** `").append(change.type()).append("` ").append(change.name()).append("\n\n");
                for (PropertyChange property : change.properties()) {
                    property(out, property);
                }
                out.append('\n');
            }
            out.append("</details>\n");
        }
        return out.length() <= limit ? out.toString() : out.substring(0, limit - TRUNCATED.length()) + TRUNCATED;
    }

    private static void property(StringBuilder out, PropertyChange property) {
        boolean multiline = (property.before() != null && property.before().contains("\n"))
                || (property.after() != null && property.after().contains("\n"));
        if (multiline) {
            out.append("- `").append(property.path()).append("`:\n\n```diff\n")
                    .append(UnifiedDiff.of(property.before(), property.after())).append("```\n");
            return;
        }
        out.append("- `").append(property.path()).append("`: ");
        if (property.before() == null) {
            out.append("added `").append(property.after()).append('`');
        } else if (property.after() == null) {
            out.append("removed (was `").append(property.before()).append("`)");
        } else {
            out.append('`').append(property.before()).append("` → `").append(property.after()).append('`');
        }
        out.append('\n');
    }

    private static String kind(Kind kind) {
        return switch (kind) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case REPLACED -> "replaced";
            case CHANGED -> "changed";
        };
    }
}
