package com.onering.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code onering:host} as the engine hands it over (the {@code PULUMI_CONFIG} environment, the secret keys beside it),
 * with keys made by ssh-keygen for each test: every mistake is one problem naming the setting, before anything runs.
 */
class HostSettingsTest {
    private static final String HOST_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK8HyuBZq4f0ScYtw/fD57vwN3R1GXlVjJOJIssFnPgF";

    @TempDir
    Path temp;

    @Test
    void aPinnedKeyAndASecretPrivateKeyAreTheSettings() throws Exception {
        String key = newKey("admin", "");
        ConfigLoader.Loaded loaded = load(Map.of("dockerHost", "ssh://deploy@vps.example.com:2222",
                "host", Map.of("hostKey", HOST_KEY + " root@vps", "privateKey", key)), true);
        assertEquals(List.of(), loaded.problems());
        HostSettings settings = loaded.config().target().host().orElseThrow();
        assertEquals("root", settings.adminUser());
        assertEquals(HOST_KEY, settings.hostKeyWithoutComment());
        assertEquals(key.strip() + "\n", settings.privateKey());
        assertTrue(!settings.toString().contains("PRIVATE KEY"), "the key never reaches a log line");
    }

    @Test
    void eachMistakeNamesItsSetting() throws Exception {
        assertEquals(List.of("onering:host.hostKey"), keys(load(Map.of("dockerHost", "ssh://deploy@vps.example.com",
                "host", Map.of("privateKey", newKey("a", ""))), true)));
        assertEquals(List.of("onering:host.hostKey"), keys(load(Map.of("dockerHost", "ssh://deploy@vps.example.com",
                "host", Map.of("hostKey", "vps.example.com " + HOST_KEY, "privateKey", newKey("b", ""))), true)));
        assertEquals(List.of("onering:host.privateKey"), keys(load(Map.of("dockerHost", "ssh://deploy@vps.example.com",
                "host", Map.of("hostKey", HOST_KEY)), true)));
        assertEquals(List.of("onering:host.sshPort", "onering:host.adminUser"), keys(load(Map.of("dockerHost", "ssh://deploy@vps.example.com",
                "host", Map.of("hostKey", HOST_KEY, "privateKey", newKey("c", ""), "adminUser", "Root Admin", "sshPort", 22)), true)));
    }

    @Test
    void aPrivateKeyInClearTextIsRefusedWithTheCommandThatEncryptsIt() throws Exception {
        ConfigLoader.Loaded loaded = load(Map.of("dockerHost", "ssh://deploy@vps.example.com",
                "host", Map.of("hostKey", HOST_KEY, "privateKey", newKey("clear", ""))), false);
        assertEquals(List.of("onering:host.privateKey"), keys(loaded));
        assertTrue(loaded.problems().get(0).message().contains("pulumi config set --secret --path onering:host.privateKey"),
                loaded.problems().get(0).message());
    }

    @Test
    void aKeyWithAPassphraseIsRefusedSinceNobodyTypesIt() throws Exception {
        ConfigLoader.Loaded loaded = load(Map.of("dockerHost", "ssh://deploy@vps.example.com",
                "host", Map.of("hostKey", HOST_KEY, "privateKey", newKey("locked", "a passphrase"))), true);
        assertEquals(List.of("onering:host.privateKey"), keys(loaded));
        assertTrue(loaded.problems().get(0).message().contains("has a passphrase"), loaded.problems().get(0).message());
        assertTrue(!HostSettings.hasPassphrase(newKey("open", "")));
    }

    @Test
    void aHostNeedsAnSshDockerHostAndNoClusterTarget() throws Exception {
        Map<String, Object> host = Map.of("hostKey", HOST_KEY, "privateKey", newKey("k", ""));
        assertEquals(List.of("onering:host"), keys(load(Map.of("host", host), true)));
        assertEquals(List.of("onering:host"), keys(load(Map.of("dockerHost", "tcp://docker.example.com:2376", "host", host), true)));
        assertEquals(List.of("onering:dockerHost"), keys(load(Map.of("dockerHost", "ssh://vps.example.com", "host", host), true)));
        assertEquals(List.of("onering:dockerHost"), keys(load(Map.of("dockerHost", "ssh://root@vps.example.com", "host", host), true)));
        ConfigLoader.Loaded cluster = load(Map.of("target", "kubernetes", "host", host), true);
        assertTrue(keys(cluster).contains("onering:host"), cluster.problems().toString());
    }

    private static List<String> keys(ConfigLoader.Loaded loaded) {
        return loaded.problems().stream().map(ConfigProblem::key).toList();
    }

    /** The settings as the engine passes them: each top-level value JSON-encoded, {@code host} secret when asked. */
    private static ConfigLoader.Loaded load(Map<String, Object> settings, boolean hostSecret) {
        Gson gson = new Gson();
        Map<String, String> config = new java.util.TreeMap<>();
        settings.forEach((key, value) -> config.put("onering:" + key, value instanceof String text ? text : gson.toJson(value)));
        return ConfigLoader.read(ConfigSource.fromEngineEnvironment(Map.of("PULUMI_CONFIG", gson.toJson(config),
                "PULUMI_CONFIG_SECRET_KEYS", hostSecret ? "[\"onering:host\"]" : "[]")), "vps");
    }

    private String newKey(String name, String passphrase) throws IOException, InterruptedException {
        Path key = temp.resolve(name);
        Process keygen = new ProcessBuilder("ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "", "-f", key.toString()).start();
        assertEquals(0, keygen.waitFor());
        return Files.readString(key);
    }
}
