"""OneRing churn scoring mini-app.

streamlit run app.py --server.port=8501 --server.address=0.0.0.0 --server.headless=true
"""
from __future__ import annotations

import os

import streamlit as st

import scoring

st.set_page_config(page_title="OneRing churn scoring", page_icon="💍", layout="centered")
st.title("OneRing churn scoring")

bento_url = os.environ.get("BENTO_URL", "")
st.caption(
    f"Model: BentoML endpoint `{bento_url}`" if bento_url
    else f"Model: `{scoring.model_uri()}` from MLflow (`{os.environ.get('MLFLOW_TRACKING_URI', 'unset')}`), scored locally"
)


@st.cache_resource(show_spinner="Loading model from MLflow…")
def _model():
    return scoring.load_model()


defaults = {"txn_count_7d": 4.0, "txn_amount_7d": 250.0, "avg_txn_amount_30d": 60.0,
            "days_since_last_txn": 3.0, "tenure_days": 400.0, "support_tickets_30d": 1.0}

customer_id = st.number_input("Customer id (Feast online features)", min_value=1, value=1001, step=1)
if st.button("Fetch features from Feast"):
    try:
        found = scoring.online_features(int(customer_id))
    except Exception as exc:  # store unreachable / not materialized
        st.error(f"Feast lookup failed: {exc}")
    else:
        if found is None:
            st.warning("No online features for this customer (run feast_spark_ml_pipeline first).")
        else:
            st.session_state["features"] = found

features = st.session_state.get("features", defaults)
with st.form("features"):
    values = {name: st.number_input(name, value=float(features[name])) for name in scoring.FEATURES}
    submitted = st.form_submit_button("Score")

if submitted:
    try:
        model = None if bento_url else _model()
        probability = scoring.score([values], bento_url=bento_url or None, model=model)[0]
    except Exception as exc:
        st.error(f"Scoring failed: {exc}")
    else:
        st.metric("Churn probability", f"{probability:.1%}")
        st.progress(min(max(probability, 0.0), 1.0))
