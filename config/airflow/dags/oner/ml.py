"""Feature + model lifecycle helpers for ``feast_spark_ml_pipeline``.

The features and the Feast training set are the DAG's. The DAG trains the model
with Spark ML and Hyperopt (:mod:`oner.spark_ml`); the scikit-learn logistic
regression here (standardised features, the regularisation strength picked by
stratified cross-validation), logged to MLflow and registered as
``oner_churn_model`` with the alias ``staging`` in the same flavour, is the
Spark-free reference the serving tests register.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

ENTITY = "customer_id"
TIMESTAMP = "event_timestamp"
LABEL = "churned"
FEATURES = [
    "txn_count_7d",
    "txn_amount_7d",
    "avg_txn_amount_30d",
    "days_since_last_txn",
    "tenure_days",
    "support_tickets_30d",
]
FEATURE_VIEW = "customer_transactions"
FEATURE_SERVICE = "churn_model_v1"
C_GRID = (0.01, 0.1, 1.0, 10.0)


def load_transactions(data: bytes | str | Path) -> pd.DataFrame:
    """Read customer_transactions CSV (bytes, text or path) with typed timestamps."""
    if isinstance(data, (bytes, bytearray)):
        src: Any = io.BytesIO(data)
    elif isinstance(data, str) and "\n" in data:
        src = io.StringIO(data)
    else:
        src = data
    df = pd.read_csv(src)
    for col in (TIMESTAMP, "created"):
        if col in df.columns:
            df[col] = pd.to_datetime(df[col], utc=True)
    return df


def transactions_to_parquet(data: bytes | str | Path) -> bytes:
    """CSV landing file -> Parquet for Feast's file offline store (which reads Parquet)."""
    buf = io.BytesIO()
    load_transactions(data).to_parquet(buf, index=False)
    return buf.getvalue()


def entity_frame(transactions: pd.DataFrame) -> pd.DataFrame:
    """Entity rows (customer, point in time) plus the label, for point-in-time joins."""
    return transactions[[ENTITY, TIMESTAMP, LABEL]].copy()


def training_dataset_from_feast(store: Any, entities: pd.DataFrame, service: str = FEATURE_SERVICE) -> pd.DataFrame:
    """Point-in-time correct training set from a ``feast.FeatureStore``."""
    features = store.get_feature_service(service)
    return store.get_historical_features(entity_df=entities, features=features).to_df()


@dataclass
class TrainResult:
    model: Any
    params: dict[str, Any]
    metrics: dict[str, float]
    features: list[str] = field(default_factory=lambda: list(FEATURES))
    sample: pd.DataFrame | None = None


def train_churn_model(dataset: pd.DataFrame, seed: int = 42) -> TrainResult:
    """Fit the churn model; the latest snapshot date is held out as the test set."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
    from sklearn.model_selection import StratifiedKFold, cross_val_score
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    data = dataset.dropna(subset=FEATURES + [LABEL]).sort_values([TIMESTAMP, ENTITY])
    cutoff = data[TIMESTAMP].max()
    train, test = data[data[TIMESTAMP] < cutoff], data[data[TIMESTAMP] == cutoff]
    if train[LABEL].nunique() < 2:
        raise ValueError("training data needs both classes")
    x_train, y_train = train[FEATURES].astype("float64"), train[LABEL].astype(int)
    x_test, y_test = test[FEATURES].astype("float64"), test[LABEL].astype(int)

    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=seed)
    cv_scores = {}
    for c in C_GRID:
        pipe = make_pipeline(StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=1000))
        cv_scores[c] = float(cross_val_score(pipe, x_train, y_train, cv=folds, scoring="roc_auc").mean())
    best_c = max(C_GRID, key=lambda c: (cv_scores[c], -c))
    model = make_pipeline(StandardScaler(), LogisticRegression(C=best_c, class_weight="balanced", max_iter=1000))
    model.fit(x_train, y_train)

    proba = model.predict_proba(x_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    metrics = {
        "cv_roc_auc": cv_scores[best_c],
        "test_roc_auc": float(roc_auc_score(y_test, proba)) if y_test.nunique() > 1 else float("nan"),
        "test_accuracy": float(accuracy_score(y_test, pred)),
        "test_f1": float(f1_score(y_test, pred, zero_division=0)),
        "train_rows": float(len(train)),
        "test_rows": float(len(test)),
        "train_positive_rate": float(y_train.mean()),
    }
    params = {"model": "logistic_regression", "C": best_c, "class_weight": "balanced",
              "cv_folds": 5, "seed": seed, "features": ",".join(FEATURES)}
    return TrainResult(model=model, params=params, metrics=metrics, sample=x_train.head(5))


def log_run(result: Any, **log_model_args: Any) -> Any:
    """Into the active MLflow run: the result's params, its metrics (NaN dropped) and its scikit-learn model as
    ``model``, with a signature inferred from the sample; returns MLflow's ModelInfo. ``result`` is a
    :class:`TrainResult` or anything with its ``model``, ``params``, ``metrics`` and ``sample``."""
    import mlflow
    import mlflow.sklearn
    from mlflow.models import infer_signature

    mlflow.log_params(result.params)
    mlflow.log_metrics({k: v for k, v in result.metrics.items() if v == v})  # drop NaN
    signature = None
    if result.sample is not None:
        signature = infer_signature(result.sample, result.model.predict(result.sample))
    return mlflow.sklearn.log_model(sk_model=result.model, name="model", signature=signature, input_example=result.sample,
                                    **log_model_args)


def log_and_register(result: TrainResult, experiment: str, model_name: str, alias: str = "staging",
                     tracking_uri: str | None = None, run_tags: dict[str, str] | None = None) -> dict[str, Any]:
    """Log params/metrics/model to MLflow, register a new version, point ``alias`` at it."""
    import mlflow
    from mlflow.tracking import MlflowClient

    if tracking_uri:
        mlflow.set_tracking_uri(tracking_uri)
    mlflow.set_experiment(experiment)
    with mlflow.start_run(tags=run_tags or {}) as run:
        info = log_run(result, registered_model_name=model_name)
    version = str(info.registered_model_version)
    client = MlflowClient()
    client.set_registered_model_alias(model_name, alias, version)
    return {"run_id": run.info.run_id, "model_uri": f"models:/{model_name}@{alias}", "version": version}
