package com.onering.components.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.hooks.HookRunner;
import com.onering.hooks.identity.LdapDirectoryHook;
import com.onering.model.ComponentSpec;
import com.onering.model.identity.Directory;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Secrets;
import com.onering.testsupport.TestServers.CommandResult;
import com.onering.testsupport.TestServers;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The OpenLDAP image's start script (config/openldap/entrypoint.sh) run on this machine's slapd, the same Debian
 * package the image installs: it must come up healthy by the component's own probe, take the declared directory
 * from the ldap-directory hook, and keep it across a restart.
 */
@Tag("integration")
class OpenLdapEntrypointTest {
    private final ComponentSpec openldap = new OpenLdap().describe(new PlatformContext(MockRun.config("  onering:profiles: [security]\n"),
            ConfigFiles.projectDefault()));
    private final Secrets secrets = new Secrets(openldap.secrets());
    private Path dir;
    private int port;
    private Process slapd;

    @BeforeEach
    void prepare() throws IOException {
        dir = Files.createTempDirectory("onering-slapd");
        dir.toFile().setReadable(true, false);
        dir.toFile().setExecutable(true, false);
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
    }

    @AfterEach
    void stopAndRemoveTheData() throws InterruptedException, IOException {
        stopSlapd();
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void startsHealthyTakesTheDirectoryAndKeepsItAcrossARestart() throws Exception {
        start();
        Run first = applyDirectory();
        assertEquals(0, first.exitCode(), first.output());
        int entries = Directory.declared("dc=oner,dc=local").entries().size();
        assertTrue(first.output().contains(entries + " created, 0 updated, 0 unchanged, 0 deleted"), first.output());
        CommandResult memberOf = TestServers.run(List.of("ldapsearch", "-x", "-LLL", "-H", "ldap://127.0.0.1:" + port,
                "-D", "uid=data-analyst,ou=people,dc=oner,dc=local", "-w", secrets.get("ldap-data-analyst-password"),
                "-b", "uid=data-analyst,ou=people,dc=oner,dc=local", "-s", "base", "memberOf"), Map.of(), 30);
        assertEquals(0, memberOf.exitCode(), memberOf.output());
        assertTrue(memberOf.output().contains("memberOf: cn=data-analyst,ou=groups,dc=oner,dc=local"), memberOf.output());
        CommandResult anonymous = TestServers.run(List.of("ldapsearch", "-x", "-LLL", "-H", "ldap://127.0.0.1:" + port,
                "-b", "ou=people,dc=oner,dc=local", "uid"), Map.of(), 30);
        assertTrue(!anonymous.output().contains("uid: data-analyst"), "anonymous clients must not list people: " + anonymous.output());

        stopSlapd();
        start();
        Run again = applyDirectory();
        assertTrue(again.output().contains("0 created, 0 updated, " + entries + " unchanged, 0 deleted"), again.output());
    }

    private void start() throws Exception {
        Map<String, String> env = new HashMap<>(openldap.workloads().get(0).env());
        // The file the provisioner places, as it places it: the rendered secret, no trailing newline.
        Path passwordFile = dir.resolve("admin-password");
        Files.writeString(passwordFile, secrets.get(Directory.ADMIN_PASSWORD_SECRET));
        env.put("LDAP_ADMIN_PASSWORD_FILE", passwordFile.toString());
        env.put("LDAP_PORT", String.valueOf(port));
        env.put("LDAP_DATA_DIR", dir.resolve("data").toString());
        env.put("LDAP_RUN_DIR", dir.resolve("run").toString());
        ProcessBuilder pb = new ProcessBuilder(ConfigFiles.projectDefault().resolve("openldap/entrypoint.sh").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("slapd.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        slapd = pb.start();
        String probe = openldap.workloads().get(0).health().orElseThrow().test().get(1).replace("127.0.0.1:389", "127.0.0.1:" + port);
        Instant deadline = Instant.now().plusSeconds(20);
        while (TestServers.run(List.of("sh", "-c", probe), Map.of("LDAP_SUFFIX", "dc=oner,dc=local"), 10).exitCode() != 0) {
            assertTrue(slapd.isAlive(), () -> "slapd exited: " + log());
            assertTrue(Instant.now().isBefore(deadline), () -> "slapd not healthy in 20 s: " + log());
            Thread.sleep(200);
        }
    }

    private void stopSlapd() throws InterruptedException {
        if (slapd != null && slapd.isAlive()) {
            slapd.destroy();
            slapd.waitFor();
        }
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("slapd.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private record Run(int exitCode, String output) {
    }

    private Run applyDirectory() {
        Map<String, String> env = new HashMap<>();
        openldap.hooks().get(0).env().forEach((k, v) -> env.put(k, secrets.render(v, Map.of("openldap/ldap", "127.0.0.1:" + port))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new HookRunner(print, print).run(new LdapDirectoryHook(), env, ConfigFiles.projectDefault().root(), Duration.ofSeconds(30));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }
}
