"""Daily Evidently data-drift report over the customer feature table.

Reference = all weekly snapshots before the latest one, current = the latest.
The standalone HTML and a JSON summary go to the ``reports`` bucket under
``evidently/<ds>/``.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone

from airflow.sdk import dag, get_current_context, task

from oner import config

log = logging.getLogger(__name__)


@dag(
    dag_id="evidently_drift_report",
    schedule="@daily",
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "oner", "retries": 1, "retry_delay": timedelta(minutes=5)},
    tags=["oner", "ml", "monitoring", "evidently"],
    doc_md=__doc__,
)
def evidently_drift_report():
    @task
    def build_drift_report() -> dict:
        from oner import airflow_io, drift, ml

        frame = ml.load_transactions(airflow_io.s3_read(config.variable("oner_bucket_featurestore"),
                                                        config.variable("oner_feature_csv_key")))
        reference, current = drift.split_reference_current(frame)
        html, summary = drift.drift_report(reference, current)
        ctx = get_current_context()
        day = str(ctx.get("ds") or datetime.now(timezone.utc).date().isoformat())
        bucket = config.variable("oner_bucket_reports")
        html_uri = airflow_io.s3_write(bucket, f"evidently/{day}/data_drift.html", html.encode(), "text/html")
        json_uri = airflow_io.s3_write(bucket, f"evidently/{day}/data_drift.json",
                                       json.dumps(summary, default=str).encode(), "application/json")
        return {**summary, "html_uri": html_uri, "json_uri": json_uri}

    @task
    def log_drift_summary(summary: dict) -> float:
        share = float(summary.get("drift_share") or 0.0)
        log.info("drift share %.2f, drifted columns %s, report %s",
                 share, summary.get("drifted_columns"), summary.get("html_uri"))
        return share

    log_drift_summary(build_drift_report())


evidently_drift_report()
