"""Every Great Expectations validation of the medallion DAG is kept (oner.quality.record), and Grafana shows it.

Against the real servers: the table comes from the project's own PostgreSQL changelog, applied by the
postgres-migrations hook of the built jar to a fresh database of the PostgreSQL test server; GX's full result goes to
a fresh bucket of the S3 test server. Then the "Data quality" panel's SQL, taken from the provisioned Grafana
dashboard with Grafana's expansion of its time-filter macro, is run as Grafana would run it. Read back with psycopg2
(the driver of Airflow's PostgresHook) and boto3.
"""
from __future__ import annotations

import json
import re
import uuid
from datetime import datetime, timedelta, timezone

import boto3
import pandas as pd
import pytest
from botocore.config import Config

from conftest import OVERVIEW_DASHBOARD, REPO_ROOT, migrated_database, required_env
from oner import quality

JAR = REPO_ROOT / "target" / "onering.jar"
pytestmark = pytest.mark.skipif(not JAR.exists(), reason="needs the built jar (mvn package) for the migrations hook")


@pytest.fixture(scope="module")
def pg():
    return required_env("ONERING_TEST_PG_HOST", "ONERING_TEST_PG_PORT", "ONERING_TEST_PG_USER", "ONERING_TEST_PG_PASSWORD")


@pytest.fixture
def curated(pg):
    """A fresh database with the platform's changelog applied by its own hook; dropped afterwards."""
    import psycopg2

    def connect(dbname: str):
        return psycopg2.connect(host=pg["ONERING_TEST_PG_HOST"], port=pg["ONERING_TEST_PG_PORT"], user=pg["ONERING_TEST_PG_USER"],
                                password=pg["ONERING_TEST_PG_PASSWORD"], dbname=dbname)

    with migrated_database(pg, "quality", connect) as name:
        connection = connect(name)
        yield connection
        connection.close()


@pytest.fixture
def bucket():
    env = required_env("ONERING_TEST_S3_ENDPOINT", "ONERING_TEST_S3_ACCESS_KEY", "ONERING_TEST_S3_SECRET_KEY", "ONERING_TEST_S3_REGION")
    s3 = boto3.client("s3", endpoint_url=env["ONERING_TEST_S3_ENDPOINT"], region_name=env["ONERING_TEST_S3_REGION"],
                      aws_access_key_id=env["ONERING_TEST_S3_ACCESS_KEY"], aws_secret_access_key=env["ONERING_TEST_S3_SECRET_KEY"],
                      config=Config(s3={"addressing_style": "path"}, request_checksum_calculation="when_required",
                                    response_checksum_validation="when_required"))
    name = f"silver-{uuid.uuid4().hex[:10]}"
    s3.create_bucket(Bucket=name)
    yield s3, name
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=name):
        for item in page.get("Contents", []):
            s3.delete_object(Bucket=name, Key=item["Key"])
    s3.delete_bucket(Bucket=name)


def _panel_sql(start: datetime, end: datetime) -> str:
    """The panel's query as Grafana's PostgreSQL data source sends it: $__timeFilter(c) becomes c BETWEEN from AND to."""
    panel = next(p for p in json.loads(OVERVIEW_DASHBOARD.read_text())["panels"] if p["title"].startswith("Data quality"))
    assert panel["datasource"]["uid"] == "postgres-curated"
    [target] = panel["targets"]
    return re.sub(r"\$__timeFilter\((\w+)\)", lambda m: f"{m.group(1)} BETWEEN '{start.isoformat()}' AND '{end.isoformat()}'",
                  target["rawSql"])


def _orders(rows: int, bad_ids: int = 0) -> pd.DataFrame:
    from oner.medallion import BRONZE_COLUMNS

    frame = pd.DataFrame({column: ["x"] * rows for column in BRONZE_COLUMNS})
    frame["order_id"] = [f"ORD-{i:05d}" if i >= bad_ids else f"bad-{i}" for i in range(rows)]
    frame["order_ts"] = "2026-01-30T10:00:00Z"
    frame["customer_id"] = "C-1"
    return frame


def test_each_validation_is_kept_passed_or_failed_and_the_grafana_panel_lists_it(curated, bucket):
    s3, name = bucket
    now = datetime.now(timezone.utc)
    passed = quality.validate_bronze(_orders(20))
    failed = quality.validate_bronze(_orders(20, bad_ids=3))
    assert passed.success and not failed.success

    def write(key: str, body: bytes) -> str:
        s3.put_object(Bucket=name, Key=key, Body=body, ContentType="application/json")
        return f"s3://{name}/{key}"

    uris = [quality.record(summary, run_id=run, dag_id="medallion_batch_demo", validated_at=at, write_object=write, connection=curated)
            for summary, run, at in ((passed, "manual__1", now - timedelta(minutes=1)), (failed, "manual__2", now))]

    assert uris[1] == f"s3://{name}/quality/suite=bronze_orders/dt={now:%Y-%m-%d}/manual__2.json"
    stored = json.loads(s3.get_object(Bucket=name, Key=uris[1].split("/", 3)[3])["Body"].read())
    assert stored["success"] is False and stored["statistics"]["unsuccessful_expectations"] == 1, "GX's own result document"
    with curated.cursor() as cursor:
        cursor.execute(_panel_sql(now - timedelta(hours=6), now + timedelta(minutes=1)))
        columns = [c.name for c in cursor.description]
        shown = [dict(zip(columns, row)) for row in cursor.fetchall()]
    assert [(r["run_id"], r["outcome"], r["expectations_met"]) for r in shown] == [("manual__2", "failed", "5 of 6"),
                                                                                     ("manual__1", "passed", "6 of 6")], shown
    assert shown[0]["failed_expectations"] == "expect_column_values_to_match_regex(order_id)"
    assert shown[0]["result_uri"] == uris[1] and shown[1]["failed_expectations"] == ""

    # A retried task records the same run again: its row is replaced, not doubled.
    quality.record(passed, run_id="manual__2", dag_id="medallion_batch_demo", validated_at=now, write_object=write, connection=curated)
    with curated.cursor() as cursor:
        cursor.execute("SELECT count(*), bool_and(success) FROM gold.data_quality_runs")
        assert cursor.fetchone() == (2, True)
    with curated.cursor() as cursor:
        cursor.execute(_panel_sql(now - timedelta(days=2), now - timedelta(days=1)))
        assert cursor.fetchall() == [], "the panel shows only the dashboard's time range"
