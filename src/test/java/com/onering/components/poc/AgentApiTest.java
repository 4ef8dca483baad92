package com.onering.components.poc;

import static com.onering.testsupport.PlanQueries.list;
import static com.onering.testsupport.PlanQueries.named;
import static com.onering.testsupport.PlanQueries.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.storage.Postgres;
import com.onering.hooks.migrations.LiquibaseHook;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed 002's agent API: its workload, image, port, role and secrets as the platform declares them. */
class AgentApiTest {
    private static final Pattern FROM = Pattern.compile("(?m)^FROM\\s+(\\S+)\\s*$");
    private static final String GRANT = "postgresql:index/grant:Grant";
    private static final String DEFAULT_PRIVILEGES = "postgresql:index/defaultPrivileges:DefaultPrivileges";
    private static Platform platform;
    private static List<PlannedResource> plan;

    @BeforeAll
    static void assemble() {
        platform = Platforms.assemble("  onering:profiles: [poc]\n");
        plan = OfflinePlan.run(MockRun.config("  onering:profiles: [poc]\n"), ConfigFiles.projectDefault());
    }

    private static WorkloadSpec api() {
        return Platforms.workload(platform, AgentApi.HOST);
    }

    @Test
    void thePocProfileBringsTheApiAfterPostgresAndThePocMigrations() {
        Set<String> components = platform.components().stream().map(ComponentSpec::name).collect(Collectors.toSet());
        assertTrue(components.containsAll(Set.of(AgentApi.NAME, "postgres")), components.toString());
        assertEquals(WorkloadKind.SERVICE, api().kind());
        assertEquals(List.of(Dependency.healthy(Postgres.HOST)), api().dependsOn());
        assertEquals(List.of(LiquibaseHook.POSTGRES_POC), api().afterHooks(), "the curated tables exist before it serves");
        assertTrue(platform.component("postgres").orElseThrow().hooks().stream().anyMatch(h -> h.hook().equals(LiquibaseHook.POSTGRES_POC)));
        assertFalse(Platforms.assemble("  onering:profiles: [core]\n").component(AgentApi.NAME).isPresent(), "poc only");
    }

    @Test
    void itsSmallImageIsBuiltFromConfigOnTheIngestorsPinnedPythonWithPinnedRequirementsAndTheContract() {
        ImageSource.Built image = (ImageSource.Built) api().image();
        assertEquals("agent-api/Dockerfile", image.dockerfile());
        assertEquals("onering/agent-api", image.repository());
        ConfigFiles files = ConfigFiles.projectDefault();
        String dockerfile = files.read("agent-api/Dockerfile");
        Matcher from = FROM.matcher(dockerfile);
        assertTrue(from.find());
        Matcher ingestors = FROM.matcher(files.read("ingestors/Dockerfile"));
        assertTrue(ingestors.find());
        assertEquals(ingestors.group(1), from.group(1), "the same pinned base image as the ingestors");
        assertTrue(from.group(1).matches("[a-z./-]+:\\d+\\.\\d+\\.\\d+-[a-z-]+"), "a patch release, not a moving tag: " + from.group(1));
        assertFalse(from.find(), "one stage");
        assertTrue(dockerfile.contains("COPY contracts/openapi.yaml"), "the image serves the contract it carries");
        assertTrue(dockerfile.contains("USER app"), "not root");
        List<String> requirements = files.read("agent-api/requirements.txt").lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertFalse(requirements.isEmpty());
        requirements.forEach(r -> assertTrue(r.matches("[a-z0-9-]+==[0-9.]+"), "pinned exactly: " + r));
        assertTrue(files.read("contracts/openapi.yaml").startsWith("openapi: 3.1.0\n"));
        // The tag is the hash of what the image copies: a change to the API or the contract builds a new image.
        assertEquals(files.image("onering/agent-api", ".", "agent-api/Dockerfile", Map.of(), List.of("agent-api", "contracts")), image);
    }

    @Test
    void itIsProbedScrapedAndLimited() {
        assertTrue(String.join(" ", api().health().orElseThrow().test()).contains("http://127.0.0.1:8080/health"));
        assertEquals("/metrics", api().metrics().orElseThrow().path());
        assertEquals("http", api().metrics().orElseThrow().portName());
        assertTrue(api().memory().compareTo(MemorySize.mebibytes(64)) <= 0, api().memory().toString());
        assertTrue(api().ui().isEmpty(), "an API, not a UI: no gate, no dashboard link");
    }

    @Test
    void itsPortIsPublishedOnTheDockerHostsLoopbackOnlyWhateverTheStackPublishesOn() {
        PortSpec http = api().port("http").orElseThrow();
        assertEquals(AgentApi.HOST_PORT, http.hostPort());
        assertTrue(http.loopbackOnly());
        assertEquals(List.of("127.0.0.1"), list(named(plan, "docker:index/container:Container", AgentApi.HOST), "ports").stream()
                .map(p -> p.get("ip")).toList());

        List<PlannedResource> remote = OfflinePlan.run(MockRun.config("  onering:profiles: [poc]\n"
                + "  onering:dockerHost: ssh://deploy@vps.example.com\n  onering:publishAddress: 10.0.0.5\n  onering:portOffset: 100\n"),
                ConfigFiles.projectDefault());
        List<Map<String, Object>> ports = list(named(remote, "docker:index/container:Container", AgentApi.HOST), "ports");
        assertEquals(1, ports.size());
        assertEquals("127.0.0.1", ports.get(0).get("ip"), "no authentication: never on the private address");
        assertEquals(((Number) ports.get(0).get("external")).intValue(), AgentApi.HOST_PORT + 100, "the offset moves it and keeps it on loopback");
        assertEquals("10.0.0.5", list(named(remote, "docker:index/container:Container", WireMock.HOST), "ports").get(0).get("ip"),
                "other applications still publish on the stack's address");
    }

    @Test
    void itLogsInAsAReadOnlyRoleWithSelectOnCuratedAndNothingElse() {
        assertEquals("agent_api", api().env().get("PGUSER"));
        assertEquals(Postgres.POC.database(), api().env().get("PGDATABASE"));
        assertEquals(AgentApi.SCHEMA, api().env().get("AGENT_API_SCHEMA"));

        Map<String, Object> role = named(plan, "postgresql:index/role:Role", "role-agent_api").inputs();
        assertEquals(Set.of("name", "login", "password"), role.keySet(), "no superuser, createdb, replication or membership: " + role);
        assertEquals(true, role.get("login"));

        List<Map<String, Object>> grants = ofType(plan, GRANT).stream().map(PlannedResource::inputs)
                .filter(g -> "agent_api".equals(g.get("role"))).toList();
        assertEquals(Set.of(
                Map.of("database", "poc", "objectType", "database", "privileges", List.of("CONNECT"), "role", "agent_api"),
                Map.of("database", "poc", "objectType", "schema", "privileges", List.of("USAGE"), "role", "agent_api", "schema", "curated"),
                Map.of("database", "poc", "objectType", "table", "privileges", List.of("SELECT"), "role", "agent_api", "schema", "curated")),
                Set.copyOf(grants));
        List<Map<String, Object>> defaults = ofType(plan, DEFAULT_PRIVILEGES).stream().map(PlannedResource::inputs)
                .filter(g -> "agent_api".equals(g.get("role"))).toList();
        assertEquals(List.of(Map.of("database", "poc", "objectType", "table", "owner", "poc_owner", "privileges", List.of("SELECT"),
                "role", "agent_api", "schema", "curated")), defaults, "tables the migrations add later are readable, and only those of curated");

        List<String> waitsFor = named(plan, "docker:index/container:Container", AgentApi.HOST).dependsOn();
        for (String resource : List.of("role-agent_api", "grant-agent_api-connect-poc", "grant-agent_api-usage-curated",
                "grant-agent_api-tables-curated", "default-privileges-agent_api-curated", "hook-" + LiquibaseHook.POSTGRES_POC)) {
            assertTrue(waitsFor.stream().anyMatch(u -> u.endsWith("::" + resource)), "the container waits for " + resource + ": " + waitsFor);
        }
    }

    @Test
    void itsPasswordIsAGeneratedSecretReadFromAFileAndNoEnvironmentValueHoldsASecret() {
        ComponentSpec component = platform.component(AgentApi.NAME).orElseThrow();
        assertEquals(List.of(SecretSpec.password(AgentApi.DB_PASSWORD)), component.secrets());
        assertEquals(Template.secret(AgentApi.DB_PASSWORD), Platforms.fileNamedBy(api(), "AGENT_API_PG_PASSWORD_FILE"));
        api().env().forEach((name, value) -> assertTrue(Template.secretRefs(value).isEmpty(), name + " carries a secret"));
        assertFalse(api().env().containsKey("PGPASSWORD"));
        List<?> envs = (List<?>) named(plan, "docker:index/container:Container", AgentApi.HOST).inputs().get("envs");
        assertTrue(envs.contains("AGENT_API_PG_PASSWORD_FILE=/run/secrets/onering/agent-api-db-password"), envs.toString());
        assertTrue(envs.stream().map(String::valueOf).noneMatch(e -> e.contains("[secret")), "no secret value in the container's environment: " + envs);
        assertEquals("http://{{endpoint:agent-api/http}}", component.connectionOutputs().get("agentApiUrl"));
    }
}
