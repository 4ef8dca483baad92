package com.onering.pipelines;

import com.onering.model.GeneratedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Creates a pipeline folder from the template ({@code pipelines/_template/}, data, not code): every file copied with
 * {@value #NAME} and {@value #TITLE} replaced in its path and text. The new pipeline is complete: the platform deploys
 * it once a stack lists it, and the pipeline tests pick it up as they find it.
 */
public final class PipelineGenerator {
    static final String NAME = "__PIPELINE_NAME__";
    static final String TITLE = "__PIPELINE_TITLE__";
    /** Titles land in YAML, Markdown and notebook JSON strings: plain words and common punctuation only. */
    private static final Pattern TITLE_SYNTAX = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} .,:;()&'/+-]{0,79}$");

    private final PipelineFolders folders;
    private final Path template;
    private final Set<String> reservedNames;

    /**
     * @param folders       where the new pipeline's folder goes
     * @param template      the template folder ({@code pipelines/_template})
     * @param reservedNames names a pipeline may not take because the platform uses them for a database, role, bucket or
     *                      schema: a pipeline named so would be mistaken for it in every listing
     */
    public PipelineGenerator(PipelineFolders folders, Path template, Set<String> reservedNames) {
        this.folders = folders;
        this.template = template;
        this.reservedNames = Set.copyOf(reservedNames);
    }

    /** Why the pipeline cannot be created, if it cannot; nothing is written then. */
    public Optional<String> problem(String name, String title) {
        Optional<String> syntax = PipelineName.syntaxProblem(name);
        if (syntax.isPresent()) {
            return Optional.of("pipeline name '" + name + "' " + syntax.get());
        }
        if (reservedNames.contains(name) || name.startsWith("pg_")) {
            return Optional.of("pipeline name '" + name + "' is a name the platform already uses for a database, role, bucket or "
                    + "schema; choose another (e.g. " + name + "_pipeline)");
        }
        if (Files.exists(folders.root().resolve(name))) {
            return Optional.of("pipeline '" + name + "' exists already (" + folders.root().resolve(name) + "); choose another name");
        }
        if (title == null || !TITLE_SYNTAX.matcher(title).matches()) {
            return Optional.of("title '" + title + "' must be 1 to 80 characters of letters, digits, spaces and . , : ; ( ) & ' / + -, "
                    + "starting with a letter or digit");
        }
        if (!Files.isDirectory(template)) {
            return Optional.of("the template " + template + " is missing; it ships with the project");
        }
        return Optional.empty();
    }

    /**
     * Writes the pipeline and returns the files created, relative to its folder. The files are written to a sibling
     * folder first and moved into place at once, so a failure leaves no half-made pipeline behind.
     */
    public List<Path> create(String name, String title) {
        problem(name, title).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        Path target = folders.root().resolve(name);
        Path staging = folders.root().resolve("." + name + ".creating");
        List<Path> created = new ArrayList<>();
        try {
            deleteRecursively(staging);
            for (Path source : templateFiles()) {
                Path relative = Path.of(render(template.relativize(source).toString(), name, title));
                Path destination = staging.resolve(relative);
                Files.createDirectories(destination.getParent());
                Files.writeString(destination, render(Files.readString(source, StandardCharsets.UTF_8), name, title), StandardCharsets.UTF_8);
                created.add(relative);
            }
            Files.move(staging, target);
            return created.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create pipeline " + name + " under " + folders.root(), e);
        } finally {
            deleteRecursively(staging);
        }
    }

    private List<Path> templateFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(template)) {
            return walk.filter(Files::isRegularFile).filter(p -> !GeneratedFiles.contains(template.relativize(p))).sorted().toList();
        }
    }

    private static String render(String text, String name, String title) {
        return text.replace(NAME, name).replace(TITLE, title);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }
}
