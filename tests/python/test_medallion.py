"""Bronze -> silver transform and Great Expectations suites (real pandas + GX)."""
from __future__ import annotations

from datetime import datetime, timezone

import pandas as pd
import pytest

from oner import medallion, quality


@pytest.fixture(scope="module")
def bronze(bronze_bytes):
    return medallion.read_bronze_csv(bronze_bytes)


@pytest.fixture(scope="module")
def silver_result(bronze):
    return medallion.to_silver(bronze, batch_id="test_batch")


def test_read_bronze_keeps_raw_strings(bronze):
    assert list(bronze.columns) == medallion.BRONZE_COLUMNS
    assert bronze["customer_id"].isna().sum() > 0
    assert set(bronze.dtypes.astype(str)) == {"object"} or all(str(t) in {"object", "str", "string"} for t in bronze.dtypes)


def test_to_silver_filters_dedupes_and_types(bronze, silver_result):
    silver = silver_result.silver
    assert list(silver.columns) == medallion.SILVER_COLUMNS
    assert silver["order_id"].is_unique
    assert silver["customer_id"].notna().all()
    assert (silver["quantity"] > 0).all() and (silver["unit_price"] > 0).all()
    assert set(silver["status"]) <= set(medallion.VALID_STATUSES)
    assert (silver["amount"] == (silver["quantity"] * silver["unit_price"]).round(2)).all()
    assert (silver["batch_id"] == "test_batch").all()
    s = silver_result.summary()
    # every bronze row is either kept, rejected or a superseded duplicate
    assert s["silver_rows"] + s["rejected_rows"] + s["duplicates_dropped"] == len(bronze)
    assert s["rejected_rows"] > 0 and s["duplicates_dropped"] > 0


def test_to_silver_keeps_latest_version_of_reemitted_order():
    bronze = medallion.read_bronze_csv(
        "order_id,customer_id,order_ts,status,product_sku,quantity,unit_price,currency,country,channel\n"
        "ORD-00001,C0001,2024-01-02T10:00:00Z, Placed ,SKU-100,2,10.00,usd,us,WEB\n"
        "ORD-00001,C0001,2024-01-05T10:00:00Z,DELIVERED,SKU-100,2,10.00,USD,US,web\n"
        "ORD-00002,,2024-01-02T10:00:00Z,placed,SKU-100,1,10.00,USD,US,web\n"
        "ORD-00003,C0002,not-a-date,placed,SKU-100,1,10.00,USD,US,web\n"
        "ORD-00004,C0002,2024-01-03T00:00:00Z,placed,SKU-101,0,10.00,USD,US,web\n"
        "ORD-00005,C0003,2024-01-03T00:00:00Z,lost,SKU-101,1,10.00,USD,US,web\n"
    )
    result = medallion.to_silver(bronze, batch_id="b")
    assert result.silver["order_id"].tolist() == ["ORD-00001"]
    row = result.silver.iloc[0]
    assert row["status"] == "delivered" and row["currency"] == "USD" and row["channel"] == "web"
    assert row["amount"] == 20.0
    assert result.summary() == {"silver_rows": 1, "rejected_rows": 4, "duplicates_dropped": 1}


def test_missing_bronze_column_is_an_error():
    with pytest.raises(ValueError, match="lacks columns"):
        medallion.to_silver(pd.DataFrame({"order_id": ["x"]}), batch_id="b")


def test_bronze_suite_passes_on_seed(bronze):
    summary = quality.validate_bronze(bronze)
    assert summary.success, summary.failed
    assert summary.evaluated == summary.successful == 6


def test_silver_suite_passes_on_transformed_data(silver_result):
    summary = quality.validate_silver(silver_result.silver)
    assert summary.success, summary.failed
    summary.raise_for_failure()


def test_silver_suite_rejects_bronze_data(bronze):
    summary = quality.validate_silver(bronze.assign(batch_id="x"))
    assert not summary.success
    assert "expect_column_values_to_be_unique(order_id)" in summary.failed
    assert "expect_column_values_to_not_be_null(customer_id)" in summary.failed
    with pytest.raises(quality.DataQualityError):
        summary.raise_for_failure()


def test_parquet_roundtrip(silver_result):
    back = medallion.from_parquet_bytes(medallion.to_parquet_bytes(silver_result.silver))
    assert len(back) == len(silver_result.silver)
    assert str(back["order_ts"].dt.tz) == "UTC"


def test_clickhouse_ddl_and_rows(silver_result):
    ddl = medallion.clickhouse_ddl("analytics", "orders_clean")
    assert ddl[0] == "CREATE DATABASE IF NOT EXISTS analytics"
    assert "ENGINE = ReplacingMergeTree(loaded_at)" in ddl[1] and "ORDER BY order_id" in ddl[1]
    cols, rows = medallion.clickhouse_rows(silver_result.silver.head(3))
    assert cols == medallion.SILVER_COLUMNS and len(rows) == 3
    assert str(rows[0][7]) == f"{silver_result.silver.iloc[0]['unit_price']:.2f}"
    assert "FINAL" in medallion.clickhouse_snapshot_query()
    with pytest.raises(ValueError):
        medallion.clickhouse_ddl("analytics; DROP TABLE x", "t")


class _FakeClickHouse:
    """Records clickhouse-connect calls (command/insert) for the load helper."""

    def __init__(self):
        self.commands, self.inserts = [], []

    def command(self, sql, parameters=None):
        self.commands.append((sql, parameters))

    def insert(self, table, rows, column_names=None):
        self.inserts.append((table, rows, column_names))


def test_load_clickhouse_is_idempotent_per_batch(silver_result):
    client = _FakeClickHouse()
    n = medallion.load_clickhouse(client, silver_result.silver, database="analytics")
    assert n == len(silver_result.silver)
    assert client.commands[2] == ("DELETE FROM analytics.orders_clean WHERE batch_id = {batch:String}",
                                  {"batch": "test_batch"})
    assert client.inserts[0][0] == "analytics.orders_clean" and len(client.inserts[0][1]) == n


def test_lineage_record_shape():
    rec = medallion.lineage_record("r1", ["s3://bronze/demo/orders.csv"], ["pg://gold.orders_snapshot"], {"rows": 1})
    assert rec["eventType"] == "COMPLETE" and rec["job"]["name"] == "medallion_batch_demo"
    assert rec["inputs"][0]["name"] == "s3://bronze/demo/orders.csv"
    datetime.fromisoformat(rec["eventTime"]).astimezone(timezone.utc)
