"""`dbt build` of a project placed in the image, with the connection of the database it writes.

The projects are placed read-only (root-owned files): dbt's target/ and logs/ go to a temporary folder.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from oner import config


def postgres_gold_environment(conn: Any) -> dict[str, str]:
    """What config/dbt/postgres_gold/profiles.yml reads, from the ``postgres_gold`` Airflow connection."""
    return {
        "POSTGRES_GOLD_HOST": conn.host,
        "POSTGRES_GOLD_PORT": str(conn.port or 5432),
        "POSTGRES_GOLD_USER": conn.login,
        "POSTGRES_GOLD_PASSWORD": conn.password or "",
        "POSTGRES_GOLD_DB": conn.schema or "curated",
    }


def build(project: str, environment: dict[str, str], dbt: str = "dbt") -> str:
    """Runs ``dbt build`` (seeds, models, tests) in ``config.DBT_ROOT / project``; returns dbt's output, raises with it
    when a model or test fails."""
    project_dir = Path(config.DBT_ROOT) / project
    with tempfile.TemporaryDirectory(prefix=f"dbt-{project}-") as scratch:
        result = subprocess.run(
            [dbt, "build", "--project-dir", str(project_dir), "--profiles-dir", str(project_dir),
             "--target-path", f"{scratch}/target", "--log-path", f"{scratch}/logs"],
            env={**os.environ, **environment, "DBT_SEND_ANONYMOUS_USAGE_STATS": "False"},
            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"dbt build of {project} failed (exit {result.returncode}):\n{result.stdout[-4000:]}{result.stderr[-2000:]}")
    return result.stdout
