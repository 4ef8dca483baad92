"""The MLflow tracking server as the platform runs it: the planned command and Host allow-list, the real mlflow package
(with the Prometheus exporter the image's extras bring), a local sqlite store. Prometheus scrapes it at the address and
path its planned scrape job names, and gets the requests every worker served, in the series Grafana's panel reads."""
from __future__ import annotations

import http.client
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import dashboard_series, free_port, offline_plan, wait_until_ready

REQUESTS = 12


def planned_server() -> tuple[list[str], dict[str, str], dict]:
    """mlflow's command and environment, and Prometheus's scrape job for it, from the full stack's offline plan."""
    containers = {r["name"]: r["inputs"] for r in offline_plan("full")
                  if r["type"] == "docker:index/container:Container"}
    mlflow = containers["mlflow"]
    env = dict(entry.split("=", 1) for entry in mlflow.get("envs", []))
    uploads = {u["file"]: u["content"] for u in containers["prometheus"]["uploads"]}
    scrape = yaml.safe_load(uploads["/etc/prometheus/prometheus.yml"])
    job = next(j for j in scrape["scrape_configs"] if j["job_name"] == "mlflow")
    return mlflow["command"], env, job


def with_value(command: list[str], flag: str, value: str) -> list[str]:
    at = command.index(flag)
    return command[:at + 1] + [value] + command[at + 2:]


def scrape(port: int, host_header: str, path: str) -> str:
    """A GET as Prometheus sends it to the target: the target's in-network name in the Host header."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.request("GET", path, headers={"Host": host_header})
    answer = connection.getresponse()
    body = answer.read().decode()
    assert answer.status == 200, f"{path} as {host_header}: {answer.status} {body[:500]}"
    return body


def test_prometheus_scrapes_every_workers_requests_from_the_planned_server(tmp_path):
    command, env, job = planned_server()
    assert command[:2] == ["mlflow", "server"]
    (target,) = job["static_configs"][0]["targets"]
    port = free_port()
    metrics_dir = tmp_path / "metrics"
    local = with_value(with_value(with_value(command, "--host", "127.0.0.1"), "--port", str(port)),
                       "--expose-prometheus", str(metrics_dir))
    local = [str(Path(sys.executable).parent / "mlflow")] + local[1:]
    # The planned environment but a local store: sqlite for PostgreSQL; the object store is not touched by these calls.
    environment = {**os.environ, **env, "MLFLOW_BACKEND_STORE_URI": f"sqlite:///{tmp_path}/mlflow.db"}
    log = tmp_path / "mlflow.log"
    with log.open("w") as out:
        process = subprocess.Popen(local, env=environment, stdout=out, stderr=subprocess.STDOUT, cwd=tmp_path)
    try:
        wait_until_ready(f"http://127.0.0.1:{port}/health", process, log, "mlflow server")
        for _ in range(REQUESTS):
            scrape(port, f"127.0.0.1:{port}", "/api/2.0/mlflow/experiments/search?max_results=5")
        body = scrape(port, target, job["metrics_path"])
    finally:
        process.terminate()
        process.wait(timeout=30)

    served = [float(value) for labels, value in
              re.findall(r'^mlflow_http_request_total\{([^}]*)\} (\S+)$', body, re.M)
              if 'status="200"' in labels and 'method="GET"' in labels]
    # Counted in the shared directory by whichever worker served each request, summed at the scrape.
    assert sum(served) >= REQUESTS, body[:2000]
    assert any(metrics_dir.glob("*.db")), "the workers keep their counters in the planned directory"
    exposed = set(re.findall(r"^(\w+)(?:\{| )", body, re.M))
    read = dashboard_series("mlflow_")
    assert read, "the overview dashboard has an MLflow panel"
    assert read <= exposed, f"the overview dashboard reads {sorted(read - exposed)}, which the server does not expose"
