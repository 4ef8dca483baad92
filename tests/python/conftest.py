"""Shared fixtures for the content tests (real libraries, no mocks of them)."""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIG = REPO_ROOT / "config"
OVERVIEW_DASHBOARD = CONFIG / "grafana" / "dashboards" / "platform-overview.json"
DAGS_DIR = CONFIG / "airflow" / "dags"
DBT_ROOT = CONFIG / "dbt"
FEAST_REPO = CONFIG / "feast" / "feature_repo"
SEED_DIR = CONFIG / "seed-data"

# Helpers (config/airflow/dags/oner) are importable like inside the Airflow image.
if str(DAGS_DIR) not in sys.path:
    sys.path.insert(0, str(DAGS_DIR))

# Airflow reads its configuration at first import: point it at a throwaway home
# (sqlite metadata DB inside it) before any test module imports airflow.
_AIRFLOW_HOME = tempfile.mkdtemp(prefix="oner-airflow-home-")
os.environ["AIRFLOW_HOME"] = _AIRFLOW_HOME
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS_DIR)
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{_AIRFLOW_HOME}/airflow.db"
os.environ["ONER_DBT_ROOT"] = str(DBT_ROOT)
os.environ["ONER_FEAST_REPO"] = str(FEAST_REPO)
# console scripts (dbt, bentoml) come from this venv, as they come from the image's environment
os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
DBT_BIN = str(Path(sys.executable).parent / "dbt")

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
os.environ.setdefault("DO_NOT_TRACK", "1")  # dbt anonymous usage stats
os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
os.environ.setdefault("FEAST_USAGE", "False")
os.environ.setdefault("MLFLOW_ENABLE_TELEMETRY", "false")


def offline_plan(stack: str, *args: str) -> list[dict]:
    """The resources of a stack's offline plan, file contents included (bin/onering, the built jar)."""
    out = subprocess.run([str(REPO_ROOT / "bin" / "onering"), "plan", "--stack", stack, "--with-file-contents", *args],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["resources"]


def planned_uploads(stack: str, *args: str) -> dict[str, dict[str, str]]:
    """Workload -> container path -> file content, from the offline plan of a stack."""
    files: dict[str, dict[str, str]] = {}
    for resource in offline_plan(stack, *args):
        for upload in resource["inputs"].get("uploads") or []:
            files.setdefault(resource["name"], {})[upload["file"]] = upload["content"]
    return files


@contextlib.contextmanager
def migrated_database(pg: dict[str, str], prefix: str, connect):
    """A fresh database of the PostgreSQL test server with the platform's curated changelog applied by its own
    postgres-migrations hook (the built jar); yields its name and drops it afterwards. `connect(dbname)` opens a DB-API
    connection as the test server's superuser (psycopg2 or psycopg, whichever the group has)."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = connect("postgres")
    admin.autocommit = True
    cursor = admin.cursor()
    cursor.execute(f'CREATE DATABASE "{name}"')
    try:
        migrated = subprocess.run(["java", "-jar", str(REPO_ROOT / "target" / "onering.jar"), "hook", "postgres-migrations"],
                                  capture_output=True, text=True, timeout=300, check=False, env={
                                      "PATH": "/usr/bin:/bin",
                                      "JDBC_URL": f"jdbc:postgresql://{pg['ONERING_TEST_PG_HOST']}:{pg['ONERING_TEST_PG_PORT']}/{name}",
                                      "JDBC_USER": pg["ONERING_TEST_PG_USER"], "JDBC_PASSWORD": pg["ONERING_TEST_PG_PASSWORD"]})
        assert migrated.returncode == 0, migrated.stdout + migrated.stderr
        yield name
    finally:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def local_spark_connect(conf: dict[str, str] | None = None):
    """A Spark Connect session on a local server that PySpark runs in this process (the spark group): two cores, no UI,
    two shuffle partitions, plus `conf`."""
    from pyspark.sql import SparkSession

    assert shutil.which("java"), "Spark needs a JVM"
    builder = SparkSession.builder.remote("local[2]").config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def required_env(*names: str) -> dict[str, str]:
    """The test servers' settings (scripts/test-servers.sh); a missing one fails the test, naming how to start them."""
    missing = [n for n in names if not os.environ.get(n)]
    if missing:
        pytest.fail(f"{', '.join(missing)} not set: start the test servers (scripts/test-servers.sh start; "
                    "source .work/test-servers/servers.env)")
    return {n: os.environ[n] for n in names}


class JsonApiStub:
    """A loopback HTTP server standing in for a JSON API that cannot run here, built from that API's reference:
    ``answer(method, path, query, body, headers)`` returns (status, body); every request is kept in ``requests`` as
    (method, path, query, body). Bodies are JSON, or form-encoded (OAuth token requests)."""

    def __init__(self, answer):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
        from urllib.parse import parse_qs, urlparse

        self.requests: list[tuple[str, str, dict, dict]] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self):
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                body = json.loads(raw) if raw.startswith("{") else {k: v[0] for k, v in parse_qs(raw).items()}
                stub.requests.append((self.command, url.path, query, body))
                status, reply = answer(self.command, url.path, query, body, self.headers)
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = _handle  # noqa: N815 (http.server's naming)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}"

    def close(self) -> None:
        self.server.shutdown()


class InfisicalStub(JsonApiStub):
    """Infisical's API as a service reads its secrets, from Infisical's API reference: ``POST
    /api/v1/auth/universal-auth/login {clientId, clientSecret}`` answers ``{accessToken, expiresIn, tokenType}`` (401
    otherwise); ``GET /api/v3/secrets/raw/{name}?workspaceSlug=&environment=&secretPath=`` with the bearer token
    answers ``{secret: {secretKey, secretValue, ...}}``, or 404 when the folder holds no such secret. `secrets` are
    keyed ``<secretPath>/<name>`` (``/<name>`` at the project's root), in project `project`, environment prod."""

    def __init__(self, client_id: str, client_secret: str, project: str, secrets: dict[str, str]):
        from urllib.parse import unquote

        def answer(method, path, query, body, headers):
            if (method, path) == ("POST", "/api/v1/auth/universal-auth/login"):
                if body == {"clientId": client_id, "clientSecret": client_secret}:
                    return 200, {"accessToken": "identity-token", "expiresIn": 7200, "tokenType": "Bearer"}
                return 401, {"message": "Invalid credentials"}
            if method != "GET" or not path.startswith("/api/v3/secrets/raw/"):
                return 404, {"message": path}
            if headers.get("Authorization") != "Bearer identity-token":
                return 401, {"message": "token"}
            if query.get("workspaceSlug") != project or query.get("environment") != "prod":
                return 400, {"message": "project"}
            name = unquote(path.rsplit("/", 1)[-1])
            value = secrets.get(f"{query.get('secretPath').rstrip('/')}/{name}")
            if value is None:
                return 404, {"message": f"Secret with name '{name}' not found"}
            return 200, {"secret": {"secretKey": name, "secretValue": value, "type": "shared"}}

        super().__init__(answer)

    def secret_reads(self) -> list[str]:
        return [f"{q.get('secretPath').rstrip('/')}/{p.rsplit('/', 1)[-1]}" for m, p, q, _ in self.requests if m == "GET"]

    def logins(self) -> int:
        return sum(1 for m, p, _, _ in self.requests if (m, p) == ("POST", "/api/v1/auth/universal-auth/login"))


def dashboard_series(prefix: str) -> set[str]:
    """The series whose names start with `prefix` (e.g. "pulsar_") that the overview dashboard's panels query."""
    dashboard = json.loads(OVERVIEW_DASHBOARD.read_text())
    return {name for panel in dashboard["panels"] for target in panel.get("targets", [])
            for name in re.findall(rf"\b{re.escape(prefix)}\w+", target.get("expr", ""))}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_ready(url: str, process: subprocess.Popen, log: Path, what: str, timeout_s: float = 120) -> None:
    """Waits for `url` to answer 200 while `process` runs; fails with the log's tail if it exits or never answers."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"{what} did not become ready:\n{log.read_text()[-4000:]}")
        time.sleep(0.5)


@pytest.fixture(scope="session")
def bronze_bytes() -> bytes:
    return (SEED_DIR / "orders.csv").read_bytes()


@pytest.fixture(scope="session")
def transactions_path() -> Path:
    return SEED_DIR / "featurestore" / "customer_transactions.csv"


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_AIRFLOW_HOME, ignore_errors=True)
