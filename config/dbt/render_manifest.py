#!/usr/bin/env python3
"""Render the dbt manifest that Cosmos reads when it parses the ClickHouse DAG.

The ``dbt_clickhouse_cosmos`` DAG loads its dbt graph with Cosmos'
``LoadMode.DBT_MANIFEST`` from the committed ``<project>/manifest.json``, so
the DAG processor runs no dbt at parse time (``dbt ls`` took longer than
Airflow's 30 s import timeout on a loaded host).  This script writes that
file with ``dbt parse``, which renders ``profiles.yml`` but never connects,
so fixed placeholder connection values are enough.

The file is deterministic and machine-independent: it keeps what Cosmos reads
(``metadata``, ``nodes``, ``sources``, ``exposures``, ``selectors``; see
``cosmos/dbt/graph.py``) and drops the macros of dbt and the adapter (most of
the bytes, placed into two containers), the time stamps, the invocation ids
and the absolute ``root_path`` of the checkout.

Run it with the Python that has dbt (the test venv)::

    .work/venvs/dbt/bin/python config/dbt/render_manifest.py          # rewrite
    .work/venvs/dbt/bin/python config/dbt/render_manifest.py --check  # exit 1 if stale
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DBT_ROOT = Path(__file__).resolve().parent
PROJECTS = ("clickhouse_analytics",)  # the projects a DAG renders with Cosmos
MANIFEST = "manifest.json"

# profiles.yml needs these to render; parse never uses them to connect.
PARSE_ENV = {"CLICKHOUSE_HOST": "clickhouse", "CLICKHOUSE_USER": "dbt_render", "CLICKHOUSE_PASSWORD": "",
             "DBT_SEND_ANONYMOUS_USAGE_STATS": "False", "DO_NOT_TRACK": "1"}
KEPT_SECTIONS = ("metadata", "nodes", "sources", "exposures", "selectors")
KEPT_METADATA = ("dbt_schema_version", "dbt_version", "project_name", "adapter_type")
MACHINE_FIELDS = ("created_at", "root_path")  # per resource: parse time and checkout path


def parse(project: str, workdir: Path) -> dict:
    """The full manifest of ``dbt parse``; target and logs go to ``workdir`` so the project stays clean."""
    project_dir = DBT_ROOT / project
    # Only the fixed values: a developer's CLICKHOUSE_*/DBT_* settings must not leak into the file.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CLICKHOUSE_", "DBT_"))} | PARSE_ENV
    dbt = Path(sys.executable).parent / "dbt"
    cmd = [str(dbt), "parse", "--project-dir", str(project_dir), "--profiles-dir", str(project_dir),
           "--target-path", str(workdir / "target"), "--log-path", str(workdir / "logs")]
    proc = subprocess.run(cmd, env=env, cwd=workdir, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(f"dbt parse of {project} failed ({proc.returncode}):\n{proc.stdout[-6000:]}\n{proc.stderr[-3000:]}")
    return json.loads((workdir / "target" / "manifest.json").read_text(encoding="utf-8"))


def for_cosmos(manifest: dict) -> str:
    """The committed text: the sections Cosmos reads, without anything that differs per run or machine."""
    kept = {section: manifest[section] for section in KEPT_SECTIONS}
    kept["metadata"] = {key: manifest["metadata"][key] for key in KEPT_METADATA}
    for section in ("nodes", "sources", "exposures"):
        kept[section] = {unique_id: {k: v for k, v in resource.items() if k not in MACHINE_FIELDS}
                         for unique_id, resource in manifest[section].items()}
    return json.dumps(kept, indent=1, sort_keys=True) + "\n"


def render(project: str) -> str:
    with tempfile.TemporaryDirectory(prefix=f"render-{project}-") as workdir:
        return for_cosmos(parse(project, Path(workdir)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a committed manifest differs")
    args = ap.parse_args()
    stale = []
    for project in PROJECTS:
        path = DBT_ROOT / project / MANIFEST
        text = render(project)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path.relative_to(DBT_ROOT)))
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print(f"stale: {', '.join(stale)} (run {Path(__file__).name})", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
