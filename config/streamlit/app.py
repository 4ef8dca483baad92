"""OneRing churn scoring: online features from Feast, probability from the BentoML service.

Env: BENTO_URL (BentoML service), FEAST_REPO_PATH (feature repo; its feature_store.yaml reads the
FEAST_* variables the platform sets).
"""
from __future__ import annotations

import json
import os
import urllib.request

import streamlit as st

FEATURES = ["txn_count_7d", "txn_amount_7d", "avg_txn_amount_30d",
            "days_since_last_txn", "tenure_days", "support_tickets_30d"]

st.set_page_config(page_title="OneRing churn scoring", layout="centered")
st.title("OneRing churn scoring")

customer_id = st.number_input("Customer id", min_value=1, value=1001, step=1)
if st.button("Score"):
    try:
        from feast import FeatureStore

        store = FeatureStore(repo_path=os.environ.get("FEAST_REPO_PATH", "/app/feature_repo"))
        online = store.get_online_features(features=store.get_feature_service("churn_model_v1"),
                                           entity_rows=[{"customer_id": int(customer_id)}]).to_dict()
        record = {name: float(online[name][0] or 0.0) for name in FEATURES}
        request = urllib.request.Request(os.environ["BENTO_URL"].rstrip("/") + "/predict",
                                         data=json.dumps({"records": [record]}).encode(),
                                         headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(request, timeout=10) as response:
            probability = float(json.loads(response.read())[0])
    except Exception as exc:  # store not materialised yet, model not registered yet, service down
        st.error(f"Scoring failed: {exc}")
    else:
        st.json(record)
        st.metric("Churn probability", f"{probability:.1%}")
