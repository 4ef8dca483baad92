"""The platform dashboard (config/dashboard) against stub sources served over real HTTP and TCP: the workloads' health
endpoints, Prometheus' query API, Dagster's GraphQL API and Airflow's REST API with its token login. Then the same app
in Debian's headless Chromium through playwright-core (tests/dashboard/browser.mjs), with a screenshot kept as an
artefact (.work/test-artifacts/dashboard.png)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from werkzeug.serving import make_server

from conftest import CONFIG, REPO_ROOT

sys.path.insert(0, str(CONFIG / "dashboard"))
from onering_dashboard import create_app  # noqa: E402
from onering_dashboard.manifest import Manifest, Probe  # noqa: E402
from onering_dashboard.sources import Sources, probe  # noqa: E402

AIRFLOW_PASSWORD = "viewer-secret-for-the-test"
BROWSER_TEST = REPO_ROOT / "tests" / "dashboard"
ARTIFACTS = REPO_ROOT / ".work" / "test-artifacts"


class Stubs(BaseHTTPRequestHandler):
    """One server for every source: health endpoints, Prometheus, Dagster and Airflow."""

    def log_message(self, *args):
        pass

    def _send(self, status: int, body: object) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urlparse(self.path)
        if url.path == "/ok":
            return self._send(200, {"status": "ok"})
        if url.path == "/broken":
            return self._send(503, {"status": "starting"})
        if url.path == "/api/v1/query":
            query = parse_qs(url.query)["query"][0]
            if query.startswith("ALERTS"):
                return self._send(200, {"status": "success", "data": {"result": [
                    {"metric": {"alertname": "ServiceDown", "job": "broken"}, "value": [0, "1"]}]}})
            value = {"count(up == 1)": "7", "count(up)": "8"}.get(query, "1" if query.startswith("count(ALERTS") else "1536")
            if "process_resident_memory_bytes" in query:
                value = str(3 * 1024 ** 3)
            return self._send(200, {"status": "success", "data": {"result": [{"metric": {}, "value": [0, value]}]}})
        if url.path == "/api/v2/dags/~/dagRuns":
            if self.headers.get("Authorization") != "Bearer token-1":
                return self._send(401, {"detail": "not authenticated"})
            return self._send(200, {"dag_runs": [
                {"dag_id": "oner_medallion", "state": "failed", "start_date": "2026-12-01T05:00:00Z", "end_date": "2026-12-01T05:03:00Z"},
                {"dag_id": "oner_medallion", "state": "success", "start_date": "2026-11-30T05:00:00Z", "end_date": "2026-11-30T05:02:00Z"},
                {"dag_id": "oner_quality", "state": "success", "start_date": "2026-12-01T04:00:00Z", "end_date": None}]})
        return self._send(404, {"detail": "no such stub"})

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.path == "/auth/token":
            ok = body == {"username": "viewer", "password": AIRFLOW_PASSWORD}
            return self._send(201 if ok else 401, {"access_token": "token-1"} if ok else {"detail": "invalid credentials"})
        if self.path == "/graphql":
            return self._send(200, {"data": {"runsOrError": {"__typename": "Runs", "results": [
                {"runId": "r2", "jobName": "stavanger_parking_daily", "status": "FAILURE", "startTime": 1764565200.0,
                 "endTime": 1764565260.0, "repositoryOrigin": {"repositoryLocationName": "stavanger_parking"}},
                {"runId": "r1", "jobName": "stavanger_parking_daily", "status": "SUCCESS", "startTime": 1764478800.0,
                 "endTime": 1764478860.0, "repositoryOrigin": {"repositoryLocationName": "stavanger_parking"}}]}}})
        return self._send(404, {"detail": "no such stub"})


@pytest.fixture(scope="module")
def stubs():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stubs)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    listener = socket.create_server(("127.0.0.1", 0))
    closed = socket.create_server(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    yield {"base": f"http://127.0.0.1:{server.server_address[1]}", "open": listener.getsockname()[1], "closed": closed_port}
    server.shutdown()
    listener.close()


@pytest.fixture(scope="module")
def manifest(stubs):
    base = stubs["base"]
    return Manifest.parse({
        "stack": "test",
        "components": [
            {"name": "airflow", "profile": "core", "workloads": [
                {"name": "airflow-apiserver", "probe": {"kind": "http", "target": f"{base}/ok"}, "url": "http://127.0.0.1:8080/"}]},
            {"name": "postgres", "profile": "core", "workloads": [
                {"name": "postgres", "probe": {"kind": "tcp", "target": f"127.0.0.1:{stubs['open']}"}}]},
            {"name": "metabase", "profile": "analytics", "workloads": [
                {"name": "metabase", "probe": {"kind": "http", "target": f"{base}/broken"}, "url": "http://127.0.0.1:3030/"}]},
            {"name": "clickhouse", "profile": "core", "workloads": [
                {"name": "clickhouse", "probe": {"kind": "tcp", "target": f"127.0.0.1:{stubs['closed']}"}}]},
            {"name": "otel-collector", "profile": "observability", "workloads": [{"name": "otel-collector"}]},
        ],
        "pipelines": [{"name": "stavanger_parking", "title": "Stavanger parking occupancy"},
                      {"name": "sales", "title": "Sales"}],
        "sources": {"prometheus": base, "dagster": base, "airflow": base},
    })


@pytest.fixture(scope="module")
def client(manifest):
    sources = Sources.from_manifest(manifest, airflow_account=("viewer", AIRFLOW_PASSWORD))
    return create_app(manifest, sources).test_client()


def test_probes_tell_up_from_down(stubs):
    assert probe(Probe("http", f"{stubs['base']}/ok")).status == "up"
    broken = probe(Probe("http", f"{stubs['base']}/broken"))
    assert (broken.status, broken.detail) == ("down", "HTTP 503")
    assert probe(Probe("tcp", f"127.0.0.1:{stubs['open']}")).status == "up"
    assert probe(Probe("tcp", f"127.0.0.1:{stubs['closed']}")).status == "down"
    assert probe(None).status == "unknown"


def test_an_https_probe_accepts_a_self_signed_certificate(tmp_path):
    """Internal TLS endpoints (self-signed) are probed for liveness without verifying who answers."""
    import ssl

    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
                    "-days", "1", "-subj", "/CN=secure"], check=True, capture_output=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Stubs)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        state = probe(Probe("http", f"https://127.0.0.1:{server.server_address[1]}/ok"))
        assert (state.status, state.detail) == ("up", "HTTP 200")
    finally:
        server.shutdown()


def test_health_is_503_naming_every_failing_workload(client):
    response = client.get("/health")
    assert response.status_code == 503
    body = response.get_json()
    assert body["healthy"] is False
    assert {name for name, state in body["workloads"].items() if not state["ok"]} == {"metabase", "clickhouse"}
    assert body["workloads"]["otel-collector"] == {"ok": True, "detail": "no probe declared"}


def test_pipeline_management_shows_each_last_run(client):
    page = client.get("/pipeline-management").get_data(as_text=True)
    assert 'data-pipeline="stavanger_parking"' in page and "failure" in page
    assert 'data-pipeline="sales"' in page and "no run yet" in page
    assert 'data-dag="oner_medallion"' in page and 'data-dag="oner_quality"' in page


def test_a_source_that_does_not_answer_is_named_not_an_error_page(manifest, stubs):
    dead = f"http://127.0.0.1:{stubs['closed']}"
    sources = Sources(prometheus=dead, dagster=dead, airflow=stubs["base"], airflow_account=("viewer", "wrong"))
    app = create_app(manifest, sources).test_client()
    overview = app.get("/")
    assert overview.status_code == 200
    assert f"Prometheus at {dead}" in overview.get_data(as_text=True)
    pipelines = app.get("/pipeline-management").get_data(as_text=True)
    assert f"Dagster at {dead}" in pipelines
    assert f"Airflow at {stubs['base']}" in pipelines and "Unauthorized" in pipelines


@pytest.fixture(scope="module")
def served(client, manifest):
    sources = Sources.from_manifest(manifest, airflow_account=("viewer", AIRFLOW_PASSWORD))
    server = make_server("127.0.0.1", 0, create_app(manifest, sources), threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()


def test_in_a_real_browser_the_page_shows_states_failures_and_gated_links(served):
    if shutil.which("npm") is None or not Path("/usr/bin/chromium").exists():
        pytest.fail("the browser test needs Debian's chromium, nodejs and npm (tests/python/run.sh installs them)")
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=BROWSER_TEST, check=True, timeout=300)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / "dashboard.png"
    run = subprocess.run(["node", "browser.mjs", served, str(screenshot)], cwd=BROWSER_TEST, capture_output=True,
                         text=True, timeout=300, env={**os.environ})
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)

    assert seen["title"] == "Overview · test"
    states = {c["workload"]: c["state"] for c in seen["components"]}
    assert states == {"airflow-apiserver": "up", "postgres": "up", "metabase": "down", "clickhouse": "down",
                      "otel-collector": "unknown"}
    assert seen["summary"].startswith("2 of 5 workloads failing: metabase, clickhouse")
    colours = {c["workload"]: c["badgeBackground"] for c in seen["components"]}
    assert colours["metabase"] == "rgb(253, 226, 225)" and colours["airflow-apiserver"] == "rgb(223, 245, 227)"
    links = {c["workload"]: c["link"] for c in seen["components"] if c["link"]}
    assert links == {"airflow-apiserver": "http://127.0.0.1:8080/", "metabase": "http://127.0.0.1:3030/"}
    assert ["Scrape targets up", "7"] in seen["metrics"] and ["Alerts firing", "1"] in seen["metrics"] and ["Memory of scraped services", "3.0 GiB"] in seen["metrics"]
    assert seen["pipelines"] == [{"pipeline": "stavanger_parking", "state": "failure"}, {"pipeline": "sales", "state": "no run yet"}]
    assert seen["dags"] == [{"dag": "oner_medallion", "state": "failed"}, {"dag": "oner_quality", "state": "success"}]
    assert screenshot.stat().st_size > 10_000
