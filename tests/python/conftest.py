"""Shared fixtures for the content tests (real libraries, no mocks of them)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
CONFIG = REPO_ROOT / "config"
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


def planned_uploads(stack: str, *args: str) -> dict[str, dict[str, str]]:
    """Workload -> container path -> file content, from the offline plan of a stack (bin/onering, the built jar)."""
    out = subprocess.run([str(REPO_ROOT / "bin" / "onering"), "plan", "--stack", stack, "--with-file-contents", *args],
                         capture_output=True, text=True, check=True).stdout
    files: dict[str, dict[str, str]] = {}
    for resource in json.loads(out)["resources"]:
        for upload in resource["inputs"].get("uploads") or []:
            files.setdefault(resource["name"], {})[upload["file"]] = upload["content"]
    return files


@pytest.fixture(scope="session")
def bronze_bytes() -> bytes:
    return (SEED_DIR / "orders.csv").read_bytes()


@pytest.fixture(scope="session")
def transactions_path() -> Path:
    return SEED_DIR / "featurestore" / "customer_transactions.csv"


def pytest_sessionfinish(session, exitstatus):
    shutil.rmtree(_AIRFLOW_HOME, ignore_errors=True)
