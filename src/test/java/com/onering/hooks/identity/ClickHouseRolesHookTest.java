package com.onering.hooks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.storage.ClickHouse;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookRunner;
import com.onering.model.ComponentSpec;
import com.onering.model.HookSpec;
import com.onering.model.Profile;
import com.onering.model.identity.ClickHouseAccess;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.ClickHouseHttpStub;
import com.onering.testsupport.Secrets;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The clickhouse-roles hook with the environment the ClickHouse component declares, against the HTTP contract stub. */
class ClickHouseRolesHookTest {

    private record Run(int exitCode, String output) {
    }

    private static Map<String, String> environment(Set<Profile> profiles, Secrets secrets, int port) {
        ComponentSpec clickhouse = new ClickHouse().describe(new PlatformContext(PlatformConfig.defaults("dev", profiles), ConfigFiles.projectDefault()));
        HookSpec spec = clickhouse.hooks().stream().filter(h -> h.hook().equals("clickhouse-roles")).findFirst().orElseThrow();
        Map<String, String> env = new HashMap<>();
        spec.env().forEach((k, v) -> env.put(k, secrets.render(v, Map.of("clickhouse/http", "127.0.0.1:" + port))));
        return env;
    }

    private static Run run(Map<String, String> env, Duration timeout) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        int code = new HookRunner(out, out).run(new ClickHouseRolesHook(), env, ConfigFiles.projectDefault().root(), timeout);
        return new Run(code, captured.toString(StandardCharsets.UTF_8));
    }

    private static Secrets secrets() {
        return new Secrets(new ClickHouse().describe(new PlatformContext(PlatformConfig.defaults("dev", EnumSet.of(Profile.CORE)),
                ConfigFiles.projectDefault())).secrets());
    }

    @Test
    void createsTheRolesAndTheLdapReaderThenChangesNothingOnASecondRun() throws Exception {
        // With the security profile the reader's password is its directory password, checked by the LDAP server.
        Secrets secrets = secrets();
        try (ClickHouseHttpStub stub = new ClickHouseHttpStub(0, ClickHouse.ADMIN_USER, secrets.get(ClickHouse.ADMIN_PASSWORD))) {
            Map<String, String> env = environment(EnumSet.of(Profile.CORE, Profile.SECURITY), secrets, stub.port());
            Run first = run(env, Duration.ofSeconds(20));
            assertEquals(0, first.exitCode(), first.output());
            assertTrue(first.output().contains("clickhouse-roles: created role data-analyst"), first.output());
            assertTrue(first.output().contains("clickhouse-roles: created user clickhouse-reader"), first.output());
            assertTrue(first.output().contains("6 created, 0 updated, 0 unchanged, 0 deleted"), first.output());
            assertEquals(Set.of("SELECT ON marts.*"), stub.privileges().get("data-analyst"));
            assertEquals(Set.of("SELECT ON analytics.*", "SELECT ON staging.*", "SELECT ON marts.*", "SELECT ON postgres_sources.*"),
                    stub.privileges().get("data-engineer"));
            assertEquals(Set.of("SELECT ON analytics.*", "SELECT ON marts.*", "SELECT, SHOW ON system.*"), stub.privileges().get("bi-reader"));
            assertEquals(Set.of("SELECT ON analytics.*", "SELECT ON raw.*", "SELECT ON staging.*", "SELECT ON marts.*", "INSERT ON raw.*"),
                    stub.privileges().get(ClickHouseAccess.TRINO_ROLE));
            assertEquals("service", stub.ldapUsers().get("clickhouse-reader"));
            assertEquals(Set.of(ClickHouse.TRINO_USER), stub.passwordUsers().keySet(),
                    "ClickHouse keeps no password of an LDAP-identified user, only Trino's, which is no directory account");
            assertEquals(secrets.get(ClickHouse.TRINO_PASSWORD), stub.passwordUsers().get(ClickHouse.TRINO_USER));
            assertEquals(Set.of(ClickHouseAccess.TRINO_ROLE), stub.roleGrants().get(ClickHouse.TRINO_USER));
            assertEquals(Set.of("bi-reader"), stub.roleGrants().get("clickhouse-reader"));

            int before = stub.statements().size();
            Run second = run(env, Duration.ofSeconds(20));
            assertEquals(0, second.exitCode(), second.output());
            assertTrue(second.output().contains("0 created, 0 updated, 6 unchanged, 0 deleted"), second.output());
            assertTrue(stub.statements().subList(before, stub.statements().size()).stream()
                    .noneMatch(s -> s.startsWith("GRANT") || s.startsWith("REVOKE")), "an unchanged run writes no grants");
        }
    }

    @Test
    void aGrantAddedBehindTheHooksBackIsRemoved() throws Exception {
        Secrets secrets = secrets();
        try (ClickHouseHttpStub stub = new ClickHouseHttpStub(0, ClickHouse.ADMIN_USER, secrets.get(ClickHouse.ADMIN_PASSWORD))) {
            Map<String, String> env = environment(EnumSet.of(Profile.CORE), secrets, stub.port());
            assertEquals(0, run(env, Duration.ofSeconds(20)).exitCode());
            stub.grant("data-analyst", "INSERT ON marts.*");
            Run run = run(env, Duration.ofSeconds(20));
            assertTrue(run.output().contains("clickhouse-roles: updated role data-analyst"), run.output());
            assertEquals(Set.of("SELECT ON marts.*"), stub.privileges().get("data-analyst"));
            assertTrue(stub.ldapUsers().isEmpty(), "without the directory there is no LDAP-identified user");
        }
    }

    @Test
    void withoutTheDirectoryTheReaderHasTheGeneratedPasswordAndARotatedOneIsSetAgain() throws Exception {
        Secrets secrets = secrets();
        String readerPassword = secrets.get(ClickHouse.READER_PASSWORD);
        try (ClickHouseHttpStub stub = new ClickHouseHttpStub(0, ClickHouse.ADMIN_USER, secrets.get(ClickHouse.ADMIN_PASSWORD))) {
            Map<String, String> env = environment(EnumSet.of(Profile.CORE), secrets, stub.port());
            Run first = run(env, Duration.ofSeconds(20));
            assertEquals(0, first.exitCode(), first.output());
            assertTrue(first.output().contains("clickhouse-roles: created user clickhouse-reader"), first.output());
            assertEquals(readerPassword, stub.passwordUsers().get(ClickHouse.READER_USER));
            assertEquals(Set.of("bi-reader"), stub.roleGrants().get(ClickHouse.READER_USER));
            assertTrue(first.output().lines().noneMatch(l -> l.contains(readerPassword)), "the password is never printed");

            Run second = run(env, Duration.ofSeconds(20));
            assertTrue(second.output().contains("0 created, 0 updated, 6 unchanged, 0 deleted"), second.output());

            stub.password(ClickHouse.READER_USER, secrets.generate());
            int before = stub.statements().size();
            Run rotated = run(env, Duration.ofSeconds(20));
            assertEquals(0, rotated.exitCode(), rotated.output());
            assertTrue(rotated.output().contains("clickhouse-roles: updated user clickhouse-reader"), rotated.output());
            assertEquals(readerPassword, stub.passwordUsers().get(ClickHouse.READER_USER));
            assertTrue(stub.statements().subList(before, stub.statements().size()).stream().noneMatch(s -> s.startsWith("GRANT")),
                    "a new password leaves the grants alone");
        }
    }

    @Test
    void waitsForAServerThatIsStillStarting() throws Exception {
        Secrets secrets = secrets();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Map<String, String> env = environment(EnumSet.of(Profile.CORE), secrets, port);
        CompletableFuture<Run> running = CompletableFuture.supplyAsync(() -> run(env, Duration.ofSeconds(30)));
        Thread.sleep(1500);
        try (ClickHouseHttpStub stub = new ClickHouseHttpStub(port, ClickHouse.ADMIN_USER, secrets.get(ClickHouse.ADMIN_PASSWORD))) {
            Run run = running.get();
            assertEquals(0, run.exitCode(), run.output());
            assertEquals(Set.of("SELECT ON marts.*"), stub.privileges().get("data-analyst"));
        }
    }

    @Test
    void aRefusedLoginFailsAtOnceWithClickHousesAnswer() throws Exception {
        Secrets secrets = secrets();
        try (ClickHouseHttpStub stub = new ClickHouseHttpStub(0, ClickHouse.ADMIN_USER, secrets.generate())) {
            Run run = run(environment(EnumSet.of(Profile.CORE), secrets, stub.port()), Duration.ofSeconds(20));
            assertEquals(1, run.exitCode());
            assertTrue(run.output().contains("(HTTP 403, code 516)") && run.output().contains("AUTHENTICATION_FAILED"), run.output());
        }
    }

    @Test
    void identifiersAndLiteralsAreQuotedForClickHouse() {
        assertEquals("`data-analyst`", ClickHouseRolesHook.identifier("data-analyst"));
        assertEquals("`a\\`b`", ClickHouseRolesHook.identifier("a`b"));
        assertEquals("'it\\'s'", ClickHouseRolesHook.literal("it's"));
        assertTrue(ClickHouseRolesHook.sameGrants("GRANT SELECT ON marts.* TO `data-analyst`\n", List.of("GRANT SELECT ON marts.* TO `data-analyst`")));
        assertTrue(!ClickHouseRolesHook.sameGrants("GRANT SELECT, INSERT ON marts.* TO `data-analyst`\n", List.of("GRANT SELECT ON marts.* TO `data-analyst`")));
        // ClickHouse lists the privileges of one line in its own order.
        assertTrue(ClickHouseRolesHook.sameGrants("GRANT SHOW, SELECT ON system.* TO `bi-reader`\n",
                List.of("GRANT SELECT, SHOW ON system.* TO `bi-reader`")));
    }
}
