"""Bronze -> silver -> gold logic of the ``medallion_batch_demo`` DAG.

Pure pandas + DB-API code: no Airflow, no network.  The DAG feeds it bytes from
S3 and clients built from Airflow connections (:mod:`oner.airflow_io`).
"""
from __future__ import annotations

import gzip
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Iterable

import pandas as pd

BRONZE_COLUMNS = [
    "order_id", "customer_id", "order_ts", "status", "product_sku",
    "quantity", "unit_price", "currency", "country", "channel",
]
VALID_STATUSES = ["placed", "shipped", "delivered", "cancelled", "returned"]
VALID_CURRENCIES = ["USD", "EUR"]
SILVER_COLUMNS = [
    "order_id", "customer_id", "order_ts", "order_date", "status", "product_sku",
    "quantity", "unit_price", "amount", "currency", "country", "channel", "batch_id",
]

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def ident(name: str) -> str:
    """Validate a SQL identifier coming from configuration (no quoting games)."""
    if not _IDENT.match(name):
        raise ValueError(f"invalid SQL identifier: {name!r}")
    return name


def read_bronze_csv(data: bytes | str) -> pd.DataFrame:
    """Parse a bronze CSV exactly as landed: every column as string, blanks -> NA."""
    buf = io.BytesIO(data.encode() if isinstance(data, str) else data)
    return pd.read_csv(buf, dtype=str, keep_default_na=False, na_values=[""])


def read_bronze_airbyte(objects: Iterable[bytes], sync_id: int) -> pd.DataFrame:
    """The orders one Airbyte sync landed, as :func:`read_bronze_csv` reads the export: strings, blanks -> NA.

    ``objects`` are the files under the stream's landing prefix (JSON lines, gzipped or not). Each line is Airbyte's
    record envelope (``_airbyte_raw_id``, ``_airbyte_extracted_at``, ``_airbyte_meta`` with the ``sync_id`` of the job
    that wrote it, ``_airbyte_data`` with the row); only the rows of ``sync_id`` count, since a failed sync's files can
    remain beside a good one's until the next overwrite. Raises when that sync landed nothing.
    """
    rows = []
    for data in objects:
        text = gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data
        for line in text.decode("utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            if record.get("_airbyte_meta", {}).get("sync_id") == sync_id:
                rows.append(record["_airbyte_data"])
    if not rows:
        raise ValueError(f"Airbyte sync {sync_id} landed no records")
    frame = pd.DataFrame.from_records(rows)
    missing = [column for column in BRONZE_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"Airbyte sync {sync_id} landed records without {missing}")
    # The S3 source emits every CSV column as a string and an empty field as "" (no null values configured):
    # blanks and nulls become NaN, as read_csv makes them.
    columns = frame[BRONZE_COLUMNS].astype(object)
    return columns.where(columns.notna() & (columns != ""), other=float("nan"))


@dataclass(frozen=True)
class SilverResult:
    silver: pd.DataFrame
    rejected: pd.DataFrame
    duplicates_dropped: int

    def summary(self) -> dict[str, int]:
        return {
            "silver_rows": int(len(self.silver)),
            "rejected_rows": int(len(self.rejected)),
            "duplicates_dropped": int(self.duplicates_dropped),
        }


def to_silver(bronze: pd.DataFrame, batch_id: str) -> SilverResult:
    """Clean, type, filter and deduplicate bronze orders.

    * trims strings, lower-cases ``status``, upper-cases currency/country
    * rejects rows without customer, with unparsable timestamps, non-positive
      quantity/price or an unknown status
    * keeps the latest record (by ``order_ts``) per ``order_id``
    * adds ``amount = quantity * unit_price`` (2 dp), ``order_date`` and ``batch_id``
    """
    missing = [c for c in BRONZE_COLUMNS if c not in bronze.columns]
    if missing:
        raise ValueError(f"bronze data lacks columns: {missing}")
    df = bronze[BRONZE_COLUMNS].copy()
    for col in BRONZE_COLUMNS:
        df[col] = df[col].astype("string").str.strip().replace("", pd.NA)
    df["status"] = df["status"].str.lower()
    df["currency"] = df["currency"].str.upper()
    df["country"] = df["country"].str.upper()
    df["channel"] = df["channel"].str.lower()
    df["order_ts"] = pd.to_datetime(df["order_ts"], utc=True, errors="coerce", format="ISO8601")
    df["quantity"] = pd.to_numeric(df["quantity"], errors="coerce")
    df["unit_price"] = pd.to_numeric(df["unit_price"], errors="coerce")

    valid = (
        df["order_id"].notna()
        & df["customer_id"].notna()
        & df["order_ts"].notna()
        & (df["quantity"] > 0)
        & (df["unit_price"] > 0)
        & df["status"].isin(VALID_STATUSES)
        & df["currency"].isin(VALID_CURRENCIES)
        & df["product_sku"].notna()
    ).fillna(False).astype(bool)
    rejected = bronze.loc[~valid.to_numpy()].reset_index(drop=True)
    good = df.loc[valid].sort_values(["order_id", "order_ts"], kind="stable")
    deduped = good.drop_duplicates("order_id", keep="last")

    silver = deduped.assign(
        quantity=deduped["quantity"].astype("int64"),
        unit_price=deduped["unit_price"].astype("float64").round(2),
    )
    silver = silver.assign(
        amount=(silver["quantity"] * silver["unit_price"]).round(2),
        order_date=silver["order_ts"].dt.date,
        batch_id=batch_id,
    )
    for col in ("order_id", "customer_id", "status", "product_sku", "currency", "country", "channel", "batch_id"):
        silver[col] = silver[col].astype(str)
    silver = silver[SILVER_COLUMNS].reset_index(drop=True)
    return SilverResult(silver=silver, rejected=rejected, duplicates_dropped=int(len(good) - len(deduped)))


def to_parquet_bytes(df: pd.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    return buf.getvalue()


def from_parquet_bytes(data: bytes) -> pd.DataFrame:
    return pd.read_parquet(io.BytesIO(data))


# --- ClickHouse (silver serving table) -----------------------------------------

def clickhouse_ddl(database: str = "analytics", table: str = "orders_clean") -> list[str]:
    db, tb = ident(database), ident(table)
    return [
        f"CREATE DATABASE IF NOT EXISTS {db}",
        f"""CREATE TABLE IF NOT EXISTS {db}.{tb} (
    order_id String,
    customer_id String,
    order_ts DateTime64(3, 'UTC'),
    order_date Date,
    status LowCardinality(String),
    product_sku String,
    quantity UInt32,
    unit_price Decimal(10, 2),
    amount Decimal(12, 2),
    currency LowCardinality(String),
    country LowCardinality(String),
    channel LowCardinality(String),
    batch_id String,
    loaded_at DateTime64(3, 'UTC') DEFAULT now64(3)
) ENGINE = ReplacingMergeTree(loaded_at)
PARTITION BY toYYYYMM(order_date)
ORDER BY order_id""",
    ]


def clickhouse_rows(silver: pd.DataFrame) -> tuple[list[str], list[list[Any]]]:
    """Column names and python-typed rows for ``client.insert`` (Decimal money)."""
    rows = []
    for rec in silver[SILVER_COLUMNS].itertuples(index=False):
        r = rec._asdict()
        rows.append([
            r["order_id"], r["customer_id"], r["order_ts"].to_pydatetime(), r["order_date"], r["status"],
            r["product_sku"], int(r["quantity"]), Decimal(f"{r['unit_price']:.2f}"), Decimal(f"{r['amount']:.2f}"),
            r["currency"], r["country"], r["channel"], r["batch_id"],
        ])
    return list(SILVER_COLUMNS), rows


def load_clickhouse(client: Any, silver: pd.DataFrame, database: str = "analytics",
                    table: str = "orders_clean") -> int:
    """Idempotently load one batch into ClickHouse (clickhouse-connect client).

    Re-running a batch first deletes that batch's rows; ReplacingMergeTree keeps
    the newest row per ``order_id`` across batches.
    """
    for stmt in clickhouse_ddl(database, table):
        client.command(stmt)
    batch_ids = sorted(set(silver["batch_id"]))
    for batch_id in batch_ids:
        client.command(
            f"DELETE FROM {ident(database)}.{ident(table)} WHERE batch_id = {{batch:String}}",
            parameters={"batch": batch_id},
        )
    columns, rows = clickhouse_rows(silver)
    if rows:
        client.insert(f"{ident(database)}.{ident(table)}", rows, column_names=columns)
    return len(rows)


def clickhouse_snapshot_query(database: str = "analytics", table: str = "orders_clean") -> str:
    cols = ", ".join(SILVER_COLUMNS)
    return f"SELECT {cols} FROM {ident(database)}.{ident(table)} FINAL ORDER BY order_id"


# --- Postgres gold snapshot -----------------------------------------------------

def gold_ddl(schema: str = "gold", table: str = "orders_snapshot") -> list[str]:
    sc, tb = ident(schema), ident(table)
    return [
        f"CREATE SCHEMA IF NOT EXISTS {sc}",
        f"""CREATE TABLE IF NOT EXISTS {sc}.{tb} (
    order_id text PRIMARY KEY,
    customer_id text NOT NULL,
    order_ts timestamptz NOT NULL,
    order_date date NOT NULL,
    status text NOT NULL,
    product_sku text NOT NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10, 2) NOT NULL,
    amount numeric(12, 2) NOT NULL,
    currency text NOT NULL,
    country text NOT NULL,
    channel text NOT NULL,
    batch_id text NOT NULL,
    published_at timestamptz NOT NULL
)""",
    ]


def gold_rows(snapshot: pd.DataFrame, published_at: datetime) -> list[tuple[Any, ...]]:
    out = []
    for rec in snapshot[SILVER_COLUMNS].itertuples(index=False):
        r = rec._asdict()
        ts = pd.Timestamp(r["order_ts"])
        ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
        out.append((
            str(r["order_id"]), str(r["customer_id"]), ts.to_pydatetime(), pd.Timestamp(r["order_date"]).date(),
            str(r["status"]), str(r["product_sku"]), int(r["quantity"]),
            Decimal(f"{float(r['unit_price']):.2f}"), Decimal(f"{float(r['amount']):.2f}"),
            str(r["currency"]), str(r["country"]), str(r["channel"]), str(r["batch_id"]), published_at,
        ))
    return out


def publish_gold_snapshot(conn: Any, snapshot: pd.DataFrame, schema: str = "gold",
                          table: str = "orders_snapshot", published_at: datetime | None = None) -> int:
    """Upsert the curated snapshot into Postgres through any DB-API connection
    using the ``%s`` paramstyle (psycopg2 from PostgresHook, or psycopg 3)."""
    published_at = published_at or datetime.now(timezone.utc)
    sc, tb = ident(schema), ident(table)
    cols = SILVER_COLUMNS + ["published_at"]
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in cols if c != "order_id")
    sql = (
        f"INSERT INTO {sc}.{tb} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))}) "
        f"ON CONFLICT (order_id) DO UPDATE SET {updates}"
    )
    rows = gold_rows(snapshot, published_at)
    with conn.cursor() as cur:
        for stmt in gold_ddl(schema, table):
            cur.execute(stmt)
        if rows:
            cur.executemany(sql, rows)
    conn.commit()
    return len(rows)


def lineage_record(run_id: str, inputs: Iterable[str], outputs: Iterable[str],
                   stats: dict[str, Any]) -> dict[str, Any]:
    """A minimal OpenLineage-shaped run event (logged; OpenMetadata can ingest it)."""
    return {
        "eventType": "COMPLETE",
        "eventTime": datetime.now(timezone.utc).isoformat(),
        "producer": "oner/medallion_batch_demo",
        "run": {"runId": run_id},
        "job": {"namespace": "oner", "name": "medallion_batch_demo"},
        "inputs": [{"namespace": "oner", "name": name} for name in inputs],
        "outputs": [{"namespace": "oner", "name": name} for name in outputs],
        "stats": stats,
    }
