"""The Feast repo loads with the real feast library; a local copy runs end to end
(apply, historical retrieval, materialize, online read) with sqlite/file stores."""
from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from conftest import FEAST_REPO
from oner import feast_ops, ml

LOCAL_STORE_YAML = """project: oner
provider: local
registry: data/registry.db
online_store:
  type: sqlite
  path: data/online.db
offline_store:
  type: file
entity_key_serialization_version: 3
"""


def test_committed_feature_store_yaml(monkeypatch):
    from feast.repo_config import load_repo_config

    monkeypatch.setenv("FEAST_REGISTRY_PATH", "s3://featurestore/registry/registry.pb")
    monkeypatch.setenv("FEAST_REDIS_CONNECTION_STRING", "redis:6379,db=0")
    cfg = load_repo_config(FEAST_REPO, FEAST_REPO / "feature_store.yaml")
    assert cfg.project == "oner"
    assert cfg.online_store.type == "redis"
    assert cfg.online_store.connection_string == "redis:6379,db=0"
    assert cfg.offline_store.type == "file"
    assert cfg.registry.path == "s3://featurestore/registry/registry.pb"


def test_definitions(monkeypatch):
    from feast import Entity, FeatureService, FeatureView, FileSource

    monkeypatch.setenv("FEAST_S3_ENDPOINT_URL", "http://s3.local:9000")
    objects = {type(o).__name__ + ":" + o.name: o for o in feast_ops.load_repo_objects(FEAST_REPO)}
    assert set(objects) == {"Entity:customer", "FeatureView:customer_transactions",
                            "FeatureService:churn_model_v1", "FileSource:customer_transactions_source"}
    view = objects["FeatureView:customer_transactions"]
    assert isinstance(view, FeatureView) and isinstance(objects["Entity:customer"], Entity)
    assert {f.name for f in view.schema} == set(ml.FEATURES)
    assert view.ttl == timedelta(days=14)
    source = objects["FileSource:customer_transactions_source"]
    assert isinstance(source, FileSource)
    assert source.path == "s3://featurestore/featurestore/customer_transactions.parquet"
    assert source.file_options.s3_endpoint_override == "http://s3.local:9000"
    assert isinstance(objects["FeatureService:churn_model_v1"], FeatureService)


@pytest.fixture(scope="module")
def local_store(tmp_path_factory, transactions_path):
    base = tmp_path_factory.mktemp("feast")
    repo = base / "feature_repo"
    shutil.copytree(FEAST_REPO, repo)
    (repo / "feature_store.yaml").write_text(LOCAL_STORE_YAML)
    parquet = base / "customer_transactions.parquet"
    parquet.write_bytes(ml.transactions_to_parquet(transactions_path))
    mp = pytest.MonkeyPatch()
    mp.setenv("FEAST_CUSTOMER_TRANSACTIONS_PATH", str(parquet))
    store = feast_ops.open_store(repo)
    applied = feast_ops.apply_repo(store, repo)
    yield store, applied
    mp.undo()


def test_apply_registers_everything(local_store):
    store, applied = local_store
    assert "FeatureView:customer_transactions" in applied
    assert [fv.name for fv in store.list_feature_views()] == ["customer_transactions"]
    assert store.get_feature_service("churn_model_v1").name == "churn_model_v1"


def test_historical_features_are_point_in_time_correct(local_store, transactions_path):
    store, _ = local_store
    tx = ml.load_transactions(transactions_path)
    dataset = ml.training_dataset_from_feast(store, ml.entity_frame(tx))
    assert len(dataset) == len(tx)
    merged = dataset.merge(tx, on=[ml.ENTITY, ml.TIMESTAMP], suffixes=("", "_src"))
    for feature in ml.FEATURES:
        assert (merged[feature] == merged[f"{feature}_src"]).all(), feature
    # the Feast dataset trains the same model as the raw CSV
    assert ml.train_churn_model(dataset).params["C"] in ml.C_GRID


def test_materialize_and_online_read(local_store, transactions_path):
    store, _ = local_store
    tx = ml.load_transactions(transactions_path)
    start, end = tx[ml.TIMESTAMP].min() - timedelta(seconds=1), tx[ml.TIMESTAMP].max() + timedelta(seconds=1)
    feast_ops.materialize(store, start.to_pydatetime(), end.to_pydatetime())
    online = feast_ops.online_features(store, [1001, 1002])
    latest = tx[tx[ml.TIMESTAMP] == tx[ml.TIMESTAMP].max()].set_index(ml.ENTITY)
    assert online["customer_id"] == [1001, 1002]
    assert online["txn_count_7d"] == [int(latest.loc[1001, "txn_count_7d"]), int(latest.loc[1002, "txn_count_7d"])]
    assert online["txn_amount_7d"][0] == pytest.approx(latest.loc[1001, "txn_amount_7d"])
