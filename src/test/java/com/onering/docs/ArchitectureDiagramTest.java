package com.onering.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.assembly.Gatekeeper;
import com.onering.cli.Cli;
import com.onering.config.ConfigLoader;
import com.onering.config.ConfigSource;
import com.onering.model.ComponentSpec;
import com.onering.model.Tier;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * docs/architecture-<stack>.md pages are generated from the model ({@code bin/onering docs --stack <stack>}): this test
 * fails when a committed one (full's at least) is stale. Regenerate with that command, or {@code -Donering.writeDocs=true}.
 */
class ArchitectureDiagramTest {
    private static final Path DOCS = Path.of("docs");

    private static Platform platform(String stack) throws IOException {
        Path stackFile = Files.exists(Path.of("Pulumi." + stack + ".yaml")) ? Path.of("Pulumi." + stack + ".yaml") : Path.of("stacks", "Pulumi." + stack + ".yaml");
        return Platforms.assemble(ConfigLoader.load(ConfigSource.fromStackFile(stackFile), stack));
    }

    @ParameterizedTest
    @MethodSource("committedPages")
    void theCommittedArchitecturePagesAreCurrent(String stack) throws IOException {
        Path page = DOCS.resolve("architecture-" + stack + ".md");
        String expected = ArchitectureDiagram.page(platform(stack));
        if (Boolean.getBoolean("onering.writeDocs")) {
            Files.writeString(page, expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, Files.readString(page, StandardCharsets.UTF_8), page + " is stale; regenerate it with: bin/onering docs --stack " + stack);
    }

    static List<String> committedPages() throws IOException {
        try (Stream<Path> pages = Files.list(DOCS)) {
            List<String> stacks = pages.map(p -> p.getFileName().toString()).filter(n -> n.matches("architecture-.+\\.md"))
                    .map(n -> n.substring("architecture-".length(), n.length() - ".md".length())).sorted().toList();
            assertTrue(stacks.contains("full"), "the full stack's page is committed");
            return stacks;
        }
    }

    @Test
    void theDocsCommandWritesThePageOfTheStackItIsGiven(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("architecture.md");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Path.of("").toAbsolutePath());
        assertEquals(0, cli.run(new String[] {"docs", "--stack", "e2e", "--out", page.toString()}), err.toString(StandardCharsets.UTF_8));
        assertEquals(ArchitectureDiagram.page(platform("e2e")), Files.readString(page));
        assertEquals(2, cli.run(new String[] {"docs", "--stack", "nosuch", "--out", page.toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no stack config for 'nosuch'"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyComponentIsANodeShapedByItsTierAndEveryGatedUiHasAGateArrow() throws IOException {
        Platform platform = platform("full");
        String mermaid = ArchitectureDiagram.mermaid(platform);
        for (ComponentSpec component : platform.components()) {
            String id = component.name().replace('-', '_');
            boolean dataStore = component.workloads().stream().anyMatch(w -> w.tier() == Tier.DATA_STORE);
            String shape = component.name().equals(Gatekeeper.COMPONENT) ? id + "{{\"" : dataStore ? id + "[(\"" : id + "[\"";
            assertTrue(mermaid.contains("    " + shape + component.name() + "\""), component.name() + " is drawn as " + shape);
        }
        assertTrue(mermaid.contains("  subgraph domain_storage[\"storage\"]\n"), mermaid);
        assertTrue(mermaid.contains("  airflow --> postgres\n"), "Airflow waits for its metastore");
        assertTrue(mermaid.contains("  prometheus -.-> clickhouse\n"), "Prometheus only needs its scrape targets to exist");
        for (Gatekeeper.Gate gate : Gatekeeper.gates(platform)) {
            String owner = platform.components().stream().filter(c -> c.workloads().stream().anyMatch(w -> w.name().equals(gate.ui())))
                    .findFirst().orElseThrow().name().replace('-', '_');
            assertTrue(mermaid.contains("  gatekeeper -. gate .-> " + owner + "\n"), gate.ui());
        }
    }
}
