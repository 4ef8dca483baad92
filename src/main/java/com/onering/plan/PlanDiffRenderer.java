package com.onering.plan;

import com.google.gson.GsonBuilder;
import com.onering.plan.PlanDiff.Kind;
import com.onering.plan.PlanDiff.PropertyChange;
import com.onering.plan.PlanDiff.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Plan diffs of one or more stacks for a pull-request comment (Markdown: a table of what changes per stack first,
 * then per stack the changed resources and one collapsed section per component) or for tools (JSON). When no stack
 * changes, the output is nothing at all.
 */
public final class PlanDiffRenderer {
    /** GitHub refuses comments over 65,536 characters; this leaves room for the workflow's own lines. */
    public static final int COMMENT_LIMIT = 60_000;
    private static final String TRUNCATED = "\n_The diff is longer than a comment allows: the rest is cut. Run `bin/onering plan diff` for all of it._\n";
    /** A forcing property's old and new values are shown inline up to this length. */
    private static final int INLINE_VALUE = 120;

    private PlanDiffRenderer() {
    }

    public static String json(List<PlanDiff.Result> diffs) {
        return unchanged(diffs) ? "" : new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(Map.of("stacks", diffs)) + "\n";
    }

    /** {@code diagrams}: the architecture diagram (Mermaid) of each stack whose set of components changes. */
    public static String markdown(List<PlanDiff.Result> diffs, Map<String, String> diagrams, int limit) {
        if (unchanged(diffs)) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        blocks.add(summary(diffs));
        for (PlanDiff.Result diff : diffs) {
            if (!diff.changes().isEmpty()) {
                blocks.add(overview(diff));
                if (diagrams.containsKey(diff.stack())) {
                    blocks.add("\n<details><summary>Architecture of stack `" + diff.stack() + "` (its components change)</summary>\n\n```mermaid\n"
                            + diagrams.get(diff.stack()) + "```\n\n</details>\n");
                }
                blocks.addAll(details(diff));
            }
        }
        return fit(blocks, limit);
    }

    private static boolean unchanged(List<PlanDiff.Result> diffs) {
        return diffs.stream().allMatch(d -> d.changes().isEmpty());
    }

    private static String summary(List<PlanDiff.Result> diffs) {
        StringBuilder out = new StringBuilder("## Plan diff\n\n| stack | replaced | changed | added | removed |\n| --- | --- | --- | --- | --- |\n");
        for (PlanDiff.Result diff : diffs) {
            out.append("| `").append(diff.stack()).append("` | ");
            out.append(diff.changes().isEmpty() ? "no changes | | | |" : diff.count(Kind.REPLACED) + " | " + diff.count(Kind.CHANGED) + " | "
                    + diff.count(Kind.ADDED) + " | " + diff.count(Kind.REMOVED) + " |");
            out.append('\n');
        }
        return out.toString();
    }

    /** Every changed resource on one line; a replacement names the inputs that force it, with their values when short. */
    private static String overview(PlanDiff.Result diff) {
        StringBuilder out = new StringBuilder("\n### Stack `").append(diff.stack()).append("`\n\n");
        for (ResourceChange change : diff.changes()) {
            out.append("- **").append(kind(change.kind())).append("** `").append(change.type()).append("` ").append(change.name());
            if (!change.forcedBy().isEmpty()) {
                out.append(": forced by ").append(change.forcedBy().stream().map(p -> forcing(change, p)).collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String forcing(ResourceChange change, String input) {
        List<PropertyChange> values = change.properties().stream().filter(p -> p.path().equals(input)).toList();
        if (values.size() == 1 && inline(values.get(0).before()) && inline(values.get(0).after())) {
            return "`" + input + "` (`" + values.get(0).before() + "` → `" + values.get(0).after() + "`)";
        }
        return "`" + input + "`";
    }

    private static boolean inline(String value) {
        return value != null && value.length() <= INLINE_VALUE && !value.contains("\n");
    }

    private static List<String> details(PlanDiff.Result diff) {
        Map<String, List<ResourceChange>> byComponent = new TreeMap<>(diff.changes().stream()
                .collect(Collectors.groupingBy(c -> c.parent() == null ? "(stack)" : PlanRenderer.lastSegment(c.parent()))));
        List<String> blocks = new ArrayList<>();
        for (Map.Entry<String, List<ResourceChange>> component : byComponent.entrySet()) {
            StringBuilder out = new StringBuilder();
            out.append("\n<details><summary>").append(component.getKey()).append(": ").append(component.getValue().size())
                    .append(component.getValue().size() == 1 ? " resource" : " resources").append("</summary>\n\n");
            for (ResourceChange change : component.getValue()) {
                out.append("**").append(kind(change.kind())).append("** `").append(change.type()).append("` ").append(change.name()).append("\n\n");
                change.properties().forEach(property -> property(out, property));
                out.append('\n');
            }
            blocks.add(out.append("</details>\n").toString());
        }
        return blocks;
    }

    /** Whole blocks while they fit, then a note: a cut never leaves a section or a code fence open. */
    private static String fit(List<String> blocks, int limit) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            boolean last = i == blocks.size() - 1;
            if (out.length() + block.length() + (last ? 0 : TRUNCATED.length()) > limit) {
                if (out.length() == 0) {
                    out.append(block, 0, Math.max(0, limit - TRUNCATED.length()));
                }
                return out.append(TRUNCATED).toString();
            }
            out.append(block);
        }
        return out.toString();
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
