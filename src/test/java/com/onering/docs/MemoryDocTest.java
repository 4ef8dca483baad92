package com.onering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.onering.assembly.ComponentCatalog;
import com.onering.model.ComponentSpec;
import com.onering.model.MemorySize;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/memory.md is generated from the catalog, so it cannot drift: this test fails when the file differs from what
 * the catalog says. Regenerate with {@code mvn -q test -Dtest=MemoryDocTest -Donering.writeDocs=true}.
 */
class MemoryDocTest {
    private static final Path DOC = Path.of("docs/memory.md");
    private static final MemorySize HOST = Platforms.fullStackHostMemory();

    @Test
    void memoryDocMatchesTheCatalog() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("onering.writeDocs")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/memory.md is stale; regenerate it with -Donering.writeDocs=true");
    }

    static String render() {
        Platform all = Platforms.assemble(Platforms.allProfiles());
        StringBuilder out = new StringBuilder();
        out.append("# Memory budget\n\n")
                .append("Generated from the component catalog by `MemoryDocTest` (do not edit by hand; regenerate with\n")
                .append("`mvn -q test -Dtest=MemoryDocTest -Donering.writeDocs=true`). Numbers are container memory limits.\n")
                .append("A stack's budget is every service plus its largest job (jobs run to completion before the services that\n")
                .append("wait for them start); `onering:hostMemory` makes a stack fail before deploying when that is more than\n")
                .append("the host has. Override a limit with `onering:overrides.<workload>.memory`.\n\n");
        out.append("## Per profile\n\n")
                .append("\"Own\" sums the limits of the components the profile brings; \"alone\" is the budget of selecting only\n")
                .append("that profile, its dependencies included.\n\n")
                .append("| Profile | Own | Alone |\n| --- | ---: | ---: |\n");
        for (Profile profile : Profile.values()) {
            if (ComponentCatalog.all().stream().noneMatch(c -> c.profile() == profile)) {
                continue;
            }
            MemorySize own = all.memoryByProfile().getOrDefault(profile, new MemorySize(0));
            MemorySize alone = Platforms.assemble("  onering:profiles: [" + profile.configName() + "]\n").totalMemory();
            out.append("| ").append(profile.configName()).append(" | ").append(own).append(" | ").append(alone).append(" |\n");
        }
        out.append("| **all profiles** | **").append(all.totalMemory()).append("** | of a ").append(HOST).append(" host |\n\n");
        out.append("## Per workload\n\n| Profile | Component | Workload | Kind | Limit |\n| --- | --- | --- | --- | ---: |\n");
        for (Profile profile : Profile.values()) {
            for (ComponentSpec component : all.components().stream().filter(c -> c.profile() == profile).toList()) {
                for (WorkloadSpec workload : component.workloads()) {
                    out.append("| ").append(profile.configName()).append(" | ").append(component.name()).append(" | ")
                            .append(workload.name()).append(" | ").append(workload.kind().name().toLowerCase(java.util.Locale.ROOT))
                            .append(" | ").append(workload.memory()).append(" |\n");
                }
            }
        }
        out.append("\nProfiles without components yet: ")
                .append(Arrays.stream(Profile.values()).filter(p -> ComponentCatalog.all().stream().noneMatch(c -> c.profile() == p))
                        .map(Profile::configName).collect(Collectors.joining(", ")))
                .append(".\n");
        return out.toString();
    }
}
