"""Where the dashboard's figures come from: the workloads' own endpoints (health), Prometheus (metrics, alerts), the
Dagster GraphQL API (pipeline runs) and the Airflow REST API (DAG runs, as a read-only user). Every call has a short
timeout; a source that does not answer shows as unavailable with its reason, never as an error page."""

from __future__ import annotations

import json
import socket
import ssl
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone

from onering_dashboard.manifest import Manifest, Probe, Workload
from onering_dashboard.queries import KEY_METRICS, RUNS_QUERY

TIMEOUT_SECONDS = 3
# A probe asks whether a workload answers, not who it is: the platform's internal TLS endpoints use self-signed
# certificates, so an HTTPS probe does not verify them (it sends nothing secret).
LIVENESS_TLS = ssl.create_default_context()
LIVENESS_TLS.check_hostname = False
LIVENESS_TLS.verify_mode = ssl.CERT_NONE


@dataclass(frozen=True)
class State:
    status: str  # up, down or unknown (no probe declared)
    detail: str

    @property
    def ok(self) -> bool:
        return self.status != "down"


@dataclass(frozen=True)
class Run:
    name: str
    status: str
    started: str | None
    ended: str | None


@dataclass(frozen=True)
class Answer:
    """A source's answer: its value, or why there is none."""
    value: object
    error: str | None = None


@dataclass(frozen=True)
class Metric:
    label: str
    value: str


def probe(check: Probe | None) -> State:
    if check is None:
        return State("unknown", "no probe declared")
    try:
        if check.kind == "http":
            with urllib.request.urlopen(check.target, timeout=TIMEOUT_SECONDS, context=LIVENESS_TLS) as response:
                return State("up", f"HTTP {response.status}")
        host, port = check.target.rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=TIMEOUT_SECONDS):
            return State("up", f"accepts connections on {port}")
    except urllib.error.HTTPError as e:
        return State("down", f"HTTP {e.code}")
    except (urllib.error.URLError, OSError, ValueError) as e:
        return State("down", str(getattr(e, "reason", e)))


def _format(value: float, unit: str) -> str:
    if unit == "bytes":
        for suffix in ("B", "KiB", "MiB", "GiB"):
            if value < 1024 or suffix == "GiB":
                return f"{value:.1f} {suffix}"
            value /= 1024
    if unit == "rate":
        return f"{value:.1f}/s"
    return str(int(value))


class Sources:
    def __init__(self, prometheus: str | None, dagster: str | None, airflow: str | None,
                 airflow_account: tuple[str, str] | None):
        self.prometheus = prometheus
        self.dagster = dagster
        self.airflow = airflow
        self.airflow_account = airflow_account

    @staticmethod
    def from_manifest(manifest: Manifest, airflow_account: tuple[str, str] | None) -> "Sources":
        s = manifest.sources
        return Sources(s.get("prometheus"), s.get("dagster"), s.get("airflow"), airflow_account)

    def health(self, workloads: list[Workload]) -> dict[str, State]:
        with ThreadPoolExecutor(max_workers=16) as pool:
            states = pool.map(lambda w: probe(w.probe), workloads)
            return {w.name: s for w, s in zip(workloads, states)}

    def key_metrics(self) -> Answer:
        if not self.prometheus:
            return Answer([], "Prometheus is not deployed (observability profile)")
        metrics = []
        try:
            for label, query, unit in KEY_METRICS:
                result = self._prometheus(query)
                metrics.append(Metric(label, _format(float(result[0]["value"][1]), unit) if result else "none"))
            firing = [f'{a["metric"].get("alertname")} ({a["metric"].get("job", "platform")})'
                      for a in self._prometheus('ALERTS{alertstate="firing"}')]
        except (urllib.error.URLError, OSError, ValueError, KeyError) as e:
            return Answer([], f"Prometheus at {self.prometheus}: {getattr(e, 'reason', e)}")
        return Answer({"metrics": metrics, "firing": sorted(firing)})

    def pipeline_runs(self, manifest: Manifest) -> Answer:
        """The last Dagster run of each pipeline's code location."""
        if not self.dagster:
            return Answer({}, "Dagster is not deployed (devtools profile)")
        try:
            body = _post_json(f"{self.dagster}/graphql", {"query": RUNS_QUERY})
            runs = body["data"]["runsOrError"]
            if runs["__typename"] != "Runs":
                return Answer({}, f"Dagster: {runs.get('message', runs['__typename'])}")
        except (urllib.error.URLError, OSError, ValueError, KeyError, TypeError) as e:
            return Answer({}, f"Dagster at {self.dagster}: {getattr(e, 'reason', e)}")
        last: dict[str, Run] = {}
        for run in runs["results"]:  # newest first
            location = (run.get("repositoryOrigin") or {}).get("repositoryLocationName")
            if location and location not in last:
                last[location] = Run(run["jobName"], run["status"].lower(), _epoch(run.get("startTime")), _epoch(run.get("endTime")))
        return Answer({p.name: last.get(p.name) for p in manifest.pipelines})

    def dag_runs(self) -> Answer:
        """The last run of each Airflow DAG, read with the dashboard's read-only account."""
        if not self.airflow or not self.airflow_account:
            return Answer([], "Airflow's read-only account is not configured")
        user, password = self.airflow_account
        try:
            token = _post_json(f"{self.airflow}/auth/token", {"username": user, "password": password})["access_token"]
            request = urllib.request.Request(f"{self.airflow}/api/v2/dags/~/dagRuns?order_by=-start_date&limit=100",
                                             headers={"Authorization": f"Bearer {token}"})
            with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
                runs = json.load(response)["dag_runs"]
        except (urllib.error.URLError, OSError, ValueError, KeyError) as e:
            return Answer([], f"Airflow at {self.airflow}: {getattr(e, 'reason', e)}")
        last: dict[str, Run] = {}
        for run in runs:
            last.setdefault(run["dag_id"], Run(run["dag_id"], run["state"], run.get("start_date"), run.get("end_date")))
        return Answer(sorted(last.values(), key=lambda r: r.name))

    def _prometheus(self, query: str) -> list:
        url = f"{self.prometheus}/api/v1/query?" + urllib.parse.urlencode({"query": query})
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response:
            body = json.load(response)
        if body.get("status") != "success":
            raise ValueError(body.get("error", "query failed"))
        return body["data"]["result"]


def _post_json(url: str, payload: dict) -> dict:
    request = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        return json.load(response)


def _epoch(seconds: float | None) -> str | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, tz=timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")
