package com.onering.platform;

import com.onering.model.Digests;
import com.onering.model.FileSpec;
import com.onering.model.GeneratedFiles;
import com.onering.model.ImageSource;
import com.onering.pipelines.PipelineFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The project's {@code config/} folder: files services mount or read, and the build contexts of derived images. */
public record ConfigFiles(Path root) {

    public static ConfigFiles projectDefault() {
        return new ConfigFiles(Path.of("config").toAbsolutePath().normalize());
    }

    public String read(String relativePath) {
        Path file = resolve(relativePath);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (shipped with the project; is the working directory the project root?)", e);
        }
    }

    /**
     * Every file under a directory of the config folder, keyed by its path relative to that directory (with '/'),
     * in a stable order: for components that ship a whole folder (dashboards, mappings, a feature repo).
     */
    public SortedMap<String, String> filesUnder(String relativeDir) {
        Path dir = resolve(relativeDir);
        try (Stream<Path> walk = Files.walk(dir)) {
            SortedMap<String, String> files = new TreeMap<>();
            for (Path file : walk.filter(Files::isRegularFile).filter(p -> !GeneratedFiles.contains(dir.relativize(p))).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir + " (shipped with the project; is the working directory the project root?)", e);
        }
    }

    /**
     * Every file under {@code config/<relativeDir>} as a file placed at the same relative path under
     * {@code containerDir}: how a folder of the project reaches a container on any target (no host bind mount).
     */
    public List<FileSpec> placedUnder(String relativeDir, String containerDir) {
        return filesUnder(relativeDir).entrySet().stream()
                .map(e -> FileSpec.of(containerDir + "/" + e.getKey(), e.getValue()))
                .toList();
    }

    /** The project's {@code pipelines/} folder, beside {@code config/}. */
    public PipelineFolders pipelines() {
        return new PipelineFolders(root.resolveSibling("pipelines"));
    }

    /** A path under the config root; '..' is taken lexically (the pipelines folder is {@code ../pipelines}). */
    public Path resolve(String relativePath) {
        return root.resolve(relativePath).normalize();
    }

    /**
     * A build context as the Docker provider should see it: relative to the project directory (where Pulumi runs the
     * program and its providers), so the input is the same on every checkout and previews stay quiet.
     */
    public String buildContext(String contextDir) {
        String context = Path.of("config", contextDir).normalize().toString();
        // The project directory itself (the hook runner's context, "..") is "." to Docker.
        return context.isEmpty() ? "." : context;
    }

    /** A derived image built from {@code config/<contextDir>/Dockerfile}, tagged with the hash of its build context. */
    public ImageSource.Built image(String repository, String contextDir) {
        return new ImageSource.Built(repository, contextDir, "Dockerfile", contentHash(contextDir));
    }

    /**
     * A derived image from one Dockerfile shared by several images (e.g. {@code _shared/Dockerfile} of the pipelines),
     * built from a wider context (relative to the config root, e.g. {@code ../pipelines}) with build arguments choosing
     * what it copies; tagged with the hash of only the folders it copies and of the arguments.
     */
    public ImageSource.Built image(String repository, String contextDir, String dockerfile, Map<String, String> buildArgs,
                                   List<String> copiedDirs) {
        MessageDigest digest = Digests.sha256();
        new TreeMap<>(buildArgs).forEach((name, value) -> digest.update((name + "=" + value + "\n").getBytes(StandardCharsets.UTF_8)));
        for (String dir : copiedDirs) {
            digest.update((dir + "=" + contentHash(dir) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return new ImageSource.Built(repository, contextDir, dockerfile, HexFormat.of().formatHex(digest.digest()).substring(0, 12),
                buildArgs);
    }

    /** SHA-256 over the relative paths and bytes of every file under the directory, in a stable order; first 12 hex digits. */
    public String contentHash(String relativeDir) {
        Path dir = resolve(relativeDir);
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = Digests.sha256();
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !GeneratedFiles.contains(dir.relativize(p)))
                    .sorted().toList();
            for (Path file : files) {
                digest.update(dir.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash build context " + dir, e);
        }
    }
}
