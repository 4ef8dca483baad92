package com.onering.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.config.InvalidConfigException;
import com.onering.model.PortSpec;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GatekeeperTest {

    private static Set<String> publishedUis(Platform platform) {
        return platform.workloads().stream()
                .filter(w -> w.ui().flatMap(ui -> w.port(ui.portName())).map(PortSpec::isPublished).orElse(false))
                .map(WorkloadSpec::name).collect(Collectors.toSet());
    }

    @Test
    void withSecurityEveryUiIsPublishedOnlyThroughItsOwnProxyOnTheSameHostPort() {
        Platform open = PlatformAssemblerTest.assemble("  onering:profiles: [core]\n");
        Platform secured = PlatformAssemblerTest.assemble("  onering:profiles: [core, security]\n");
        Set<String> uis = publishedUis(open);
        assertFalse(uis.isEmpty());
        assertEquals(uis.stream().map(ui -> ui + "-gate").collect(Collectors.toSet()), publishedUis(secured));
        for (String ui : uis) {
            WorkloadSpec original = open.workload(ui).orElseThrow();
            int hostPort = original.port(original.ui().orElseThrow().portName()).orElseThrow().hostPort();
            WorkloadSpec hidden = secured.workload(ui).orElseThrow();
            assertFalse(hidden.port(hidden.ui().orElseThrow().portName()).orElseThrow().isPublished(), ui + " is still on the host");
            WorkloadSpec proxy = secured.workload(ui + "-gate").orElseThrow();
            assertEquals(hostPort, proxy.port("http").orElseThrow().hostPort());
            assertEquals("http://" + ui + ":" + original.port(original.ui().orElseThrow().portName()).orElseThrow().containerPort() + "/",
                    proxy.env().get("OAUTH2_PROXY_UPSTREAMS"));
            assertTrue(proxy.dependsOn().stream().anyMatch(d -> d.workload().equals("keycloak")));
        }
        assertEquals(uis, Gatekeeper.gates(secured).stream().map(Gatekeeper.Gate::ui).collect(Collectors.toSet()));
    }

    @Test
    void hooksAndOutputsThatUsedAGatedUiGoThroughItsGateWhichLetsTheMachineApiThrough() {
        // Every profile whose hooks call a UI's API, behind the gatekeeper; assembly itself checks that every address a
        // hook uses is published (it would throw otherwise).
        Platform secured = PlatformAssemblerTest.assemble("  onering:profiles: [core, catalog, analytics, streaming, security]\n");
        var airflowHook = secured.component("airflow").orElseThrow().hooks().stream().filter(h -> h.hook().equals("airflow")).findFirst().orElseThrow();
        assertTrue(airflowHook.env().values().stream().anyMatch(v -> v.contains("{{endpoint:airflow-apiserver-gate/http}}")), airflowHook.env().toString());
        assertTrue(airflowHook.env().values().stream().noneMatch(v -> v.contains("{{endpoint:airflow-apiserver/")));
        assertTrue(airflowHook.awaitWorkloads().contains("airflow-apiserver-gate"), airflowHook.awaitWorkloads().toString());
        assertEquals("^/api/,^/auth/", secured.workload("airflow-apiserver-gate").orElseThrow().env().get("OAUTH2_PROXY_SKIP_AUTH_ROUTES"));
        assertTrue(secured.workload("grafana-gate").map(g -> !g.env().containsKey("OAUTH2_PROXY_SKIP_AUTH_ROUTES")).orElse(true),
                "a UI without a declared machine API is gated entirely");
        assertEquals("http://{{endpoint:trino-gate/http}}", secured.component("trino").orElseThrow().connectionOutputs().get("trinoUrl"));
    }

    @Test
    void hooksInsideThePlatformOfARemoteHostCallTheUiItselfWhileOutputsStillGoThroughItsGate() {
        Platform secured = PlatformAssemblerTest.assemble("  onering:profiles: [core, catalog, analytics, streaming, security]\n"
                + "  onering:dockerHost: ssh://deploy@vps.example.com\n  onering:exclude: [airbyte]\n");
        var airflowHook = secured.component("airflow").orElseThrow().hooks().stream().filter(h -> h.hook().equals("airflow")).findFirst().orElseThrow();
        assertTrue(airflowHook.env().values().stream().anyMatch(v -> v.contains("{{endpoint:airflow-apiserver/api}}")), airflowHook.env().toString());
        assertTrue(airflowHook.env().values().stream().noneMatch(v -> v.contains("-gate/")), airflowHook.env().toString());
        assertFalse(airflowHook.awaitWorkloads().contains("airflow-apiserver-gate"), airflowHook.awaitWorkloads().toString());
        assertEquals("http://{{endpoint:trino-gate/http}}", secured.component("trino").orElseThrow().connectionOutputs().get("trinoUrl"));
    }

    @Test
    void allowedGroupsComeFromTheStackOrADefaultPerUi() {
        Platform secured = PlatformAssemblerTest.assemble("""
                  onering:profiles: [core, security]
                  onering:allowedGroups:
                    infisical: [platform-superuser]
                """);
        assertEquals("platform-superuser", secured.workload("infisical-gate").orElseThrow().env().get("OAUTH2_PROXY_ALLOWED_GROUPS"));
        assertEquals("platform-admin,data-engineer", secured.workload("airflow-apiserver-gate").orElseThrow().env().get("OAUTH2_PROXY_ALLOWED_GROUPS"));
    }

    @Test
    void analystsGetIntoTheUisTheirComponentsMarkAsAnalystUisAndOnlyThose() {
        Platform secured = PlatformAssemblerTest.assemble("""
                  onering:profiles: [core, security, devtools, analytics, observability, ml, catalog]
                """);
        for (String ui : List.of("jupyter", "metabase", "grafana", "streamlit", "openmetadata-server")) {
            assertEquals("platform-admin,data-analyst",
                    secured.workload(ui + "-gate").orElseThrow().env().get("OAUTH2_PROXY_ALLOWED_GROUPS"), ui);
        }
        for (String ui : List.of("airflow-apiserver", "dagster-webserver", "trino", "prometheus", "mlflow")) {
            assertEquals("platform-admin,data-engineer",
                    secured.workload(ui + "-gate").orElseThrow().env().get("OAUTH2_PROXY_ALLOWED_GROUPS"), ui);
        }
    }

    @Test
    void allowedGroupsForAnUnknownUiOrGroupAreReportedTogether() {
        InvalidConfigException e = assertThrows(InvalidConfigException.class, () -> PlatformAssemblerTest.assemble("""
                  onering:profiles: [core, security]
                  onering:allowedGroups:
                    postgres: [platform-admin]
                    infisical: [auditors]
                """));
        Map<String, String> problems = e.problems().stream().collect(Collectors.toMap(p -> p.key() + " " + p.message(), p -> p.key()));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(problems.keySet().stream().anyMatch(k -> k.startsWith("onering:allowedGroups.postgres 'postgres' is not a UI behind the gatekeeper")), e.getMessage());
        assertTrue(problems.keySet().stream().anyMatch(k -> k.contains("unknown group 'auditors'")), e.getMessage());
    }

    @Test
    void anOverriddenUiPortMovesWithItsProxy() {
        Platform secured = PlatformAssemblerTest.assemble("""
                  onering:profiles: [core, security]
                  onering:overrides:
                    airflow-apiserver:
                      ports:
                        api: 18080
                """);
        WorkloadSpec proxy = secured.workload("airflow-apiserver-gate").orElseThrow();
        assertEquals(18080, proxy.port("http").orElseThrow().hostPort());
        assertEquals("http://127.0.0.1:18080/oauth2/callback", proxy.env().get("OAUTH2_PROXY_REDIRECT_URL"));
    }
}
