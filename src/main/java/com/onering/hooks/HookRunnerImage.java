package com.onering.hooks;

import com.onering.model.Digests;
import com.onering.model.ImageSource;
import com.onering.platform.ConfigFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The image in which hooks run inside the platform's network: the project's CLI ({@code target/onering.jar}),
 * {@code config/} and the jobs' built jars, laid out as in the project (working directory {@code /opt/onering}), so a
 * hook resolves every relative path it is given as on the deploying machine. Built from {@code config/hook-runner/Dockerfile}
 * with the project directory as context, which the root {@code .dockerignore} narrows to exactly those files.
 */
public final class HookRunnerImage {
    public static final String REPOSITORY = "onering/hook-runner";
    /** The runner's working directory: the project's layout starts here. */
    public static final String PROJECT_DIR = "/opt/onering";
    /** Where hooks keep state between runs (Infisical's one-time admin token): a volume on every target. */
    public static final String STATE_DIR = PROJECT_DIR + "/.work";
    /** The runner's user and group, which own {@link #STATE_DIR} in the image. */
    public static final int USER_ID = 10001;
    /** The CLI's JVM with a hook's HTTP and JDBC clients; the heap takes three quarters (the Dockerfile's MaxRAMPercentage). */
    public static final int MEMORY_MIB = 512;

    private static final String CLI_JAR = "target/onering.jar";
    private static final String JOBS_DIR = "jobs";

    private HookRunnerImage() {
    }

    /**
     * The image, tagged with the hash of what it copies: a jar counts by its entries (name, CRC, size), not its bytes,
     * so a rebuilt jar of unchanged sources keeps the tag, and with it every hook run unchanged. (The build's fixed
     * output timestamp dates every entry alike, but the shade plugin writes the merged META-INF/services entries in an
     * order that varies between builds: hashing bytes re-ran every hook of a remote stack after each build.) A file
     * not built yet hashes as absent; the build then fails naming it.
     */
    public static ImageSource.Built of(ConfigFiles files) {
        Path project = files.root().getParent();
        MessageDigest digest = Digests.sha256();
        digest.update(("config=" + files.contentHash(".") + "\n").getBytes(StandardCharsets.UTF_8));
        for (String jar : copiedJars(project)) {
            digest.update((jar + "=").getBytes(StandardCharsets.UTF_8));
            Path file = project.resolve(jar);
            try {
                if (Files.isRegularFile(file)) {
                    digestEntries(digest, file);
                } else {
                    digest.update("<absent>".getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " for the hook runner image", e);
            }
            digest.update((byte) '\n');
        }
        return new ImageSource.Built(REPOSITORY, "..", "config/hook-runner/Dockerfile", HexFormat.of().formatHex(digest.digest()).substring(0, 12));
    }

    /** A jar's entries in name order, each with its CRC-32 and size (read from the central directory). */
    private static void digestEntries(MessageDigest digest, Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            zip.stream().sorted(Comparator.comparing(ZipEntry::getName)).forEach(entry -> digest.update(
                    (entry.getName() + " " + Long.toHexString(entry.getCrc()) + " " + entry.getSize() + "\n").getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** The CLI jar and each job's jar ({@code jobs/<job>/target/<job>.jar}), in a stable order. */
    private static List<String> copiedJars(Path project) {
        List<String> jars = new ArrayList<>(List.of(CLI_JAR));
        Path jobs = project.resolve(JOBS_DIR);
        if (Files.isDirectory(jobs)) {
            try (Stream<Path> list = Files.list(jobs)) {
                list.filter(Files::isDirectory).map(job -> JOBS_DIR + "/" + job.getFileName() + "/target/" + job.getFileName() + ".jar")
                        .sorted().forEach(jars::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + jobs, e);
            }
        }
        return jars;
    }
}
