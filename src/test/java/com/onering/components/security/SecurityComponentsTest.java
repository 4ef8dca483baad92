package com.onering.components.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.ComponentSpec;
import com.onering.model.FileSpec;
import com.onering.model.ImageSource;
import com.onering.model.Template;
import com.onering.model.VolumeSpec;
import com.onering.model.WorkloadSpec;
import com.onering.model.identity.Directory;
import com.onering.model.identity.DirectoryEntry;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.MockRun;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the security profile's containers are started with: pinned images, probes that exist in them, limits, state. */
class SecurityComponentsTest {
    private static final PlatformContext CONTEXT = new PlatformContext(MockRun.config("  onering:profiles: [core, security]\n"),
            ConfigFiles.projectDefault());
    private static final Pattern FROM = Pattern.compile("(?m)^FROM (\\S+)");

    private static List<String> baseImages(String dockerfile) {
        Matcher m = FROM.matcher(ConfigFiles.projectDefault().read(dockerfile));
        List<String> images = new java.util.ArrayList<>();
        while (m.find()) {
            images.add(m.group(1));
        }
        return images;
    }

    @Test
    void keycloakRunsAnOptimizedProductionServerOnItsOwnDatabase() {
        ComponentSpec spec = new Keycloak().describe(CONTEXT);
        WorkloadSpec keycloak = spec.workloads().get(0);
        assertTrue(keycloak.image() instanceof ImageSource.Built);
        assertEquals(List.of("quay.io/keycloak/keycloak:26.7.3", "quay.io/keycloak/keycloak:26.7.3"), baseImages("keycloak/Dockerfile"));
        assertTrue(ConfigFiles.projectDefault().read("keycloak/Dockerfile").contains("kc.sh build"));
        assertEquals(List.of("--config-file=/run/secrets/onering/keycloak.conf", "start", "--optimized"), keycloak.command());
        assertEquals("http://127.0.0.1:8180", keycloak.env().get("KC_HOSTNAME"));
        assertEquals("jdbc:postgresql://postgres:5432/keycloak", keycloak.env().get("KC_DB_URL"));
        // Its secrets are in the config file (keycloak.conf syntax), not in the environment docker inspect shows.
        assertEquals(List.of("db-password=" + Template.secret("keycloak-db-password") + "\nbootstrap-admin-password="
                        + Template.secret(Keycloak.ADMIN_PASSWORD) + "\n"),
                keycloak.files().stream().filter(f -> f.containerPath().equals("/run/secrets/onering/keycloak.conf")).map(FileSpec::content).toList());
        assertEquals("admin", keycloak.env().get("KC_BOOTSTRAP_ADMIN_USERNAME"));
        assertTrue(keycloak.env().get("JAVA_OPTS_KC_HEAP").contains("-XX:MaxRAMPercentage="), "heap follows the container limit");
        List<String> probe = keycloak.health().orElseThrow().test();
        assertEquals(List.of("CMD", "bash", "-c"), probe.subList(0, 3), "no curl in the image: the probe uses bash");
        assertTrue(probe.get(3).contains("/dev/tcp/127.0.0.1/9000") && probe.get(3).contains("/health/ready"), probe.get(3));
        assertEquals(1024, keycloak.memory().mebibytes());
        assertEquals(List.of(Keycloak.DATABASE), spec.databases());
        assertFalse(keycloak.ui().isPresent(), "the identity provider is not put behind its own gatekeeper");
    }

    @Test
    void openLdapIsDebiansSlapdWithPinnedPackagesAndTheDirectoryAppliedByItsHook() {
        ComponentSpec spec = new OpenLdap().describe(CONTEXT);
        WorkloadSpec slapd = spec.workloads().get(0);
        assertEquals(List.of("docker.io/library/debian:12.11-slim"), baseImages("openldap/Dockerfile"));
        String dockerfile = ConfigFiles.projectDefault().read("openldap/Dockerfile");
        assertTrue(dockerfile.contains("slapd=2.5.13+dfsg-5") && dockerfile.contains("ldap-utils=2.5.13+dfsg-5"), "packages pinned");
        String entrypoint = ConfigFiles.projectDefault().read("openldap/entrypoint.sh");
        assertTrue(entrypoint.contains("overlay memberof"), "memberOf is what Keycloak and ClickHouse read");
        assertEquals("dc=oner,dc=local", slapd.env().get("LDAP_SUFFIX"));
        String passwordFile = slapd.env().get("LDAP_ADMIN_PASSWORD_FILE");
        assertEquals(List.of(Template.secret(Directory.ADMIN_PASSWORD_SECRET)),
                slapd.files().stream().filter(f -> f.containerPath().equals(passwordFile)).map(FileSpec::content).toList());
        assertTrue(slapd.health().orElseThrow().test().get(1).startsWith("ldapsearch "));
        assertEquals(List.of(VolumeSpec.data("openldap-data", "/var/lib/ldap")), slapd.volumes());
        assertEquals(1, spec.hooks().size());
        List<DirectoryEntry> declared = Directory.fromJson(spec.hooks().get(0).env().get("LDAP_ENTRIES"));
        assertEquals(Directory.declared("dc=oner,dc=local").entries(), declared);
        assertTrue(spec.secrets().stream().anyMatch(s -> s.name().equals("ldap-clickhouse-reader-password")));
    }

    @Test
    void theDirectoryDeclaresTheSeedsPeopleGroupsAndServiceAccounts() {
        Directory directory = Directory.declared("dc=oner,dc=local");
        List<String> dns = directory.entries().stream().map(DirectoryEntry::dn).toList();
        assertTrue(dns.containsAll(List.of("ou=people,dc=oner,dc=local", "ou=groups,dc=oner,dc=local", "ou=service,dc=oner,dc=local",
                "uid=platform-admin,ou=people,dc=oner,dc=local", "uid=data-analyst,ou=people,dc=oner,dc=local",
                "uid=data-engineer,ou=people,dc=oner,dc=local", "cn=clickhouse-reader,ou=service,dc=oner,dc=local",
                "cn=keycloak,ou=service,dc=oner,dc=local", "cn=platform-superuser,ou=groups,dc=oner,dc=local")), dns.toString());
        assertTrue(dns.indexOf("uid=data-analyst,ou=people,dc=oner,dc=local") < dns.indexOf("cn=data-analyst,ou=groups,dc=oner,dc=local"));
        assertTrue(directory.entries().stream().allMatch(e -> e.password().map(p -> Template.secretRefs(p).size() == 1).orElse(true)),
                "passwords are secret references, never values");
        assertEquals("oner.local", directory.mailDomain());
    }

    @Test
    void theGatekeeperImageCanRunItsOwnProbe() {
        assertTrue(OAuth2Proxy.IMAGE.reference().matches("quay\\.io/oauth2-proxy/oauth2-proxy:v\\d+\\.\\d+\\.\\d+-alpine"),
                "the distroless tag has no shell or wget: " + OAuth2Proxy.IMAGE.reference());
    }
}
