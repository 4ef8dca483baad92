"""Run the real dbt CLI (from this venv) against a project in config/dbt."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from conftest import DBT_BIN, DBT_ROOT


def run_dbt(project: str, args: list[str], env: dict[str, str], workdir: Path) -> subprocess.CompletedProcess:
    """`dbt <args>` with target/log paths in ``workdir`` so config/ stays clean."""
    project_dir = DBT_ROOT / project
    full_env = {**os.environ, **env, "DBT_SEND_ANONYMOUS_USAGE_STATS": "False", "DO_NOT_TRACK": "1"}
    cmd = [DBT_BIN, *args, "--project-dir", str(project_dir), "--profiles-dir", str(project_dir),
           "--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs")]
    proc = subprocess.run(cmd, env=full_env, cwd=workdir, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stdout[-6000:]}\n{proc.stderr[-3000:]}")
    return proc


def manifest(workdir: Path) -> dict:
    return json.loads((workdir / "target" / "manifest.json").read_text())
