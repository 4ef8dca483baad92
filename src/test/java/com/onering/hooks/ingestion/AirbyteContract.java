package com.onering.hooks.ingestion;

import com.onering.hooks.StubServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the sources and destinations the airbyte hook created on a stub of Airbyte's public API in
 * {@code target/contract/airbyte/<collection>-<name>.json}, where tests/python/test_airbyte_landing.py runs the real S3
 * source connector with the source's configuration.
 */
final class AirbyteContract {
    static final Path DIRECTORY = Path.of("target", "contract", "airbyte");

    private AirbyteContract() {
    }

    static void keep(List<StubServer.Call> calls) throws IOException {
        Files.createDirectories(DIRECTORY);
        for (StubServer.Call call : calls) {
            if (call.method().equals("POST") && (call.path().equals("/api/public/v1/sources") || call.path().equals("/api/public/v1/destinations"))) {
                String collection = call.path().substring("/api/public/v1/".length());
                Files.writeString(DIRECTORY.resolve(collection + "-" + call.body().getAsJsonObject().get("name").getAsString() + ".json"), call.text());
            }
        }
    }
}
