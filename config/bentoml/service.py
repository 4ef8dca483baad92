"""BentoML 1.4 service serving the MLflow model ``oner_churn_model``.

bentoml serve service:OnerChurnService --port 3000
Env: MLFLOW_TRACKING_URI, ONER_MODEL_URI (default ``models:/oner_churn_model@staging``),
and for S3 artifacts AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY/MLFLOW_S3_ENDPOINT_URL.
"""
from __future__ import annotations

import os

import bentoml

FEATURES = [
    "txn_count_7d",
    "txn_amount_7d",
    "avg_txn_amount_30d",
    "days_since_last_txn",
    "tenure_days",
    "support_tickets_30d",
]


def model_uri() -> str:
    return os.environ.get("ONER_MODEL_URI", "models:/oner_churn_model@staging")


@bentoml.service(name="oner_churn", traffic={"timeout": 30}, resources={"cpu": "1"})
class OnerChurnService:
    def __init__(self) -> None:
        import mlflow.sklearn

        self.model_uri = model_uri()
        self.model = mlflow.sklearn.load_model(self.model_uri)

    @bentoml.api
    def predict(self, records: list[dict[str, float]]) -> list[float]:
        """Churn probability per record (keys = the churn_model_v1 features)."""
        import pandas as pd

        frame = pd.DataFrame.from_records(records, columns=FEATURES).astype("float64")
        return [round(float(p), 6) for p in self.model.predict_proba(frame)[:, 1]]

    @bentoml.api
    def model_info(self) -> dict[str, str]:
        return {"model_uri": self.model_uri, "features": ",".join(FEATURES)}
