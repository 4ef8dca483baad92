package com.onering.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster settings a kubernetes stack gives, read from stack YAML as the program reads them. */
class KubernetesSettingsTest {
    @TempDir
    Path dir;

    private static ConfigLoader.Loaded read(String kubernetesSettings) {
        return ConfigLoader.read(ConfigSource.fromStackYaml("config:\n  onering:target: kubernetes\n  onering:kubernetes:\n" + kubernetesSettings), "dev");
    }

    private Path kubeconfig(String... contexts) throws IOException {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Config\ncontexts:\n");
        for (String context : contexts) {
            yaml.append("- name: ").append(context).append("\n  context: {cluster: c, user: u}\n");
        }
        return Files.writeString(dir.resolve("kubeconfig"), yaml);
    }

    @Test
    void aContextOfTheNamedKubeconfigIsTaken() throws IOException {
        Path file = kubeconfig("kind-onering", "prod");
        ConfigLoader.Loaded loaded = read("    kubeconfig: " + file + "\n    context: kind-onering\n");
        assertEquals(List.of(), loaded.problems());
        KubernetesSettings cluster = loaded.config().target().kubernetes().orElseThrow();
        assertEquals(Optional.of(file.toString()), cluster.kubeconfig());
        assertEquals("onering-dev", cluster.namespace());
    }

    @Test
    void aContextTheKubeconfigLacksIsNamedWithTheOnesItHas() throws IOException {
        Path file = kubeconfig("kind-onering", "prod");
        List<ConfigProblem> problems = read("    kubeconfig: " + file + "\n    context: kind-oneing\n").problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("onering:kubernetes.context", problems.get(0).key());
        assertTrue(problems.get(0).message().contains("did you mean kind-onering?") && problems.get(0).message().contains("kind-onering, prod"),
                problems.get(0).message());
    }

    @Test
    void aMissingOrForeignKubeconfigIsRefused() throws IOException {
        List<ConfigProblem> missing = read("    kubeconfig: " + dir.resolve("absent") + "\n").problems();
        assertEquals("onering:kubernetes.kubeconfig", missing.get(0).key());
        assertTrue(missing.get(0).message().startsWith("no readable file at"), missing.get(0).message());

        Path notKubeconfig = Files.writeString(dir.resolve("notes.txt"), "just: notes\n");
        List<ConfigProblem> foreign = read("    kubeconfig: " + notKubeconfig + "\n").problems();
        assertEquals("onering:kubernetes.kubeconfig", foreign.get(0).key());
        assertTrue(foreign.get(0).message().contains("is not a kubeconfig"), foreign.get(0).message());
    }
}
