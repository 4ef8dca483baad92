"""Every DAG in config/airflow/dags loads with the real Airflow 3 DagBag."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import CONFIG, DAGS_DIR, InfisicalStub, required_env

EXPECTED_TASKS = {
    "medallion_batch_demo": {
        "trigger_airbyte_sync", "validate_bronze", "transform_silver",
        "load_clickhouse", "publish_gold", "publish_quality_to_catalog", "log_lineage",
    },
    "feast_spark_ml_pipeline": {
        "prepare_feature_source", "feast_apply", "feast_materialize",
        "build_training_dataset", "train_and_register",
    },
    "evidently_drift_report": {"build_drift_report", "log_drift_summary"},
    "oner_connection_check": {"check_postgres_gold", "check_clickhouse_default", "check_oner_s3", "check_airbyte_default"},
    "postgres_gold_marts": {"dbt_build_gold_marts"},
    "spark_bronze_to_iceberg": {"bronze_to_iceberg"},
}
DBT_MODELS = [
    "stg_customers", "stg_products", "stg_orders", "stg_order_items",
    "int_order_items_enriched", "int_customer_orders",
    "dim_customers", "dim_products", "dim_dates", "fct_orders", "daily_sales_summary",
]
DBT_SEEDS = ["raw_customers", "raw_products", "raw_orders", "raw_order_items"]


@pytest.fixture(scope="module")
def dagbag():
    from airflow.dag_processing.dagbag import BundleDagBag

    # Same loader the dag-processor uses for the dags-folder bundle (it puts the
    # bundle on sys.path, which is how `import oner` resolves in the image).
    return BundleDagBag(dag_folder=DAGS_DIR, bundle_path=DAGS_DIR)


def test_no_import_errors(dagbag):
    assert dagbag.import_errors == {}


def test_expected_dag_ids(dagbag):
    assert set(dagbag.dag_ids) == set(EXPECTED_TASKS) | {"dbt_clickhouse_cosmos"}


def test_helper_package_is_not_parsed_as_dags(dagbag):
    assert all("/oner/" not in (dag.fileloc or "") for dag in dagbag.dags.values())


@pytest.mark.parametrize("dag_id", sorted(EXPECTED_TASKS))
def test_task_ids(dagbag, dag_id):
    assert set(dagbag.dags[dag_id].task_dict) == EXPECTED_TASKS[dag_id]


def test_cosmos_tasks(dagbag):
    dag = dagbag.dags["dbt_clickhouse_cosmos"]
    expected = {"check_clickhouse"}
    expected |= {f"clickhouse_analytics.{s}_seed" for s in DBT_SEEDS}
    expected |= {f"clickhouse_analytics.{m}.{kind}" for m in DBT_MODELS for kind in ("run", "test")}
    assert set(dag.task_dict) == expected
    # the pre-flight check gates every dbt node without upstream
    for seed in DBT_SEEDS:
        assert "check_clickhouse" in dag.task_dict[f"clickhouse_analytics.{seed}_seed"].upstream_task_ids
    # dbt lineage: seeds -> staging -> intermediate -> marts, tests after each model
    up = lambda t: dag.task_dict[f"clickhouse_analytics.{t}"].upstream_task_ids  # noqa: E731
    assert "clickhouse_analytics.raw_orders_seed" in up("stg_orders.run")
    assert "clickhouse_analytics.stg_orders.test" in up("int_order_items_enriched.run")
    assert "clickhouse_analytics.fct_orders.test" in up("daily_sales_summary.run")
    run = dag.task_dict["clickhouse_analytics.fct_orders.run"]
    assert set(run.env) == {"CLICKHOUSE_HOST", "CLICKHOUSE_PORT", "CLICKHOUSE_USER",
                            "CLICKHOUSE_PASSWORD", "CLICKHOUSE_SECURE"}
    assert all("conn.clickhouse_default" in v for v in run.env.values())


def test_cosmos_parse_runs_no_dbt(monkeypatch):
    """Parsing the DAG reads the committed manifest and runs no dbt (issue 9: Cosmos' `dbt ls` at parse time
    outlasted Airflow's 30 s import timeout on a loaded machine). Any dbt command Cosmos starts fails the import."""
    import cosmos.dbt.graph
    from airflow.dag_processing.dagbag import BundleDagBag
    from cosmos.constants import LoadMode
    from dbt.cli.main import dbtRunner

    def no_dbt(*args, **kwargs):
        command = next(a for a in args if isinstance(a, list))  # not the env argument: it may hold secrets
        raise AssertionError(f"dbt invoked while parsing the DAG: {command}")

    monkeypatch.setattr(cosmos.dbt.graph, "run_command", no_dbt)  # Cosmos' dbt ls/deps, subprocess or dbtRunner
    monkeypatch.setattr(dbtRunner, "invoke", no_dbt)  # any in-process dbt command
    bag = BundleDagBag(dag_folder=DAGS_DIR / "dbt_clickhouse_cosmos.py", bundle_path=DAGS_DIR)
    assert bag.import_errors == {}
    group = bag.dags["dbt_clickhouse_cosmos"].task_group_dict["clickhouse_analytics"]
    assert group.dbt_graph.load_method == LoadMode.DBT_MANIFEST


def test_no_cycles(dagbag):
    for dag in dagbag.dags.values():
        dag.check_cycle()
        assert len(dag.topological_sort()) == len(dag.tasks)


def _cron(dag):
    tt = dag.timetable
    return getattr(tt, "expression", None) or getattr(tt, "_expression", None)


def test_schedules(dagbag):
    # schedule=None -> NullTimetable (manual trigger only)
    assert type(dagbag.dags["medallion_batch_demo"].timetable).__name__ == "NullTimetable"
    assert type(dagbag.dags["feast_spark_ml_pipeline"].timetable).__name__ == "NullTimetable"
    assert type(dagbag.dags["oner_connection_check"].timetable).__name__ == "NullTimetable"
    # The gold marts follow the medallion DAG's publication, whenever it happens.
    gold_marts = dagbag.dags["postgres_gold_marts"]
    assert type(gold_marts.timetable).__name__ == "AssetTriggeredTimetable"
    assert "gold.orders_snapshot" in repr(gold_marts.timetable.asset_condition)
    assert _cron(dagbag.dags["evidently_drift_report"]) == "0 0 * * *"
    assert _cron(dagbag.dags["dbt_clickhouse_cosmos"]) == "0 0 * * *"
    for dag in dagbag.dags.values():
        assert dag.catchup is False
        assert dag.max_active_runs == 1
        assert "oner" in dag.tags


def test_medallion_wiring(dagbag):
    dag = dagbag.dags["medallion_batch_demo"]
    up = lambda t: dag.task_dict[t].upstream_task_ids  # noqa: E731
    assert up("validate_bronze") == {"trigger_airbyte_sync"}
    assert dag.task_dict["validate_bronze"].trigger_rule == "none_failed"  # runs when Airbyte is skipped
    assert up("transform_silver") == {"validate_bronze"}
    assert up("load_clickhouse") == {"transform_silver"}
    assert up("publish_gold") == {"load_clickhouse"}
    assert up("log_lineage") == {"validate_bronze", "transform_silver", "load_clickhouse", "publish_gold"}
    outlets = {a.name for t in dag.tasks for a in getattr(t, "outlets", [])}
    assert {"analytics.orders_clean", "gold.orders_snapshot"} <= outlets


def test_ml_wiring(dagbag):
    dag = dagbag.dags["feast_spark_ml_pipeline"]
    up = lambda t: dag.task_dict[t].upstream_task_ids  # noqa: E731
    assert up("feast_apply") == {"prepare_feature_source"}
    assert up("feast_materialize") == {"prepare_feature_source", "feast_apply"}
    assert up("build_training_dataset") == {"prepare_feature_source", "feast_materialize"}
    assert up("train_and_register") == {"build_training_dataset"}
    assert dagbag.dags["evidently_drift_report"].task_dict["log_drift_summary"].upstream_task_ids == {
        "build_drift_report"}


def test_the_churn_model_trains_on_spark_and_its_task_fails_without_it(dagbag, monkeypatch):
    """train_and_register trains with oner.spark_ml over Spark Connect. The image's environment (pyspark-client: no
    JVM) imports what that needs; a stack without Spark fails the task (no model is trained) instead of skipping it."""
    import hyperopt  # noqa: F401
    import pyspark.ml.classification  # noqa: F401
    from airflow.sdk.exceptions import AirflowFailException

    from oner import config, spark_ml

    assert spark_ml.MAX_EVALS > spark_ml.STARTUP_TRIALS, "TPE guides some trials"
    # Why oner.spark_ml does not log with mlflow.spark: that flavour copies the saved model through a classic
    # session's JVM (pyspark.SparkContext), which a Spark Connect client does not have.
    with pytest.raises(ImportError):
        from pyspark import SparkContext  # noqa: F401
    monkeypatch.setattr(config, "variable", lambda name: "" if name == "oner_spark_connect_url"
                        else config.VARIABLE_DEFAULTS[name])
    train = dagbag.dags["feast_spark_ml_pipeline"].task_dict["train_and_register"]
    with pytest.raises(AirflowFailException, match="trains on Spark"):
        train.python_callable({"bucket": "featurestore", "key": "ml/outputs/x.parquet", "uri": "s3://featurestore/x",
                               "rows": 500})


# a quoted literal, or an unquoted YAML scalar, assigned to a password/secret/token key
SECRET_PATTERNS = [
    re.compile(r"(password|secret|token)\w*[\"']?\s*[:=]\s*[\"']([^\"'{}$\s]{4,})[\"']", re.IGNORECASE),
    re.compile(r"^\s*\w*(password|secret|token)\w*:\s+([^\"'{}$\s#]{4,})\s*$", re.IGNORECASE),
]


def test_no_literal_secrets_in_config():
    offenders = []
    for path in CONFIG.rglob("*"):
        if not path.is_file() or path.suffix not in {".py", ".yml", ".yaml", ".toml", ".cfg", ".env", ".txt", ""}:
            continue
        for lineno, line in enumerate(path.read_text(errors="ignore").splitlines(), 1):
            if line.lstrip().startswith(("#", "--", "//")):
                continue
            if any(p.search(line) for p in SECRET_PATTERNS):
                offenders.append(f"{path.relative_to(CONFIG)}:{lineno}: {line.strip()}")
    assert offenders == []


def test_secret_scan_catches_literals():
    assert any(p.search('password: "hunter22"') for p in SECRET_PATTERNS)
    assert any(p.search("  password: hunter22") for p in SECRET_PATTERNS)
    assert not any(p.search("password: \"{{ env_var('X') }}\"") for p in SECRET_PATTERNS)
    assert not any(p.search('"CLICKHOUSE_PASSWORD": f"{{{{ conn.x.password }}}}",') for p in SECRET_PATTERNS)


def test_celery_executor_loads():
    """The platform runs Airflow with the CeleryExecutor: its module must import with the pinned celery. celery 5.7.0
    removed celery.backends.database.retry, which apache-airflow-providers-celery 3.26.0 imports, so every scheduler,
    worker and Flower crashed at start in the first real deploy."""
    import importlib

    importlib.import_module("airflow.providers.celery.executors.celery_executor_utils")


def test_image_and_test_pins_agree_on_the_executor_stack():
    """The tests prove the image only where both install the same versions of what the executor imports."""
    def pins(path: Path) -> dict[str, str]:
        found = {}
        for line in path.read_text().splitlines():
            match = re.match(r"^([A-Za-z0-9_.-]+)(?:\[[^]]*\])?==([^\s;#]+)", line)
            if match:
                found[match.group(1).lower()] = match.group(2)
        return found

    image = pins(CONFIG / "airflow" / "constraints.txt")
    tests = pins(Path(__file__).parent / "requirements-test.txt")
    for package in ("apache-airflow", "apache-airflow-providers-celery", "celery", "kombu"):
        assert image.get(package) == tests.get(package), f"{package}: image {image.get(package)}, tests {tests.get(package)}"


def test_the_viewer_account_gets_a_token_and_may_only_read(tmp_path, monkeypatch):
    """Airflow's accounts as the platform sets them (components/orchestration/Airflow: admin, and the read-only viewer
    the dashboard reads DAG runs with), through the real simple auth manager."""
    from airflow.api_fastapi.app import init_auth_manager
    from airflow.api_fastapi.auth.managers.simple.user import SimpleAuthManagerUser
    from fastapi.testclient import TestClient

    passwords = tmp_path / "passwords.json"
    passwords.write_text(json.dumps({"admin": "admin-secret", "viewer": "viewer-secret"}))
    monkeypatch.setenv("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS", "admin:admin,viewer:viewer")
    monkeypatch.setenv("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE", str(passwords))
    monkeypatch.setenv("AIRFLOW__API_AUTH__JWT_SECRET", "test-jwt-secret-of-thirty-two-chars!")
    manager = init_auth_manager()
    client = TestClient(manager.get_fastapi_app())
    assert client.post("/token", json={"username": "viewer", "password": "viewer-secret"}).status_code == 201
    assert client.post("/token", json={"username": "viewer", "password": "wrong"}).status_code == 401
    assert {u.username: u.role for u in manager.get_users()} == {"admin": "admin", "viewer": "viewer"}
    viewer = SimpleAuthManagerUser(username="viewer", role="viewer")
    assert manager.is_authorized_dag(method="GET", user=viewer)
    assert not manager.is_authorized_dag(method="PUT", user=viewer)


def test_connection_checks_answer_from_the_real_postgres_and_s3_servers(monkeypatch):
    """The connection testing DAG's checks, through Airflow's own connection lookup (AIRFLOW_CONN_*), against the
    real PostgreSQL and S3 test servers; a wrong password and a missing bucket fail with the service's reason, and a
    connection the stack does not set is reported as absent."""
    import uuid
    from urllib.parse import quote

    import boto3
    import psycopg
    from botocore.exceptions import ClientError

    from oner import connections

    pg = required_env("ONERING_TEST_PG_HOST", "ONERING_TEST_PG_PORT", "ONERING_TEST_PG_USER", "ONERING_TEST_PG_PASSWORD")
    s3 = required_env("ONERING_TEST_S3_ENDPOINT", "ONERING_TEST_S3_ACCESS_KEY", "ONERING_TEST_S3_SECRET_KEY", "ONERING_TEST_S3_REGION")
    database = f"curated_check_{uuid.uuid4().hex[:8]}"
    bucket = f"bronze-check-{uuid.uuid4().hex[:8]}"
    admin = dict(host=pg["ONERING_TEST_PG_HOST"], port=pg["ONERING_TEST_PG_PORT"], user=pg["ONERING_TEST_PG_USER"],
                 password=pg["ONERING_TEST_PG_PASSWORD"])
    with psycopg.connect(**admin, dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    with psycopg.connect(**admin, dbname=database, autocommit=True) as conn:
        conn.execute("CREATE SCHEMA gold")
    client = boto3.client("s3", endpoint_url=s3["ONERING_TEST_S3_ENDPOINT"], region_name=s3["ONERING_TEST_S3_REGION"],
                          aws_access_key_id=s3["ONERING_TEST_S3_ACCESS_KEY"], aws_secret_access_key=s3["ONERING_TEST_S3_SECRET_KEY"])
    client.create_bucket(Bucket=bucket)
    try:
        uri = f"postgres://{quote(admin['user'])}:{quote(admin['password'])}@{admin['host']}:{admin['port']}/{database}"
        monkeypatch.setenv("AIRFLOW_CONN_POSTGRES_GOLD", uri)
        monkeypatch.setenv("AIRFLOW_CONN_ONER_S3", json.dumps({
            "conn_type": "aws", "login": s3["ONERING_TEST_S3_ACCESS_KEY"], "password": s3["ONERING_TEST_S3_SECRET_KEY"],
            "extra": {"endpoint_url": s3["ONERING_TEST_S3_ENDPOINT"], "region_name": s3["ONERING_TEST_S3_REGION"]}}))
        monkeypatch.setenv("AIRFLOW_VAR_ONER_BUCKET_BRONZE", bucket)
        monkeypatch.delenv("AIRFLOW_CONN_CLICKHOUSE_DEFAULT", raising=False)

        assert connections.check("postgres_gold") == f"PostgreSQL database {database} as {admin['user']}, schema gold present"
        assert connections.check("oner_s3") == f"object store: bucket {bucket} readable"
        assert connections.check("clickhouse_default") is None

        monkeypatch.setenv("AIRFLOW_CONN_POSTGRES_GOLD", uri.replace(quote(admin["password"]), "wrong-password"))
        with pytest.raises(Exception, match="password authentication failed"):
            connections.check("postgres_gold")
        monkeypatch.setenv("AIRFLOW_VAR_ONER_BUCKET_BRONZE", bucket + "-missing")
        with pytest.raises(ClientError, match="404|Not Found"):
            connections.check("oner_s3")
    finally:
        client.delete_bucket(Bucket=bucket)
        with psycopg.connect(**admin, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def test_gold_marts_build_the_postgres_gold_project_on_the_real_postgres(bronze_bytes):
    """The postgres_gold_marts DAG's task: dbt build with the postgres_gold connection's settings, on a database the
    medallion step published to; dbt writes nothing into the (read-only) project, and a failure raises with dbt's output."""
    import uuid

    import psycopg
    from airflow.models.connection import Connection

    from oner import dbt_build, medallion

    pg = required_env("ONERING_TEST_PG_HOST", "ONERING_TEST_PG_PORT", "ONERING_TEST_PG_USER", "ONERING_TEST_PG_PASSWORD")
    admin = dict(host=pg["ONERING_TEST_PG_HOST"], port=pg["ONERING_TEST_PG_PORT"], user=pg["ONERING_TEST_PG_USER"],
                 password=pg["ONERING_TEST_PG_PASSWORD"])
    database = f"curated_marts_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(**admin, dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{database}"')
    try:
        silver = medallion.to_silver(medallion.read_bronze_csv(bronze_bytes), batch_id="pytest").silver
        with psycopg.connect(**admin, dbname=database) as conn:
            medallion.publish_gold_snapshot(conn, silver)
        connection = Connection(conn_id="postgres_gold", conn_type="postgres", host=admin["host"], port=int(admin["port"]),
                                login=admin["user"], password=admin["password"], schema=database)
        before = sorted(p.name for p in (CONFIG / "dbt" / "postgres_gold").iterdir())

        output = dbt_build.build("postgres_gold", dbt_build.postgres_gold_environment(connection))

        assert "Completed successfully" in output
        with psycopg.connect(**admin, dbname=database) as conn:
            regions = conn.execute("select count(*), sum(net_revenue) > 0 from gold_marts.daily_revenue_by_region").fetchone()
        assert regions[0] > 0 and regions[1]
        assert sorted(p.name for p in (CONFIG / "dbt" / "postgres_gold").iterdir()) == before, "dbt wrote into the project"

        wrong = Connection(conn_id="postgres_gold", conn_type="postgres", host=admin["host"], port=int(admin["port"]),
                           login=admin["user"], password="wrong-password", schema=database)
        with pytest.raises(RuntimeError, match="dbt build of postgres_gold failed"):
            dbt_build.build("postgres_gold", dbt_build.postgres_gold_environment(wrong))
    finally:
        with psycopg.connect(**admin, dbname="postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def _airbyte_public_api(client_id: str, client_secret: str):
    """Airbyte's public API as the provider's SDK (airbyte-api 1.0.1) calls it, from Airbyte's API reference:
    ``POST /api/public/v1/applications/token`` (form or JSON client credentials) answers ``access_token``;
    ``POST /api/public/v1/jobs {connectionId, jobType}`` answers the job (``JobResponse``: connectionId, jobId, jobType,
    startTime, status required); ``GET /api/public/v1/jobs/{id}`` its status."""
    from conftest import JsonApiStub

    def answer(method, path, query, body, headers):
        job = {"jobId": 7, "jobType": "sync", "startTime": "2026-12-02T15:00:00Z"}
        if (method, path) == ("POST", "/api/public/v1/applications/token"):
            if body.get("client_id") == client_id and body.get("client_secret") == client_secret:
                return 200, {"access_token": "tok", "token_type": "Bearer", "expires_in": 180}
            return 401, {"message": "invalid client"}
        if headers.get("Authorization") != "Bearer tok":
            return 404, {"message": path}
        if (method, path) == ("POST", "/api/public/v1/jobs"):
            return 200, {**job, "status": "running", "connectionId": body["connectionId"]}
        if (method, path) == ("GET", "/api/public/v1/jobs/7"):
            return 200, {**job, "status": "succeeded", "connectionId": "c"}
        return 404, {"message": path}

    return JsonApiStub(answer)


def test_the_airbyte_step_syncs_through_the_connection_the_hook_sets(dagbag, monkeypatch):
    """trigger_airbyte_sync with the connection the airflow-airbyte hook writes (conn_type airbyte, host = the public
    API's server URL ending in /api/public/v1, login/password = the instance's client credentials) and the connection
    id variable: the real provider logs in and submits a sync of that connection, then waits for it. The same
    connection without the /api/public/v1 path reaches no API: the path is part of the contract."""
    import airflow.providers.airbyte.hooks.airbyte as provider

    api = _airbyte_public_api("client-id", "client-secret")
    monkeypatch.setattr(provider.time, "sleep", lambda seconds: None)
    trigger = dagbag.dags["medallion_batch_demo"].task_dict["trigger_airbyte_sync"].python_callable

    def connection(host: str) -> str:
        return json.dumps({"conn_type": "airbyte", "host": host, "login": "client-id", "password": "client-secret"})

    try:
        monkeypatch.setenv("AIRFLOW_VAR_ONER_AIRBYTE_CONNECTION_ID", "8b5f7c2e-demo-orders")
        monkeypatch.setenv("AIRFLOW_CONN_AIRBYTE_DEFAULT", connection(api.url + "/api/public/v1"))
        assert trigger() == 7
        assert [(m, p) for m, p, _, _ in api.requests] == [
            ("POST", "/api/public/v1/applications/token"), ("POST", "/api/public/v1/jobs"), ("GET", "/api/public/v1/jobs/7")]
        assert api.requests[1][3] == {"connectionId": "8b5f7c2e-demo-orders", "jobType": "sync"}

        api.requests.clear()
        monkeypatch.setenv("AIRFLOW_CONN_AIRBYTE_DEFAULT", connection(api.url))
        with pytest.raises(Exception):
            trigger()
        assert all(not path.startswith("/api/public/v1/jobs") for _, path, _, _ in api.requests)
    finally:
        api.close()


def test_the_bronze_step_reads_the_sync_it_follows_or_the_seeded_export(dagbag, monkeypatch, bronze_bytes):
    """The medallion DAG's bronze reader through the oner_s3 connection on the real S3 test server: after an Airbyte
    sync, the rows that sync landed under the landing prefix (an older sync's leftover beside them is not read);
    without one, the seeded export. Both read to the same frame as the export itself."""
    import gzip
    import uuid

    import boto3
    import pandas as pd

    from oner import medallion

    s3 = required_env("ONERING_TEST_S3_ENDPOINT", "ONERING_TEST_S3_ACCESS_KEY", "ONERING_TEST_S3_SECRET_KEY", "ONERING_TEST_S3_REGION")
    client = boto3.client("s3", endpoint_url=s3["ONERING_TEST_S3_ENDPOINT"], region_name=s3["ONERING_TEST_S3_REGION"],
                          aws_access_key_id=s3["ONERING_TEST_S3_ACCESS_KEY"], aws_secret_access_key=s3["ONERING_TEST_S3_SECRET_KEY"])
    monkeypatch.setenv("AIRFLOW_CONN_ONER_S3", json.dumps({
        "conn_type": "aws", "login": s3["ONERING_TEST_S3_ACCESS_KEY"], "password": s3["ONERING_TEST_S3_SECRET_KEY"],
        "extra": {"endpoint_url": s3["ONERING_TEST_S3_ENDPOINT"], "region_name": s3["ONERING_TEST_S3_REGION"]}}))
    bucket = f"bronze-{uuid.uuid4().hex[:8]}"
    client.create_bucket(Bucket=bucket)
    export = medallion.read_bronze_csv(bronze_bytes)
    rows = export.fillna("").to_dict("records")

    def land(key: str, part: list[dict], sync_id: int) -> None:
        lines = [json.dumps({"_airbyte_raw_id": str(uuid.uuid4()), "_airbyte_extracted_at": 1764633600000,
                             "_airbyte_generation_id": sync_id, "_airbyte_meta": {"sync_id": sync_id, "changes": []},
                             "_airbyte_data": row}) for row in part]
        client.put_object(Bucket=bucket, Key=key, Body=gzip.compress("\n".join(lines).encode()))

    land("airbyte/orders/2026_12_01_1764547200000_0.jsonl.gz", rows[:3], 41)
    land("airbyte/orders/2026_12_02_1764633600000_0.jsonl.gz", rows[:10], 42)
    land("airbyte/orders/2026_12_02_1764633600000_1.jsonl.gz", rows[10:], 42)
    client.put_object(Bucket=bucket, Key="demo/orders.csv", Body=bronze_bytes)
    read_bronze = dagbag.dags["medallion_batch_demo"].task_dict["validate_bronze"].python_callable.__globals__["_read_bronze"]

    pd.testing.assert_frame_equal(read_bronze({"bucket": bucket, "prefix": "airbyte/orders/", "sync_id": 42}), export)
    pd.testing.assert_frame_equal(read_bronze({"bucket": bucket, "key": "demo/orders.csv"}), export)
    with pytest.raises(ValueError, match="sync 43 landed no records"):
        read_bronze({"bucket": bucket, "prefix": "airbyte/orders/", "sync_id": 43})


_LOOKUPS = """
import json, sys
from airflow.sdk import Connection, Variable
out = {}
for conn_id in sys.argv[1].split(","):
    c = Connection.get(conn_id)
    out[conn_id] = {"conn_type": c.conn_type, "login": c.login, "password": c.password, "extra": c.extra_dejson}
out["oner_bucket_bronze"] = Variable.get("oner_bucket_bronze")
print(json.dumps(out))
"""


def _lookup_in_airflow(tmp_path, env: dict[str, str], conn_ids: str) -> dict:
    """Airflow's own lookups (airflow.sdk Connection.get, Variable.get) in a fresh process configured with the backend
    as the platform configures it; the credentials connection, when given, comes from AIRFLOW_CONN_* (a backend after
    this one in the chain, as the metastore or the Execution API is in the deployed processes)."""
    import os
    import subprocess
    import sys

    from conftest import CONFIG

    environment = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW_CONN_", "AIRFLOW_VAR_", "AIRFLOW__SECRETS__"))}
    environment.update({
        "AIRFLOW_HOME": str(tmp_path),
        "PYTHONPATH": os.pathsep.join([str(CONFIG / "airflow" / "lib"), environment.get("PYTHONPATH", "")]),
        "AIRFLOW__SECRETS__BACKEND": "onering_secrets.InfisicalSecretsBackend",
        # As the platform configures it (Airflow.commonEnvironment).
        "AIRFLOW__SECRETS__BACKEND_KWARGS": json.dumps({"connections_path": "/connections", "credentials_conn_id": "infisical_default",
                                                        "variables_path": "/variables"}),
        **env,
    })
    done = subprocess.run([sys.executable, "-c", _LOOKUPS, conn_ids], env=environment, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_airflow_reads_its_connections_and_variables_from_infisical(tmp_path):
    """The backend in Airflow's real lookup chain: connections (JSON form) and variables come from their folders in
    Infisical, one login for both; a name Infisical does not hold falls through to the next backend; the credentials
    connection itself is never asked of Infisical."""
    s3 = {"conn_type": "aws", "login": "GK-from-infisical", "password": "secret-from-infisical",
          "extra": {"endpoint_url": "http://object-store:3900", "region_name": "garage"}}
    api = InfisicalStub("airflow-client", "airflow-secret", "onering-airflow", {
        "/connections/oner_s3": json.dumps(s3), "/variables/oner_bucket_bronze": "bronze"})
    credentials = json.dumps({"conn_type": "generic", "host": api.url, "login": "airflow-client", "password": "airflow-secret",
                              "extra": {"project": "onering-airflow", "environment": "prod"}})
    try:
        found = _lookup_in_airflow(tmp_path, {
            "AIRFLOW_CONN_INFISICAL_DEFAULT": credentials,
            "AIRFLOW_CONN_FROM_ENVIRONMENT": json.dumps({"conn_type": "generic", "login": "env-login"}),
            "AIRFLOW_CONN_ONER_S3": json.dumps({**s3, "login": "GK-from-environment"})}, "oner_s3,from_environment")
        assert found["oner_s3"] == s3
        assert found["from_environment"]["login"] == "env-login"
        assert found["oner_bucket_bronze"] == "bronze"
        assert api.logins() == 1
        assert "/connections/from_environment" in api.secret_reads()
        assert not any("infisical_default" in read for read in api.secret_reads())
    finally:
        api.close()


def test_without_its_credentials_or_with_refused_ones_airflow_falls_back_to_the_next_backend(tmp_path):
    """Before the airflow-secrets hook has written the credentials connection, Infisical is not called; with a client
    secret Infisical refuses, each lookup falls through too instead of failing the task."""
    api = InfisicalStub("airflow-client", "airflow-secret", "onering-airflow", {"/connections/oner_s3": json.dumps({"conn_type": "aws", "login": "x"})})
    fallback = {"AIRFLOW_CONN_ONER_S3": json.dumps({"conn_type": "aws", "login": "GK-from-environment"}),
                "AIRFLOW_VAR_ONER_BUCKET_BRONZE": "bronze-from-environment"}
    try:
        found = _lookup_in_airflow(tmp_path, fallback, "oner_s3")
        assert found["oner_s3"]["login"] == "GK-from-environment"
        assert api.requests == []

        refused = json.dumps({"conn_type": "generic", "host": api.url, "login": "airflow-client", "password": "revoked",
                              "extra": {"project": "onering-airflow", "environment": "prod"}})
        found = _lookup_in_airflow(tmp_path, {**fallback, "AIRFLOW_CONN_INFISICAL_DEFAULT": refused}, "oner_s3")
        assert found["oner_s3"]["login"] == "GK-from-environment"
        assert found["oner_bucket_bronze"] == "bronze-from-environment"
        assert api.logins() >= 1
        assert api.secret_reads() == []
    finally:
        api.close()
