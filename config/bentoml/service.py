"""BentoML 1.4 service for the MLflow model ``oner_churn_model`` (alias ``staging``).

bentoml serve service:OnerChurnService --port 3000
Env: MLFLOW_TRACKING_URI; ONER_MODEL_URI (default ``models:/oner_churn_model@staging``). Artifacts are
downloaded through the tracking server (it proxies the bucket), so no S3 credentials are needed here.
The model loads on first use: the service is healthy before the training DAG has registered a model.
"""
from __future__ import annotations

import os
import threading

import bentoml

FEATURES = [
    "txn_count_7d",
    "txn_amount_7d",
    "avg_txn_amount_30d",
    "days_since_last_txn",
    "tenure_days",
    "support_tickets_30d",
]


@bentoml.service(name="oner_churn", traffic={"timeout": 30}, resources={"cpu": "1"})
class OnerChurnService:
    def __init__(self) -> None:
        self.model_uri = os.environ.get("ONER_MODEL_URI", "models:/oner_churn_model@staging")
        self._model = None
        self._lock = threading.Lock()

    def _loaded(self):
        with self._lock:
            if self._model is None:
                import mlflow.sklearn

                self._model = mlflow.sklearn.load_model(self.model_uri)
            return self._model

    @bentoml.api
    def predict(self, records: list[dict[str, float]]) -> list[float]:
        """Churn probability per record (keys = the churn_model_v1 features)."""
        import pandas as pd

        frame = pd.DataFrame.from_records(records, columns=FEATURES).astype("float64")
        return [round(float(p), 6) for p in self._loaded().predict_proba(frame)[:, 1]]

    @bentoml.api
    def model_info(self) -> dict[str, str]:
        return {"model_uri": self.model_uri, "features": ",".join(FEATURES)}
