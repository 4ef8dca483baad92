"""Dagster code location over the same OneRing seed data.

Assets: bronze_orders -> silver_orders -> daily_revenue (group ``medallion``)
and customer_features_latest (group ``ml``), with an asset check on silver.
Serve: dagster api grpc -h 0.0.0.0 -p 4000 -f definitions.py
"""

import os
from pathlib import Path

import dagster as dg
import pandas as pd

VALID_STATUSES = ["placed", "shipped", "delivered", "cancelled", "returned"]
FEATURES = ["txn_count_7d", "txn_amount_7d", "avg_txn_amount_30d",
            "days_since_last_txn", "tenure_days", "support_tickets_30d"]


def seed_dir() -> Path:
    return Path(os.environ.get("ONER_SEED_DATA_DIR", "/opt/dagster/seed-data"))


@dg.asset(group_name="medallion", description="Bronze orders CSV exactly as landed (all strings).")
def bronze_orders(context: dg.AssetExecutionContext) -> pd.DataFrame:
    frame = pd.read_csv(seed_dir() / "orders.csv", dtype=str, keep_default_na=False, na_values=[""])
    context.add_output_metadata({"rows": len(frame)})
    return frame


@dg.asset(group_name="medallion", description="Cleaned, typed, deduplicated orders (latest per order_id).")
def silver_orders(context: dg.AssetExecutionContext, bronze_orders: pd.DataFrame) -> pd.DataFrame:
    df = bronze_orders.apply(lambda col: col.str.strip() if col.dtype == object else col)
    df["status"] = df["status"].str.lower()
    df["order_ts"] = pd.to_datetime(df["order_ts"], utc=True, errors="coerce", format="ISO8601")
    df["quantity"] = pd.to_numeric(df["quantity"], errors="coerce")
    df["unit_price"] = pd.to_numeric(df["unit_price"], errors="coerce")
    valid = (df["customer_id"].notna() & df["order_ts"].notna() & (df["quantity"] > 0)
             & (df["unit_price"] > 0) & df["status"].isin(VALID_STATUSES))
    clean = (df[valid].sort_values(["order_id", "order_ts"], kind="stable")
             .drop_duplicates("order_id", keep="last").reset_index(drop=True))
    clean["quantity"] = clean["quantity"].astype("int64")
    clean["amount"] = (clean["quantity"] * clean["unit_price"]).round(2)
    clean["order_date"] = clean["order_ts"].dt.date
    context.add_output_metadata({"rows": len(clean), "rejected": int((~valid).sum())})
    return clean


@dg.asset_check(asset=silver_orders, description="order_id is unique and amounts are positive")
def silver_orders_valid(silver_orders: pd.DataFrame) -> dg.AssetCheckResult:
    unique = bool(silver_orders["order_id"].is_unique)
    positive = bool((silver_orders["amount"] > 0).all())
    return dg.AssetCheckResult(passed=unique and positive,
                               metadata={"unique_order_id": unique, "positive_amount": positive})


@dg.asset(group_name="medallion", description="Net revenue per day (cancelled/returned excluded).")
def daily_revenue(silver_orders: pd.DataFrame) -> pd.DataFrame:
    kept = silver_orders[~silver_orders["status"].isin(["cancelled", "returned"])]
    return (kept.groupby("order_date", as_index=False)
            .agg(orders=("order_id", "count"), revenue=("amount", "sum"))
            .sort_values("order_date").reset_index(drop=True))


@dg.asset(group_name="ml", description="Latest weekly feature row per customer (what Feast serves online).")
def customer_features_latest(context: dg.AssetExecutionContext) -> pd.DataFrame:
    tx = pd.read_csv(seed_dir() / "featurestore" / "customer_transactions.csv", parse_dates=["event_timestamp"])
    latest = (tx.sort_values("event_timestamp").groupby("customer_id", as_index=False).last()
              [["customer_id", "event_timestamp", *FEATURES]])
    context.add_output_metadata({"customers": len(latest)})
    return latest


medallion_job = dg.define_asset_job("medallion_assets", selection=dg.AssetSelection.groups("medallion"))

defs = dg.Definitions(
    assets=[bronze_orders, silver_orders, daily_revenue, customer_features_latest],
    asset_checks=[silver_orders_valid],
    jobs=[medallion_job],
    schedules=[dg.ScheduleDefinition(name="medallion_daily", job=medallion_job, cron_schedule="0 2 * * *")],
)
