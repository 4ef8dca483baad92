"""The churn model of feast_spark_ml_pipeline (oner.spark_ml): a pyspark.ml Pipeline tuned by Hyperopt, with real
PySpark 4.1.2 through a Spark Connect session on a local Connect server (as the DAG uses the platform's), real Hyperopt
and the real MLflow 3.15 (local sqlite store).

The training set is the seed's customer transactions, written as the DAG writes Feast's training set (the features
are the seed rows themselves: each entity row's time is its feature row's). Nothing here times anything: the machine's
speed changes no result, only how long the trials take."""
from __future__ import annotations

import importlib.metadata
from pathlib import Path

import numpy as np
import pytest

from conftest import CONFIG, local_spark_connect
from oner import ml, spark_ml

GUIDED = spark_ml.STARTUP_TRIALS + 1  # the random startup trials and the first TPE-guided one


@pytest.fixture(scope="module")
def spark():
    session = local_spark_connect()
    yield session
    session.stop()


@pytest.fixture(scope="module")
def transactions(transactions_path):
    return ml.load_transactions(transactions_path)


@pytest.fixture(scope="module")
def dataset_path(tmp_path_factory, transactions):
    path = tmp_path_factory.mktemp("features") / "training_dataset.parquet"
    path.write_bytes(spark_ml.training_parquet_bytes(transactions))
    return str(path)


@pytest.fixture(scope="module")
def trained(spark, dataset_path):
    return spark_ml.train_churn_model(spark, dataset_path)


def _spark_probabilities(spark, pipeline_model, frame) -> np.ndarray:
    """Churn probability of each row of ``frame`` by the Spark pipeline, in the frame's order."""
    from pyspark.ml.functions import vector_to_array

    rows = spark.createDataFrame(frame[ml.FEATURES].astype("float64").reset_index(names="row"))
    scored = pipeline_model.transform(rows).select("row", vector_to_array("probability")[1].alias("p"))
    return scored.toPandas().sort_values("row")["p"].to_numpy()


def test_the_platform_runs_the_versions_tested_here():
    import pyspark

    constraints = (CONFIG / "airflow" / "constraints.txt").read_text().splitlines()
    requirements = (CONFIG / "airflow" / "requirements.txt").read_text().splitlines()
    assert f"pyspark-client=={pyspark.__version__}" in constraints, "the Spark Connect client of the Airflow image"
    for package in ("hyperopt", "mlflow-skinny", "scikit-learn"):
        pin = f"{package}=={importlib.metadata.version(package)}"
        assert pin in constraints and pin in requirements, pin


def test_hyperopt_ran_every_trial_and_the_model_is_the_best_one(trained):
    trials = trained.trials
    assert len(trials) == spark_ml.MAX_EVALS == trained.metrics["hyperopt_trials"]
    assert len({(t.reg_param, t.elastic_net_param) for t in trials}) == len(trials), "every trial tried new values"
    low, high = spark_ml.REG_PARAM_RANGE
    assert all(low <= t.reg_param <= high and 0.0 <= t.elastic_net_param <= 1.0 for t in trials)
    assert len({round(t.val_roc_auc, 6) for t in trials}) > 1, "the parameters change the validation AUC"
    # Hyperopt's best is the lowest loss (-AUC), the first one on a tie.
    aucs = [t.val_roc_auc for t in trials]
    assert trained.best_trial == aucs.index(max(aucs))
    best = trials[trained.best_trial]
    lr = trained.pipeline_model.stages[-1]
    assert (lr.getRegParam(), lr.getElasticNetParam()) == (best.reg_param, best.elastic_net_param)
    assert (trained.params["regParam"], trained.params["elasticNetParam"]) == (best.reg_param, best.elastic_net_param)
    assert trained.metrics["val_roc_auc"] == best.val_roc_auc


def test_the_model_is_useful(trained):
    metrics = trained.metrics
    # Snapshots of 100 customers each: three to train, one to validate, the latest one to test (as oner.ml holds out).
    assert (metrics["train_rows"], metrics["validation_rows"], metrics["test_rows"]) == (300, 100, 100)
    # The generator's label depends on the features: the tuned model reaches about 0.84 on validation and 0.82 on
    # the held-out test snapshot (seed 42).
    assert metrics["val_roc_auc"] > 0.78
    assert metrics["test_roc_auc"] > 0.75
    assert 0.0 < metrics["test_f1"] <= 1.0 and metrics["test_accuracy"] > 0.6


def test_training_is_deterministic_with_the_seed(spark, dataset_path, trained):
    # The same seed proposes the same points in the same order: a shorter search repeats the first trials exactly
    # (fitting included), TPE's first guided one too, and picks its best among them.
    shorter = spark_ml.train_churn_model(spark, dataset_path, max_evals=GUIDED)
    assert shorter.trials == trained.trials[:GUIDED]
    best = max(shorter.trials, key=lambda t: t.val_roc_auc)
    assert (shorter.params["regParam"], shorter.params["elasticNetParam"]) == (best.reg_param, best.elastic_net_param)
    other_seed = spark_ml.train_churn_model(spark, dataset_path, seed=7, max_evals=1)
    assert other_seed.trials[0] != trained.trials[0]


def test_the_scikit_learn_flavour_gives_spark_s_probabilities(spark, trained, transactions):
    spark_p = _spark_probabilities(spark, trained.pipeline_model, transactions)
    sklearn_p = trained.model.predict_proba(transactions[ml.FEATURES].astype("float64"))[:, 1]
    assert len(spark_p) == len(transactions) == 500
    np.testing.assert_allclose(sklearn_p, spark_p, rtol=0, atol=1e-12)
    assert 0.0 < sklearn_p.min() < 0.5 < sklearn_p.max() < 1.0


@pytest.mark.parametrize("change, message", [
    (lambda t: t.assign(churned=0), "both classes"),
    (lambda t: t[t[ml.TIMESTAMP] >= sorted(t[ml.TIMESTAMP].unique())[-2]], "at least 3 snapshot dates"),
    (lambda t: t.drop(columns=["tenure_days"]), "lacks columns"),
])
def test_training_refuses_data_it_cannot_split_or_learn_from(spark, tmp_path, transactions, change, message):
    path = tmp_path / "training_dataset.parquet"
    path.write_bytes(spark_ml.training_parquet_bytes(change(transactions)))
    with pytest.raises(ValueError, match=message):
        spark_ml.train_churn_model(spark, str(path), max_evals=1)


def test_registered_with_the_alias_and_loaded_back_by_both_flavours(spark, trained, transactions, tmp_path,
                                                                     monkeypatch):
    import mlflow
    from mlflow.tracking import MlflowClient
    from pyspark.ml import PipelineModel

    monkeypatch.chdir(tmp_path)  # MLflow's default artifact root (./mlruns)
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    # As the DAG does: the server saves the pipeline where it writes, the client reads it back through the session.
    saved = spark_ml.save_pipeline(trained.pipeline_model, str(tmp_path / "server" / "spark_pipeline"))
    fetched = spark_ml.fetch_pipeline(spark, saved, tmp_path / "client" / "spark_pipeline")
    files = {p.relative_to(fetched).parts[0] for p in fetched.rglob("*") if p.is_file()}
    assert files == {"metadata", "stages"}

    first = spark_ml.log_and_register(trained, fetched, "oner_churn_test", "oner_churn_model", "staging",
                                      tracking_uri=uri)
    second = spark_ml.log_and_register(trained, fetched, "oner_churn_test", "oner_churn_model", "staging",
                                       tracking_uri=uri)
    assert (first["version"], second["version"]) == ("1", "2")
    assert second["model_uri"] == "models:/oner_churn_model@staging"
    client = MlflowClient(tracking_uri=uri)
    assert str(client.get_model_version_by_alias("oner_churn_model", "staging").version) == "2"

    run = client.get_run(second["run_id"])
    assert run.data.params["model"] == "spark_ml_logistic_regression"
    assert float(run.data.params["regParam"]) == trained.params["regParam"]
    assert run.data.metrics["test_roc_auc"] == pytest.approx(trained.metrics["test_roc_auc"])
    children = client.search_runs([run.info.experiment_id], f"tags.mlflow.parentRunId = '{second['run_id']}'")
    assert len(children) == spark_ml.MAX_EVALS
    best = [c for c in children if c.data.tags["best_trial"] == "true"]
    assert len(best) == 1 and best[0].data.metrics["val_roc_auc"] == pytest.approx(trained.metrics["val_roc_auc"])

    mlflow.set_tracking_uri(uri)
    rows = transactions[ml.FEATURES].astype("float64").head(20)
    expected = trained.model.predict_proba(rows)[:, 1]
    # The flavour the serving images load (BentoML and Streamlit use mlflow.sklearn on models:/…@staging).
    served = mlflow.sklearn.load_model(second["model_uri"])
    np.testing.assert_array_equal(served.predict_proba(rows)[:, 1], expected)
    assert mlflow.pyfunc.load_model(second["model_uri"]).predict(rows).tolist() == trained.model.predict(rows).tolist()
    # The Spark pipeline in the same registered model, loaded by Spark and scoring the same rows.
    local = Path(mlflow.artifacts.download_artifacts(second["model_uri"], dst_path=str(tmp_path / "download")))
    pipeline = PipelineModel.load(str(local / spark_ml.SPARK_PIPELINE_DIR))
    assert [type(s).__name__ for s in pipeline.stages] == ["VectorAssembler", "LogisticRegressionModel"]
    np.testing.assert_allclose(_spark_probabilities(spark, pipeline, rows), expected, rtol=0, atol=1e-12)
    info = mlflow.models.get_model_info(second["model_uri"])
    assert info.metadata["spark_pipeline"] == spark_ml.SPARK_PIPELINE_DIR
    assert set(info.flavors) == {"sklearn", "python_function"}


def test_log_and_register_refuses_a_folder_that_is_no_saved_pipeline(trained, tmp_path):
    with pytest.raises(ValueError, match="not a saved Spark PipelineModel"):
        spark_ml.log_and_register(trained, tmp_path, "oner_churn_test", "oner_churn_model",
                                  tracking_uri=f"sqlite:///{tmp_path}/mlflow.db")
