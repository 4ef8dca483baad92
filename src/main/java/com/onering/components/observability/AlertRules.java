package com.onering.components.observability;

import com.onering.components.streaming.KafkaLagExporter;
import com.onering.components.streaming.PulsarBroker;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Platform;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The platform's alerting rules, drawn from what it runs: a scraped service that stops answering, a process near its
 * container's memory limit (the limit comes from the model), Prometheus' own storage near its retention size, the
 * host's disk filling up and its memory running low (node exporter), failed Airflow DAG runs (when the StatsD exporter
 * runs), a Pulsar subscription or a Kafka consumer group falling behind (whichever broker runs) and alerts that cannot
 * be delivered.
 */
final class AlertRules {
    static final String PATH = "/etc/prometheus/rules/onering.yml";
    /** {@code --storage.tsdb.retention.size=4GB}: Prometheus' units are powers of 1024. */
    static final long RETENTION_BYTES = 4L * 1024 * 1024 * 1024;
    static final long CONSUMER_BACKLOG = 10_000;

    private AlertRules() {
    }

    /** The rules file for a platform whose scraped workloads are {@code targets}. */
    static String file(Platform platform, List<WorkloadSpec> targets) {
        List<Map<String, Object>> groups = new ArrayList<>();
        groups.add(group("onering-availability", List.of(rule("ServiceDown", "up == 0", "3m", "critical",
                "{{ $labels.job }} does not answer Prometheus",
                "Scraping {{ $labels.instance }} has failed for 3 minutes: the service is down, restarting or unreachable."))));

        List<Map<String, Object>> resources = new ArrayList<>();
        for (WorkloadSpec target : targets) {
            long limit = target.memory().mebibytes() * 1024 * 1024;
            Map<String, Object> memory = rule("MemoryNearLimit", "process_resident_memory_bytes{job=\"" + target.name() + "\"} > 0.9 * " + limit,
                    "10m", "warning", "{{ $labels.job }} uses over 90% of its " + target.memory() + " memory limit",
                    "Near the limit the container is killed and restarted; raise onering:overrides." + target.name() + ".memory.");
            // One rule per job: the job label keeps them apart (promtool rejects look-alike rules in one group).
            Map<String, Object> labels = new LinkedHashMap<>();
            labels.put("severity", "warning");
            labels.put("job", target.name());
            memory.put("labels", labels);
            resources.add(memory);
        }
        resources.add(rule("PrometheusStorageNearlyFull", "prometheus_tsdb_storage_blocks_bytes{job=\"" + Prometheus.HOST + "\"} > 0.8 * "
                + RETENTION_BYTES, "30m", "warning", "Prometheus' data fills 80% of its 4GB retention size",
                "Prometheus drops its oldest data beyond the retention size: history is shorter than 15 days."));
        groups.add(group("onering-resources", resources));

        if (platform.workload(NodeExporter.HOST).isPresent()) {
            // The host's root filesystem holds Docker's data root (the volumes) unless it was moved.
            String rootFree = "node_filesystem_avail_bytes{job=\"" + NodeExporter.HOST + "\", mountpoint=\"/\"} / node_filesystem_size_bytes{job=\""
                    + NodeExporter.HOST + "\", mountpoint=\"/\"}";
            groups.add(group("onering-host", List.of(
                    rule("HostDiskFillingUp", rootFree + " < 0.20", "30m", "warning",
                            "The host's disk has {{ $value | humanizePercentage }} free",
                            "Volumes, images and logs share it: prune unused images (docker image prune) or grow the disk before it fills."),
                    rule("HostDiskNearlyFull", rootFree + " < 0.10", "5m", "critical",
                            "The host's disk has only {{ $value | humanizePercentage }} free",
                            "Data stores stop writing when it is full: PostgreSQL shuts down, brokers refuse messages. Free space now."),
                    rule("HostMemoryLow", "node_memory_MemAvailable_bytes{job=\"" + NodeExporter.HOST + "\"} / node_memory_MemTotal_bytes{job=\""
                                    + NodeExporter.HOST + "\"} < 0.10", "10m", "warning",
                            "The host has {{ $value | humanizePercentage }} of its memory available",
                            "The kernel will kill containers next: lower onering:overrides memory or leave out profiles (docs/memory.md)."))));
        }

        List<Map<String, Object>> pipelines = new ArrayList<>();
        if (platform.workload(AirflowStatsdExporter.HOST).isPresent()) {
            pipelines.add(rule("AirflowDagRunFailed", "increase(airflow_dagrun_duration_count{state=\"failed\"}[15m]) > 0", "0m", "warning",
                    "DAG {{ $labels.dag_id }} had a failed run", "See the run's task logs in Airflow."));
        }
        if (platform.workload(KafkaLagExporter.HOST).isPresent()) {
            pipelines.add(rule("ConsumerLagging", "sum by (consumergroup, topic) (kafka_consumergroup_lag) > " + CONSUMER_BACKLOG, "15m",
                    "warning", "Consumer group {{ $labels.consumergroup }} is {{ $value }} messages behind on {{ $labels.topic }}",
                    "Its consumers are down or slower than the producers."));
        }
        if (platform.workload(PulsarBroker.HOST).isPresent()) {
            pipelines.add(rule("ConsumerLagging", "sum by (topic, subscription) (pulsar_subscription_back_log) > " + CONSUMER_BACKLOG, "15m",
                    "warning", "Subscription {{ $labels.subscription }} is {{ $value }} messages behind on {{ $labels.topic }}",
                    "Its consumer is down or slower than the producers."));
        }
        if (platform.workload(Alertmanager.HOST).isPresent()) {
            pipelines.add(rule("AlertsNotDelivered", "increase(alertmanager_notifications_failed_total[15m]) > 0", "0m", "critical",
                    "Alertmanager cannot deliver to {{ $labels.integration }}",
                    "Check onering:secrets." + Alertmanager.WEBHOOK_URL + " and that the receiver answers."));
        }
        if (!pipelines.isEmpty()) {
            groups.add(group("onering-pipelines", pipelines));
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return "# Generated by OneRing from the deployed platform (components/observability/AlertRules).\n"
                + new Yaml(options).dump(Map.of("groups", groups));
    }

    private static Map<String, Object> group(String name, List<Map<String, Object>> rules) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("name", name);
        group.put("rules", rules);
        return group;
    }

    private static Map<String, Object> rule(String alert, String expr, String forDuration, String severity, String summary, String description) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("alert", alert);
        rule.put("expr", expr);
        rule.put("for", forDuration);
        rule.put("labels", Map.of("severity", severity));
        Map<String, Object> annotations = new LinkedHashMap<>();
        annotations.put("summary", summary);
        annotations.put("description", description);
        rule.put("annotations", annotations);
        return rule;
    }
}
