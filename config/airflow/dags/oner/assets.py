"""The assets DAGs hand to each other: a producer's outlet is a consumer's schedule."""
from __future__ import annotations

from airflow.sdk import Asset

ORDERS_CLEAN = Asset(name="analytics.orders_clean", uri="clickhouse://clickhouse/analytics/orders_clean")
ORDERS_SNAPSHOT = Asset(name="gold.orders_snapshot", uri="postgres://postgres_gold/curated/gold/orders_snapshot")
