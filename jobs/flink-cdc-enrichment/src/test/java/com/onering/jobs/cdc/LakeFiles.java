package com.onering.jobs.cdc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the file sink left under an output directory: committed part files by partition, and in-progress ones. */
final class LakeFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Row(String partition, JsonNode json) {
    }

    static List<Row> committedRows(Path output) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Path file : files(output)) {
            if (file.getFileName().toString().startsWith(".")) {
                continue; // in-progress or pending: not visible to readers
            }
            for (String line : Files.readAllLines(file)) {
                try {
                    rows.add(new Row(output.relativize(file).getName(0).toString(), JSON.readTree(line)));
                } catch (IOException e) {
                    throw new UncheckedIOException("not a JSON line in " + file + ": " + line, e);
                }
            }
        }
        return rows;
    }

    static List<Path> files(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
