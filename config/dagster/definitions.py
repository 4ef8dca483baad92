"""Dagster code location over the OneRing seed data: bronze orders -> daily revenue.

Serve: dagster api grpc -h 0.0.0.0 -p 4000 -f definitions.py
"""
from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
import pandas as pd


def seed_dir() -> Path:
    return Path(os.environ.get("ONER_SEED_DATA_DIR", "/opt/dagster/seed-data"))


@dg.asset(group_name="medallion", description="Bronze orders CSV as landed.")
def bronze_orders(context: dg.AssetExecutionContext) -> pd.DataFrame:
    frame = pd.read_csv(seed_dir() / "orders.csv")
    context.add_output_metadata({"rows": len(frame)})
    return frame


@dg.asset(group_name="medallion", description="Revenue per order day.")
def daily_revenue(bronze_orders: pd.DataFrame) -> pd.DataFrame:
    orders = bronze_orders.assign(
        order_day=pd.to_datetime(bronze_orders["order_ts"], utc=True, errors="coerce", format="ISO8601").dt.date,
        revenue=pd.to_numeric(bronze_orders["quantity"], errors="coerce")
        * pd.to_numeric(bronze_orders["unit_price"], errors="coerce"))
    return orders.groupby("order_day", as_index=False)["revenue"].sum()


defs = dg.Definitions(assets=[bronze_orders, daily_revenue])
