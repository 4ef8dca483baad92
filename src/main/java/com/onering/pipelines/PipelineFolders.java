package com.onering.pipelines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The project's {@code pipelines/} folder: one folder per pipeline, each declared by its {@code pipeline.yaml}.
 * Folders whose name starts with '_' (the template, the shared library) are not pipelines.
 */
public record PipelineFolders(Path root) {
    public static final String DECLARATION = "pipeline.yaml";
    /** The shared Python library every pipeline image installs. */
    public static final String SHARED = "_shared";
    public static final String TEMPLATE = "_template";

    /** The names of every pipeline folder, sorted. */
    public List<String> names() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(DECLARATION)))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("_"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /** The declaration of a pipeline, or why there is none that can be used. */
    public Declared read(String name) {
        Optional<String> badName = PipelineName.syntaxProblem(name);
        if (badName.isPresent()) {
            return Declared.problem("'" + name + "' " + badName.get());
        }
        Path file = root.resolve(name).resolve(DECLARATION);
        if (!Files.isRegularFile(file)) {
            List<String> known = names();
            return Declared.problem("no pipeline '" + name + "' (pipelines/" + name + "/" + DECLARATION + " is missing); " + (known.isEmpty() ? "create one with: bin/onering pipeline new " + name + " \"<title>\""
                    : "pipelines are " + String.join(", ", known)));
        }
        try {
            Object loaded = new Yaml().load(Files.readString(file));
            if (!(loaded instanceof Map<?, ?> map)) {
                return Declared.problem(file + " must be a mapping with name, title and tempRetentionDays");
            }
            if (!name.equals(map.get("name"))) {
                return Declared.problem(file + " declares name '" + map.get("name") + "', not its folder's name '" + name + "'");
            }
            Object retention = map.get("tempRetentionDays");
            if (!(retention instanceof Integer days)) {
                return Declared.problem(file + ": tempRetentionDays must be a whole number of days");
            }
            if (!(map.get("title") instanceof String title)) {
                return Declared.problem(file + ": title must be text");
            }
            return new Declared(Optional.of(new Pipeline(new PipelineName(name), title, days)), Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (YAMLException | IllegalArgumentException e) {
            return Declared.problem(file + ": " + e.getMessage());
        }
    }

    /** A pipeline's declaration, or the reason it cannot be used. */
    public record Declared(Optional<Pipeline> pipeline, Optional<String> problem) {
        static Declared problem(String message) {
            return new Declared(Optional.empty(), Optional.of(message));
        }
    }
}
