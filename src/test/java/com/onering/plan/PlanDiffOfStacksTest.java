package com.onering.plan;

import static com.onering.plan.OfflinePlanTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.plan.OfflinePlanTest.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code onering plan diff} through the CLI on real stack configs, for the changes a pull request makes: an image
 * tag bump, a reordered YAML file, a secret set anew, several stacks at once.
 */
class PlanDiffOfStacksTest {
    private static final String SERVICE = """
            config:
              onering:profiles: [core]
              onering:objectStore: garage
              onering:customServices:
                echo-api:
                  image: docker.io/hashicorp/http-echo:%s
                  profile: core
                  ports:
                    http: "5678:15678"
                  env:
                    ECHO_TEXT: hello
                    API_TOKEN: "{{secret:echo-api-token}}"
                  secrets: [echo-api-token]
                  memory: 64Mi
                  healthCommand: [CMD, /http-echo, -version]
            """;

    @TempDir
    Path dir;

    private Path stackFile(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private Path basePlan(String stack, Path config) {
        Path base = dir.resolve(stack + ".json");
        Outcome written = cli("plan", "--stack", stack, "--config-file", config.toString(), "--with-file-contents", "--out", base.toString());
        assertEquals(0, written.exitCode(), written.err());
        return base;
    }

    private Outcome diff(Path base, String stack, Path config, String format) {
        Outcome diff = cli("plan", "diff", "--base", base.toString(), "--stack", stack, "--config-file", config.toString(), "--format", format);
        assertEquals(0, diff.exitCode(), diff.err());
        return diff;
    }

    @Test
    void anImageTagBumpIsOneReplacedImageAndTheContainerItReplaces() throws IOException {
        Path base = basePlan("demo", stackFile("base.yaml", SERVICE.formatted("1.0.0")));
        Path bumped = stackFile("bumped.yaml", SERVICE.formatted("1.0.1"));

        JsonArray changes = JsonParser.parseString(diff(base, "demo", bumped, "json").out()).getAsJsonObject()
                .getAsJsonArray("stacks").get(0).getAsJsonObject().getAsJsonArray("changes");
        List<String> summary = new ArrayList<>();
        changes.forEach(c -> summary.add(c.getAsJsonObject().get("kind").getAsString() + " " + c.getAsJsonObject().get("name").getAsString()
                + " " + c.getAsJsonObject().get("forcedBy")));
        assertEquals(List.of("REPLACED image-docker-io-hashicorp-http-echo [\"name\"]", "REPLACED echo-api [\"image\"]"), summary);
        JsonObject image = changes.get(0).getAsJsonObject().getAsJsonArray("properties").get(0).getAsJsonObject();
        assertEquals(1, changes.get(0).getAsJsonObject().getAsJsonArray("properties").size(), "only the image's name changes");
        assertEquals("docker.io/hashicorp/http-echo:1.0.0", image.get("before").getAsString());
        assertEquals("docker.io/hashicorp/http-echo:1.0.1", image.get("after").getAsString());

        String markdown = diff(base, "demo", bumped, "markdown").out();
        assertTrue(markdown.contains("| `demo` | 2 | 0 | 0 | 0 |"), markdown);
        assertTrue(markdown.contains("- **replaced** `docker:index/remoteImage:RemoteImage` image-docker-io-hashicorp-http-echo: forced by `name` "
                + "(`docker.io/hashicorp/http-echo:1.0.0` → `docker.io/hashicorp/http-echo:1.0.1`)"), markdown);
        assertTrue(markdown.contains("- **replaced** `docker:index/container:Container` echo-api: forced by `image`"), markdown);
    }

    @Test
    void reorderingTheYamlChangesNothing() throws IOException {
        Path base = basePlan("demo", stackFile("base.yaml", SERVICE.formatted("1.0.0")));
        Path reordered = stackFile("reordered.yaml", """
                config:
                  onering:customServices:
                    echo-api:
                      memory: 64Mi
                      healthCommand: [CMD, /http-echo, -version]
                      secrets: [echo-api-token]
                      env:
                        API_TOKEN: "{{secret:echo-api-token}}"
                        ECHO_TEXT: hello
                      ports:
                        http: "5678:15678"
                      profile: core
                      image: docker.io/hashicorp/http-echo:1.0.0
                  onering:objectStore: garage
                  onering:profiles: [core]
                """);
        assertEquals("", diff(base, "demo", reordered, "markdown").out());
        assertEquals("", diff(base, "demo", reordered, "json").out());
    }

    @Test
    void aSecretSetAnewShowsAsChangedUnderItsNameAndNeverItsValue() throws IOException {
        String config = "config:\n  onering:profiles: [core]\n  onering:masterSecret:\n    secure: %s\n";
        Path base = basePlan("demo", stackFile("base.yaml", config.formatted("v1:c2VjcmV0LW9uZQ==")));
        String markdown = diff(base, "demo", stackFile("reset.yaml", config.formatted("v1:c2VjcmV0LXR3bw==")), "markdown").out();
        assertTrue(markdown.contains("- `envs[AWS_SECRET_ACCESS_KEY]`: `[secret]` → `[secret changed]`"), markdown);
        for (String never : List.of("c2VjcmV0", "__onering_secret__")) {
            assertFalse(markdown.contains(never), never);
        }
        assertEquals("", diff(base, "demo", stackFile("same.yaml", config.formatted("v1:c2VjcmV0LW9uZQ==")), "markdown").out(),
                "the same ciphertext is the same secret");
    }

    @Test
    void severalStacksDiffAgainstAFolderOfBasePlansAndANewStackIsAllAdded() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("base"));
        Outcome written = cli("plan", "--stack", "dev", "--with-file-contents", "--out", folder.resolve("dev.json").toString());
        assertEquals(0, written.exitCode(), written.err());
        Outcome diff = cli("plan", "diff", "--base", folder.toString(), "--stack", "dev", "--stack", "e2e");
        assertEquals(0, diff.exitCode(), diff.err());
        assertTrue(diff.out().startsWith("## Plan diff\n\n| stack | replaced | changed | added | removed |\n| --- | --- | --- | --- | --- |\n"
                + "| `dev` | no changes | | | |\n| `e2e` | 0 | 0 | "), diff.out());
        assertFalse(diff.out().contains("### Stack `dev`"), "an unchanged stack has no section");

        Outcome file = cli("plan", "diff", "--base", folder.resolve("dev.json").toString(), "--stack", "dev", "--stack", "e2e");
        assertEquals(2, file.exitCode());
        assertTrue(file.err().contains("several stacks need a folder of <stack>.json plans (or a git ref)"), file.err());
    }
}
