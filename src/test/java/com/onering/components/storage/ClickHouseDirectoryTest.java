package com.onering.components.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.PlatformConfig;
import com.onering.model.FileSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.ConfigFiles;
import com.onering.platform.PlatformContext;
import com.onering.testsupport.MockRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** ClickHouse reads people and their roles from the directory only when the security profile brings one. */
class ClickHouseDirectoryTest {

    private static WorkloadSpec clickhouse(String yamlConfigSection) {
        PlatformConfig config = MockRun.config(yamlConfigSection);
        return new ClickHouse().describe(new PlatformContext(config, ConfigFiles.projectDefault())).workloads().get(0);
    }

    @Test
    void theLdapConfigNamesTheStacksDirectoryThroughTheEnvironment() throws Exception {
        WorkloadSpec server = clickhouse("  onering:profiles: [core, security]\n  onering:ldapSuffix: dc=example,dc=org\n");
        FileSpec ldap = server.files().stream().filter(f -> f.containerPath().equals("/etc/clickhouse-server/config.d/ldap.xml"))
                .findFirst().orElseThrow();
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(ldap.content().getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        assertEquals("openldap", xpath.evaluate("/clickhouse/ldap_servers/people/host", xml));
        assertEquals("389", xpath.evaluate("/clickhouse/ldap_servers/service/port", xml));
        assertEquals("people", xpath.evaluate("/clickhouse/user_directories/ldap/server", xml));
        assertEquals("(&(objectClass=groupOfNames)(member={bind_dn}))", xpath.evaluate("/clickhouse/user_directories/ldap/role_mapping/search_filter", xml));
        for (String variable : Set.of("ONERING_LDAP_PEOPLE_BIND_DN", "ONERING_LDAP_SERVICE_BIND_DN", "ONERING_LDAP_GROUPS_DN")) {
            assertEquals("1", xpath.evaluate("count(//*[@from_env='" + variable + "'])", xml), variable);
            assertTrue(server.env().containsKey(variable), variable);
        }
        assertEquals("uid={user_name},ou=people,dc=example,dc=org", server.env().get("ONERING_LDAP_PEOPLE_BIND_DN"));
        assertEquals("cn={user_name},ou=service,dc=example,dc=org", server.env().get("ONERING_LDAP_SERVICE_BIND_DN"));
        assertEquals("ou=groups,dc=example,dc=org", server.env().get("ONERING_LDAP_GROUPS_DN"));
    }

    @Test
    void withoutSecurityThereIsNoLdapConfig() {
        WorkloadSpec server = clickhouse("  onering:profiles: [core]\n");
        assertTrue(server.files().stream().noneMatch(f -> f.containerPath().endsWith("ldap.xml")));
        assertTrue(server.env().keySet().stream().noneMatch(k -> k.startsWith("ONERING_LDAP")));
    }
}
