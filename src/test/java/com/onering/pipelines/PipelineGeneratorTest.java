package com.onering.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PipelineGeneratorTest {
    private static final Path TEMPLATE = Path.of("pipelines", PipelineFolders.TEMPLATE).toAbsolutePath();

    @TempDir
    Path root;

    private PipelineGenerator generator() {
        return new PipelineGenerator(new PipelineFolders(root), TEMPLATE, Set.of("airflow", "gold"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sales|Sales|lower-case letters",
            "sales-analytics|Sales|lower-case letters",
            "sales__analytics|Sales|lower-case letters",
            "sales_|Sales|lower-case letters",
            "1sales|Sales|lower-case letters",
            "ab|Sales|3 to 40 characters",
            "a_very_long_pipeline_name_over_forty_chars|Sales|3 to 40 characters",
            "airflow|Sales|already uses for a database, role, bucket or schema",
            "gold|Sales|already uses for a database, role, bucket or schema",
            "pg_sales|Sales|already uses for a database, role, bucket or schema",
            "sales|Say \"hi\"|title",
            "sales|-dash first|title",
    })
    void badNamesAndTitlesAreRefusedBeforeAnythingIsWritten(String name, String title, String reason) throws IOException {
        Optional<String> problem = generator().problem(name, title);
        assertTrue(problem.isPresent() && problem.get().contains(reason), problem.toString());
        assertThrows(IllegalArgumentException.class, () -> generator().create(name, title));
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void createsEveryTemplateFileRenderedAndRefusesTheSameNameTwice() throws IOException {
        List<Path> created = generator().create("sales_analytics", "Sales analytics (EU)");
        Path folder = root.resolve("sales_analytics");
        assertTrue(created.contains(Path.of("tests/test_sales_analytics.py")), created.toString());
        assertTrue(created.contains(Path.of("orchestration/definitions.py")));
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("__PIPELINE_") || file.toString().contains("__PIPELINE_"), file + " keeps a placeholder");
            }
        }
        assertTrue(Files.readString(folder.resolve("pipeline.yaml")).contains("title: \"Sales analytics (EU)\""));
        assertTrue(Files.readString(folder.resolve("README.md")).startsWith("# Sales analytics (EU)\n"));
        PipelineFolders.Declared declared = new PipelineFolders(root).read("sales_analytics");
        assertEquals(Optional.empty(), declared.problem());
        assertEquals(7, declared.pipeline().orElseThrow().tempRetentionDays());

        assertTrue(generator().problem("sales_analytics", "Again").orElseThrow().contains("exists already"));
        try (Stream<Path> left = Files.list(root)) {
            assertEquals(List.of(folder), left.toList(), "no staging folder is left behind");
        }
    }

    @Test
    void aDeclarationThatDoesNotNameItsFolderIsAProblem() throws IOException {
        Path folder = Files.createDirectories(root.resolve("sales"));
        Files.writeString(folder.resolve(PipelineFolders.DECLARATION), "name: marketing\ntitle: Sales\ntempRetentionDays: 7\n");
        assertTrue(new PipelineFolders(root).read("sales").problem().orElseThrow().contains("not its folder's name 'sales'"));
        Files.writeString(folder.resolve(PipelineFolders.DECLARATION), "name: sales\ntitle: Sales\ntempRetentionDays: 0\n");
        assertTrue(new PipelineFolders(root).read("sales").problem().orElseThrow().contains("temp retention must be 1 to 3650 days"));
    }
}
