package com.onering.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.ConfigProblem;
import com.onering.config.InvalidConfigException;
import com.onering.model.ComponentSpec;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlatformAssemblerTest {

    static Platform assemble(String yamlConfigSection) {
        return Platforms.assemble(yamlConfigSection);
    }

    static ConfigProblem singleProblem(String yaml) {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> assemble(yaml));
        assertEquals(1, e.problems().size(), () -> "problems: " + e.problems());
        return e.problems().get(0);
    }

    @Test
    void coreProfileDeploysTheSeedsCoreServicesInDependencyOrder() {
        Platform platform = assemble("  onering:profiles: [core]\n");
        List<String> order = platform.components().stream().map(ComponentSpec::name).toList();
        assertEquals(Set.of("postgres", "redis", "clickhouse", "object-store", "airflow", "infisical"), Set.copyOf(order));
        assertTrue(order.indexOf("postgres") < order.indexOf("airflow"));
        assertTrue(order.indexOf("redis") < order.indexOf("airflow"));
        assertTrue(order.indexOf("object-store") < order.indexOf("airflow"));
        assertEquals(List.of("airflow-init", "airflow-apiserver", "airflow-scheduler", "airflow-dag-processor",
                        "airflow-worker", "airflow-triggerer", "airflow-flower"),
                platform.component("airflow").orElseThrow().workloads().stream().map(WorkloadSpec::name).toList());
    }

    @Test
    void coreMemoryLimitsFitSixGibibytes() {
        Platform platform = assemble("  onering:profiles: [core]\n");
        // Infisical needs 1 GiB (600-770 MB at idle upstream) and Airflow's processes were OOM-killed at their former
        // limits in the first real deploy: core no longer fits its former 4 GiB.
        assertTrue(platform.totalMemory().compareTo(MemorySize.gibibytes(6)) <= 0, () -> "core needs " + platform.totalMemory());
        // Core has one job (the Airflow migration), so its budget is the sum of all its limits.
        assertEquals(platform.totalMemory(), platform.memoryByProfile().get(Profile.CORE));
    }

    @Test
    void overridesChangeMemoryAndHostPorts() {
        Platform platform = assemble("""
                  onering:overrides:
                    clickhouse:
                      memory: 1Gi
                      ports:
                        http: 18123
                """);
        WorkloadSpec clickhouse = platform.workload("clickhouse").orElseThrow();
        assertEquals(MemorySize.gibibytes(1), clickhouse.memory());
        assertEquals(18123, clickhouse.port("http").map(PortSpec::hostPort).orElseThrow());
    }

    @Test
    void unknownComponentInOverrideIsNamed() {
        ConfigProblem problem = singleProblem("  onering:overrides:\n    postgress:\n      memory: 1Gi\n");
        assertEquals("onering:overrides.postgress", problem.key());
        assertTrue(problem.message().contains("unknown component 'postgress'"), problem.message());
    }

    @Test
    void unknownPortNameInOverrideListsTheRealPorts() {
        ConfigProblem problem = singleProblem("  onering:overrides:\n    clickhouse:\n      ports:\n        web: 18123\n");
        assertEquals("onering:overrides.clickhouse.ports.web", problem.key());
        assertTrue(problem.message().contains("its ports are http, native"), problem.message());
    }

    @Test
    void portClashIsReportedWithBothUsers() {
        ConfigProblem problem = singleProblem("  onering:overrides:\n    redis:\n      ports:\n        redis: 5432\n");
        assertEquals("onering:overrides.redis.ports.redis", problem.key());
        assertTrue(problem.message().contains("already published by postgres.postgres"), problem.message());
    }

    @Test
    void memoryBudgetFailsEarlyWithPerProfileTotals() {
        ConfigProblem problem = singleProblem("  onering:hostMemory: 2Gi\n");
        assertEquals("onering:hostMemory", problem.key());
        assertTrue(problem.message().contains("but the host has 2Gi") && problem.message().contains("core "), problem.message());
    }

    @Test
    void providedSecretMustBeOneThePlatformUses() {
        ConfigProblem problem = singleProblem("  onering:secrets:\n    postgress-password:\n      secure: v1:abc\n");
        assertEquals("onering:secrets.postgress-password", problem.key());
        assertTrue(problem.message().contains("no component uses a secret named"), problem.message());
    }


    @Test
    void aCredentialAnotherSystemIssuesCanBeSuppliedAsAStackSecret() {
        Platform platform = assemble("  onering:secrets:\n    infisical-admin-token:\n      secure: v1:abc\n");
        var hook = platform.component("infisical").orElseThrow().hooks().get(0);
        assertEquals("{{secret:infisical-admin-token}}", hook.env().get("INFISICAL_TOKEN"));
        var withoutIt = assemble("  onering:profiles: [core]\n").component("infisical").orElseThrow().hooks().get(0);
        assertTrue(!withoutIt.env().containsKey("INFISICAL_TOKEN"), "no placeholder for a secret that has no value");
    }

    @Test
    void servicesThatKnowTheirPublicAddressFollowAHostPortOverride() {
        Platform platform = assemble("  onering:profiles: [core, observability, cicd]\n  onering:overrides:\n"
                + "    infisical: {ports: {http: 18082}}\n    grafana: {ports: {http: 13000}}\n    jenkins: {ports: {http: 18086}}\n");
        assertEquals("http://127.0.0.1:18082", platform.workload("infisical").orElseThrow().env().get("SITE_URL"));
        assertEquals("http://127.0.0.1:13000/", platform.workload("grafana").orElseThrow().env().get("GF_SERVER_ROOT_URL"));
        assertEquals("http://127.0.0.1:18086/", platform.workload("jenkins").orElseThrow().env().get("JENKINS_URL"));
    }

    @Test
    void streamingTurnsOnLogicalReplication() {
        WorkloadSpec without = assemble("  onering:profiles: [core]\n").workload("postgres").orElseThrow();
        assertTrue(without.command().stream().noneMatch(a -> a.startsWith("wal_level")));
        WorkloadSpec with = assemble("  onering:profiles: [core, streaming]\n").workload("postgres").orElseThrow();
        assertTrue(with.command().contains("wal_level=logical"), () -> "command: " + with.command());
    }

    @Test
    void excludedComponentsAreLeftOutOfTheirProfiles() {
        Platform platform = assemble("""
                  onering:profiles: [core, security]
                  onering:exclude: [clickhouse, infisical]
                """);
        Set<String> components = platform.components().stream().map(ComponentSpec::name).collect(Collectors.toSet());
        assertTrue(components.containsAll(Set.of("postgres", "redis", "object-store", "airflow", "keycloak", "openldap")), components.toString());
        assertTrue(Collections.disjoint(components, Set.of("clickhouse", "infisical")), components.toString());
    }

    @Test
    void excludingAnUnknownOrANeededComponentNamesTheFix() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> assemble("""
                  onering:profiles: [core, analytics]
                  onering:exclude: [clikhouse, postgres]
                """));
        assertTrue(e.getMessage().contains("exclude: unknown component 'clikhouse' (did you mean clickhouse?); components are "), e.getMessage());
        assertTrue(e.getMessage().contains("exclude: 'postgres' is needed by "), e.getMessage());
        assertTrue(e.getMessage().contains("airflow"), e.getMessage());
        assertTrue(e.getMessage().contains("remove it from exclude or exclude those too"), e.getMessage());
    }
}
