package com.onering.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.observability.AirflowStatsdExporter;
import com.onering.components.observability.Loki;
import com.onering.components.observability.NodeExporter;
import com.onering.components.observability.Prometheus;
import com.onering.components.observability.Tempo;
import com.onering.components.storage.ClickHouse;
import com.onering.components.streaming.KafkaLagExporter;
import com.onering.hooks.identity.ClickHouseRolesHook;
import com.onering.model.Dependency;
import com.onering.model.HostMount;
import com.onering.model.MemorySize;
import com.onering.model.MetricsSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.plan.OfflinePlan;
import com.onering.plan.PlannedResource;
import com.onering.platform.ConfigFiles;
import com.onering.platform.Platform;
import com.onering.testsupport.MockRun;
import com.onering.testsupport.PlanQueries;
import com.onering.testsupport.Platforms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

class ObservabilityProfileTest {

    /** job name to {@code metrics_path address} of the generated prometheus.yml. */
    @SuppressWarnings("unchecked")
    static Map<String, String> scrapeJobs(Platform platform) {
        Map<String, Object> config = new Yaml().load(Platforms.file(Platforms.workload(platform, Prometheus.HOST), Prometheus.CONFIG_PATH));
        return ((List<Map<String, Object>>) config.get("scrape_configs")).stream().collect(Collectors.toMap(
                job -> (String) job.get("job_name"),
                job -> job.get("metrics_path") + " " + ((List<String>) ((List<Map<String, Object>>) job.get("static_configs")).get(0).get("targets")).get(0)));
    }

    static Map<String, String> expectedJobs(Platform platform) {
        return platform.workloads().stream().filter(w -> w.metrics().isPresent()).collect(Collectors.toMap(WorkloadSpec::name, w -> {
            MetricsSpec metrics = w.metrics().orElseThrow();
            return metrics.path() + " " + w.name() + ":" + w.port(metrics.portName()).orElseThrow().containerPort();
        }));
    }

    @Test
    void theStacksOverridesOfPrometheusSurviveItsCompletion() {
        Platform platform = Platforms.assemble("  onering:profiles: [observability]\n  onering:overrides:\n    prometheus:\n      memory: 1Gi\n"
                + "      ports:\n        http: 19090\n");
        WorkloadSpec prometheus = Platforms.workload(platform, Prometheus.HOST);
        assertEquals(MemorySize.gibibytes(1), prometheus.memory());
        assertEquals(19090, prometheus.port("http").orElseThrow().hostPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[observability]", "[core, observability]", "[core, observability, ml, cicd, devtools, poc]"})
    void prometheusScrapesExactlyTheWorkloadsThatDeclareMetrics(String profiles) {
        Platform platform = Platforms.assemble("  onering:profiles: " + profiles + "\n");
        assertEquals(expectedJobs(platform), scrapeJobs(platform));
        WorkloadSpec prometheus = Platforms.workload(platform, Prometheus.HOST);
        Set<String> targets = expectedJobs(platform).keySet().stream().filter(t -> !t.equals(Prometheus.HOST)).collect(Collectors.toSet());
        assertEquals(targets.stream().map(Dependency::started).collect(Collectors.toSet()), Set.copyOf(prometheus.dependsOn()),
                "Prometheus needs its targets to exist (and to share their networks), nothing more");
    }

    @Test
    void coreStoresAndAirflowAreScrapedThroughTheirExporters() {
        Map<String, String> jobs = scrapeJobs(Platforms.assemble("  onering:profiles: [core, observability]\n"));
        assertEquals("/metrics clickhouse:9363", jobs.get("clickhouse"));
        assertEquals("/metrics postgres-exporter:9187", jobs.get("postgres-exporter"));
        assertEquals("/metrics redis-exporter:9121", jobs.get("redis-exporter"));
        assertEquals("/metrics airflow-statsd:9102", jobs.get("airflow-statsd"));
        assertEquals("/metrics prometheus:9090", jobs.get("prometheus"));
        assertFalse(jobs.containsKey("mlflow"), "only what is deployed is scraped");
    }

    @Test
    void jenkinsIsScrapedThroughThePrometheusPluginItsImageInstalls() throws Exception {
        Platform platform = Platforms.assemble("  onering:profiles: [core, cicd, observability]\n");
        assertEquals("/prometheus/ jenkins:8080", scrapeJobs(platform).get("jenkins"));
        List<String> plugins = Files.readAllLines(Path.of("config/jenkins/image/plugins.txt"));
        assertTrue(plugins.stream().anyMatch(p -> p.matches("prometheus:[0-9]+\\.v[0-9a-f_]+")),
                "the plugin that serves /prometheus/, pinned: " + plugins);
    }

    @Test
    void mlflowIsScrapedAtItsServerWhichKeepsEveryWorkersCounters() {
        Platform platform = Platforms.assemble("  onering:profiles: [core, ml, observability]\n");
        assertEquals("/metrics mlflow:5000", scrapeJobs(platform).get("mlflow"));
        List<String> command = Platforms.workload(platform, "mlflow").command();
        assertTrue(command.contains("--expose-prometheus"), "the exporter is off without it: " + command);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theObjectStoreIsScrapedWithItsMetricsTokenAndOnlyItGetsOne() {
        Platform platform = Platforms.assemble("  onering:profiles: [core, observability]\n");
        assertEquals("/metrics object-store:3903", scrapeJobs(platform).get("object-store"));
        Map<String, Object> config = new Yaml().load(Platforms.file(Platforms.workload(platform, Prometheus.HOST), Prometheus.CONFIG_PATH));
        Map<String, Object> authorizations = ((List<Map<String, Object>>) config.get("scrape_configs")).stream()
                .filter(job -> job.containsKey("authorization"))
                .collect(Collectors.toMap(job -> (String) job.get("job_name"), job -> job.get("authorization")));
        assertEquals(Map.of("object-store", Map.of("type", "Bearer", "credentials", Template.secret("garage-metrics-token"))), authorizations);
        assertFalse(scrapeJobs(Platforms.assemble("  onering:profiles: [core, observability]\n  onering:objectStore: seaweedfs\n"))
                .containsKey("object-store"), "SeaweedFS's mini server publishes no metrics port here");
    }

    @Test
    void theNodeExporterSeesOnlyTheHostsRootFilesystemReadOnlyAndPublishesNothing() {
        Platform platform = Platforms.assemble("  onering:profiles: [observability]\n");
        WorkloadSpec node = Platforms.workload(platform, NodeExporter.HOST);
        assertEquals(Set.of(HostMount.ROOT_FILESYSTEM), node.hostMounts());
        assertTrue(node.command().contains("--path.rootfs=" + HostMount.ROOT_FILESYSTEM.containerPath()), node.command().toString());
        assertTrue(node.command().contains("--collector.filesystem.mount-points-include=^/$"));
        assertTrue(node.ports().stream().noneMatch(p -> p.isPublished()));
        assertEquals("/metrics node-exporter:9100", scrapeJobs(platform).get(NodeExporter.HOST));
        PlannedResource container = PlanQueries.named(OfflinePlan.run(MockRun.config("  onering:profiles: [observability]\n"),
                ConfigFiles.projectDefault()), "docker:index/container:Container", NodeExporter.HOST);
        assertEquals(List.of(Map.of("hostPath", "/", "containerPath", "/host", "readOnly", true)), PlanQueries.list(container, "volumes"));
        assertTrue(platform.workloads().stream().filter(w -> !w.name().equals(NodeExporter.HOST)).allMatch(w -> w.hostMounts().isEmpty()),
                "no other observability workload sees the host");
    }

    @ParameterizedTest
    @CsvSource({"kafka, kafka:19092, kafka", "redpanda, redpanda:9092, redpanda"})
    void aKafkaProtocolBrokerComesWithItsLagExporterWhenObservabilityIsOn(String broker, String address, String brokerWorkload) {
        Platform platform = Platforms.assemble("  onering:profiles: [streaming, observability]\n  onering:broker: " + broker + "\n");
        WorkloadSpec exporter = Platforms.workload(platform, KafkaLagExporter.HOST);
        assertTrue(exporter.command().contains("--kafka.server=" + address), exporter.command().toString());
        assertEquals(List.of(Dependency.healthy(brokerWorkload)), exporter.dependsOn());
        assertEquals("/metrics kafka-lag-exporter:9308", scrapeJobs(platform).get(KafkaLagExporter.HOST));

        assertTrue(Platforms.assemble("  onering:profiles: [streaming]\n  onering:broker: " + broker + "\n").workload(KafkaLagExporter.HOST).isEmpty(),
                "nothing scrapes it without the observability profile");
        assertTrue(Platforms.assemble("  onering:profiles: [streaming, observability]\n").workload(KafkaLagExporter.HOST).isEmpty(),
                "Pulsar reports its own backlog");
    }

    @Test
    void airflowSendsStatsdOnlyWhenTheExporterIsDeployed() {
        WorkloadSpec with = Platforms.workload(Platforms.assemble("  onering:profiles: [core, observability]\n"), "airflow-scheduler");
        assertEquals(AirflowStatsdExporter.HOST, with.env().get("AIRFLOW__METRICS__STATSD_HOST"));
        assertEquals("True", with.env().get("AIRFLOW__METRICS__STATSD_ON"));
        WorkloadSpec init = Platforms.workload(Platforms.assemble("  onering:profiles: [core, observability]\n"), "airflow-init");
        assertTrue(init.dependsOn().contains(Dependency.started(AirflowStatsdExporter.HOST)));
        WorkloadSpec without = Platforms.workload(Platforms.assemble("  onering:profiles: [core]\n"), "airflow-scheduler");
        assertFalse(without.env().containsKey("AIRFLOW__METRICS__STATSD_ON"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaDataSourcesPointAtPrometheusLokiAndTempo() {
        Platform platform = Platforms.assemble("  onering:profiles: [observability]\n");
        WorkloadSpec grafana = Platforms.workload(platform, "grafana");
        String provisioned = Platforms.file(grafana, "/etc/grafana/provisioning/datasources/datasources.yaml");
        // Expand ${VAR} the way Grafana does, from the container's environment.
        Matcher vars = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(provisioned);
        StringBuilder expanded = new StringBuilder();
        while (vars.find()) {
            String value = grafana.env().get(vars.group(1));
            assertTrue(value != null, "datasources.yaml reads " + vars.group(1) + ", which Grafana does not get");
            vars.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        vars.appendTail(expanded);
        Map<String, Object> doc = new Yaml().load(expanded.toString());
        Map<String, String> urls = ((List<Map<String, Object>>) doc.get("datasources")).stream()
                .filter(d -> d.get("url") != null)
                .collect(Collectors.toMap(d -> (String) d.get("uid"), d -> String.valueOf(d.get("url"))));
        assertEquals("http://prometheus:9090", urls.get("prometheus"));
        assertEquals(Prometheus.url(), urls.get("prometheus"));
        assertEquals(Loki.url(), urls.get("loki"));
        assertEquals(Tempo.url(), urls.get("tempo"));
        for (String uid : List.of("prometheus", "loki", "tempo")) {
            String hostPort = urls.get(uid).substring("http://".length());
            WorkloadSpec target = Platforms.workload(platform, hostPort.split(":")[0]);
            assertTrue(target.ports().stream().anyMatch(p -> p.containerPort() == Integer.parseInt(hostPort.split(":")[1])),
                    uid + " data source points at a port " + target.name() + " does not listen on");
        }
        assertTrue(grafana.files().stream().anyMatch(f -> f.containerPath().equals("/etc/grafana/dashboards/platform-overview.json")));
        assertEquals("{{secret:grafana-admin-password}}", Platforms.fileNamedBy(grafana, "GF_SECURITY_ADMIN_PASSWORD__FILE"));
        // The provisioning file reads each data source's password from a placed file ($__file{…}), never from the environment.
        String dataSources = Platforms.file(grafana, "/etc/grafana/provisioning/datasources/datasources.yaml");
        java.util.regex.Matcher fileRef = java.util.regex.Pattern.compile("\\$__file\\{([^}]+)}").matcher(dataSources);
        int passwords = 0;
        while (fileRef.find()) {
            assertTrue(Template.secretRefs(Platforms.file(grafana, fileRef.group(1))).size() == 1, fileRef.group(1));
            passwords++;
        }
        assertEquals(2, passwords, dataSources);
        // ClickHouse as the BI tools' read-only login, once the roles hook has made it; never as the admin.
        assertEquals(ClickHouse.READER_USER, grafana.env().get("CLICKHOUSE_USER"));
        assertEquals(Template.secret(ClickHouse.READER_PASSWORD), Platforms.file(grafana, "/run/secrets/onering/grafana-clickhouse-password"));
        assertTrue(grafana.afterHooks().contains(ClickHouseRolesHook.NAME));
    }

    @Test
    void prometheusJoinsTheDataNetworkToScrapeClickhouse() {
        List<PlannedResource> plan = OfflinePlan.run(MockRun.config(
                "  onering:dockerHost: ssh://deploy@vps.example.com\n  onering:profiles: [core, observability]\n"), ConfigFiles.projectDefault());
        PlannedResource prometheus = plan.stream().filter(r -> r.type().equals("docker:index/container:Container")
                && r.name().equals("prometheus")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> networks = (List<Map<String, Object>>) prometheus.inputs().get("networksAdvanced");
        assertEquals(Set.of("onering-dev-platform", "onering-dev-data"), networks.stream().map(n -> (String) n.get("name")).collect(Collectors.toSet()));
    }
}
