package com.onering.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.pulumi.command.local.enums.Logging;
import com.pulumi.core.Output;
import com.pulumi.core.internal.Constants;
import com.pulumi.core.internal.Internal;
import com.pulumi.resources.Resource;
import com.pulumi.test.Mocks;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestOptions;
import com.pulumi.test.TestResult;
import com.pulumi.test.internal.MockMonitor;
import com.pulumi.test.internal.PulumiTestInternal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;

/** Runs {@link SamplePlatform} under the SDK's in-process mock engine. */
class ProviderResourcesMockTest {

    private static final TestOptions OPTIONS = TestOptions.builder()
            .projectName("onering").stackName("test").preview(false).build();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    /** Records what the engine is asked to create and answers like a provider would (inputs echoed plus computed outputs). */
    static final class RecordingMocks implements Mocks {
        final Map<String, ResourceArgs> byName = new ConcurrentHashMap<>();

        @Override
        public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
            byName.put(args.name, args);
            Map<String, Object> state = new HashMap<>(args.inputs);
            switch (args.type) {
                case "random:index/randomPassword:RandomPassword" -> {
                    state.put("result", "generated-password");
                    state.put("bcryptHash", "$2a$10$hash");
                }
                case "random:index/randomBytes:RandomBytes" -> {
                    state.put("base64", "AAEC");
                    state.put("hex", "000102");
                }
                case "command:local:Command" -> {
                    state.put("stdout", "ready");
                    state.put("stderr", "");
                }
                case "keycloak:openid/client:Client" -> state.put("clientSecret", "generated-client-secret");
                case "keycloak:index/group:Group" -> state.put("path", "/" + args.inputs.get("name"));
                default -> {
                }
            }
            return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
        }

        Map<String, Object> inputs(String name) {
            ResourceArgs a = byName.get(name);
            assertTrue(a != null, "resource " + name + " was not registered");
            return a.inputs;
        }
    }

    @Test
    void registersEveryBindingWithSchemaTokensAndWireNames() {
        var mocks = new RecordingMocks();
        TestResult result = PulumiTest.withMocks(mocks).withOptions(OPTIONS).runTest(ctx -> SamplePlatform.define());
        assertEquals(0, result.exitCode(), () -> "program failed: " + result.exceptions() + result.errors());

        Set<String> types = new TreeSet<>();
        mocks.byName.values().forEach(a -> types.add(a.type));
        assertEquals(new TreeSet<>(SamplePlatform.TYPES), types);
        assertEquals(SamplePlatform.TYPES.size(), mocks.byName.size(), "one resource per binding");

        assertEquals(Set.of("realmId", "clientId", "name", "description", "accessType", "enabled", "standardFlowEnabled",
                        "directAccessGrantsEnabled", "serviceAccountsEnabled", "validRedirectUris",
                        "validPostLogoutRedirectUris", "webOrigins", "rootUrl", "baseUrl", "adminUrl",
                        "pkceCodeChallengeMethod", "fullScopeAllowed", "consentRequired", "frontchannelLogoutEnabled",
                        "useRefreshTokens", "extraConfig", "loginTheme", "import"),
                mocks.inputs("grafana").keySet(), "openid Client wire names");
        assertEquals("platform-id", mocks.inputs("grafana").get("realmId"), "Client.realmId takes Realm.id");
        assertEquals(List.of("https://grafana.example.test/login/generic_oauth"), mocks.inputs("grafana").get("validRedirectUris"));
        assertEquals(Map.of("post.logout.redirect.uris", "+"), mocks.inputs("grafana").get("extraConfig"));

        Map<String, Object> realm = mocks.inputs("platform");
        assertEquals("platform", realm.get("realm"));
        assertEquals(Map.of("defaultLocale", "en", "supportedLocales", List.of("en", "de")), realm.get("internationalization"));
        assertEquals(Map.of("host", "mail", "from", "sso@example.test",
                "auth", Map.of("username", "sso", "password", "mail-secret")), realm.get("smtpServer"));
        assertEquals(Map.of("frontendUrl", "https://sso.example.test"), realm.get("attributes"));

        Map<String, Object> command = mocks.inputs("wait-for-keycloak");
        assertEquals(Set.of("create", "interpreter", "environment", "logging", "triggers"), command.keySet());
        assertEquals("stdoutAndStderr", command.get("logging"), "enum serialised to the schema value");
        assertEquals(List.of("v1", 2.0), command.get("triggers"));
        assertEquals(Map.of("CURL_CA_BUNDLE", "/etc/ssl/ca.pem"), command.get("environment"));

        assertEquals(List.of("platform-admin-id"), mocks.inputs("admins-roles").get("roleIds"));
        assertEquals("ldap-id", mocks.inputs("ldap-groups").get("ldapUserFederationId"));
        assertEquals(Map.of("policy", "DEFAULT"), mocks.inputs("ldap").get("cache"));
        assertEquals("pg_read_all_data", mocks.inputs("keycloak-read-all").get("grantRole"));
        assertEquals("keycloak", mocks.inputs("keycloak-connect").get("role"), "Grant.role takes Role.name");
        assertEquals(32.0, mocks.inputs("db-password").get("length"));

        // Provider config travels JSON-encoded when it is not a string (json=true), as generated SDKs do;
        // the SDK encodes integers as JSON numbers such as "30.0".
        Map<String, Object> pg = mocks.inputs("postgres");
        assertEquals("postgres", pg.get("host"));
        assertEquals(5432.0, Double.parseDouble((String) pg.get("port")));
        assertEquals("false", pg.get("superuser"));
        assertEquals("generated-password", pg.get("password"));
        assertEquals("disable", pg.get("sslmode"));
        assertTrue(pg.containsKey("connectTimeout"), "schema default for connectTimeout applied in build()");
        Map<String, Object> kc = mocks.inputs("keycloak");
        assertEquals("http://keycloak:8080", kc.get("url"));
        assertEquals(30.0, Double.parseDouble((String) kc.get("clientTimeout")));
        assertEquals("true", kc.get("tlsInsecureSkipVerify"));
        assertEquals("false", kc.get("initialLogin"));

        for (String name : List.of("platform", "grafana", "ldap", "ldap-roles", "platform-default-roles")) {
            assertTrue(mocks.byName.get(name).provider.endsWith("$pulumi:providers:keycloak::keycloak::keycloak-id"),
                    name + " uses the explicit keycloak provider: " + mocks.byName.get(name).provider);
        }
        assertTrue(mocks.byName.get("keycloak-db").provider.endsWith("$pulumi:providers:postgresql::postgres::postgres-id"));
        assertTrue(mocks.byName.get("db-password").provider.endsWith("$pulumi:providers:random::random::random-id"));
        assertTrue(mocks.byName.get("wait-for-keycloak").provider.endsWith("$pulumi:providers:command::command::command-id"));
    }

    /**
     * MockMonitor answers with the mocks' state as is, so it never marks anything secret. The real engine marks the
     * outputs a resource lists in additionalSecretOutputs; this monitor does the same, so the typed outputs below show
     * what a program sees at {@code pulumi up}. It also keeps the requests, to check plugin versions on the wire.
     */
    static final class EngineLikeMonitor extends MockMonitor {
        final Map<String, RegisterResourceRequest> requests = new ConcurrentHashMap<>();

        EngineLikeMonitor(Mocks mocks) {
            super(mocks, PulumiTestInternal.mockLog());
        }

        @Override
        public CompletableFuture<RegisterResourceResponse> registerResourceAsync(Resource resource, RegisterResourceRequest request) {
            requests.put(request.getName(), request);
            return super.registerResourceAsync(resource, request).thenApply(response -> {
                Struct.Builder object = response.getObject().toBuilder();
                for (String name : request.getAdditionalSecretOutputsList()) {
                    Value plain = object.getFieldsMap().get(name);
                    if (plain != null) {
                        object.putFields(name, Value.newBuilder().setStructValue(Struct.newBuilder()
                                .putFields(Constants.SpecialSigKey, Value.newBuilder().setStringValue(Constants.SpecialSecretSig).build())
                                .putFields("value", plain)).build());
                    }
                }
                return response.toBuilder().setObject(object).build();
            });
        }
    }

    private static boolean secret(Output<?> output) {
        return Internal.of(output).isSecret().join();
    }

    @Test
    void secretOutputsAreSecretAndVersionsArePinned() {
        var mocks = new RecordingMocks();
        var monitor = new AtomicReference<EngineLikeMonitor>();
        var platform = new AtomicReference<SamplePlatform>();
        TestResult result = PulumiTestInternal.builder()
                .options(OPTIONS)
                .mocks(mocks)
                .monitorDecorator(ignored -> {
                    monitor.set(new EngineLikeMonitor(mocks));
                    return monitor.get();
                })
                .build()
                .runTest(ctx -> platform.set(SamplePlatform.define()));
        assertEquals(0, result.exitCode(), () -> "program failed: " + result.exceptions() + result.errors());
        SamplePlatform p = platform.get();

        assertTrue(secret(p.dbPassword().result()), "RandomPassword.result");
        assertTrue(secret(p.dbPassword().bcryptHash()), "RandomPassword.bcryptHash");
        assertTrue(secret(p.cookieSecret().base64()), "RandomBytes.base64");
        assertTrue(secret(p.cookieSecret().hex()), "RandomBytes.hex");
        assertTrue(secret(p.client().clientSecret()), "Client.clientSecret");
        assertTrue(secret(p.ldap().bindCredential()), "UserFederation.bindCredential");
        assertTrue(secret(p.dbRole().password()), "postgresql Role.password");
        assertTrue(secret(p.postgres().password()), "postgresql Provider.password");
        assertEquals("generated-client-secret", PulumiTest.extractValue(p.client().clientSecret()));

        assertFalse(secret(p.dbPassword().length()), "RandomPassword.length is not secret");
        assertFalse(secret(p.client().clientId()), "Client.clientId is not secret");
        assertFalse(secret(p.realm().realm()), "Realm.realm is not secret");
        assertFalse(secret(p.waitForKeycloak().stdout()), "Command.stdout is not secret");

        // Typed outputs deserialise into the enum and nested output classes.
        assertEquals(Optional.of(Logging.StdoutAndStderr), PulumiTest.extractValue(p.waitForKeycloak().logging()));
        assertEquals("ready", PulumiTest.extractValue(p.waitForKeycloak().stdout()));
        var i18n = PulumiTest.extractValue(p.realm().internationalization()).orElseThrow();
        assertEquals("en", i18n.defaultLocale());
        assertEquals(List.of("en", "de"), i18n.supportedLocales());
        var smtp = PulumiTest.extractValue(p.realm().smtpServer()).orElseThrow();
        assertEquals("mail-secret", smtp.auth().orElseThrow().password());
        assertEquals(Optional.of("DEFAULT"), PulumiTest.extractValue(p.ldap().cache()).orElseThrow().policy());
        assertEquals("/admins", PulumiTest.extractValue(p.group().path()));
        assertEquals(Optional.of(Map.of("frontendUrl", "https://sso.example.test")), PulumiTest.extractValue(p.realm().attributes()));

        Map<String, RegisterResourceRequest> requests = monitor.get().requests;
        for (String type : SamplePlatform.TYPES) {
            String plugin = type.startsWith("pulumi:providers:") ? type.substring("pulumi:providers:".length()) : type.split(":")[0];
            var matching = requests.values().stream().filter(r -> r.getType().equals(type)).toList();
            assertEquals(1, matching.size(), type);
            assertEquals(ProviderPins.versions().get(plugin), matching.get(0).getVersion(), type + " asks for the pinned plugin version");
        }
        assertEquals(List.of("bcryptHash", "result"), requests.get("db-password").getAdditionalSecretOutputsList());
        assertEquals(List.of("postgresql:index/defaultPrivileg:DefaultPrivileg"),
                requests.get("keycloak-tables").getAliasesList().stream().map(a -> a.getSpec().getType()).toList(),
                "DefaultPrivileges keeps the schema's alias");
    }
}
