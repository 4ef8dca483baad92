package com.onering.hooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.onering.platform.ConfigFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hook runner image's tag follows what the jars hold, not how a build ordered them. */
class HookRunnerImageTest {
    @TempDir
    Path project;

    private String tagWith(Map<String, String> entries) throws IOException {
        Files.createDirectories(project.resolve("config/hook-runner"));
        Files.writeString(project.resolve("config/hook-runner/Dockerfile"), "FROM eclipse-temurin\n");
        Files.createDirectories(project.resolve("target"));
        try (OutputStream out = Files.newOutputStream(project.resolve("target/onering.jar")); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return HookRunnerImage.of(new ConfigFiles(project.resolve("config"))).contentHash();
    }

    private static Map<String, String> ordered(String... nameAndContent) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            entries.put(nameAndContent[i], nameAndContent[i + 1]);
        }
        return entries;
    }

    @Test
    void aJarWithTheSameEntriesInAnotherOrderKeepsTheTag() throws IOException {
        // What two shade builds of unchanged sources differ in: the order of the merged service files.
        String first = tagWith(ordered("META-INF/services/a.Service", "x.A", "META-INF/services/b.Service", "x.B", "x/A.class", "code"));
        String reordered = tagWith(ordered("META-INF/services/b.Service", "x.B", "x/A.class", "code", "META-INF/services/a.Service", "x.A"));
        assertEquals(first, reordered);
    }

    @Test
    void aChangedEntryChangesTheTag() throws IOException {
        String before = tagWith(ordered("x/A.class", "code"));
        assertNotEquals(before, tagWith(ordered("x/A.class", "code, changed")));
        assertNotEquals(before, tagWith(ordered("x/A.class", "code", "x/B.class", "more")));
    }
}
