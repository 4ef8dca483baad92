"""The Spark job of the spark_bronze_to_iceberg DAG (oner.lakehouse) with real PySpark 4.1.2 (the platform's Spark)
and Iceberg's Spark runtime 1.12.0 (the jar the Spark image carries, from Maven Central), through a Spark Connect
session as the DAG uses, on a local Connect server. The catalog is an Iceberg Hadoop catalog in a temporary folder:
no REST catalog server runs here (the platform's is Lakekeeper), and the job names tables only by catalog.

The silver rows are held against oner.medallion.to_silver (pandas) on the seed orders, so the two engines keep the
same rules."""
from __future__ import annotations

import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest

from conftest import CONFIG, local_spark_connect
from oner import lakehouse, medallion

ICEBERG = "1.12.0"
RUNTIME = f"iceberg-spark-runtime-4.1_2.13-{ICEBERG}.jar"
SEED_ORDERS = CONFIG / "seed-data" / "orders.csv"


def _runtime_jar() -> Path:
    jar = Path.home() / ".m2/repository/org/apache/iceberg/iceberg-spark-runtime-4.1_2.13" / ICEBERG / RUNTIME
    if not jar.is_file():
        subprocess.run(["mvn", "-q", "-B", "dependency:get", f"-Dartifact=org.apache.iceberg:iceberg-spark-runtime-4.1_2.13:{ICEBERG}",
                        "-Dtransitive=false"], check=True, timeout=900)
    return jar


def test_the_platform_runs_the_versions_and_the_catalog_tested_here():
    import pyspark

    dockerfile = (CONFIG / "spark" / "Dockerfile").read_text()
    assert RUNTIME in dockerfile, "the Iceberg runtime of the Spark image"
    assert f"apache/spark:{pyspark.__version__}-" in dockerfile, "the Spark of the image"
    assert f"pyspark-client=={pyspark.__version__}" in (CONFIG / "airflow" / "constraints.txt").read_text(), "Airflow's client"
    catalog = lakehouse.SILVER_TABLE.split(".")[0]
    assert re.search(rf"^spark\.sql\.catalog\.{catalog}\.type\s+rest$", (CONFIG / "spark" / "spark-defaults.conf").read_text(), re.M)


@pytest.fixture(scope="module")
def spark(tmp_path_factory):
    warehouse = tmp_path_factory.mktemp("warehouse")
    session = local_spark_connect({
        "spark.jars": str(_runtime_jar()),
        "spark.sql.extensions": "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions",
        # The job's catalog name (the platform's is the REST catalog; see config/spark/spark-defaults.conf).
        "spark.sql.catalog.iceberg": "org.apache.iceberg.spark.SparkCatalog",
        "spark.sql.catalog.iceberg.type": "hadoop",
        "spark.sql.catalog.iceberg.warehouse": str(warehouse),
    })
    yield session
    session.stop()


def _snapshots(spark, table: str) -> int:
    """Commits to the table, read from Iceberg's own metadata table."""
    return spark.sql(f"SELECT count(*) AS n FROM {table}.snapshots").first()["n"]


def test_silver_rows_are_those_of_the_pandas_rules_on_the_seed_orders(spark):
    silver = lakehouse.silver_orders(spark, str(SEED_ORDERS), batch_id="b1").toPandas()
    expected = medallion.to_silver(medallion.read_bronze_csv(SEED_ORDERS.read_bytes()), batch_id="b1").silver

    assert len(silver) == len(expected) > 0
    got = silver.sort_values("order_id").reset_index(drop=True)
    want = expected.sort_values("order_id").reset_index(drop=True)
    for column in ("order_id", "customer_id", "status", "product_sku", "currency", "country", "channel", "batch_id"):
        assert got[column].tolist() == want[column].tolist(), column
    assert got["quantity"].tolist() == want["quantity"].tolist()
    assert [Decimal(str(v)) for v in got["unit_price"]] == [Decimal(f"{v:.2f}") for v in want["unit_price"]]
    assert [Decimal(str(v)) for v in got["amount"]] == [Decimal(f"{v:.2f}") for v in want["amount"]]
    assert (pd.to_datetime(got["order_ts"], utc=True) == want["order_ts"]).all()
    assert got["order_date"].tolist() == want["order_date"].tolist()


def test_the_merge_inserts_then_commits_nothing_for_the_same_batch_and_updates_only_what_changed(spark, tmp_path):
    table = lakehouse.SILVER_TABLE
    first = lakehouse.merge_into_iceberg(spark, lakehouse.silver_orders(spark, str(SEED_ORDERS), batch_id="b1"), table)
    assert first["rows"] == first["silver_rows"] == first["changed_rows"] > 0
    assert _snapshots(spark, table) == 1

    again = lakehouse.merge_into_iceberg(spark, lakehouse.silver_orders(spark, str(SEED_ORDERS), batch_id="b2"), table)
    assert again == {"rows": first["rows"], "silver_rows": first["silver_rows"], "changed_rows": 0}
    assert _snapshots(spark, table) == 1, "an unchanged batch commits nothing"
    assert spark.sql(f"SELECT DISTINCT batch_id FROM {table}").toPandas()["batch_id"].tolist() == ["b1"]

    bronze = pd.read_csv(SEED_ORDERS, dtype=str)
    order = medallion.to_silver(medallion.read_bronze_csv(SEED_ORDERS.read_bytes()), batch_id="x").silver["order_id"].iloc[0]
    bronze.loc[bronze["order_id"] == order, "status"] = "returned"
    changed = tmp_path / "orders.csv"
    bronze.to_csv(changed, index=False)
    update = lakehouse.merge_into_iceberg(spark, lakehouse.silver_orders(spark, str(changed), batch_id="b3"), table)
    assert (update["rows"], update["changed_rows"]) == (first["rows"], 1) and _snapshots(spark, table) == 2
    rows = spark.sql(f"SELECT order_id, status, batch_id FROM {table} WHERE batch_id = 'b3'").toPandas()
    assert rows.to_dict("records") == [{"order_id": order, "status": "returned", "batch_id": "b3"}]
