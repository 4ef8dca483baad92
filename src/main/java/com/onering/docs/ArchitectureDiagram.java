package com.onering.docs;

import com.onering.assembly.Gatekeeper;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.Tier;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The architecture of one stack as a Mermaid flowchart, drawn from the assembled model: components grouped by domain
 * (the middle of their type token, {@code onering:<domain>:<Type>}), data stores as cylinders, an arrow for every
 * component another one waits for (healthy or completed), a dotted arrow where it only needs the other to exist
 * (scrape targets), and the gatekeeper's arrows to the UIs it guards.
 */
public final class ArchitectureDiagram {
    private ArchitectureDiagram() {
    }

    /** The Markdown page {@code bin/onering docs} writes: the diagram and the components it shows. */
    public static String page(Platform platform) {
        String stack = platform.config().stack();
        return "# Architecture of stack `" + stack + "`\n\n"
                + "Generated from the platform model by `bin/onering docs --stack " + stack + "` (do not edit by hand). Profiles: "
                + platform.config().profiles().stream().map(p -> p.configName()).sorted().collect(Collectors.joining(", ")) + "; "
                + platform.components().size() + " components, " + platform.workloads().size() + " workloads.\n\n"
                + "Cylinders are data stores; an arrow points at what a component waits for (healthy, or a job completed), a dotted\n"
                + "one at what it only needs to exist (a scrape target); `gate` arrows lead from the gatekeeper to the UIs it puts\n"
                + "behind Keycloak's login.\n\n"
                + "```mermaid\n" + mermaid(platform) + "```\n";
    }

    public static String mermaid(Platform platform) {
        Map<String, String> ownerOfWorkload = new HashMap<>();
        platform.components().forEach(c -> c.workloads().forEach(w -> ownerOfWorkload.put(w.name(), c.name())));
        Set<String> gated = Gatekeeper.gates(platform).stream().map(g -> ownerOfWorkload.get(g.ui())).collect(Collectors.toSet());

        StringBuilder out = new StringBuilder("flowchart LR\n");
        Map<String, List<ComponentSpec>> byDomain = new TreeMap<>(platform.components().stream()
                .collect(Collectors.groupingBy(ArchitectureDiagram::domain)));
        byDomain.forEach((domain, components) -> {
            out.append("  subgraph ").append(id("domain-" + domain)).append("[\"").append(domain).append("\"]\n");
            components.stream().map(ComponentSpec::name).sorted().forEach(name -> out.append("    ").append(node(platform, name)).append('\n'));
            out.append("  end\n");
        });
        Set<String> edges = new TreeSet<>();
        for (ComponentSpec component : platform.components()) {
            for (WorkloadSpec workload : component.workloads()) {
                for (Dependency dependency : workload.dependsOn()) {
                    String target = ownerOfWorkload.get(dependency.workload());
                    if (target == null || target.equals(component.name())) {
                        continue;
                    }
                    String arrow = component.name().equals(Gatekeeper.COMPONENT) && gated.contains(target) ? " -. gate .-> "
                            : dependency.condition() == Dependency.Condition.STARTED ? " -.-> " : " --> ";
                    edges.add(id(component.name()) + arrow + id(target));
                }
            }
        }
        // A component reached both ways keeps the stronger arrow.
        edges.removeIf(e -> e.contains(" -.-> ") && edges.contains(e.replace(" -.-> ", " --> ")));
        edges.forEach(e -> out.append("  ").append(e).append('\n'));
        return out.toString();
    }

    private static String node(Platform platform, String name) {
        ComponentSpec component = platform.component(name).orElseThrow();
        boolean dataStore = component.workloads().stream().anyMatch(w -> w.tier() == Tier.DATA_STORE);
        if (name.equals(Gatekeeper.COMPONENT)) {
            return id(name) + "{{\"" + name + "\"}}";
        }
        return id(name) + (dataStore ? "[(\"" + name + "\")]" : "[\"" + name + "\"]");
    }

    private static String domain(ComponentSpec component) {
        String[] parts = component.typeToken().split(":");
        return parts.length == 3 ? parts[1] : "other";
    }

    /** Mermaid ids: a hyphen could start an arrow. */
    private static String id(String name) {
        return name.replace('-', '_');
    }
}
