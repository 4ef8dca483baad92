"""The churn model trained with Spark ML and tuned by Hyperopt: the training step of ``feast_spark_ml_pipeline``.

The features are the same as :mod:`oner.ml`'s: Feast's point-in-time training set (feature service ``churn_model_v1``),
which the DAG writes to the object store as Parquet and Spark reads from there. The model is a ``pyspark.ml``
``Pipeline`` (``VectorAssembler`` then ``LogisticRegression``), fitted through a Spark Connect session: the client
(the Airflow task, ``pyspark-client``) sends plans; the server and its executors read the data and fit. ``pyspark.ml``
runs over Spark Connect since Spark 4.0, with the same classes as a classic session.

Splits are by snapshot date, so nothing from the future leaks into training and no random split depends on how Spark
partitions the rows: the latest snapshot is the test set (as in :func:`oner.ml.train_churn_model`), the one before it
the validation set, the earlier ones the training set. Hyperopt (TPE, a fixed number of trials and a fixed seed) picks
``regParam`` and ``elasticNetParam`` by validation AUC (``BinaryClassificationEvaluator``); the best pair is refitted on
training plus validation and scored once on the test set. Classes are weighted as scikit-learn's ``balanced``.

MLflow: the run has the parameters, the metrics and one nested run per Hyperopt trial. The registered model
(``oner_churn_model``, alias ``staging``) carries the Spark ``PipelineModel`` itself (MLlib's format, folder
``spark_pipeline`` of the model's artifacts) and, as its loadable flavour, the same logistic regression as a
scikit-learn estimator. Why not ``mlflow.spark.log_model``: MLflow 3.15's spark flavour saves the model to a
temporary DFS path and copies it to the client through the JVM of a classic session (``mlflow.spark._HadoopFileSystem``
imports ``pyspark.SparkContext``); a Spark Connect client has no JVM, and with ``pyspark-client`` 4.1.2 the call fails
with ``ImportError: cannot import name 'SparkContext' from 'pyspark'`` (only ``pyspark.ml.connect`` models, the
Spark 3.5 torch-based ones, take its Connect route). Loading that flavour would also need a Spark session, which the
serving images (BentoML, Streamlit) do not have: they score ``models:/oner_churn_model@staging`` with
``mlflow.sklearn``. So the server saves the fitted pipeline (:func:`save_pipeline`, to a path it writes such as
``s3a://``), the client reads the saved files back through the same session (:func:`fetch_pipeline`) and logs them in
the model's artifacts, and :func:`to_sklearn` copies the fitted coefficients into the flavour serving loads: a
binary logistic regression is ``sigmoid(w·x + b)`` in both libraries (Spark standardises internally but returns ``w``
and ``b`` in the original feature scale), so both give the same probabilities; the tests hold them to that.
"""
from __future__ import annotations

import io
import math
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pandas as pd

from oner.ml import ENTITY, FEATURES, LABEL, TIMESTAMP, log_run

MAX_EVALS = 12
# TPE samples from the prior for its first trials, then models good and bad ones: 4 random, 8 guided.
STARTUP_TRIALS = 4
REG_PARAM_RANGE = (1e-4, 1.0)  # log-uniform
ELASTIC_NET_RANGE = (0.0, 1.0)  # uniform: 0 = L2 (ridge), 1 = L1 (lasso)
MAX_ITER = 100
SPARK_PIPELINE_DIR = "spark_pipeline"  # in the registered model's artifacts
_WEIGHT = "class_weight"


def training_parquet_bytes(dataset: pd.DataFrame) -> bytes:
    """The training set as Parquet Spark reads: timestamps in microseconds (pandas writes nanoseconds, which Spark
    refuses with PARQUET_TYPE_ILLEGAL)."""
    buf = io.BytesIO()
    dataset.to_parquet(buf, index=False, coerce_timestamps="us", allow_truncated_timestamps=True)
    return buf.getvalue()


@dataclass
class Trial:
    """One Hyperopt evaluation: the parameters it tried and the validation AUC they reached."""
    reg_param: float
    elastic_net_param: float
    val_roc_auc: float


@dataclass
class SparkTrainResult:
    pipeline_model: Any  # pyspark.ml.PipelineModel (VectorAssembler, LogisticRegressionModel)
    model: Any  # the same logistic regression as a scikit-learn estimator (to_sklearn)
    params: dict[str, Any]
    metrics: dict[str, float]
    trials: list[Trial]
    best_trial: int  # index in trials
    features: list[str] = field(default_factory=lambda: list(FEATURES))
    sample: pd.DataFrame | None = None


def _search_space() -> dict[str, Any]:
    from hyperopt import hp

    return {
        "regParam": hp.loguniform("regParam", math.log(REG_PARAM_RANGE[0]), math.log(REG_PARAM_RANGE[1])),
        "elasticNetParam": hp.uniform("elasticNetParam", *ELASTIC_NET_RANGE),
    }


def _pipeline(reg_param: float, elastic_net_param: float) -> Any:
    from pyspark.ml import Pipeline
    from pyspark.ml.classification import LogisticRegression
    from pyspark.ml.feature import VectorAssembler

    return Pipeline(stages=[
        VectorAssembler(inputCols=list(FEATURES), outputCol="features"),
        LogisticRegression(featuresCol="features", labelCol="label", weightCol=_WEIGHT, family="binomial",
                           regParam=float(reg_param), elasticNetParam=float(elastic_net_param), maxIter=MAX_ITER),
    ])


def _with_class_weights(frame: Any) -> Any:
    """Adds the weight column: n / (2 · rows of the class), scikit-learn's ``class_weight="balanced"``."""
    from pyspark.sql import functions as F

    counts = {int(r["label"]): r["n"] for r in frame.groupBy("label").agg(F.count("*").alias("n")).collect()}
    total = sum(counts.values())
    return frame.withColumn(_WEIGHT, F.when(F.col("label") == 1.0, total / (2.0 * counts[1]))
                            .otherwise(total / (2.0 * counts[0])))


def _snapshots(spark: Any, dataset_path: str) -> tuple[Any, list[int]]:
    """The usable rows (features as doubles, the label as ``label``, the snapshot time as ``snapshot_us``, microseconds
    since the epoch) and the snapshot times, oldest first. Times stay integers: no time zone between client and server
    can move a row to another split."""
    from pyspark.sql import functions as F

    raw = spark.read.parquet(dataset_path)
    missing = [c for c in [ENTITY, TIMESTAMP, LABEL, *FEATURES] if c not in raw.columns]
    if missing:
        raise ValueError(f"training data lacks columns: {missing}")
    data = (raw.select(ENTITY, F.unix_micros(F.col(TIMESTAMP).cast("timestamp")).alias("snapshot_us"),
                       *[F.col(c).cast("double").alias(c) for c in FEATURES],
                       F.col(LABEL).cast("double").alias("label"))
            .dropna(subset=[*FEATURES, "label", "snapshot_us"])
            .localCheckpoint())  # read and cast once; every trial fits on the same rows
    times = sorted(r["snapshot_us"] for r in data.select("snapshot_us").distinct().collect())
    return data, times


def _iso(micros: int) -> str:
    return datetime.fromtimestamp(micros / 1_000_000, tz=timezone.utc).isoformat()


def train_churn_model(spark: Any, dataset_path: str, seed: int = 42, max_evals: int = MAX_EVALS) -> SparkTrainResult:
    """Tunes and fits the churn pipeline on the training set at ``dataset_path`` (Parquet, any path the Spark server
    reads: ``s3a://`` on the platform, a local file in the tests)."""
    import numpy as np
    from hyperopt import STATUS_OK, Trials, fmin, space_eval, tpe
    from pyspark.ml.evaluation import BinaryClassificationEvaluator, MulticlassClassificationEvaluator
    from pyspark.sql import functions as F

    data, times = _snapshots(spark, dataset_path)
    if len(times) < 3:
        raise ValueError(f"training data needs at least 3 snapshot dates (train, validation, test), has {len(times)}")
    validation_time, test_time = times[-2], times[-1]
    train = data.where(F.col("snapshot_us") < validation_time)
    validation = data.where(F.col("snapshot_us") == validation_time)
    test = data.where(F.col("snapshot_us") == test_time)
    fit_rows = data.where(F.col("snapshot_us") < test_time)  # train + validation, for the final fit
    if train.select("label").distinct().count() < 2 or fit_rows.select("label").distinct().count() < 2:
        raise ValueError("training data needs both classes")
    train, fit_rows = _with_class_weights(train), _with_class_weights(fit_rows)

    auc = BinaryClassificationEvaluator(labelCol="label", rawPredictionCol="rawPrediction", metricName="areaUnderROC")

    def objective(point: dict[str, float]) -> dict[str, Any]:
        model = _pipeline(point["regParam"], point["elasticNetParam"]).fit(train)
        score = float(auc.evaluate(model.transform(validation)))
        return {"loss": -score, "status": STATUS_OK, "val_roc_auc": score}

    space = _search_space()
    trials = Trials()
    fmin(objective, space, algo=partial(tpe.suggest, n_startup_jobs=STARTUP_TRIALS), max_evals=max_evals,
         trials=trials, rstate=np.random.default_rng(seed), show_progressbar=False)
    tried = [Trial(reg_param=float(t["misc"]["vals"]["regParam"][0]),
                   elastic_net_param=float(t["misc"]["vals"]["elasticNetParam"][0]),
                   val_roc_auc=float(t["result"]["val_roc_auc"])) for t in trials.trials]
    best_index = int(trials.best_trial["tid"])
    best = space_eval(space, {k: v[0] for k, v in trials.best_trial["misc"]["vals"].items()})

    pipeline_model = _pipeline(best["regParam"], best["elasticNetParam"]).fit(fit_rows)
    scored = pipeline_model.transform(test)
    accuracy = MulticlassClassificationEvaluator(labelCol="label", metricName="accuracy")
    f1 = MulticlassClassificationEvaluator(labelCol="label", metricName="fMeasureByLabel", metricLabel=1.0)
    counts = {name: frame.count() for name, frame in (("train", train), ("validation", validation), ("test", test))}
    metrics = {
        "val_roc_auc": tried[best_index].val_roc_auc,
        "test_roc_auc": float(auc.evaluate(scored)) if test.select("label").distinct().count() > 1 else float("nan"),
        "test_accuracy": float(accuracy.evaluate(scored)),
        "test_f1": float(f1.evaluate(scored)),
        "train_rows": float(counts["train"]),
        "validation_rows": float(counts["validation"]),
        "test_rows": float(counts["test"]),
        "train_positive_rate": float(fit_rows.agg(F.avg("label")).first()[0]),
        "hyperopt_trials": float(len(tried)),
    }
    params = {
        "model": "spark_ml_logistic_regression", "regParam": float(best["regParam"]),
        "elasticNetParam": float(best["elasticNetParam"]), "maxIter": MAX_ITER, "class_weight": "balanced",
        "tuning": "hyperopt_tpe", "max_evals": max_evals, "startup_trials": STARTUP_TRIALS, "seed": seed,
        "tuning_metric": "val_roc_auc", "spark_version": spark.version, "features": ",".join(FEATURES),
        "validation_snapshot": _iso(validation_time), "test_snapshot": _iso(test_time),
    }
    sample = (fit_rows.orderBy("snapshot_us", ENTITY).select(*FEATURES).limit(5).toPandas().astype("float64"))
    return SparkTrainResult(pipeline_model=pipeline_model, model=to_sklearn(pipeline_model), params=params,
                            metrics=metrics, trials=tried, best_trial=best_index, sample=sample)


def to_sklearn(pipeline_model: Any) -> Any:
    """The pipeline's logistic regression as a fitted scikit-learn ``LogisticRegression`` over the named features.

    Its ``predict_proba`` is ``sigmoid(w·x + b)`` with Spark's ``w`` and ``b``, which is Spark's probability."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    assembler, lr = pipeline_model.stages
    features = list(assembler.getInputCols())
    if features != list(FEATURES) or lr.numClasses != 2:
        raise ValueError(f"expected a binary logistic regression over {FEATURES}, got {features}")
    estimator = LogisticRegression()
    estimator.classes_ = np.array([0, 1])
    estimator.coef_ = np.asarray(lr.coefficients.toArray(), dtype="float64").reshape(1, -1)
    estimator.intercept_ = np.array([float(lr.intercept)])
    estimator.n_features_in_ = len(features)
    estimator.feature_names_in_ = np.array(features, dtype=object)
    return estimator


def save_pipeline(pipeline_model: Any, path: str) -> str:
    """Saves the fitted pipeline in MLlib's format; the Spark server writes it (``s3a://`` or its own disk)."""
    pipeline_model.write().overwrite().save(path)
    return path


def fetch_pipeline(spark: Any, path: str, local_dir: Path) -> Path:
    """Copies the pipeline saved at ``path`` into ``local_dir`` through the session: the server reads the files
    (binaryFile source), so the client needs no access to the server's storage. Hidden files (``_SUCCESS``, ``.crc``)
    are left out, as the binaryFile source does; loading needs neither."""
    root = unquote(urlparse(path).path).rstrip("/") if urlparse(path).scheme else str(Path(path).absolute())
    files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(path)
             .select("path", "content").collect())
    if not files:
        raise FileNotFoundError(f"no saved pipeline at {path}")
    local_dir = Path(local_dir)
    for row in files:
        file_path = unquote(urlparse(row["path"]).path)
        if not file_path.startswith(root + "/"):
            raise ValueError(f"{row['path']} is not under {path}")
        target = local_dir / file_path[len(root) + 1:]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(bytes(row["content"]))
    return local_dir


def log_and_register(result: SparkTrainResult, pipeline_dir: Path, experiment: str, model_name: str,
                     alias: str = "staging", tracking_uri: str | None = None,
                     run_tags: dict[str, str] | None = None) -> dict[str, Any]:
    """Logs the run (parameters, metrics, one nested run per Hyperopt trial) and the model (scikit-learn flavour plus
    the Spark pipeline from ``pipeline_dir`` under ``spark_pipeline/``), registers a new version of ``model_name`` and
    points ``alias`` at it."""
    import mlflow
    from mlflow.tracking import MlflowClient

    pipeline_dir = Path(pipeline_dir)
    if not (pipeline_dir / "metadata").is_dir() or not (pipeline_dir / "stages").is_dir():
        raise ValueError(f"{pipeline_dir} is not a saved Spark PipelineModel")
    if tracking_uri:
        mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_experiment(experiment)
    with mlflow.start_run(tags=run_tags or {}) as run:
        for number, trial in enumerate(result.trials):
            with mlflow.start_run(run_name=f"hyperopt-trial-{number:02d}", nested=True):
                mlflow.log_params({"regParam": trial.reg_param, "elasticNetParam": trial.elastic_net_param,
                                   "trial": number})
                mlflow.log_metric("val_roc_auc", trial.val_roc_auc)
                mlflow.set_tag("best_trial", str(number == result.best_trial).lower())
        info = log_run(result, metadata={
            "trained_with": "pyspark.ml Pipeline (VectorAssembler, LogisticRegression) over Spark Connect",
            "spark_version": str(result.params.get("spark_version", "")),
            "spark_pipeline": SPARK_PIPELINE_DIR})
        client = MlflowClient()
        with tempfile.TemporaryDirectory() as staging:
            shutil.copytree(pipeline_dir, Path(staging) / SPARK_PIPELINE_DIR)
            client.log_model_artifacts(info.model_id, staging)
    version = str(mlflow.register_model(info.model_uri, model_name).version)
    client.set_registered_model_alias(model_name, alias, version)
    return {"run_id": run.info.run_id, "model_uri": f"models:/{model_name}@{alias}", "version": version,
            "model_id": info.model_id}
