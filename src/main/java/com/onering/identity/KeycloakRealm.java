package com.onering.identity;

import com.onering.assembly.Gatekeeper.Gate;
import com.onering.assembly.Gatekeeper;
import com.onering.components.security.Keycloak;
import com.onering.components.security.OAuth2Proxy;
import com.onering.components.security.OpenLdap;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.model.PortSpec;
import com.onering.model.UiSpec;
import com.onering.model.identity.Directory;
import com.onering.model.identity.PlatformRole;
import com.onering.platform.Attachment;
import com.onering.platform.DeployedComponent;
import com.onering.platform.Endpoints;
import com.onering.platform.Platform;
import com.onering.secrets.SecretStore;
import com.pulumi.keycloak.Group;
import com.pulumi.keycloak.GroupArgs;
import com.pulumi.keycloak.GroupRoles;
import com.pulumi.keycloak.GroupRolesArgs;
import com.pulumi.keycloak.Provider;
import com.pulumi.keycloak.ProviderArgs;
import com.pulumi.keycloak.Realm;
import com.pulumi.keycloak.RealmArgs;
import com.pulumi.keycloak.RealmEvents;
import com.pulumi.keycloak.RealmEventsArgs;
import com.pulumi.keycloak.Role;
import com.pulumi.keycloak.RoleArgs;
import com.pulumi.keycloak.ldap.GroupMapper;
import com.pulumi.keycloak.ldap.GroupMapperArgs;
import com.pulumi.keycloak.ldap.UserFederation;
import com.pulumi.keycloak.ldap.UserFederationArgs;
import com.pulumi.keycloak.openid.AudienceProtocolMapper;
import com.pulumi.keycloak.openid.AudienceProtocolMapperArgs;
import com.pulumi.keycloak.openid.Client;
import com.pulumi.keycloak.openid.ClientArgs;
import com.pulumi.keycloak.openid.GroupMembershipProtocolMapper;
import com.pulumi.keycloak.openid.GroupMembershipProtocolMapperArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@value Keycloak#REALM} realm as typed keycloak-provider resources: the platform roles, a group per role holding
 * it, LDAP user federation of the OpenLDAP directory with a group mapper into those groups, and one confidential
 * OIDC client per gated UI (audience and group-membership mappers, as oauth2-proxy's keycloak-oidc provider expects),
 * and the Iceberg catalog's clients.
 * The provider logs in lazily and depends on the Keycloak container, which is waited healthy, so preview needs no
 * running Keycloak.
 */
public final class KeycloakRealm implements Attachment {
    static final int AUDIT_RETENTION_DAYS = 30;
    private final Platform platform;
    private final SecretStore secrets;
    private final Endpoints endpoints;
    private final Map<String, List<Resource>> byComponent = new HashMap<>();

    public KeycloakRealm(Platform platform, SecretStore secrets, Endpoints endpoints) {
        this.platform = platform;
        this.secrets = secrets;
        this.endpoints = endpoints;
    }

    @Override
    public void onDeployed(DeployedComponent deployed) {
        if (!deployed.component().spec().name().equals(Keycloak.HOST)) {
            return;
        }
        Provider provider = new Provider("keycloak-admin", ProviderArgs.builder()
                .url("http://" + endpoints.of(ProviderServers.KEYCLOAK.workload(), ProviderServers.KEYCLOAK.port()))
                .realm("master")
                .clientId("admin-cli")
                .username(Keycloak.ADMIN_USER)
                .password(secrets.get(Keycloak.ADMIN_PASSWORD))
                // Log in at the first API call, not when the provider is configured: preview works without Keycloak.
                .initialLogin(false)
                .clientTimeout(60)
                .build(), CustomResourceOptions.builder()
                .parent(deployed.component())
                .dependsOn(deployed.workloads().get(Keycloak.HOST))
                .build());
        CustomResourceOptions options = CustomResourceOptions.builder().provider(provider).parent(deployed.component()).build();
        Directory directory = Directory.declared(platform.config().ldapSuffix());

        Realm realm = new Realm("realm-" + Keycloak.REALM, RealmArgs.builder()
                .realm(Keycloak.REALM)
                .displayName("OneRing data platform")
                .enabled(true)
                // HTTPS is required except from loopback and private addresses, which is where the stack publishes.
                .sslRequired("external")
                .registrationAllowed(false)
                .loginWithEmailAllowed(true)
                .build(), options);
        audit(realm, options);

        List<Group> groups = new ArrayList<>();
        for (PlatformRole platformRole : PlatformRole.values()) {
            Role role = new Role("realm-role-" + platformRole.id(), RoleArgs.builder()
                    .realmId(realm.id())
                    .name(platformRole.id())
                    .description(platformRole.description())
                    .build(), options);
            Group group = new Group("realm-group-" + platformRole.id(), GroupArgs.builder()
                    .realmId(realm.id())
                    .name(platformRole.id())
                    .build(), options);
            new GroupRoles("realm-group-roles-" + platformRole.id(), GroupRolesArgs.builder()
                    .realmId(realm.id())
                    .groupId(group.id())
                    .roleIds(role.id().applyValue(List::of))
                    .exhaustive(true)
                    .build(), options);
            groups.add(group);
        }
        federate(realm, directory, groups, options);
        for (Gate gate : Gatekeeper.gates(platform)) {
            client(realm, gate, options);
        }
        if (platform.component(IcebergCatalog.NAME).isPresent()) {
            catalogClients(realm, options);
        }
    }

    @Override
    public List<Resource> prerequisitesOf(String component) {
        return byComponent.getOrDefault(component, List.of());
    }

    /**
     * Lakekeeper's audience: a public client its UI logs people in with (PKCE), and one confidential client with a
     * service account per deployed catalog client (Trino, Spark, the bootstrap hook), whose client-credentials tokens
     * carry that audience. Each component's workloads wait for its client.
     */
    /**
     * The realm's audit trail: every sign-in event (successes and failures, every type) and every admin change with its
     * representation, kept in Keycloak's database for {@value #AUDIT_RETENTION_DAYS} days (the admin console's Events
     * pages and admin API) and written to its log. Event types are left unset: Keycloak then records all of them.
     */
    private static void audit(Realm realm, CustomResourceOptions options) {
        new RealmEvents("realm-events-" + Keycloak.REALM, RealmEventsArgs.builder()
                .realmId(realm.id())
                .eventsEnabled(true)
                .eventsExpiration(AUDIT_RETENTION_DAYS * 24 * 60 * 60)
                .adminEventsEnabled(true)
                .adminEventsDetailsEnabled(true)
                .eventsListeners("jboss-logging")
                .build(), options);
    }

    private void catalogClients(Realm realm, CustomResourceOptions options) {
        String base = platform.workload(IcebergCatalog.HOST).flatMap(w -> w.port("http")).filter(p -> p.isPublished()).isPresent()
                ? browserUrl(IcebergCatalog.HOST, "http")
                : browserUrl(new Gate(IcebergCatalog.HOST).proxy(), OAuth2Proxy.PORT_NAME);
        Client ui = new Client("oidc-client-" + IcebergCatalog.AUDIENCE, ClientArgs.builder()
                .realmId(realm.id())
                .clientId(IcebergCatalog.AUDIENCE)
                .name("Lakekeeper")
                .accessType("PUBLIC")
                .standardFlowEnabled(true)
                .directAccessGrantsEnabled(false)
                .implicitFlowEnabled(false)
                .pkceCodeChallengeMethod("S256")
                .validRedirectUris(List.of(base + "/ui/callback"))
                .validPostLogoutRedirectUris(List.of(base + "/ui/*"))
                .webOrigins(List.of(base))
                .build(), options);
        for (IcebergCatalog.CatalogClient catalogClient : IcebergCatalog.CLIENTS) {
            if (platform.component(catalogClient.component()).isEmpty()) {
                continue;
            }
            String id = catalogClient.clientId();
            Client client = new Client("oidc-client-" + id, ClientArgs.builder()
                    .realmId(realm.id())
                    .clientId(id)
                    .name(id)
                    .accessType("CONFIDENTIAL")
                    .clientSecret(secrets.get(catalogClient.secret()))
                    .serviceAccountsEnabled(true)
                    .standardFlowEnabled(false)
                    .directAccessGrantsEnabled(false)
                    .implicitFlowEnabled(false)
                    .build(), options);
            AudienceProtocolMapper audience = new AudienceProtocolMapper("oidc-audience-" + id, AudienceProtocolMapperArgs.builder()
                    .realmId(realm.id())
                    .clientId(client.id())
                    .name("audience")
                    .includedClientAudience(IcebergCatalog.AUDIENCE)
                    .addToIdToken(false)
                    .addToAccessToken(true)
                    .build(), CustomResourceOptions.merge(options, CustomResourceOptions.builder().dependsOn(ui).build()));
            byComponent.put(catalogClient.component(), List.of(client, audience));
        }
    }

    /** Users come from the directory (read-only); their LDAP groups become members of the realm's role groups. */
    private void federate(Realm realm, Directory directory, List<Group> groups, CustomResourceOptions options) {
        UserFederation federation = new UserFederation("ldap-federation", UserFederationArgs.builder()
                .realmId(realm.id())
                .name(OpenLdap.HOST)
                .enabled(true)
                .vendor("OTHER")
                .connectionUrl("ldap://" + OpenLdap.HOST + ":" + OpenLdap.PORT)
                .bindDn(directory.serviceDn(Directory.KEYCLOAK))
                .bindCredential(secrets.get(Directory.KEYCLOAK.passwordSecret()))
                .usersDn(directory.unitDn(Directory.PEOPLE))
                .searchScope("ONE_LEVEL")
                .userObjectClasses(List.of("inetOrgPerson", "organizationalPerson"))
                .usernameLdapAttribute("uid")
                .rdnLdapAttribute("uid")
                .uuidLdapAttribute("entryUUID")
                .editMode("READ_ONLY")
                .importEnabled(true)
                .syncRegistrations(false)
                // The directory is the platform's own: its addresses are trusted, which oauth2-proxy requires.
                .trustEmail(true)
                .pagination(true)
                .fullSyncPeriod(86_400)
                .changedSyncPeriod(300)
                .build(), options);
        new GroupMapper("ldap-group-mapper", GroupMapperArgs.builder()
                .realmId(realm.id())
                .ldapUserFederationId(federation.id())
                .name("groups")
                .ldapGroupsDn(directory.unitDn(Directory.GROUPS))
                .groupNameLdapAttribute("cn")
                .groupObjectClasses(List.of("groupOfNames"))
                .membershipLdapAttribute("member")
                .membershipAttributeType("DN")
                .membershipUserLdapAttribute("uid")
                .userRolesRetrieveStrategy("LOAD_GROUPS_BY_MEMBER_ATTRIBUTE")
                .mode("READ_ONLY")
                .preserveGroupInheritance(false)
                .dropNonExistingGroupsDuringSync(false)
                .build(), CustomResourceOptions.merge(options, CustomResourceOptions.builder()
                // The mapper maps LDAP groups onto the realm groups of the same name, which must exist first.
                .dependsOn(List.<Resource>copyOf(groups)).build()));
    }

    /**
     * Where browsers reach a published port (the redirect and origin URLs of a client): on Docker its published address,
     * on a cluster its public host name; a gate is known by its UI's name.
     */
    private String browserUrl(String workload, String portName) {
        int hostPort = platform.workload(workload).flatMap(w -> w.port(portName)).map(PortSpec::hostPort)
                .orElseThrow(() -> new IllegalStateException(workload + " publishes no port " + portName));
        return platform.config().publicUrl(OAuth2Proxy.publicName(workload), hostPort);
    }

    private void client(Realm realm, Gate gate, CustomResourceOptions options) {
        String base = browserUrl(gate.proxy(), OAuth2Proxy.PORT_NAME);
        String path = platform.workload(gate.proxy()).flatMap(w -> w.ui()).map(UiSpec::path).orElse("/");
        Client client = new Client("oidc-client-" + gate.clientId(), ClientArgs.builder()
                .realmId(realm.id())
                .clientId(gate.clientId())
                .name(gate.clientId())
                .accessType("CONFIDENTIAL")
                .clientSecret(secrets.get(gate.clientSecret()))
                .standardFlowEnabled(true)
                .directAccessGrantsEnabled(false)
                .implicitFlowEnabled(false)
                .pkceCodeChallengeMethod("S256")
                .rootUrl(base)
                .baseUrl(base + path)
                .validRedirectUris(List.of(base + OAuth2Proxy.CALLBACK_PATH))
                .validPostLogoutRedirectUris(List.of(base + "/*"))
                .webOrigins(List.of(base))
                .build(), options);
        new AudienceProtocolMapper("oidc-audience-" + gate.clientId(), AudienceProtocolMapperArgs.builder()
                .realmId(realm.id())
                .clientId(client.id())
                .name("audience")
                .includedClientAudience(gate.clientId())
                .addToIdToken(true)
                .addToAccessToken(true)
                .build(), options);
        new GroupMembershipProtocolMapper("oidc-groups-" + gate.clientId(), GroupMembershipProtocolMapperArgs.builder()
                .realmId(realm.id())
                .clientId(client.id())
                .name("groups")
                .claimName("groups")
                // Plain names, as the directory's groups and onering:allowedGroups spell them.
                .fullPath(false)
                .addToIdToken(true)
                .addToAccessToken(true)
                .addToUserinfo(true)
                .build(), options);
    }
}
