package com.onering.hooks.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.components.orchestration.Airflow;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer;
import com.onering.hooks.security.InfisicalStub;
import com.onering.model.Profile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The airflow-secrets hook against one stub answering Infisical's API ({@link InfisicalStub}) and Airflow's
 * ({@link AirflowConnectionsStub}).
 */
class AirflowSecretsHookTest {
    private final String airflowPassword = UUID.randomUUID().toString();
    private StubServer stub;
    private InfisicalStub infisical;
    private AirflowConnectionsStub airflow;

    @BeforeEach
    void start() throws Exception {
        stub = new StubServer();
        airflow = new AirflowConnectionsStub(stub, airflowPassword, AirflowSecretsHook.CREDENTIALS_CONNECTION);
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    /** The hook's environment as the provisioner renders it for a core stack, pointed at the stub, the admin token given by hand. */
    private Map<String, String> env() {
        String address = stub.url().substring("http://".length());
        Map<String, String> env = new HashMap<>(HookHarness.environment(Airflow.secretsHookSpec(PlatformConfig.defaults("dev", Set.of(Profile.CORE))),
                Map.of("airflow-apiserver/api", address, "infisical/http", address), Map.of("airflow-admin-password", airflowPassword)));
        if (infisical == null) {
            List<String> names = new ArrayList<>();
            JsonParser.parseString(env.get("AIRFLOW_CONNECTIONS")).getAsJsonArray()
                    .forEach(e -> names.add(e.getAsJsonObject().get("connection_id").getAsString()));
            names.addAll(JsonParser.parseString(env.get("AIRFLOW_VARIABLES")).getAsJsonObject().keySet());
            infisical = new InfisicalStub(stub, "onering-airflow", names);
        }
        env.put("INFISICAL_TOKEN", infisical.adminToken());
        return env;
    }

    @Test
    void storesTheDagsSettingsMakesAReaderAndGivesAirflowItsCredentialsThenChangesNothing() {
        Outcome first = HookHarness.run(new AirflowSecretsHook(), env());
        assertEquals(0, first.exitCode(), first.toString());
        List<String> created = first.lines(Action.CREATED);
        for (String expected : List.of("project onering-airflow", "folder prod/connections", "folder prod/variables",
                "secret prod/connections/oner_s3", "secret prod/variables/oner_bucket_bronze", "machine identity onering-airflow",
                "universal auth onering-airflow", "project membership onering-airflow as viewer", "client secret onering-airflow",
                "connection infisical_default")) {
            assertTrue(created.contains("airflow-secrets: created " + expected), expected + " not in " + created);
        }
        JsonObject s3 = JsonParser.parseString(infisical.secrets().get("/connections/oner_s3")).getAsJsonObject();
        assertEquals("aws", s3.get("conn_type").getAsString());
        assertEquals("value-of-s3-secret-key", s3.get("password").getAsString());
        assertFalse(s3.has("connection_id"), "Airflow's JSON connection form has no id: the secret's name is the id");
        assertEquals("bronze", infisical.secrets().get("/variables/oner_bucket_bronze"));
        JsonObject credentials = airflow.connections().get("infisical_default");
        assertEquals("http://infisical:8080", credentials.get("host").getAsString());
        assertEquals("client-1", credentials.get("login").getAsString());
        assertEquals("client-secret-1", credentials.get("password").getAsString());
        assertEquals(JsonParser.parseString("{\"environment\":\"prod\",\"project\":\"onering-airflow\"}"),
                JsonParser.parseString(credentials.get("extra").getAsString()));

        int writes = stub.writes().size();
        Outcome second = HookHarness.run(new AirflowSecretsHook(), env());
        assertEquals(0, second.exitCode(), second.toString());
        assertTrue(second.lines(Action.CREATED).isEmpty() && second.lines(Action.UPDATED).isEmpty(), second.toString());
        assertEquals(writes + 1, stub.writes().size(), "only Airflow's token request may write");
        assertEquals(List.of("client-secret-1"), infisical.clientSecrets(), "no client secret is issued while Airflow holds one");
    }

    @Test
    void airflowWithoutItsCredentialsConnectionGetsANewClientSecret() {
        assertEquals(0, HookHarness.run(new AirflowSecretsHook(), env()).exitCode());
        airflow.connections().clear();
        Outcome again = HookHarness.run(new AirflowSecretsHook(), env());
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(List.of("client-secret-1", "client-secret-2"), infisical.clientSecrets());
        assertEquals("client-secret-2", airflow.connections().get("infisical_default").get("password").getAsString());
    }

    @Test
    void withoutAnAdminTokenItNamesTheInfisicalHookAndTouchesNothing(@TempDir Path empty) {
        Map<String, String> env = env();
        env.remove("INFISICAL_TOKEN");
        env.put("INFISICAL_TOKEN_FILE", empty.resolve("admin-token").toString());
        Outcome outcome = HookHarness.run(new AirflowSecretsHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("no Infisical admin token: run the infisical hook first"), outcome.err());
        assertTrue(stub.calls().isEmpty(), "nothing contacted");
    }

    @Test
    void onlyAProjectMemberAsViewerWithNoOrganizationRole() {
        assertEquals(0, HookHarness.run(new AirflowSecretsHook(), env()).exitCode());
        assertEquals(Map.of("id-1", "viewer"), infisical.memberships());
        List<JsonElement> identityCreations = stub.calls("POST", "/api/v1/identities").stream().map(c -> c.body()).toList();
        assertEquals(1, identityCreations.size());
        assertEquals("org-1", identityCreations.get(0).getAsJsonObject().get("organizationId").getAsString());
    }
}
