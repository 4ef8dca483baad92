package com.onering.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The replace-on-change table the plan diff reads is the {@code willReplaceOnChanges} flags of the official schemas
 * in sdks/schemas/ for every resource type the platform plans. Regenerate with
 * {@code mvn -q test -Dtest=ReplacementTableTest -Donering.writeDocs=true}.
 */
class ReplacementTableTest {
    private static final Path TABLE = Path.of("src/main/resources").resolve(Replacement.RESOURCE);
    private static final Path SCHEMAS = Path.of("sdks/schemas");

    @Test
    void theTableIsTheSchemasFlagsForThePlannedTypes() throws IOException {
        Set<String> types = OfflinePlan.run(MockRun.config(Platforms.allProfilesOnTheFullStackHost()), ConfigFiles.projectDefault())
                .stream().map(PlannedResource::type).collect(Collectors.toCollection(TreeSet::new));
        Map<String, List<String>> expected = new TreeMap<>();
        try (Stream<Path> schemas = Files.list(SCHEMAS)) {
            for (Path schema : schemas.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonObject resources = JsonParser.parseString(Files.readString(schema, StandardCharsets.UTF_8)).getAsJsonObject()
                        .getAsJsonObject("resources");
                for (String type : types) {
                    if (resources.has(type)) {
                        List<String> flagged = resources.getAsJsonObject(type).getAsJsonObject("inputProperties").entrySet().stream()
                                .filter(e -> flag(e.getValue())).map(Map.Entry::getKey).sorted().toList();
                        if (!flagged.isEmpty()) {
                            expected.put(type, flagged);
                        }
                    }
                }
            }
        }
        String rendered = new GsonBuilder().setPrettyPrinting().create().toJson(expected) + "\n";
        if (Boolean.getBoolean("onering.writeDocs")) {
            Files.writeString(TABLE, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(rendered, Files.readString(TABLE, StandardCharsets.UTF_8), TABLE + " is stale; regenerate it with -Donering.writeDocs=true");
        assertTrue(expected.containsKey("docker:index/container:Container"), "the container's flags come from the vendored docker schema");
        assertEquals(expected.keySet(), Replacement.table().keySet());
    }

    private static boolean flag(JsonElement property) {
        return property.getAsJsonObject().has("willReplaceOnChanges") && property.getAsJsonObject().get("willReplaceOnChanges").getAsBoolean();
    }
}
