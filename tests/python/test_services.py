"""Streamlit app, BentoML service and Dagster code location with the real libraries.

A model is trained on the seed data and registered in a throwaway MLflow
(sqlite + local artifacts); the BentoML service is started for real with
`bentoml serve` and the Streamlit helpers/app score through it and locally.
"""
from __future__ import annotations

import importlib.util
import os
import signal
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from conftest import CONFIG, SEED_DIR, free_port, planned_uploads, wait_until_ready
from oner import ml

STREAMLIT_DIR = CONFIG / "streamlit"
BENTO_DIR = CONFIG / "bentoml"
DAGSTER_DIR = CONFIG / "dagster"


def _load(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scoring():
    sys.path.insert(0, str(STREAMLIT_DIR))
    try:
        yield _load(STREAMLIT_DIR / "scoring.py", "scoring")
    finally:
        sys.path.remove(str(STREAMLIT_DIR))


@pytest.fixture(scope="module")
def registry(tmp_path_factory, transactions_path):
    """oner_churn_model@staging in a local MLflow; returns (tracking uri, model uri, train result)."""
    import mlflow

    base = tmp_path_factory.mktemp("mlflow")
    uri = f"sqlite:///{base}/mlflow.db"
    mlflow.set_tracking_uri(uri)
    mlflow.create_experiment("oner_churn_services", artifact_location=(base / "artifacts").as_uri())
    result = ml.train_churn_model(ml.load_transactions(transactions_path))
    registered = ml.log_and_register(result, "oner_churn_services", "oner_churn_model", "staging", tracking_uri=uri)
    return uri, registered["model_uri"], result


@pytest.fixture(scope="module")
def records(transactions_path):
    tx = ml.load_transactions(transactions_path)
    return tx[ml.FEATURES].head(5).astype("float64").to_dict("records")


def test_feature_lists_agree(scoring):
    bento = _load(BENTO_DIR / "service.py", "oner_bento_service")
    assert scoring.FEATURES == ml.FEATURES == bento.FEATURES


def test_streamlit_scoring_with_mlflow_model(scoring, registry, records, monkeypatch):
    uri, model_uri, result = registry
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    monkeypatch.delenv("BENTO_URL", raising=False)
    assert scoring.model_uri() == "models:/oner_churn_model@staging" == model_uri
    got = scoring.score(records)
    expected = result.model.predict_proba(pd.DataFrame(records)[ml.FEATURES])[:, 1]
    assert got == pytest.approx([round(float(p), 6) for p in expected])


def test_streamlit_app_runs(registry, monkeypatch):
    from streamlit.testing.v1 import AppTest

    uri, _, _ = registry
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    monkeypatch.delenv("BENTO_URL", raising=False)
    monkeypatch.chdir(STREAMLIT_DIR)  # app.py imports scoring from its own folder
    monkeypatch.syspath_prepend(str(STREAMLIT_DIR))
    at = AppTest.from_file(str(STREAMLIT_DIR / "app.py"), default_timeout=120).run()
    assert not at.exception
    assert at.title[0].value == "OneRing churn scoring"
    assert len(at.number_input) == 1 + len(ml.FEATURES)
    submit = [b for b in at.button if b.label == "Score"][0]
    at = submit.click().run()
    assert not at.exception, at.exception
    assert at.metric[0].label == "Churn probability"
    assert at.metric[0].value.endswith("%")


@pytest.fixture(scope="module")
def bento_server(registry, tmp_path_factory):
    uri, model_uri, _ = registry
    port = free_port()
    env = {**os.environ, "MLFLOW_TRACKING_URI": uri, "ONER_MODEL_URI": model_uri,
           "BENTOML_HOME": str(tmp_path_factory.mktemp("bentoml_home")), "BENTOML_DO_NOT_TRACK": "True"}
    log = tmp_path_factory.mktemp("bento_log") / "serve.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "bentoml"), "serve", "service:OnerChurnService",
             "--host", "127.0.0.1", "--port", str(port)],
            cwd=BENTO_DIR, env=env, stdout=fh, stderr=subprocess.STDOUT, start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(f"{url}/readyz", proc, log, "bentoml serve")
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def test_bentoml_service_definition():
    import bentoml

    service = _load(BENTO_DIR / "service.py", "oner_bento_service_def").OnerChurnService
    assert isinstance(service, bentoml.Service)
    assert service.name == "oner_churn"
    assert {"predict", "model_info"} <= set(service.apis)


def test_bentoml_serves_predictions(bento_server, scoring, registry, records):
    _, _, result = registry
    got = scoring.score_with_bento(bento_server, records)
    expected = result.model.predict_proba(pd.DataFrame(records)[ml.FEATURES])[:, 1]
    assert got == pytest.approx([round(float(p), 6) for p in expected])
    # BENTO_URL routes the Streamlit helper to the endpoint
    assert scoring.score(records, bento_url=bento_server) == got


def test_dagster_definitions_materialize(monkeypatch):
    import dagster as dg

    monkeypatch.setenv("ONER_SEED_DATA_DIR", str(SEED_DIR))
    module = _load(DAGSTER_DIR / "definitions.py", "oner_dagster_definitions")
    defs = module.defs
    assert {k.to_user_string() for k in defs.resolve_asset_graph().get_all_asset_keys()} == {
        "bronze_orders", "silver_orders", "daily_revenue", "customer_features_latest"}
    assert defs.resolve_job_def("medallion_assets") is not None
    assert defs.resolve_schedule_def("medallion_daily").cron_schedule == "0 2 * * *"
    result = dg.materialize(
        [module.bronze_orders, module.silver_orders, module.daily_revenue, module.customer_features_latest,
         module.silver_orders_valid],
        instance=dg.DagsterInstance.ephemeral(),
    )
    assert result.success
    silver = result.output_for_node("silver_orders")
    assert silver["order_id"].is_unique and len(silver) == 181
    assert len(result.output_for_node("customer_features_latest")) == 100
    checks = result.get_asset_check_evaluations()
    assert [c.passed for c in checks] == [True]


def test_dagster_instance_yaml():
    instance = yaml.safe_load((DAGSTER_DIR / "dagster.yaml").read_text())
    pg = instance["storage"]["postgres"]["postgres_db"]
    assert all(isinstance(v, dict) and set(v) == {"env"} for v in pg.values())
    assert instance["run_coordinator"]["class"] == "QueuedRunCoordinator"


def test_the_workspace_the_platform_writes_is_one_dagster_accepts():
    """components/devtools/Dagster writes workspace.yaml: the platform's location and one per deployed pipeline."""
    from dagster._core.workspace.config_schema import ensure_workspace_config

    uploads = planned_uploads("full")
    workspace = yaml.safe_load(uploads["dagster-webserver"]["/opt/dagster/dagster_home/workspace.yaml"])
    ensure_workspace_config(workspace, "workspace.yaml")
    assert [(e["grpc_server"]["host"], e["grpc_server"]["port"], e["grpc_server"]["location_name"]) for e in workspace["load_from"]] \
        == [("dagster-code", 4000, "oner"), ("pipeline-stavanger-parking", 4000, "stavanger_parking")]
    assert uploads["dagster-daemon"]["/opt/dagster/dagster_home/workspace.yaml"] == uploads["dagster-webserver"]["/opt/dagster/dagster_home/workspace.yaml"]
    broken = {"load_from": [{"grpc_server": {"host": "dagster-code", "port": "not-a-port"}}]}
    with pytest.raises(Exception):
        ensure_workspace_config(broken, "workspace.yaml")


@pytest.mark.parametrize("path", ["streamlit/app.py", "streamlit/scoring.py", "bentoml/service.py",
                                  "dagster/definitions.py", "seed-data/generate.py"])
def test_sources_compile(path, tmp_path):
    import py_compile

    py_compile.compile(str(CONFIG / path), doraise=True, cfile=str(tmp_path / "out.pyc"))


def test_the_dashboards_dagster_query_is_valid_against_dagsters_schema():
    """The platform dashboard asks Dagster's GraphQL API for runs; the query must fit the schema of the Dagster version
    the platform runs (dagster-graphql, pinned with dagster)."""
    from dagster_graphql.schema import create_schema
    from graphql import parse, validate

    spec = importlib.util.spec_from_file_location("dashboard_queries", CONFIG / "dashboard" / "onering_dashboard" / "queries.py")
    queries = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(queries)
    schema = create_schema().graphql_schema
    assert validate(schema, parse(queries.RUNS_QUERY)) == []
    assert validate(schema, parse("{ runsOrError { ... on Runs { results { noSuchField } } } }")), "a bad query must fail"
