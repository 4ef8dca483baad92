package com.onering.components.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.onering.model.Dependency;
import com.onering.model.MemorySize;
import com.onering.model.WorkloadKind;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.Platforms;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlatformDashboardTest {
    private static final Platform FULL = Platforms.assemble(Platforms.allProfiles()
            + "  onering:overrides:\n    dashboard:\n      memory: 256Mi\n");

    private static JsonObject manifest(Platform platform) {
        return JsonParser.parseString(Platforms.file(Platforms.workload(platform, "dashboard"), "/etc/onering/dashboard.json")).getAsJsonObject();
    }

    /** Every workload of the manifest by name, with its entry. */
    private static Map<String, JsonObject> workloads(JsonObject manifest) {
        Map<String, JsonObject> byName = new HashMap<>();
        for (JsonElement component : manifest.getAsJsonArray("components")) {
            for (JsonElement workload : component.getAsJsonObject().getAsJsonArray("workloads")) {
                byName.put(workload.getAsJsonObject().get("name").getAsString(), workload.getAsJsonObject());
            }
        }
        return byName;
    }

    @Test
    void everyServiceOfThePlatformIsListedAndProbedAsItsHealthCheckSays() {
        Map<String, JsonObject> listed = workloads(manifest(FULL));
        Set<String> services = FULL.workloads().stream().filter(w -> w.kind() == WorkloadKind.SERVICE).map(WorkloadSpec::name)
                .collect(Collectors.toSet());
        // The gates are added after the dashboard completes: it lists the UIs they guard, and links to their address.
        services.removeIf(name -> name.endsWith("-gate"));
        assertEquals(services, listed.keySet());
        assertEquals(Map.of("kind", "http", "target", "http://prometheus:9090/-/healthy"), probe(listed, "prometheus"));
        assertEquals(Map.of("kind", "http", "target", "http://airflow-apiserver:8080/api/v2/monitor/health"), probe(listed, "airflow-apiserver"));
        assertEquals(Map.of("kind", "tcp", "target", "postgres:5432"), probe(listed, "postgres"), "pg_isready has no URL: its port");
        assertEquals("http://127.0.0.1:8080/", listed.get("airflow-apiserver").get("url").getAsString());
        assertEquals("http://127.0.0.1:5050/", listed.get("dashboard").get("url").getAsString());
    }

    @Test
    void aProbeKeepsTheSchemeOfTheHealthCheckAndFallsBackToTheFirstPort() {
        WorkloadSpec tls = WorkloadSpec.service("secure", new com.onering.model.ImageSource.Pulled("example/secure", "1.0"))
                .port(com.onering.model.PortSpec.internal("https", 8443))
                .health(com.onering.model.HealthCheck.exec("curl", "-fsk", "https://localhost:8443/v1/info"))
                .memory(MemorySize.mebibytes(64))
                .build();
        assertEquals(Map.of("kind", "http", "target", "https://secure:8443/v1/info"), PlatformDashboard.probe(tls).orElseThrow());
        WorkloadSpec plain = WorkloadSpec.service("plain", new com.onering.model.ImageSource.Pulled("example/plain", "1.0"))
                .port(com.onering.model.PortSpec.internal("tcp", 6379))
                .health(com.onering.model.HealthCheck.exec("redis-cli", "ping"))
                .memory(MemorySize.mebibytes(64))
                .build();
        assertEquals(Map.of("kind", "tcp", "target", "plain:6379"), PlatformDashboard.probe(plain).orElseThrow());
    }

    private static Map<String, String> probe(Map<String, JsonObject> listed, String workload) {
        JsonObject probe = listed.get(workload).getAsJsonObject("probe");
        return Map.of("kind", probe.get("kind").getAsString(), "target", probe.get("target").getAsString());
    }

    @Test
    void pipelinesAndSourcesAreThoseTheStackDeploys() {
        JsonObject manifest = manifest(FULL);
        JsonArray pipelines = manifest.getAsJsonArray("pipelines");
        assertEquals(1, pipelines.size());
        assertEquals("stavanger_parking", pipelines.get(0).getAsJsonObject().get("name").getAsString());
        assertEquals("Stavanger parking occupancy", pipelines.get(0).getAsJsonObject().get("title").getAsString());
        assertEquals(Map.of("prometheus", "http://prometheus:9090", "dagster", "http://dagster-webserver:3000",
                "airflow", "http://airflow-apiserver:8080"), manifest.getAsJsonObject("sources").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getAsString())));

        Platform observabilityAlone = Platforms.assemble("  onering:profiles: [observability]\n");
        JsonObject alone = manifest(observabilityAlone);
        assertEquals(0, alone.getAsJsonArray("pipelines").size());
        assertEquals(Set.of("prometheus"), alone.getAsJsonObject("sources").keySet(), "no Dagster or Airflow to ask without them");
        assertTrue(Platforms.workload(observabilityAlone, "dashboard").secretRefs().isEmpty(), "no Airflow account without Airflow");
        assertFalse(OfflinePlan.run(MockRun.config("  onering:profiles: [observability]\n"), ConfigFiles.projectDefault()).isEmpty());
    }

    @Test
    void itJoinsEveryProbedWorkloadKeepsItsOverridesAndReadsAirflowAsTheViewer() {
        WorkloadSpec dashboard = Platforms.workload(FULL, "dashboard");
        assertTrue(dashboard.dependsOn().contains(Dependency.started("postgres")));
        assertTrue(dashboard.dependsOn().contains(Dependency.started("pipeline-stavanger-parking")));
        assertEquals(MemorySize.mebibytes(256), dashboard.memory());
        assertEquals("viewer", dashboard.env().get("ONERING_AIRFLOW_USER"));
        assertEquals("{{secret:airflow-viewer-password}}", Platforms.fileNamedBy(dashboard, "ONERING_AIRFLOW_PASSWORD_FILE"));
        WorkloadSpec airflow = Platforms.workload(FULL, "airflow-apiserver");
        assertEquals("admin:admin,viewer:viewer", airflow.env().get("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS"));
        assertEquals("{\"admin\": \"{{secret:airflow-admin-password}}\", \"viewer\": \"{{secret:airflow-viewer-password}}\"}",
                Platforms.file(airflow, "/opt/airflow/onering/simple_auth_manager_passwords.seed.json"));
    }
}
