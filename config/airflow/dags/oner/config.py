"""Every connection id, variable name and environment variable the DAGs read.

Values are never hard-coded secrets: connections come from Airflow
connections (``AIRFLOW_CONN_<ID>`` env vars or the secrets backend), settings
from Airflow variables (``AIRFLOW_VAR_<NAME>``) or plain environment
variables.  Defaults below are non-secret names only (bucket/table names).
See ``config/airflow/README.md``.
"""
from __future__ import annotations

import os
from pathlib import Path

# --- Airflow connection ids -------------------------------------------------
S3_CONN_ID = "oner_s3"                    # S3-compatible object store (Ceph RGW/Garage/MinIO)
CLICKHOUSE_CONN_ID = "clickhouse_default"  # ClickHouse HTTP interface
POSTGRES_GOLD_CONN_ID = "postgres_gold"    # curated Postgres database (schema gold)
AIRBYTE_CONN_ID = "airbyte_default"        # Airbyte public API (client id/secret)

# --- Airflow variables (name -> default) --------------------------------------
VARIABLE_DEFAULTS: dict[str, str] = {
    "oner_bucket_bronze": "bronze",
    "oner_bucket_silver": "silver",
    "oner_bucket_featurestore": "featurestore",
    "oner_bucket_reports": "reports",
    "oner_bronze_orders_key": "demo/orders.csv",
    "oner_airbyte_connection_id": "",       # set by the airflow-airbyte hook; empty -> Airbyte step is skipped
    "oner_clickhouse_database": "analytics",
    "oner_gold_schema": "gold",
    "oner_feature_csv_key": "featurestore/customer_transactions.csv",
    "oner_feature_parquet_key": "featurestore/customer_transactions.parquet",
    "oner_mlflow_experiment": "oner_churn",
    "oner_model_name": "oner_churn_model",
    "oner_model_alias": "staging",
    "oner_spark_connect_url": "",           # empty -> the Spark lakehouse DAG is skipped
}

# --- Filesystem layout inside the Airflow image --------------------------------
AIRFLOW_HOME = Path(os.environ.get("AIRFLOW_HOME", "/opt/airflow"))
DBT_ROOT = Path(os.environ.get("ONER_DBT_ROOT", str(AIRFLOW_HOME / "dbt")))
FEAST_REPO_PATH = Path(os.environ.get("ONER_FEAST_REPO", str(AIRFLOW_HOME / "feast" / "feature_repo")))
ML_OUTPUT_DIR = Path(os.environ.get("ONER_ML_OUTPUT_DIR", str(AIRFLOW_HOME / "data" / "ml" / "outputs")))


def variable(name: str) -> str:
    """Airflow variable ``name`` (or ``AIRFLOW_VAR_<NAME>``), else its default."""
    from airflow.sdk import Variable  # imported lazily: keeps helpers Airflow-free

    return Variable.get(name, default=VARIABLE_DEFAULTS[name])
