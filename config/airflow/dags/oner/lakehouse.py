"""Bronze orders into the Iceberg lakehouse with Spark: the job of the ``spark_bronze_to_iceberg`` DAG.

DataFrame API and Spark SQL only, so the same code runs in a Spark Connect session (the DAG, against the platform's
``spark-connect`` server, whose executors are the Spark workers) and in a local session (the tests). The silver rules
are those of :func:`oner.medallion.to_silver` (pandas) written for Spark; the tests hold the two to the same result.
Money is DECIMAL in the table, as in ``gold.orders_snapshot``.
"""
from __future__ import annotations

from typing import Any

from oner.medallion import BRONZE_COLUMNS, VALID_CURRENCIES, VALID_STATUSES

# In the catalog Spark names `iceberg` (config/spark/spark-defaults.conf), as Trino does.
SILVER_TABLE = "iceberg.silver.orders"
# Columns that carry an order's content: a row whose content is unchanged is not rewritten by a re-run.
_CONTENT = ["customer_id", "order_ts", "status", "product_sku", "quantity", "unit_price", "currency", "country", "channel"]


def _in(values: list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def silver_orders(spark: Any, bronze_csv: str, batch_id: str) -> Any:
    """The bronze CSV at ``bronze_csv`` (any path Spark reads: ``s3a://``, a local file) cleaned into silver rows."""
    spark.conf.set("spark.sql.session.timeZone", "UTC")  # order_date is the UTC day, as in pandas
    bronze = spark.read.option("header", True).option("inferSchema", False).csv(bronze_csv)
    missing = [c for c in BRONZE_COLUMNS if c not in bronze.columns]
    if missing:
        raise ValueError(f"bronze data lacks columns: {missing}")
    # Input position breaks ties between records of one order with the same timestamp: the later one wins, as in pandas.
    bronze.selectExpr("*", "monotonically_increasing_id() AS seq").createOrReplaceTempView("onering_bronze_orders")
    return spark.sql(f"""
        WITH typed AS (
          SELECT nullif(trim(order_id), '') AS order_id,
                 nullif(trim(customer_id), '') AS customer_id,
                 try_to_timestamp(nullif(trim(order_ts), '')) AS order_ts,
                 lower(trim(status)) AS status,
                 nullif(trim(product_sku), '') AS product_sku,
                 try_cast(trim(quantity) AS DOUBLE) AS quantity,
                 try_cast(trim(unit_price) AS DOUBLE) AS unit_price,
                 upper(trim(currency)) AS currency,
                 upper(trim(country)) AS country,
                 lower(trim(channel)) AS channel,
                 seq
          FROM onering_bronze_orders),
        valid AS (
          SELECT * FROM typed
          WHERE order_id IS NOT NULL AND customer_id IS NOT NULL AND order_ts IS NOT NULL AND product_sku IS NOT NULL
            AND quantity > 0 AND unit_price > 0
            AND status IN ({_in(VALID_STATUSES)}) AND currency IN ({_in(VALID_CURRENCIES)})),
        latest AS (
          SELECT *, row_number() OVER (PARTITION BY order_id ORDER BY order_ts DESC, seq DESC) AS position FROM valid)
        SELECT order_id, customer_id, order_ts, to_date(order_ts) AS order_date, status, product_sku,
               CAST(quantity AS BIGINT) AS quantity,
               CAST(round(unit_price, 2) AS DECIMAL(10, 2)) AS unit_price,
               CAST(round(CAST(quantity AS BIGINT) * CAST(round(unit_price, 2) AS DECIMAL(10, 2)), 2) AS DECIMAL(12, 2)) AS amount,
               currency, country, channel, '{batch_id}' AS batch_id
        FROM latest WHERE position = 1""")


def merge_into_iceberg(spark: Any, silver: Any, table: str) -> dict[str, int]:
    """MERGEs ``silver`` into the Iceberg ``table`` (catalog.namespace.name) by order_id: new orders are inserted, changed
    ones updated, unchanged ones left alone, so running the same batch twice commits nothing the second time."""
    namespace = table.rsplit(".", 1)[0]
    spark.sql(f"CREATE NAMESPACE IF NOT EXISTS {namespace}")
    spark.sql(f"""
        CREATE TABLE IF NOT EXISTS {table} (
          order_id STRING NOT NULL, customer_id STRING, order_ts TIMESTAMP, order_date DATE, status STRING,
          product_sku STRING, quantity BIGINT, unit_price DECIMAL(10, 2), amount DECIMAL(12, 2), currency STRING,
          country STRING, channel STRING, batch_id STRING)
        USING iceberg PARTITIONED BY (months(order_ts))""")
    # MERGE wants a deterministic source; the silver plan numbers the input rows, so its rows are fixed first.
    silver = silver.localCheckpoint()
    silver.createOrReplaceTempView("onering_silver_orders")
    changed = " OR ".join(f"NOT (t.{c} <=> s.{c})" for c in _CONTENT)
    # Only new and changed orders go into the MERGE: Iceberg commits a snapshot for a MERGE even when it changes no row.
    changes = spark.sql(f"""
        SELECT s.* FROM onering_silver_orders s LEFT JOIN {table} t ON t.order_id = s.order_id
        WHERE t.order_id IS NULL OR {changed}""").localCheckpoint()
    changed_rows = changes.count()
    if changed_rows:
        changes.createOrReplaceTempView("onering_silver_changes")
        spark.sql(f"""
            MERGE INTO {table} t USING onering_silver_changes s ON t.order_id = s.order_id
            WHEN MATCHED THEN UPDATE SET *
            WHEN NOT MATCHED THEN INSERT *""")
    return {"rows": spark.table(table).count(), "silver_rows": silver.count(), "changed_rows": changed_rows}
