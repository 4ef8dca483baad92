package com.onering.identity;

import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanMocks;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.testsupport.MockRun;
import com.pulumi.docker.ContainerArgs;
import com.pulumi.keycloak.ProviderArgs;
import com.pulumi.keycloak.ldap.UserFederationArgs;
import com.pulumi.keycloak.openid.ClientArgs;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The realm, its roles, groups, clients and LDAP federation as the engine would receive them, per profile mix. */
class KeycloakRealmTest {
    private static final String KC = "keycloak:";
    private static List<PlannedResource> secured;

    @BeforeAll
    static void plan() {
        secured = OfflinePlan.run(MockRun.config("  onering:profiles: [core, security]\n"), ConfigFiles.projectDefault());
    }

    @Test
    void realmRolesAndGroupsMatchThePlatformRoles() {
        assertEquals("oner", named(secured, "keycloak:index/realm:Realm", "realm-oner").inputs().get("realm"));
        Set<String> roles = Set.of("platform-admin", "data-analyst", "data-engineer", "platform-superuser");
        assertEquals(roles, ofType(secured, "keycloak:index/role:Role").stream().map(r -> (String) r.inputs().get("name")).collect(Collectors.toSet()));
        assertEquals(roles, ofType(secured, "keycloak:index/group:Group").stream().map(r -> (String) r.inputs().get("name")).collect(Collectors.toSet()));
        PlannedResource analystRoles = named(secured, "keycloak:index/groupRoles:GroupRoles", "realm-group-roles-data-analyst");
        // The mock echoes inputs as outputs and ids are "<name>-id": the group holds exactly its own role.
        assertEquals("realm-group-data-analyst-id", analystRoles.inputs().get("groupId"));
        assertEquals(List.of("realm-role-data-analyst-id"), analystRoles.inputs().get("roleIds"));
        assertEquals(true, analystRoles.inputs().get("exhaustive"));
        for (PlannedResource r : secured) {
            if (r.type().startsWith(KC) && !r.type().startsWith("keycloak:index/realm")) {
                assertEquals("realm-oner-id", r.inputs().get("realmId"), r.name() + " belongs to the oner realm");
            }
        }
    }

    @Test
    void theDirectoryIsFederatedWithItsGroupsMappedOntoTheRealmGroups() {
        PlannedResource federation = named(secured, "keycloak:ldap/userFederation:UserFederation", "ldap-federation");
        assertEquals("ldap://openldap:389", federation.inputs().get("connectionUrl"));
        assertEquals("ou=people,dc=oner,dc=local", federation.inputs().get("usersDn"));
        assertEquals("cn=keycloak,ou=service,dc=oner,dc=local", federation.inputs().get("bindDn"));
        assertTrue(PlanMocks.isHidden(federation.inputs().get("bindCredential")));
        assertEquals("READ_ONLY", federation.inputs().get("editMode"));
        assertEquals("uid", federation.inputs().get("usernameLdapAttribute"));
        PlannedResource mapper = named(secured, "keycloak:ldap/groupMapper:GroupMapper", "ldap-group-mapper");
        assertEquals("ou=groups,dc=oner,dc=local", mapper.inputs().get("ldapGroupsDn"));
        assertEquals("ldap-federation-id", mapper.inputs().get("ldapUserFederationId"));
        assertEquals(List.of("groupOfNames"), mapper.inputs().get("groupObjectClasses"));
        assertEquals("member", mapper.inputs().get("membershipLdapAttribute"));
        assertTrue(mapper.dependsOn().stream().anyMatch(u -> u.endsWith("::realm-group-data-analyst")), "groups exist before the mapper");
    }

    @Test
    void everyGatedUiHasAConfidentialClientWithAudienceAndGroupMappers() {
        Map<String, Integer> proxyPorts = Map.of("airflow-apiserver", 8080, "airflow-flower", 5555, "infisical", 8082);
        assertEquals(proxyPorts.keySet(), ofType(secured, "keycloak:openid/client:Client").stream()
                .map(r -> (String) r.inputs().get("clientId")).collect(Collectors.toSet()));
        proxyPorts.forEach((ui, port) -> {
            PlannedResource client = named(secured, "keycloak:openid/client:Client", "oidc-client-" + ui);
            assertEquals("CONFIDENTIAL", client.inputs().get("accessType"));
            assertTrue(PlanMocks.isHidden(client.inputs().get("clientSecret")));
            assertEquals(List.of("http://127.0.0.1:" + port + "/oauth2/callback"), client.inputs().get("validRedirectUris"));
            PlannedResource audience = named(secured, "keycloak:openid/audienceProtocolMapper:AudienceProtocolMapper", "oidc-audience-" + ui);
            assertEquals(ui, audience.inputs().get("includedClientAudience"));
            assertEquals("oidc-client-" + ui + "-id", audience.inputs().get("clientId"));
            PlannedResource groups = named(secured, "keycloak:openid/groupMembershipProtocolMapper:GroupMembershipProtocolMapper", "oidc-groups-" + ui);
            assertEquals("groups", groups.inputs().get("claimName"));
            assertEquals(false, groups.inputs().get("fullPath"));
            // The proxy presents the same client, with the callback the client allows.
            List<String> env = proxyEnv(secured, ui + "-gate");
            assertTrue(env.contains("OAUTH2_PROXY_CLIENT_ID=" + ui), env.toString());
            assertTrue(env.contains("OAUTH2_PROXY_REDIRECT_URL=http://127.0.0.1:" + port + "/oauth2/callback"), env.toString());
        });
    }

    @Test
    void theProviderTalksToThePublishedKeycloakOnlyAfterItIsHealthy() {
        PlannedResource provider = named(secured, "pulumi:providers:keycloak", "keycloak-admin");
        assertEquals("http://127.0.0.1:8180", provider.inputs().get("url"));
        assertEquals("admin-cli", provider.inputs().get("clientId"));
        assertEquals("false", String.valueOf(provider.inputs().get("initialLogin")));
        assertTrue(PlanMocks.isHidden(provider.inputs().get("password")));
        assertTrue(provider.dependsOn().stream().anyMatch(u -> u.endsWith("Container::keycloak")));
        assertEquals(true, named(secured, "docker:index/container:Container", "keycloak").inputs().get("wait"),
                "the provider's dependency must be waited healthy");
        for (PlannedResource r : secured) {
            if (r.type().startsWith(KC)) {
                assertTrue(String.valueOf(r.provider()).endsWith("::keycloak-admin"), r.name() + " uses the admin provider");
            }
        }
    }

    @Test
    void secretsTravelAsSecretsToTheEngine() {
        MockRun run = MockRun.of(MockRun.config("  onering:profiles: [core, security]\n"), false);
        assertEquals(0, run.result().exitCode(), () -> run.result().errors().toString());
        ProviderArgs provider = (ProviderArgs) run.resource("pulumi:providers:keycloak", "keycloak-admin").args();
        assertTrue(MockRun.isSecret(provider.password().orElseThrow()));
        ClientArgs client = (ClientArgs) run.resource("keycloak:openid/client:Client", "oidc-client-airflow-apiserver").args();
        assertTrue(MockRun.isSecret(client.clientSecret().orElseThrow()));
        UserFederationArgs federation = (UserFederationArgs) run.resource("keycloak:ldap/userFederation:UserFederation", "ldap-federation").args();
        assertTrue(MockRun.isSecret(federation.bindCredential().orElseThrow()));
        // Their secrets are files: every upload that carries one is secret, and the environment carries none.
        for (String container : List.of("keycloak", "openldap", "airflow-apiserver-gate")) {
            ContainerArgs args = (ContainerArgs) run.resource("docker:index/container:Container", container).args();
            assertFalse(MockRun.isSecret(args.envs().orElseThrow()), container + " env carries a secret");
            var uploads = com.pulumi.test.PulumiTest.extractValue(args.uploads().orElseThrow());
            assertTrue(uploads.stream().anyMatch(u -> com.pulumi.test.PulumiTest.extractValue(u.file()).startsWith("/run/secrets/onering/") && MockRun.isSecret(u.content().orElseThrow())),
                    container + " gets its secrets as secret files");
        }
        for (String hook : List.of("hook-ldap-directory", "hook-clickhouse-roles")) {
            var command = (com.pulumi.command.local.CommandArgs) run.resource("command:local:Command", hook).args();
            assertTrue(MockRun.isSecret(command.environment().orElseThrow()), hook + " receives passwords in its environment");
        }
        ContainerArgs postgres = (ContainerArgs) run.resource("docker:index/container:Container", "postgres").args();
        var uploads = com.pulumi.test.PulumiTest.extractValue(postgres.uploads().orElseThrow());
        assertTrue(MockRun.isSecret(uploads.get(0).content().orElseThrow()), "pg_hba.conf carries the LDAP bind password");
        assertTrue(((CustomResourceOptions) run.resource("keycloak:index/realm:Realm", "realm-oner").options()).getProvider().isPresent());
    }

    @Test
    void resourceNamesStayUniqueWithEverythingSecurityAdds() {
        Set<String> urns = new java.util.HashSet<>();
        for (PlannedResource r : secured) {
            assertTrue(urns.add(r.urn()), "duplicate URN " + r.urn());
        }
    }

    @Test
    void previewNeedsNoRunningKeycloak() {
        MockRun preview = MockRun.of(MockRun.config("  onering:profiles: [core, security]\n"), true);
        assertEquals(0, preview.result().exitCode(), () -> "errors: " + preview.result().errors() + preview.result().exceptions());
        preview.resource("keycloak:index/realm:Realm", "realm-oner");
    }

    @Test
    void withoutSecurityThereIsNoRealmAndSecurityAloneHasARealmWithoutClients() {
        List<PlannedResource> core = OfflinePlan.run(MockRun.config("  onering:profiles: [core]\n"), ConfigFiles.projectDefault());
        assertTrue(core.stream().noneMatch(r -> r.type().startsWith(KC) || r.type().equals("pulumi:providers:keycloak")));
        List<PlannedResource> alone = OfflinePlan.run(MockRun.config("  onering:profiles: [security]\n"), ConfigFiles.projectDefault());
        named(alone, "keycloak:index/realm:Realm", "realm-oner");
        named(alone, "keycloak:ldap/userFederation:UserFederation", "ldap-federation");
        assertTrue(ofType(alone, "keycloak:openid/client:Client").isEmpty());
    }

    @Test
    void theStackSuffixReachesTheDirectoryAndTheFederation() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config("  onering:profiles: [core, security]\n  onering:ldapSuffix: dc=example,dc=org\n"),
                ConfigFiles.projectDefault());
        PlannedResource federation = named(plan, "keycloak:ldap/userFederation:UserFederation", "ldap-federation");
        assertEquals("ou=people,dc=example,dc=org", federation.inputs().get("usersDn"));
        assertTrue(proxyEnv(plan, "openldap").contains("LDAP_SUFFIX=dc=example,dc=org"));
        assertFalse(String.valueOf(named(plan, "command:local:Command", "hook-ldap-directory").inputs()).contains("dc=oner"));
    }

    @SuppressWarnings("unchecked")
    static List<String> proxyEnv(List<PlannedResource> plan, String container) {
        return (List<String>) named(plan, "docker:index/container:Container", container).inputs().get("envs");
    }
}
