package com.onering.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.onering.components.observability.Alertmanager;
import com.onering.components.observability.Prometheus;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import com.onering.testsupport.Platforms;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Alerts provisioned with the observability profile: rules drawn from the platform, Prometheus pointed at the
 * Alertmanager, and the Alertmanager's receiver from the stack's secret. promtool and amtool check the same files in
 * tests/python/test_alerting.py.
 */
class AlertingTest {
    private static final String RULES = "/etc/prometheus/rules/onering.yml";

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules(Platform platform) {
        Map<String, Object> file = new Yaml().load(Platforms.file(Platforms.workload(platform, Prometheus.HOST), RULES));
        return ((List<Map<String, Object>>) file.get("groups")).stream()
                .flatMap(g -> ((List<Map<String, Object>>) g.get("rules")).stream()).toList();
    }

    private static List<String> alerts(Platform platform) {
        return rules(platform).stream().map(r -> (String) r.get("alert")).distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(WorkloadSpec workload, String path) {
        return new Yaml().load(Platforms.file(workload, path));
    }

    @Test
    void everyScrapedWorkloadGetsAMemoryRuleAtNinetyPercentOfItsOwnLimit() {
        Platform platform = Platforms.assemble("  onering:profiles: [core, observability]\n  onering:overrides:\n    redis-exporter:\n      memory: 96Mi\n");
        List<WorkloadSpec> scraped = platform.workloads().stream().filter(w -> w.metrics().isPresent()).toList();
        Map<String, String> memoryRules = rules(platform).stream().filter(r -> r.get("alert").equals("MemoryNearLimit"))
                .collect(Collectors.toMap(r -> ((String) r.get("expr")).replaceAll(".*job=\"([^\"]+)\".*", "$1"), r -> (String) r.get("expr")));
        assertEquals(scraped.stream().map(WorkloadSpec::name).collect(Collectors.toSet()), memoryRules.keySet());
        assertEquals("process_resident_memory_bytes{job=\"redis-exporter\"} > 0.9 * " + 96L * 1024 * 1024, memoryRules.get("redis-exporter"),
                "the override's limit, not the default");
    }

    @Test
    void rulesFollowWhatThePlatformRuns() {
        assertEquals(List.of("ServiceDown", "MemoryNearLimit", "PrometheusStorageNearlyFull", "HostDiskFillingUp", "HostDiskNearlyFull",
                        "HostMemoryLow", "AirflowDagRunFailed", "AlertsNotDelivered"),
                alerts(Platforms.assemble("  onering:profiles: [core, observability]\n")));
        assertFalse(alerts(Platforms.assemble("  onering:profiles: [observability]\n  onering:exclude: [node-exporter]\n")).contains("HostDiskNearlyFull"),
                "the host rules read the node exporter's series");
        for (String broker : List.of("pulsar", "kafka", "redpanda")) {
            assertTrue(alerts(Platforms.assemble("  onering:profiles: [streaming, observability]\n  onering:broker: " + broker + "\n"))
                    .contains("ConsumerLagging"), broker);
        }
        assertFalse(alerts(Platforms.assemble("  onering:profiles: [observability]\n  onering:exclude: [airflow-statsd]\n")).contains("AirflowDagRunFailed"),
                "the DAG rule reads the StatsD exporter's series");
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusLoadsTheRulesAndSendsAlertsToTheAlertmanagerWhenOneRuns() {
        Platform platform = Platforms.assemble("  onering:profiles: [observability]\n");
        Map<String, Object> config = yaml(Platforms.workload(platform, Prometheus.HOST), Prometheus.CONFIG_PATH);
        assertEquals(List.of(RULES), config.get("rule_files"));
        assertEquals(List.of(Map.of("static_configs", List.of(Map.of("targets", List.of("alertmanager:9093"))))),
                ((Map<String, Object>) config.get("alerting")).get("alertmanagers"));

        Platform without = Platforms.assemble("  onering:profiles: [observability]\n  onering:exclude: [alertmanager]\n");
        assertFalse(yaml(Platforms.workload(without, Prometheus.HOST), Prometheus.CONFIG_PATH).containsKey("alerting"));
        assertFalse(alerts(without).contains("AlertsNotDelivered"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theReceiverIsTheStacksWebhookOrNothing() {
        WorkloadSpec listing = Platforms.workload(Platforms.assemble("  onering:profiles: [observability]\n"), Alertmanager.HOST);
        Map<String, Object> config = yaml(listing, Alertmanager.CONFIG_PATH);
        assertEquals(List.of(Map.of("name", "platform")), config.get("receivers"), "no webhook set: alerts are listed, sent nowhere");
        assertEquals("platform", ((Map<String, Object>) config.get("route")).get("receiver"));

        WorkloadSpec delivering = Platforms.workload(Platforms.assemble("  onering:profiles: [observability]\n  onering:secrets:\n"
                + "    " + Alertmanager.WEBHOOK_URL + ":\n      secure: v1:AAAA\n"), Alertmanager.HOST);
        Map<String, Object> receiver = ((List<Map<String, Object>>) yaml(delivering, Alertmanager.CONFIG_PATH).get("receivers")).get(0);
        assertEquals(List.of(Map.of("url", Template.secret(Alertmanager.WEBHOOK_URL), "send_resolved", true)), receiver.get("webhook_configs"));
        assertTrue(delivering.command().contains("--web.external-url=http://127.0.0.1:3000/alerting/list"), "links lead to Grafana's alert pages: "
                + delivering.command());
        assertTrue(delivering.ports().stream().noneMatch(p -> p.isPublished()), "people reach alerts through Grafana, behind its gate");
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaShowsTheAlertmanagersAlertsAndSilences() {
        WorkloadSpec grafana = Platforms.workload(Platforms.assemble("  onering:profiles: [observability]\n"), "grafana");
        Map<String, Object> provisioning = new Yaml().load(Platforms.file(grafana, "/etc/grafana/provisioning/datasources/datasources.yaml"));
        Map<String, Object> alertmanager = ((List<Map<String, Object>>) provisioning.get("datasources")).stream()
                .filter(d -> d.get("type").equals("alertmanager")).findFirst().orElseThrow();
        assertEquals("${ALERTMANAGER_URL}", alertmanager.get("url"));
        assertEquals(Alertmanager.url(), grafana.env().get("ALERTMANAGER_URL"));
        assertEquals("prometheus", ((Map<String, Object>) alertmanager.get("jsonData")).get("implementation"));
    }
}
