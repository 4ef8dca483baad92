"""The OneRing platform dashboard: one page per question a platform user asks.

/                      every component with its live health, links to every UI, pipelines and key metrics
/pipeline-management   every pipeline and DAG with its last runs (Dagster and Airflow APIs)
/health                the health of every workload as JSON (HTTP 503 while any is failing)
/metrics               key metrics from Prometheus
/healthz               the dashboard's own liveness
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, jsonify, render_template

from onering_dashboard.manifest import Manifest
from onering_dashboard.sources import Sources


def create_app(manifest: Manifest | None = None, sources: Sources | None = None) -> Flask:
    manifest = manifest or Manifest.load(Path(os.environ.get("ONERING_DASHBOARD_MANIFEST", "/etc/onering/dashboard.json")))
    sources = sources or Sources.from_manifest(manifest, airflow_account=_airflow_account())
    app = Flask(__name__)

    @app.get("/")
    def overview():
        health = sources.health(manifest.workloads())
        return render_template("overview.html", manifest=manifest, health=health,
                               failing=[w for w, s in health.items() if not s.ok],
                               pipelines=sources.pipeline_runs(manifest), metrics=sources.key_metrics())

    @app.get("/pipeline-management")
    def pipeline_management():
        return render_template("pipelines.html", manifest=manifest, pipelines=sources.pipeline_runs(manifest),
                               dags=sources.dag_runs())

    @app.get("/health")
    def health():
        states = sources.health(manifest.workloads())
        body = {"healthy": all(s.ok for s in states.values()),
                "workloads": {name: {"ok": s.ok, "detail": s.detail} for name, s in states.items()}}
        return jsonify(body), 200 if body["healthy"] else 503

    @app.get("/metrics")
    def metrics():
        return render_template("metrics.html", manifest=manifest, metrics=sources.key_metrics())

    @app.get("/healthz")
    def healthz():
        return "ok\n"

    return app


def _airflow_account() -> tuple[str, str] | None:
    """Airflow's read-only account: its name, and its password from the file the platform places (never in the
    environment)."""
    user, path = os.environ.get("ONERING_AIRFLOW_USER"), os.environ.get("ONERING_AIRFLOW_PASSWORD_FILE")
    return (user, Path(path).read_text(encoding="utf-8").strip()) if user and path else None
