package com.onering.hooks.catalog;

import com.onering.hooks.StubServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the bodies a hook sent to a stub of OpenMetadata's API ({@code PUT /api/v1/services/<collection>}) in
 * {@code target/contract/openmetadata/<collection>-<name>.json}, where tests/python/test_openmetadata_contract.py
 * validates them with OpenMetadata's own request models.
 */
final class OpenMetadataContract {
    static final Path DIRECTORY = Path.of("target", "contract", "openmetadata");

    private OpenMetadataContract() {
    }

    /** Writes the PUT bodies among {@code calls}; returns how many. */
    static int keep(List<StubServer.Call> calls) throws IOException {
        Files.createDirectories(DIRECTORY);
        List<StubServer.Call> puts = calls.stream()
                .filter(c -> c.method().equals("PUT") && c.path().startsWith("/api/v1/services/")).toList();
        for (StubServer.Call put : puts) {
            String collection = put.path().substring("/api/v1/services/".length());
            Files.writeString(DIRECTORY.resolve(collection + "-" + put.body().getAsJsonObject().get("name").getAsString() + ".json"), put.text());
        }
        return puts.size();
    }
}
