package com.onering.hooks.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.onering.components.catalog.OpenMetadata;
import com.onering.components.storage.ObjectStore;
import com.onering.config.PlatformConfig;
import com.onering.hooks.HookHarness.Outcome;
import com.onering.hooks.HookHarness;
import com.onering.hooks.HookReport.Action;
import com.onering.hooks.StubServer.Reply;
import com.onering.hooks.StubServer;
import com.onering.model.Profile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The openmetadata hook against a stub of OpenMetadata's REST API, from its API reference (docs.open-metadata.org,
 * "APIs" / swagger of 1.12): {@code POST /api/v1/users/login {email, password(base64)}} answers {@code accessToken}
 * (a wrong password is a 401); {@code GET /api/v1/services/{kind}/name/{name}} (404 when absent) and {@code PUT
 * /api/v1/services/{kind}} (create or update, 200/201, the entity with its id) for databaseServices and
 * pipelineServices; the same for {@code /api/v1/services/ingestionPipelines} (by the FQN {@code <service>.<name>});
 * {@code POST /api/v1/services/ingestionPipelines/deploy|trigger/{id}} answers the pipeline service client's status
 * {@code {code, reason, platform, version}}. The bodies the hook sends are written to
 * {@code target/contract/openmetadata/}, where the Python catalog group validates them with OpenMetadata's own models.
 */
class OpenMetadataHookTest {
    private final String password = UUID.randomUUID().toString();
    /** What the stub server currently accepts for the admin: a fresh install starts with the upstream default. */
    private volatile String serverPassword;
    private final String token = UUID.randomUUID().toString();
    private final Map<String, JsonObject> services = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> pipelines = new ConcurrentHashMap<>();
    /** What the ingestion container answers through the server: 200 when it deployed or ran the pipeline. */
    private volatile int clientCode = 200;
    private StubServer openMetadata;

    @BeforeEach
    void start() throws Exception {
        serverPassword = password;
        openMetadata = new StubServer().route("POST", "/api/v1/users/login", c -> {
            String sent = new String(Base64.getDecoder().decode(c.body().getAsJsonObject().get("password").getAsString()), StandardCharsets.UTF_8);
            return sent.equals(serverPassword) ? Reply.ok(Map.of("accessToken", token, "tokenType", "Bearer"))
                    : new Reply(401, Map.of("code", 401, "message", "You have entered an invalid username or password."));
        });
        // BasicAuthenticator.changeUserPwdWithOldPwd (OpenMetadata 1.12): plain passwords, old one checked for SELF.
        openMetadata.route("PUT", "/api/v1/users/changePassword", authed(c -> {
            JsonObject request = c.body().getAsJsonObject();
            if (!request.get("requestType").getAsString().equals("SELF") || !request.get("oldPassword").getAsString().equals(serverPassword)
                    || !request.get("newPassword").getAsString().equals(request.get("confirmPassword").getAsString())) {
                return new Reply(400, Map.of("code", 400, "message", "Old Password is not correct"));
            }
            serverPassword = request.get("newPassword").getAsString();
            return Reply.ok(Map.of());
        }));
        for (String kind : List.of("databaseServices", "pipelineServices")) {
            openMetadata.route("PUT", "/api/v1/services/" + kind, authed(c -> {
                JsonObject service = c.body().getAsJsonObject();
                JsonObject previous = services.get(kind + "/" + service.get("name").getAsString());
                service.addProperty("id", previous == null ? UUID.randomUUID().toString() : previous.get("id").getAsString());
                services.put(kind + "/" + service.get("name").getAsString(), service);
                return new Reply(previous == null ? 201 : 200, service);
            }));
            for (String name : List.of("postgres-curated", "clickhouse-analytics", "airflow", "trino-lakehouse")) {
                openMetadata.route("GET", "/api/v1/services/" + kind + "/name/" + name, authed(c -> {
                    JsonObject service = services.get(kind + "/" + name);
                    if (service == null) {
                        return new Reply(404, Map.of("code", 404, "message", kind + " instance for " + name + " not found"));
                    }
                    JsonObject hidden = service.deepCopy();
                    hidden.getAsJsonObject("connection").getAsJsonObject("config").remove("authType");
                    return Reply.ok(hidden);
                }));
            }
        }
        openMetadata.route("PUT", "/api/v1/services/ingestionPipelines", authed(c -> {
            JsonObject pipeline = c.body().getAsJsonObject();
            String fqn = serviceName(pipeline.getAsJsonObject("service").get("id").getAsString()) + "." + pipeline.get("name").getAsString();
            JsonObject previous = pipelines.get(fqn);
            String id = previous == null ? UUID.randomUUID().toString() : previous.get("id").getAsString();
            pipeline.addProperty("id", id);
            pipelines.put(fqn, pipeline);
            for (String action : List.of("deploy", "trigger")) {
                openMetadata.route("POST", "/api/v1/services/ingestionPipelines/" + action + "/" + id, authed(call -> {
                    if (action.equals("deploy") && clientCode == 200) {
                        pipelines.get(fqn).addProperty("deployed", true);
                    }
                    return Reply.ok(Map.of("code", clientCode, "reason", clientCode == 200 ? "Workflow [" + fqn + "] has been " + action + "ed"
                            : "Failed to connect to Airflow", "platform", "Airflow"));
                }));
            }
            return new Reply(previous == null ? 201 : 200, pipeline);
        }));
        for (String fqn : List.of("postgres-curated.postgres-curated-metadata", "clickhouse-analytics.clickhouse-analytics-metadata",
                "clickhouse-analytics.clickhouse-analytics-dbt", "trino-lakehouse.trino-lakehouse-metadata", "airflow.airflow-metadata")) {
            openMetadata.route("GET", "/api/v1/services/ingestionPipelines/name/" + fqn, authed(c -> pipelines.containsKey(fqn)
                    ? Reply.ok(hideSecrets(pipelines.get(fqn))) : new Reply(404, Map.of("code", 404, "message", "ingestionPipeline instance for " + fqn + " not found"))));
        }
    }

    private String serviceName(String id) {
        return services.values().stream().filter(s -> s.get("id").getAsString().equals(id)).findFirst()
                .map(s -> s.get("name").getAsString()).orElseThrow(() -> new AssertionError("no service with id " + id));
    }

    /** OpenMetadata returns a dbt pipeline's S3 secret key masked. */
    private static JsonObject hideSecrets(JsonObject pipeline) {
        JsonObject hidden = pipeline.deepCopy();
        JsonObject config = hidden.getAsJsonObject("sourceConfig").getAsJsonObject("config");
        if (config.has("dbtConfigSource")) {
            config.getAsJsonObject("dbtConfigSource").getAsJsonObject("dbtSecurityConfig").addProperty("awsSecretAccessKey", "*********");
        }
        return hidden;
    }

    private StubServer.Route authed(StubServer.Route route) {
        return c -> ("Bearer " + token).equals(c.header("Authorization")) ? route.handle(c) : new Reply(401, "");
    }

    @AfterEach
    void stop() {
        openMetadata.close();
    }

    private Map<String, String> env(Set<Profile> profiles, String pgPassword) {
        return HookHarness.environment(OpenMetadata.hookSpec(PlatformConfig.defaults("dev", profiles), Set.of("clickhouse", "airflow", "object-store")),
                Map.of("openmetadata-server/http", openMetadata.url().substring(7)),
                Map.of("openmetadata-admin-password", password, "postgres-curated-password", pgPassword));
    }

    @Test
    void registersTheSourcesAndTheirPipelinesRunsTheNewOnesThenNothingThenOnlyTheChanged() {
        Outcome first = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(List.of("openmetadata: created service databaseServices/postgres-curated",
                "openmetadata: created service databaseServices/clickhouse-analytics", "openmetadata: created service pipelineServices/airflow",
                "openmetadata: created ingestion pipeline databaseServices/postgres-curated/postgres-curated-metadata",
                "openmetadata: created ingestion run databaseServices/postgres-curated/postgres-curated-metadata",
                "openmetadata: created ingestion pipeline databaseServices/clickhouse-analytics/clickhouse-analytics-metadata",
                "openmetadata: created ingestion run databaseServices/clickhouse-analytics/clickhouse-analytics-metadata",
                "openmetadata: created ingestion pipeline pipelineServices/airflow/airflow-metadata",
                "openmetadata: created ingestion run pipelineServices/airflow/airflow-metadata",
                "openmetadata: created ingestion pipeline databaseServices/clickhouse-analytics/clickhouse-analytics-dbt",
                "openmetadata: created ingestion run databaseServices/clickhouse-analytics/clickhouse-analytics-dbt"),
                first.lines(Action.CREATED));
        JsonObject pg = services.get("databaseServices/postgres-curated").getAsJsonObject("connection").getAsJsonObject("config");
        assertEquals("postgres:5432", pg.get("hostPort").getAsString());
        assertEquals("pg-1", pg.getAsJsonObject("authType").get("password").getAsString());
        JsonObject airflow = services.get("pipelineServices/airflow").getAsJsonObject("connection").getAsJsonObject("config")
                .getAsJsonObject("connection");
        assertEquals("RestAPI", airflow.get("type").getAsString());
        assertEquals("viewer", airflow.getAsJsonObject("authConfig").get("username").getAsString(), "Airflow is read as its read-only account");
        JsonObject dbt = pipelines.get("clickhouse-analytics.clickhouse-analytics-dbt");
        assertEquals(services.get("databaseServices/clickhouse-analytics").get("id"), dbt.getAsJsonObject("service").get("id"));
        assertEquals("databaseService", dbt.getAsJsonObject("service").get("type").getAsString());
        JsonObject source = dbt.getAsJsonObject("sourceConfig").getAsJsonObject("config").getAsJsonObject("dbtConfigSource");
        assertEquals(ObjectStore.DBT_MANIFEST.bucket(), source.getAsJsonObject("dbtPrefixConfig").get("dbtBucketName").getAsString());
        assertEquals(ObjectStore.DBT_MANIFEST.key(), source.getAsJsonObject("dbtPrefixConfig").get("dbtObjectPrefix").getAsString() + "/manifest.json");
        assertEquals("http://object-store:3900", source.getAsJsonObject("dbtSecurityConfig").get("endPointURL").getAsString());
        assertEquals(4, openMetadata.calls("POST", "/api/v1/services/ingestionPipelines/deploy/").size());
        assertEquals(4, openMetadata.calls("POST", "/api/v1/services/ingestionPipelines/trigger/").size());

        int writes = openMetadata.writes().size();
        Outcome second = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(7, second.count(Action.UNCHANGED), second.toString());
        assertEquals(writes + 1, openMetadata.writes().size(), "only the login may write: nothing is deployed or run again");

        Outcome third = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE, Profile.ANALYTICS), "pg-2"));
        assertEquals(List.of("openmetadata: updated service databaseServices/postgres-curated"), third.lines(Action.UPDATED));
        assertEquals(List.of("openmetadata: created service databaseServices/trino-lakehouse",
                "openmetadata: created ingestion pipeline databaseServices/trino-lakehouse/trino-lakehouse-metadata",
                "openmetadata: created ingestion run databaseServices/trino-lakehouse/trino-lakehouse-metadata"), third.lines(Action.CREATED));
        assertEquals(5, openMetadata.calls("POST", "/api/v1/services/ingestionPipelines/deploy/").size(), "the new one");
        assertEquals(5, openMetadata.calls("POST", "/api/v1/services/ingestionPipelines/trigger/").size(), "only the new one runs at once");
    }

    @Test
    void aPipelineTheIngestionContainerCannotDeployFailsWithItsReasonAndIsDeployedAndRunByTheNextRun() {
        clientCode = 500;
        Outcome failed = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(1, failed.exitCode(), failed.toString());
        assertTrue(failed.err().contains("could not deploy ingestion pipeline databaseServices/postgres-curated/postgres-curated-metadata"), failed.err());
        assertTrue(failed.err().contains("Failed to connect to Airflow"), failed.err());
        assertTrue(failed.err().contains("check that openmetadata-ingestion is healthy"), failed.err());

        // The pipeline was written before its deploy failed: the next run finds it unchanged but never deployed.
        clientCode = 200;
        Outcome again = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(0, again.exitCode(), again.toString());
        assertTrue(again.lines(Action.CREATED).contains(
                "openmetadata: created ingestion run databaseServices/postgres-curated/postgres-curated-metadata"), again.toString());
        assertTrue(pipelines.values().stream().allMatch(p -> p.has("deployed") && p.get("deployed").getAsBoolean()), "every pipeline deployed");
        int writes = openMetadata.writes().size();
        HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(writes + 1, openMetadata.writes().size(), "then nothing but the login");
    }

    /**
     * Every body the hook sends, for the richest stack (all sources), kept in {@code target/contract/openmetadata/} for
     * {@code tests/python/test_openmetadata_contract.py}, which checks them against OpenMetadata's own request models.
     */
    @Test
    void theBodiesItSendsAreKeptForTheContractCheck() throws Exception {
        Outcome outcome = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE, Profile.ANALYTICS), "pg-1"));
        assertEquals(0, outcome.exitCode(), outcome.toString());
        assertEquals(9, OpenMetadataContract.keep(openMetadata.calls()), "4 services and 5 pipelines");
    }

    @Test
    void aFreshInstallHasItsUpstreamDefaultAdminPasswordRotatedOnce() {
        serverPassword = OpenMetadataHook.UPSTREAM_DEFAULT_ADMIN_PASSWORD;
        Outcome first = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertEquals(0, first.exitCode(), first.toString());
        assertEquals(password, serverPassword, "the admin must now have the generated password");
        assertEquals(List.of("openmetadata: updated admin password admin@open-metadata.org (upstream default replaced)"),
                first.lines(Action.UPDATED));
        Outcome second = HookHarness.run(new OpenMetadataHook(), env(Set.of(Profile.CORE), "pg-1"));
        assertTrue(second.lines(Action.UPDATED).isEmpty(), second.toString());
    }

    @Test
    void aWrongAdminPasswordNamesTheSecret() {
        Map<String, String> env = env(Set.of(Profile.CORE), "pg-1");
        env.put("OPENMETADATA_ADMIN_PASSWORD", "wrong");
        Outcome outcome = HookHarness.run(new OpenMetadataHook(), env);
        assertEquals(1, outcome.exitCode(), outcome.toString());
        assertTrue(outcome.err().contains("refused the credentials"), outcome.err());
        assertTrue(outcome.err().contains("secret openmetadata-admin-password"), outcome.err());
        assertTrue(services.isEmpty());
    }
}
