"""Training, MLflow registration (real MLflow, local sqlite store) and drift report."""
from __future__ import annotations

import pandas as pd
import pytest

from oner import drift, ml


@pytest.fixture(scope="module")
def transactions(transactions_path):
    return ml.load_transactions(transactions_path)


@pytest.fixture(scope="module")
def trained(transactions):
    return ml.train_churn_model(transactions)


def test_load_transactions_types(transactions, transactions_path):
    assert str(transactions[ml.TIMESTAMP].dt.tz) == "UTC"
    assert set(ml.FEATURES) <= set(transactions.columns)
    same = ml.load_transactions(transactions_path.read_bytes())
    pd.testing.assert_frame_equal(same, transactions)


def test_parquet_copy_for_feast(transactions, transactions_path):
    import io

    back = pd.read_parquet(io.BytesIO(ml.transactions_to_parquet(transactions_path.read_bytes())))
    pd.testing.assert_frame_equal(back, transactions)


def test_entity_frame(transactions):
    entities = ml.entity_frame(transactions)
    assert list(entities.columns) == [ml.ENTITY, ml.TIMESTAMP, ml.LABEL]


def test_training_is_deterministic_and_useful(transactions, trained):
    again = ml.train_churn_model(transactions)
    assert trained.params == again.params
    assert trained.metrics == pytest.approx(again.metrics, nan_ok=True)
    assert trained.params["C"] in ml.C_GRID
    assert trained.metrics["train_rows"] == 400 and trained.metrics["test_rows"] == 100
    assert trained.metrics["test_roc_auc"] > 0.7  # generator's label depends on the features
    proba = trained.model.predict_proba(transactions[ml.FEATURES].astype("float64"))[:, 1]
    assert ((proba >= 0) & (proba <= 1)).all()


def test_training_needs_both_classes(transactions):
    with pytest.raises(ValueError, match="both classes"):
        ml.train_churn_model(transactions.assign(churned=0))


def test_log_and_register_with_alias(tmp_path, monkeypatch, trained, transactions):
    import mlflow
    from mlflow.tracking import MlflowClient

    monkeypatch.chdir(tmp_path)
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    first = ml.log_and_register(trained, "oner_churn_test", "oner_churn_model", "staging", tracking_uri=uri)
    second = ml.log_and_register(trained, "oner_churn_test", "oner_churn_model", "staging", tracking_uri=uri)
    assert (first["version"], second["version"]) == ("1", "2")
    client = MlflowClient(tracking_uri=uri)
    assert str(client.get_model_version_by_alias("oner_churn_model", "staging").version) == "2"
    run = client.get_run(second["run_id"])
    assert run.data.params["C"] == str(trained.params["C"])
    assert "test_roc_auc" in run.data.metrics
    mlflow.set_tracking_uri(uri)
    model = mlflow.sklearn.load_model(second["model_uri"])
    x = transactions[ml.FEATURES].astype("float64").head(10)
    assert (model.predict_proba(x) == trained.model.predict_proba(x)).all()


def test_drift_split_and_report(transactions):
    reference, current = drift.split_reference_current(transactions)
    assert len(reference) == 400 and len(current) == 100
    html, summary = drift.drift_report(reference, current)
    assert html.lstrip().lower().startswith("<html") or "<html" in html[:500].lower()
    assert summary["reference_rows"] == 400 and summary["current_rows"] == 100
    assert 0.0 <= summary["drift_share"] <= 1.0
    # the generator makes later weeks drift in txn counts / tickets
    assert "txn_count_7d" in summary["drifted_columns"]


def test_drift_needs_two_snapshots(transactions):
    latest = transactions[transactions[ml.TIMESTAMP] == transactions[ml.TIMESTAMP].max()]
    with pytest.raises(ValueError):
        drift.split_reference_current(latest)
