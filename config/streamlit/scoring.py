"""Scoring helpers for the Streamlit app (importable without Streamlit).

Model: the ``staging`` alias of ``oner_churn_model`` in MLflow, scored
locally, or the BentoML endpoint when ``BENTO_URL`` is set.
Features: Feast online store (feature service ``churn_model_v1``).
"""
from __future__ import annotations

import json
import os
import urllib.request
from typing import Any

FEATURES = [
    "txn_count_7d",
    "txn_amount_7d",
    "avg_txn_amount_30d",
    "days_since_last_txn",
    "tenure_days",
    "support_tickets_30d",
]
FEATURE_SERVICE = "churn_model_v1"


def model_uri() -> str:
    name = os.environ.get("ONER_MODEL_NAME", "oner_churn_model")
    alias = os.environ.get("ONER_MODEL_ALIAS", "staging")
    return os.environ.get("ONER_MODEL_URI", f"models:/{name}@{alias}")


def load_model(uri: str | None = None) -> Any:
    """scikit-learn flavour (gives probabilities); MLFLOW_TRACKING_URI from env."""
    import mlflow.sklearn

    return mlflow.sklearn.load_model(uri or model_uri())


def score_with_model(model: Any, records: list[dict[str, float]]) -> list[float]:
    import pandas as pd

    frame = pd.DataFrame.from_records(records, columns=FEATURES).astype("float64")
    return [round(float(p), 6) for p in model.predict_proba(frame)[:, 1]]


def score_with_bento(url: str, records: list[dict[str, float]], timeout: float = 10.0) -> list[float]:
    """POST to the BentoML service's ``/predict`` API."""
    body = json.dumps({"records": records}).encode()
    req = urllib.request.Request(url.rstrip("/") + "/predict", data=body,
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - URL from platform config
        return [float(p) for p in json.loads(resp.read())]


def online_features(customer_id: int, repo_path: str | None = None) -> dict[str, float] | None:
    """Latest features for one customer from the Feast online store, None if absent."""
    from feast import FeatureStore

    store = FeatureStore(repo_path=repo_path or os.environ.get("FEAST_REPO_PATH", "/app/feature_repo"))
    result = store.get_online_features(
        features=store.get_feature_service(FEATURE_SERVICE),
        entity_rows=[{"customer_id": int(customer_id)}],
    ).to_dict()
    values = {name: result[name][0] for name in FEATURES}
    if all(v is None for v in values.values()):
        return None
    return {k: float(v) if v is not None else 0.0 for k, v in values.items()}


def score(records: list[dict[str, float]], bento_url: str | None = None, model: Any = None) -> list[float]:
    bento_url = bento_url if bento_url is not None else os.environ.get("BENTO_URL")
    if bento_url:
        return score_with_bento(bento_url, records)
    return score_with_model(model if model is not None else load_model(), records)
