package com.onering.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.model.Dependency;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlanMocks;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CustomServicesTest {
    /** A valid service; each bad case replaces or removes one line of it. */
    private static final String GOOD = """
              onering:profiles: [core, poc]
              onering:customServices:
                echo-api:
                  image: docker.io/hashicorp/http-echo:1.0.0
                  profile: poc
                  ports:
                    http: "5678:15678"
                  env:
                    ECHO_TEXT: hello
                    API_TOKEN: "{{secret:echo-api-token}}"
                    DATABASE_URL: "postgresql://app:{{secret:echo-db-password}}@postgres:5432/curated"
                  secrets: [echo-api-token, echo-db-password]
                  dependsOn: [postgres]
                  memory: 64Mi
                  healthCommand: [CMD, /http-echo, -version]
            """;

    static String with(String line, String replacement) {
        if (!GOOD.contains(line)) {
            throw new IllegalArgumentException("not in the good service: " + line);
        }
        return GOOD.replace(line, replacement);
    }

    static Stream<Arguments> badServices() {
        return Stream.of(
                Arguments.of("latest tag", with("image: docker.io/hashicorp/http-echo:1.0.0", "image: docker.io/hashicorp/http-echo:latest"),
                        "customServices.echo-api.image", "'latest' is a floating tag"),
                Arguments.of("no tag", with("image: docker.io/hashicorp/http-echo:1.0.0", "image: localhost:5000/http-echo"),
                        "customServices.echo-api.image", "is not pinned"),
                Arguments.of("missing image", with("      image: docker.io/hashicorp/http-echo:1.0.0\n", ""),
                        "customServices.echo-api.image", "is missing"),
                Arguments.of("port not a number", with("http: \"5678:15678\"", "http: \"web:15678\""),
                        "customServices.echo-api.ports.http", "is not \"containerPort\" or \"containerPort:hostPort\""),
                Arguments.of("port out of range", with("http: \"5678:15678\"", "http: \"5678:70000\""),
                        "customServices.echo-api.ports.http", "ports 1-65535"),
                Arguments.of("unknown profile", with("profile: poc", "profile: sandbox"),
                        "customServices.echo-api.profile", "unknown profile 'sandbox'"),
                Arguments.of("missing memory", with("      memory: 64Mi\n", ""),
                        "customServices.echo-api.memory", "is missing"),
                Arguments.of("bad memory", with("memory: 64Mi", "memory: lots"),
                        "customServices.echo-api.memory", "'lots' is not a memory size"),
                Arguments.of("missing health", with("      healthCommand: [CMD, /http-echo, -version]\n", ""),
                        "customServices.echo-api.healthCommand", "is missing"),
                Arguments.of("secret literal by name", with("API_TOKEN: \"{{secret:echo-api-token}}\"", "API_TOKEN: s3cr3t-value"),
                        "customServices.echo-api.env.API_TOKEN", "looks like a secret written in plain text"),
                Arguments.of("password in a URL", with("app:{{secret:echo-db-password}}@", "app:hunter2@"),
                        "customServices.echo-api.env.DATABASE_URL", "looks like a secret written in plain text"),
                Arguments.of("well-known token shape", with("ECHO_TEXT: hello", "ECHO_TEXT: ghp_abcdefghijklmnopqrstuvwxyz0123456789"),
                        "customServices.echo-api.env.ECHO_TEXT", "looks like a secret written in plain text"),
                Arguments.of("secret not listed", with("secrets: [echo-api-token, echo-db-password]", "secrets: [echo-db-password]"),
                        "customServices.echo-api.env.API_TOKEN", "refers to echo-api-token"),
                Arguments.of("unknown setting", with("memory: 64Mi", "memory: 64Mi\n      cpus: 2"),
                        "customServices.echo-api.cpus", "unknown setting"),
                Arguments.of("name not a DNS label", with("    echo-api:", "    Echo_API:"),
                        "customServices.Echo_API", "not a valid service name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badServices")
    void rejectsABadServiceWithTheKeyToFix(String description, String yaml, String key, String message) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> MockRun.config(yaml));
        assertEquals(1, e.problems().size(), () -> "expected exactly one problem, got " + e.problems());
        assertEquals("onering:" + key, e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().contains(message), () -> "message was: " + e.problems().get(0).message());
    }

    @Test
    void unknownDependencyIsNamedByTheAssembler() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> Platforms.assemble(with("dependsOn: [postgres]", "dependsOn: [postgress]")));
        assertEquals(1, e.problems().size(), () -> "problems: " + e.problems());
        assertEquals("onering:customServices.echo-api.dependsOn", e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().contains("unknown workload postgress"), e.problems().get(0).message());
    }

    @Test
    void aNameThePlatformAlreadyUsesIsRejected() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> Platforms.assemble(GOOD.replace("echo-api", "grafana")));
        assertEquals("onering:customServices.grafana", e.problems().get(0).key());
        assertTrue(e.problems().get(0).message().contains("already used by the platform"), e.problems().get(0).message());
    }

    @Test
    void aPublishedPortMayNotClashWithThePlatform() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> Platforms.assemble(with("http: \"5678:15678\"", "http: \"5678:5432\"")));
        assertTrue(e.problems().get(0).message().contains("already published by postgres.postgres"), e.problems().get(0).message());
    }

    @Test
    void aGoodServiceIsReadAsWritten() {
        CustomService service = MockRun.config(GOOD).customServices().get(0);
        assertEquals("echo-api", service.name());
        assertEquals(Profile.POC, service.profile());
        assertEquals(MemorySize.mebibytes(64), service.memory());
        assertEquals(List.of("CMD", "/http-echo", "-version"), service.healthCommand());
        assertEquals(List.of(PortSpec.published("http", 5678, 15678)), service.portSpecs());
        assertEquals(List.of("CMD-SHELL", "wget -qO- http://127.0.0.1:5678/"),
                MockRun.config(with("healthCommand: [CMD, /http-echo, -version]", "healthCommand: wget -qO- http://127.0.0.1:5678/"))
                        .customServices().get(0).healthCommand());
    }

    @Test
    void aVersionTagWithItsDigestIsPinned() {
        String digest = "sha256:" + "0123456789abcdef".repeat(4);
        CustomService service = MockRun.config(with("image: docker.io/hashicorp/http-echo:1.0.0",
                "image: docker.io/hashicorp/http-echo:1.0.0@" + digest)).customServices().get(0);
        assertEquals("docker.io/hashicorp/http-echo:1.0.0@" + digest,
                Platforms.workload(Platforms.assemble(MockRun.config(GOOD.replace("http-echo:1.0.0", "http-echo:1.0.0@" + digest))), "echo-api")
                        .image().reference());
        assertEquals("echo-api", service.name());
    }

    @Test
    void aGoodServiceIsDeployedLikeAnyComponent() {
        Platform platform = Platforms.assemble(GOOD);
        WorkloadSpec echo = Platforms.workload(platform, "echo-api");
        assertEquals("docker.io/hashicorp/http-echo:1.0.0", echo.image().reference());
        assertEquals(List.of(Dependency.healthy("postgres")), echo.dependsOn());
        assertEquals(Profile.POC, platform.component("echo-api").orElseThrow().profile());
        assertTrue(platform.secrets().containsKey("echo-api-token"));

        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(GOOD), ConfigFiles.projectDefault());
        PlannedResource container = plan.stream().filter(r -> r.type().equals("docker:index/container:Container")
                && r.name().equals("echo-api")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<String> env = (List<String>) container.inputs().get("envs");
        assertTrue(env.contains("ECHO_TEXT=hello"));
        List<String> token = env.stream().filter(e -> e.startsWith("API_TOKEN=")).toList();
        assertEquals(1, token.size(), env.toString());
        assertTrue(PlanMocks.isHidden(token.get(0).substring("API_TOKEN=".length())), "the token is rendered as a secret under its name: " + env);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> ports = (List<Map<String, Object>>) container.inputs().get("ports");
        assertEquals(15678.0, ((Number) ports.get(0).get("external")).doubleValue());
        assertTrue(container.dependsOn().stream().anyMatch(u -> u.endsWith("::postgres")));
        assertTrue(plan.stream().anyMatch(r -> r.type().equals("random:index/randomPassword:RandomPassword")
                && r.name().equals("echo-api-token")), "listed secrets are generated");
    }

    @Test
    void aServiceDependingOnARejectedServiceGivesOnlyTheRealProblem() {
        String two = GOOD + """
                    grafana:
                      image: docker.io/library/nginx:1.29.1
                      profile: poc
                      memory: 32Mi
                      healthCommand: [CMD, nginx, -t]
                """;
        InvalidConfigException e = assertThrows(InvalidConfigException.class,
                () -> Platforms.assemble(two.replace("dependsOn: [postgres]", "dependsOn: [grafana]")));
        assertEquals(List.of("onering:customServices.grafana"), e.problems().stream().map(ConfigProblem::key).toList());
    }

    @Test
    void aServiceOfAnUnselectedProfileIsNotDeployed() {
        Platform platform = Platforms.assemble(GOOD.replace("onering:profiles: [core, poc]", "onering:profiles: [core]"));
        assertTrue(platform.workload("echo-api").isEmpty());
    }
}
