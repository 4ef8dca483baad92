"""Feast definitions: customer entity, transaction feature view, churn feature service.

The offline source is the Parquet copy of
``s3://featurestore/featurestore/customer_transactions.csv`` written by the
``feast_spark_ml_pipeline`` DAG (Feast's file offline store reads Parquet).
Location and endpoint come from the environment.
"""
import os
from datetime import timedelta

from feast import Entity, FeatureService, FeatureView, Field, FileSource, ValueType
from feast.types import Float64, Int64

customer = Entity(
    name="customer",
    join_keys=["customer_id"],
    value_type=ValueType.INT64,
    description="A OneRing customer (numeric id)",
)

customer_transactions_source = FileSource(
    name="customer_transactions_source",
    path=os.environ.get(
        "FEAST_CUSTOMER_TRANSACTIONS_PATH",
        "s3://featurestore/featurestore/customer_transactions.parquet",
    ),
    timestamp_field="event_timestamp",
    created_timestamp_column="created",
    s3_endpoint_override=os.environ.get("FEAST_S3_ENDPOINT_URL") or None,
    description="Weekly per-customer transaction aggregates",
)

customer_transactions = FeatureView(
    name="customer_transactions",
    entities=[customer],
    ttl=timedelta(days=14),
    schema=[
        Field(name="txn_count_7d", dtype=Int64),
        Field(name="txn_amount_7d", dtype=Float64),
        Field(name="avg_txn_amount_30d", dtype=Float64),
        Field(name="days_since_last_txn", dtype=Int64),
        Field(name="tenure_days", dtype=Int64),
        Field(name="support_tickets_30d", dtype=Int64),
    ],
    online=True,
    source=customer_transactions_source,
    tags={"team": "oner-ml", "layer": "silver"},
)

churn_model_v1 = FeatureService(
    name="churn_model_v1",
    features=[customer_transactions],
    description="Features used by oner_churn_model",
)
