package com.onering.hooks.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.security.OpenLdap;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookRunner;
import com.onering.model.ComponentSpec;
import com.onering.model.HookSpec;
import com.onering.model.Profile;
import com.onering.model.identity.Directory;
import com.onering.model.identity.DirectoryEntry;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.Secrets;
import com.onering.testsupport.TestServers.CommandResult;
import com.onering.testsupport.TestServers;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchScope;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ldap-directory hook against the real slapd test server, with the environment the OpenLDAP component declares.
 * Every outcome is checked with Debian's ldapsearch, an independent client.
 */
@Tag("integration")
class LdapDirectoryHookTest {
    private TestServers.Ldap ldap;
    private Directory directory;
    private Secrets secrets;
    private Map<String, String> env;

    @BeforeEach
    void startFromAnEmptySuffix() throws LDAPException {
        ldap = TestServers.ldap();
        ComponentSpec openldap = new OpenLdap().describe(new PlatformContext(
                PlatformConfig.defaults("dev", EnumSet.of(Profile.SECURITY)), ConfigFiles.projectDefault()));
        directory = Directory.declared(ldap.baseDn());
        secrets = new Secrets(openldap.secrets());
        // The test server's root password stands in for the generated admin password of the container.
        secrets.set(Directory.ADMIN_PASSWORD_SECRET, ldap.adminPassword());
        HookSpec spec = openldap.hooks().stream().filter(h -> h.hook().equals("ldap-directory")).findFirst().orElseThrow();
        env = new HashMap<>();
        spec.env().forEach((k, v) -> env.put(k, secrets.render(v, Map.of("openldap/ldap", ldap.host() + ":" + ldap.port()))));
        try (LDAPConnection admin = new LDAPConnection(ldap.host(), ldap.port(), ldap.adminDn(), ldap.adminPassword())) {
            for (String unit : directory.managedUnits()) {
                deleteSubtree(admin, unit);
            }
        }
    }

    @Test
    void appliesTheDeclaredDirectoryAndASecondRunChangesNothing() {
        Run first = run(env);
        assertEquals(0, first.exitCode(), first.output());
        int declared = directory.entries().size();
        assertTrue(first.output().contains("ldap-directory: " + declared + " created, 0 updated, 0 unchanged, 0 deleted"), first.output());
        for (DirectoryEntry entry : directory.entries()) {
            assertTrue(first.output().contains("ldap-directory: created entry " + entry.dn()), entry.dn());
            assertTrue(ldapsearch(entry.dn(), "base", "dn").contains("dn: " + entry.dn()), entry.dn());
        }
        String analysts = ldapsearch(directory.groupDn(com.onering.model.identity.PlatformRole.DATA_ANALYST), "base", "member");
        assertTrue(analysts.contains("member: " + directory.personDn("data-analyst")), analysts);
        // memberof overlay: people carry their groups, which is what Keycloak and ClickHouse role mapping read.
        String admin = ldapsearch(directory.personDn("platform-admin"), "base", "memberOf");
        assertTrue(admin.contains("memberOf: " + directory.groupDn(com.onering.model.identity.PlatformRole.PLATFORM_SUPERUSER)), admin);
        assertTrue(bindsAs(directory.personDn("data-analyst"), secrets.get("ldap-data-analyst-password")));
        assertTrue(bindsAs(directory.serviceDn(Directory.CLICKHOUSE_READER), secrets.get("ldap-clickhouse-reader-password")));
        assertFalse(bindsAs(directory.personDn("data-analyst"), secrets.generate()), "a wrong password must be refused");
        String stored = ldapsearch(directory.personDn("data-analyst"), "base", "userPassword");
        assertTrue(stored.contains("userPassword:: ") && !stored.contains(secrets.get("ldap-data-analyst-password")),
                "the password is stored hashed: " + stored);

        Run second = run(env);
        assertEquals(0, second.exitCode(), second.output());
        assertTrue(second.output().contains("ldap-directory: 0 created, 0 updated, " + declared + " unchanged, 0 deleted"), second.output());
    }

    @Test
    void aChangedEntryAndAChangedPasswordAreUpdatedAlone() {
        assertEquals(0, run(env).exitCode());
        List<DirectoryEntry> changed = new ArrayList<>();
        String analyst = directory.personDn("data-analyst");
        for (DirectoryEntry e : Directory.fromJson(env.get("LDAP_ENTRIES"))) {
            if (e.dn().equals(analyst)) {
                Map<String, List<String>> attributes = new HashMap<>(e.attributes());
                attributes.put("mail", List.of("analyst@example.org"));
                e = new DirectoryEntry(e.dn(), e.objectClasses(), attributes, Optional.of(secrets.generate()));
            }
            changed.add(e);
        }
        String newPassword = changed.stream().filter(e -> e.dn().equals(analyst)).findFirst().orElseThrow().password().orElseThrow();
        Map<String, String> changedEnv = new HashMap<>(env);
        changedEnv.put("LDAP_ENTRIES", Directory.toJson(changed));

        Run run = run(changedEnv);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("ldap-directory: updated entry " + analyst), run.output());
        assertTrue(run.output().contains("0 created, 1 updated, " + (changed.size() - 1) + " unchanged, 0 deleted"), run.output());
        assertTrue(ldapsearch(analyst, "base", "mail").contains("mail: analyst@example.org"));
        assertTrue(bindsAs(analyst, newPassword));
        assertFalse(bindsAs(analyst, secrets.get("ldap-data-analyst-password")), "the old password must stop working");
    }

    @Test
    void entriesTheStackNoLongerDeclaresAreRemovedOnlyInsideTheManagedUnits() throws Exception {
        assertEquals(0, run(env).exitCode());
        String outside = "cn=kept-outside," + ldap.baseDn();
        String stray = "uid=stray,ou=people," + ldap.baseDn();
        try (LDAPConnection admin = new LDAPConnection(ldap.host(), ldap.port(), ldap.adminDn(), ldap.adminPassword())) {
            admin.add("dn: " + outside, "objectClass: organizationalRole", "cn: kept-outside");
            admin.add("dn: " + stray, "objectClass: inetOrgPerson", "uid: stray", "cn: Stray", "sn: Stray");
        }
        String engineer = directory.personDn("data-engineer");
        String engineers = directory.groupDn(com.onering.model.identity.PlatformRole.DATA_ENGINEER);
        List<DirectoryEntry> fewer = Directory.fromJson(env.get("LDAP_ENTRIES")).stream()
                .filter(e -> !e.dn().equals(engineer) && !e.dn().equals(engineers)).toList();
        Map<String, String> fewerEnv = new HashMap<>(env);
        fewerEnv.put("LDAP_ENTRIES", Directory.toJson(fewer));

        Run run = run(fewerEnv);
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("0 created, 0 updated, " + fewer.size() + " unchanged, 3 deleted"), run.output());
        for (String gone : List.of(engineer, engineers, stray)) {
            assertTrue(run.output().contains("ldap-directory: deleted entry " + gone), run.output());
            assertTrue(ldapsearchResult(gone, "base", "dn").output().contains("No such object"), gone);
        }
        assertTrue(ldapsearch(outside, "base", "dn").contains("dn: " + outside), "entries outside the managed units stay");
        try (LDAPConnection admin = new LDAPConnection(ldap.host(), ldap.port(), ldap.adminDn(), ldap.adminPassword())) {
            admin.delete(outside);
        }
    }

    @Test
    void aServerKilledMidRunIsWaitedForAndTheRunCompletesOnceItIsBack() throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        Thread[] restarter = new Thread[1];
        // Kill slapd right after the first entry is reported, then bring it back while the hook retries.
        Run interrupted = run(env, line -> {
            if (line.contains(": created entry") && killed.compareAndSet(false, true)) {
                TestServers.kill("ldap");
                restarter[0] = new Thread(() -> {
                    sleep(Duration.ofSeconds(2));
                    TestServers.restart("ldap");
                });
                restarter[0].start();
            }
        }, Duration.ofSeconds(90));
        restarter[0].join(120_000);
        assertTrue(killed.get());
        assertEquals(0, interrupted.exitCode(), interrupted.output());
        assertNotEquals(ldap.pid(), TestServers.currentPid("ldap"));
        for (DirectoryEntry entry : directory.entries()) {
            assertTrue(ldapsearch(entry.dn(), "base", "dn").contains("dn: " + entry.dn()), entry.dn());
        }
        Run again = run(env);
        assertTrue(again.output().contains("0 created, 0 updated, " + directory.entries().size() + " unchanged, 0 deleted"), again.output());
    }

    @Test
    void aServerThatStaysDownFailsWithTheEndpointNamed() {
        TestServers.kill("ldap");
        try {
            Run run = run(env, line -> { }, Duration.ofSeconds(3));
            assertEquals(1, run.exitCode());
            assertTrue(run.output().contains("timed out after 3s waiting for LDAP directory at ldap://" + ldap.host() + ":" + ldap.port()), run.output());
        } finally {
            TestServers.restart("ldap");
        }
    }

    @Test
    void aWrongAdminPasswordIsReportedAsSuch() {
        Map<String, String> wrong = new HashMap<>(env);
        wrong.put("LDAP_BIND_PASSWORD", secrets.generate());
        Run run = run(wrong);
        assertEquals(1, run.exitCode());
        assertTrue(run.output().contains("refused the bind as " + ldap.adminDn()), run.output());
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(Map<String, String> environment) {
        return run(environment, line -> { }, Duration.ofSeconds(30));
    }

    private Run run(Map<String, String> environment, java.util.function.Consumer<String> onLine, Duration timeout) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new LineTap(captured, onLine), true, StandardCharsets.UTF_8);
        int code = new HookRunner(out, out).run(new LdapDirectoryHook(), environment, ConfigFiles.projectDefault().root(), timeout);
        return new Run(code, captured.toString(StandardCharsets.UTF_8));
    }

    private String ldapsearch(String base, String scope, String attribute) {
        CommandResult r = ldapsearchResult(base, scope, attribute);
        assertEquals(0, r.exitCode(), r.output());
        return r.output();
    }

    private CommandResult ldapsearchResult(String base, String scope, String attribute) {
        return TestServers.run(List.of("ldapsearch", "-x", "-LLL", "-o", "ldif-wrap=no", "-H", ldap.url(), "-D", ldap.adminDn(),
                "-w", ldap.adminPassword(), "-b", base, "-s", scope, "(objectClass=*)", attribute), Map.of(), 30);
    }

    private boolean bindsAs(String dn, String password) {
        CommandResult r = TestServers.run(List.of("ldapwhoami", "-x", "-H", ldap.url(), "-D", dn, "-w", password), Map.of(), 30);
        return r.exitCode() == 0 && r.output().contains("dn:" + dn);
    }

    private static void deleteSubtree(LDAPConnection admin, String base) throws LDAPException {
        try {
            List<String> dns = new ArrayList<>(admin.search(base, SearchScope.SUB, "(objectClass=*)", "1.1").getSearchEntries()
                    .stream().map(e -> e.getDN()).toList());
            dns.sort(Comparator.comparingInt((String dn) -> dn.length()).reversed());
            for (String dn : dns) {
                admin.delete(dn);
            }
        } catch (LDAPException e) {
            if (e.getResultCode() != ResultCode.NO_SUCH_OBJECT) {
                throw e;
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Passes output through and calls back once per complete line. */
    private static final class LineTap extends OutputStream {
        private final OutputStream target;
        private final java.util.function.Consumer<String> onLine;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineTap(OutputStream target, java.util.function.Consumer<String> onLine) {
            this.target = target;
            this.onLine = onLine;
        }

        @Override
        public synchronized void write(int b) throws java.io.IOException {
            target.write(b);
            if (b == '\n') {
                onLine.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }
    }
}
