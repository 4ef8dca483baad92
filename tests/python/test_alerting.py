"""The alerting the platform provisions, checked by Prometheus' and Alertmanager's own tools.

The files come from the real offline plan (`bin/onering plan --with-file-contents`), as the containers would get
them: prometheus.yml and the generated rules (promtool check config/rules, and promtool test rules that feeds series
and expects each alert to fire, or not), alertmanager.yml with and without the stack's webhook (amtool check-config).
Debian's promtool 2.42 and amtool 0.25 are older than the images (Prometheus 3.14, Alertmanager 0.34): the files use
nothing newer than both.
"""
from __future__ import annotations

import re
import subprocess

import pytest

from conftest import REPO_ROOT, planned_uploads

pytestmark = pytest.mark.skipif(not (REPO_ROOT / "target" / "onering.jar").exists(), reason="needs the built jar (mvn package)")

RULES = "/etc/prometheus/rules/onering.yml"
WEBHOOK = "https://oncall.example.com/hooks/alertmanager"


@pytest.fixture(scope="module")
def full() -> dict[str, dict[str, str]]:
    return planned_uploads("full")


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, check=False)


def _promtool_test_rules(tmp_path, rules: str, test_body: str) -> None:
    """`promtool test rules` of the generated rules with one test group: its input series and expected alerts."""
    rules_file = tmp_path / "onering.yml"
    rules_file.write_text(rules)
    tests = tmp_path / "tests.yml"
    tests.write_text(f"rule_files: [{rules_file}]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n" + test_body)
    tested = _run("promtool", "test", "rules", str(tests))
    assert tested.returncode == 0, tested.stdout + tested.stderr


def test_promtool_accepts_the_prometheus_config_and_its_rules(full, tmp_path):
    rules = tmp_path / "onering.yml"
    rules.write_text(full["prometheus"][RULES])
    config = tmp_path / "prometheus.yml"
    # The config names the rules by their path in the container.
    config.write_text(full["prometheus"]["/etc/prometheus/prometheus.yml"].replace(RULES, str(rules)))
    checked = _run("promtool", "check", "rules", str(rules))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert re.search(r"SUCCESS: \d+ rules found", checked.stdout), checked.stdout
    checked = _run("promtool", "check", "config", "--syntax-only", str(config))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_each_alert_fires_on_the_series_that_mean_trouble_and_only_on_them(full, tmp_path):
    rules = full["prometheus"][RULES]
    limit = int(re.search(r'process_resident_memory_bytes\{job="redis-exporter"\} > 0\.9 \* (\d+)', rules).group(1))
    _promtool_test_rules(tmp_path, rules, f"""\
    input_series:
      - series: 'up{{job="postgres-exporter", instance="postgres-exporter:9187"}}'
        values: '0x10'
      - series: 'up{{job="clickhouse", instance="clickhouse:9363"}}'
        values: '1x10'
      - series: 'process_resident_memory_bytes{{job="redis-exporter"}}'
        values: '{int(limit * 0.95)}x15'
      - series: 'process_resident_memory_bytes{{job="postgres-exporter"}}'
        values: '1000x15'
      - series: 'airflow_dagrun_duration_count{{job="airflow-statsd", dag_id="medallion", state="failed"}}'
        values: '0 0 0 1 1 1'
      - series: 'pulsar_subscription_back_log{{topic="persistent://public/default/orders", subscription="enricher"}}'
        values: '20000x20'
      # The host's root disk: 15% free for 40 minutes, then 5%; memory 8% available for 15 minutes.
      - series: 'node_filesystem_avail_bytes{{job="node-exporter", instance="node-exporter:9100", mountpoint="/", device="/dev/sda1", fstype="ext4"}}'
        values: '15x40 5x10'
      - series: 'node_filesystem_size_bytes{{job="node-exporter", instance="node-exporter:9100", mountpoint="/", device="/dev/sda1", fstype="ext4"}}'
        values: '100x50'
      - series: 'node_memory_MemAvailable_bytes{{job="node-exporter", instance="node-exporter:9100"}}'
        values: '8x15'
      - series: 'node_memory_MemTotal_bytes{{job="node-exporter", instance="node-exporter:9100"}}'
        values: '100x15'
    alert_rule_test:
      - eval_time: 5m
        alertname: ServiceDown
        exp_alerts:
          - exp_labels: {{severity: critical, job: postgres-exporter, instance: "postgres-exporter:9187"}}
            exp_annotations:
              summary: postgres-exporter does not answer Prometheus
              description: "Scraping postgres-exporter:9187 has failed for 3 minutes: the service is down, restarting or unreachable."
      - eval_time: 2m
        alertname: ServiceDown
        exp_alerts: []
      - eval_time: 12m
        alertname: MemoryNearLimit
        exp_alerts:
          - exp_labels: {{severity: warning, job: redis-exporter}}
            exp_annotations:
              summary: redis-exporter uses over 90% of its 64Mi memory limit
              description: "Near the limit the container is killed and restarted; raise onering:overrides.redis-exporter.memory."
      - eval_time: 4m
        alertname: AirflowDagRunFailed
        exp_alerts:
          - exp_labels: {{severity: warning, job: airflow-statsd, dag_id: medallion, state: failed}}
            exp_annotations:
              summary: DAG medallion had a failed run
              description: See the run's task logs in Airflow.
      - eval_time: 18m
        alertname: ConsumerLagging
        exp_alerts:
          - exp_labels: {{severity: warning, topic: "persistent://public/default/orders", subscription: enricher}}
            exp_annotations:
              summary: Subscription enricher is 20000 messages behind on persistent://public/default/orders
              description: Its consumer is down or slower than the producers.
      - eval_time: 10m
        alertname: ConsumerLagging
        exp_alerts: []
      - eval_time: 25m
        alertname: HostDiskFillingUp
        exp_alerts: []
      - eval_time: 35m
        alertname: HostDiskFillingUp
        exp_alerts:
          - exp_labels: {{severity: warning, job: node-exporter, instance: "node-exporter:9100", mountpoint: /, device: /dev/sda1, fstype: ext4}}
            exp_annotations:
              summary: The host's disk has 15% free
              description: "Volumes, images and logs share it: prune unused images (docker image prune) or grow the disk before it fills."
      - eval_time: 35m
        alertname: HostDiskNearlyFull
        exp_alerts: []
      - eval_time: 47m
        alertname: HostDiskNearlyFull
        exp_alerts:
          - exp_labels: {{severity: critical, job: node-exporter, instance: "node-exporter:9100", mountpoint: /, device: /dev/sda1, fstype: ext4}}
            exp_annotations:
              summary: The host's disk has only 5% free
              description: "Data stores stop writing when it is full: PostgreSQL shuts down, brokers refuse messages. Free space now."
      - eval_time: 12m
        alertname: HostMemoryLow
        exp_alerts:
          - exp_labels: {{severity: warning, job: node-exporter, instance: "node-exporter:9100"}}
            exp_annotations:
              summary: The host has 8% of its memory available
              description: "The kernel will kill containers next: lower onering:overrides memory or leave out profiles (docs/memory.md)."
""")


def test_on_kafka_the_consumer_lag_alert_reads_the_lag_exporter(tmp_path):
    stack = tmp_path / "Pulumi.kafka-alerts.yaml"
    stack.write_text("config:\n  onering:profiles: [streaming, observability]\n  onering:broker: kafka\n")
    rules = planned_uploads("kafka-alerts", "--config-file", str(stack))["prometheus"][RULES]
    assert "pulsar_subscription_back_log" not in rules
    _promtool_test_rules(tmp_path, rules, """\
    input_series:
      # Two partitions of one topic: 6000 + 5000 behind is over the threshold only summed.
      - series: 'kafka_consumergroup_lag{job="kafka-lag-exporter", consumergroup="ingestor-stream", topic="events.source.posts.v1", partition="0"}'
        values: '6000x20'
      - series: 'kafka_consumergroup_lag{job="kafka-lag-exporter", consumergroup="ingestor-stream", topic="events.source.posts.v1", partition="1"}'
        values: '5000x20'
      - series: 'kafka_consumergroup_lag{job="kafka-lag-exporter", consumergroup="debezium", topic="cdc.orders", partition="0"}'
        values: '9000x20'
    alert_rule_test:
      - eval_time: 10m
        alertname: ConsumerLagging
        exp_alerts: []
      - eval_time: 18m
        alertname: ConsumerLagging
        exp_alerts:
          - exp_labels: {severity: warning, consumergroup: ingestor-stream, topic: events.source.posts.v1}
            exp_annotations:
              summary: Consumer group ingestor-stream is 11000 messages behind on events.source.posts.v1
              description: Its consumers are down or slower than the producers.
""")


def test_amtool_accepts_the_alertmanager_config_with_and_without_a_webhook(full, tmp_path):
    listing = tmp_path / "listing.yml"
    listing.write_text(full["alertmanager"]["/etc/alertmanager/alertmanager.yml"])
    checked = _run("amtool", "check-config", str(listing))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert " - 1 receivers" in checked.stdout

    stack = tmp_path / "Pulumi.alerts.yaml"
    stack.write_text("config:\n  onering:profiles: [observability]\n  onering:secrets:\n"
                     "    alert-webhook-url:\n      secure: v1:d2ViaG9vaw==\n")
    planned = planned_uploads("alerts", "--config-file", str(stack))["alertmanager"]["/etc/alertmanager/alertmanager.yml"]
    # The plan shows the secret as a placeholder named by its config key; the container gets the URL in its place.
    assert re.search(r"\{\{secret:secrets\.alert-webhook-url@[0-9a-f]{12}\}\}", planned), planned
    delivering = tmp_path / "delivering.yml"
    delivering.write_text(re.sub(r"\{\{secret:secrets\.alert-webhook-url@[0-9a-f]{12}\}\}", WEBHOOK, planned))
    checked = _run("amtool", "check-config", str(delivering))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    routed = _run("amtool", "config", "routes", "test", "--config.file", str(delivering), "alertname=ServiceDown", "job=postgres")
    assert routed.stdout.strip() == "platform", routed.stdout + routed.stderr
