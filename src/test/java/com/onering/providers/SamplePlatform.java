package com.onering.providers;

import com.pulumi.command.local.Command;
import com.pulumi.command.local.CommandArgs;
import com.pulumi.command.local.enums.Logging;
import com.pulumi.core.Output;
import com.pulumi.keycloak.DefaultRoles;
import com.pulumi.keycloak.DefaultRolesArgs;
import com.pulumi.keycloak.Group;
import com.pulumi.keycloak.GroupArgs;
import com.pulumi.keycloak.GroupRoles;
import com.pulumi.keycloak.GroupRolesArgs;
import com.pulumi.keycloak.Realm;
import com.pulumi.keycloak.RealmArgs;
import com.pulumi.keycloak.inputs.RealmInternationalizationArgs;
import com.pulumi.keycloak.inputs.RealmSmtpServerArgs;
import com.pulumi.keycloak.inputs.RealmSmtpServerAuthArgs;
import com.pulumi.keycloak.ldap.GroupMapper;
import com.pulumi.keycloak.ldap.GroupMapperArgs;
import com.pulumi.keycloak.ldap.RoleMapper;
import com.pulumi.keycloak.ldap.RoleMapperArgs;
import com.pulumi.keycloak.ldap.UserFederation;
import com.pulumi.keycloak.ldap.UserFederationArgs;
import com.pulumi.keycloak.ldap.inputs.UserFederationCacheArgs;
import com.pulumi.keycloak.openid.AudienceProtocolMapper;
import com.pulumi.keycloak.openid.AudienceProtocolMapperArgs;
import com.pulumi.keycloak.openid.Client;
import com.pulumi.keycloak.openid.ClientArgs;
import com.pulumi.keycloak.openid.GroupMembershipProtocolMapper;
import com.pulumi.keycloak.openid.GroupMembershipProtocolMapperArgs;
import com.pulumi.keycloak.openid.UserRealmRoleProtocolMapper;
import com.pulumi.keycloak.openid.UserRealmRoleProtocolMapperArgs;
import com.pulumi.postgresql.Database;
import com.pulumi.postgresql.DatabaseArgs;
import com.pulumi.postgresql.DefaultPrivileges;
import com.pulumi.postgresql.DefaultPrivilegesArgs;
import com.pulumi.postgresql.Extension;
import com.pulumi.postgresql.ExtensionArgs;
import com.pulumi.postgresql.Grant;
import com.pulumi.postgresql.GrantArgs;
import com.pulumi.postgresql.GrantRole;
import com.pulumi.postgresql.GrantRoleArgs;
import com.pulumi.postgresql.Schema;
import com.pulumi.postgresql.SchemaArgs;
import com.pulumi.random.RandomBytes;
import com.pulumi.random.RandomBytesArgs;
import com.pulumi.random.RandomPassword;
import com.pulumi.random.RandomPasswordArgs;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.ProviderResource;
import java.util.List;
import java.util.Map;

/** A small Keycloak + LDAP + PostgreSQL platform using one of every binding, for the mock-engine tests. */
record SamplePlatform(
        com.pulumi.random.Provider randomProvider,
        RandomPassword dbPassword,
        RandomBytes cookieSecret,
        com.pulumi.command.Provider commandProvider,
        Command waitForKeycloak,
        com.pulumi.postgresql.Provider postgres,
        com.pulumi.postgresql.Role dbRole,
        Database database,
        Schema schema,
        Extension extension,
        Grant grant,
        DefaultPrivileges defaultPrivileges,
        GrantRole grantRole,
        com.pulumi.keycloak.Provider keycloak,
        Realm realm,
        com.pulumi.keycloak.Role role,
        Group group,
        GroupRoles groupRoles,
        DefaultRoles defaultRoles,
        Client client,
        AudienceProtocolMapper audienceMapper,
        GroupMembershipProtocolMapper groupsMapper,
        UserRealmRoleProtocolMapper rolesMapper,
        UserFederation ldap,
        GroupMapper ldapGroups,
        RoleMapper ldapRoles) {

    static CustomResourceOptions with(ProviderResource provider) {
        return CustomResourceOptions.builder().provider(provider).build();
    }

    static SamplePlatform define() {
        var randomProvider = new com.pulumi.random.Provider("random");
        var dbPassword = new RandomPassword("db-password",
                RandomPasswordArgs.builder().length(32).special(false).build(), with(randomProvider));
        var cookieSecret = new RandomBytes("cookie-secret",
                RandomBytesArgs.builder().length(32).keepers(Map.of("rotation", "1")).build(), with(randomProvider));

        var commandProvider = new com.pulumi.command.Provider("command");
        var waitForKeycloak = new Command("wait-for-keycloak", CommandArgs.builder()
                .create("curl -fsS http://keycloak:8080/health/ready")
                .interpreter("/bin/sh", "-c")
                .environment(Map.of("CURL_CA_BUNDLE", "/etc/ssl/ca.pem"))
                .logging(Logging.StdoutAndStderr)
                .triggers("v1", 2)
                .build(), with(commandProvider));

        var postgres = new com.pulumi.postgresql.Provider("postgres",
                com.pulumi.postgresql.ProviderArgs.builder()
                        .host("postgres")
                        .port(5432)
                        .username("postgres")
                        .password(dbPassword.result())
                        .database("postgres")
                        .sslmode("disable")
                        .superuser(false)
                        .build());
        var dbRole = new com.pulumi.postgresql.Role("keycloak-db-role",
                com.pulumi.postgresql.RoleArgs.builder()
                        .name("keycloak").login(true).password(dbPassword.result()).build(), with(postgres));
        var database = new Database("keycloak-db",
                DatabaseArgs.builder().name("keycloak").owner(dbRole.name()).build(), with(postgres));
        var schema = new Schema("keycloak-schema",
                SchemaArgs.builder().name("keycloak").database(database.name()).owner(dbRole.name()).build(), with(postgres));
        var extension = new Extension("pgcrypto",
                ExtensionArgs.builder().name("pgcrypto").database(database.name()).build(), with(postgres));
        var grant = new Grant("keycloak-connect", GrantArgs.builder()
                .database(database.name()).role(dbRole.name()).objectType("database").privileges("CONNECT").build(),
                with(postgres));
        var defaultPrivileges = new DefaultPrivileges("keycloak-tables", DefaultPrivilegesArgs.builder()
                .database(database.name()).role(dbRole.name()).owner(dbRole.name()).schema("public")
                .objectType("table").privileges("SELECT", "INSERT").build(), with(postgres));
        var grantRole = new GrantRole("keycloak-read-all",
                GrantRoleArgs.builder().role(dbRole.name()).grantRole("pg_read_all_data").build(), with(postgres));

        var keycloak = new com.pulumi.keycloak.Provider("keycloak",
                com.pulumi.keycloak.ProviderArgs.builder()
                        .url("http://keycloak:8080")
                        .basePath("")
                        .clientId("admin-cli")
                        .username("admin")
                        .password("admin")
                        .realm("master")
                        .initialLogin(false)
                        .clientTimeout(30)
                        .tlsInsecureSkipVerify(true)
                        .build(),
                CustomResourceOptions.builder().dependsOn(waitForKeycloak).build());
        var realm = new Realm("platform", RealmArgs.builder()
                .realm("platform")
                .enabled(true)
                .displayName("Platform")
                .loginWithEmailAllowed(true)
                .sslRequired("external")
                .accessTokenLifespan("5m")
                .passwordPolicy("length(12) and notUsername")
                .attributes(Map.of("frontendUrl", "https://sso.example.test"))
                .registrationAllowed(false)
                .resetPasswordAllowed(true)
                .rememberMe(true)
                .duplicateEmailsAllowed(false)
                .verifyEmail(true)
                .internationalization(RealmInternationalizationArgs.builder()
                        .defaultLocale("en").supportedLocales("en", "de").build())
                .smtpServer(RealmSmtpServerArgs.builder()
                        .host("mail").from("sso@example.test")
                        .auth(RealmSmtpServerAuthArgs.builder().username("sso").password("mail-secret").build())
                        .build())
                .build(), with(keycloak));
        var role = new com.pulumi.keycloak.Role("platform-admin",
                com.pulumi.keycloak.RoleArgs.builder()
                        .realmId(realm.id()).name("platform-admin").description("Platform administrators").build(),
                with(keycloak));
        var group = new Group("admins", GroupArgs.builder().realmId(realm.id()).name("admins").build(), with(keycloak));
        var groupRoles = new GroupRoles("admins-roles", GroupRolesArgs.builder()
                .realmId(realm.id()).groupId(group.id()).roleIds(Output.all(role.id())).exhaustive(true).build(),
                with(keycloak));
        var defaultRoles = new DefaultRoles("platform-default-roles", DefaultRolesArgs.builder()
                .realmId(realm.id()).defaultRoles("offline_access", "uma_authorization").build(), with(keycloak));
        var client = new Client("grafana", ClientArgs.builder()
                .realmId(realm.id())
                .clientId("grafana")
                .name("Grafana")
                .description("Grafana dashboards")
                .accessType("CONFIDENTIAL")
                .enabled(true)
                .standardFlowEnabled(true)
                .directAccessGrantsEnabled(false)
                .serviceAccountsEnabled(false)
                .validRedirectUris("https://grafana.example.test/login/generic_oauth")
                .validPostLogoutRedirectUris("https://grafana.example.test/")
                .webOrigins("+")
                .rootUrl("https://grafana.example.test")
                .baseUrl("/")
                .adminUrl("/")
                .pkceCodeChallengeMethod("S256")
                .fullScopeAllowed(false)
                .consentRequired(false)
                .frontchannelLogoutEnabled(true)
                .useRefreshTokens(true)
                .extraConfig(Map.of("post.logout.redirect.uris", "+"))
                .loginTheme("keycloak")
                .import_(false)
                .build(), with(keycloak));
        var audienceMapper = new AudienceProtocolMapper("grafana-audience", AudienceProtocolMapperArgs.builder()
                .realmId(realm.id()).clientId(client.id()).name("audience")
                .includedClientAudience(client.clientId()).addToAccessToken(true).build(), with(keycloak));
        var groupsMapper = new GroupMembershipProtocolMapper("grafana-groups", GroupMembershipProtocolMapperArgs.builder()
                .realmId(realm.id()).clientId(client.id()).name("groups").claimName("groups").fullPath(false).build(),
                with(keycloak));
        var rolesMapper = new UserRealmRoleProtocolMapper("grafana-roles", UserRealmRoleProtocolMapperArgs.builder()
                .realmId(realm.id()).clientId(client.id()).name("roles").claimName("roles").multivalued(true).build(),
                with(keycloak));
        var ldap = new UserFederation("ldap", UserFederationArgs.builder()
                .realmId(realm.id())
                .name("ldap")
                .enabled(true)
                .connectionUrl("ldap://openldap:389")
                .usersDn("ou=people,dc=example,dc=test")
                .bindDn("cn=admin,dc=example,dc=test")
                .bindCredential("ldap-secret")
                .usernameLdapAttribute("uid")
                .rdnLdapAttribute("uid")
                .uuidLdapAttribute("entryUUID")
                .userObjectClasses("inetOrgPerson", "organizationalPerson")
                .editMode("READ_ONLY")
                .syncRegistrations(false)
                .vendor("OTHER")
                .searchScope("SUBTREE")
                .importEnabled(true)
                .fullSyncPeriod(86400)
                .changedSyncPeriod(3600)
                .trustEmail(true)
                .startTls(false)
                .pagination(true)
                .connectionTimeout("5s")
                .readTimeout("10s")
                .priority(0)
                .usePasswordModifyExtendedOp(false)
                .validatePasswordPolicy(false)
                .batchSizeForSync(1000)
                .cache(UserFederationCacheArgs.builder().policy("DEFAULT").build())
                .build(), with(keycloak));
        var ldapGroups = new GroupMapper("ldap-groups", GroupMapperArgs.builder()
                .realmId(realm.id()).ldapUserFederationId(ldap.id()).name("groups")
                .ldapGroupsDn("ou=groups,dc=example,dc=test").groupNameLdapAttribute("cn")
                .groupObjectClasses("groupOfNames").membershipLdapAttribute("member")
                .membershipUserLdapAttribute("uid").membershipAttributeType("DN").mode("READ_ONLY").build(),
                with(keycloak));
        var ldapRoles = new RoleMapper("ldap-roles", RoleMapperArgs.builder()
                .realmId(realm.id()).ldapUserFederationId(ldap.id()).name("roles")
                .ldapRolesDn("ou=roles,dc=example,dc=test").roleNameLdapAttribute("cn")
                .roleObjectClasses("groupOfNames").membershipLdapAttribute("member")
                .membershipUserLdapAttribute("uid").useRealmRolesMapping(true).build(), with(keycloak));

        return new SamplePlatform(randomProvider, dbPassword, cookieSecret, commandProvider, waitForKeycloak,
                postgres, dbRole, database, schema, extension, grant, defaultPrivileges, grantRole,
                keycloak, realm, role, group, groupRoles, defaultRoles, client, audienceMapper, groupsMapper,
                rolesMapper, ldap, ldapGroups, ldapRoles);
    }

    /** Type token of every resource the platform registers (providers included). */
    static final List<String> TYPES = List.of(
            "pulumi:providers:random",
            "random:index/randomPassword:RandomPassword",
            "random:index/randomBytes:RandomBytes",
            "pulumi:providers:command",
            "command:local:Command",
            "pulumi:providers:postgresql",
            "postgresql:index/role:Role",
            "postgresql:index/database:Database",
            "postgresql:index/schema:Schema",
            "postgresql:index/extension:Extension",
            "postgresql:index/grant:Grant",
            "postgresql:index/defaultPrivileges:DefaultPrivileges",
            "postgresql:index/grantRole:GrantRole",
            "pulumi:providers:keycloak",
            "keycloak:index/realm:Realm",
            "keycloak:index/role:Role",
            "keycloak:index/group:Group",
            "keycloak:index/groupRoles:GroupRoles",
            "keycloak:index/defaultRoles:DefaultRoles",
            "keycloak:openid/client:Client",
            "keycloak:openid/audienceProtocolMapper:AudienceProtocolMapper",
            "keycloak:openid/groupMembershipProtocolMapper:GroupMembershipProtocolMapper",
            "keycloak:openid/userRealmRoleProtocolMapper:UserRealmRoleProtocolMapper",
            "keycloak:ldap/userFederation:UserFederation",
            "keycloak:ldap/groupMapper:GroupMapper",
            "keycloak:ldap/roleMapper:RoleMapper");
}
