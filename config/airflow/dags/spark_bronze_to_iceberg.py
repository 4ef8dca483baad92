"""Bronze orders into the Iceberg lakehouse with Spark (seed 000: Spark writes the lake's tables through the REST catalog).

``bronze_to_iceberg`` opens a Spark Connect session on the platform's ``spark-connect`` server (variable
``oner_spark_connect_url``, set when the stack runs Spark); the server's executors, on the Spark workers, read the bronze
orders CSV from the object store (``s3a://``), apply the silver rules (``oner.lakehouse``, the same as the medallion DAG's
pandas rules) and MERGE the rows into ``iceberg.silver.orders`` of the Iceberg REST catalog. Only new and changed orders
are written, so a re-run on the same bronze file commits nothing. Skipped on a stack without Spark (profile ingestion).
"""
from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import dag, task

from oner import config


@dag(
    dag_id="spark_bronze_to_iceberg",
    schedule=None,  # demo: triggered after the bronze file lands
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "oner", "retries": 1, "retry_delay": timedelta(minutes=1)},
    tags=["oner", "spark", "iceberg", "lakehouse"],
    doc_md=__doc__,
)
def spark_bronze_to_iceberg():
    @task
    def bronze_to_iceberg() -> dict:
        from airflow.sdk.exceptions import AirflowSkipException
        from pyspark.sql import SparkSession

        from oner import airflow_io, lakehouse

        url = config.variable("oner_spark_connect_url")
        if not url:
            raise AirflowSkipException("this stack runs no Spark (profile ingestion): oner_spark_connect_url is not set")
        bronze = f"s3a://{config.variable('oner_bucket_bronze')}/{config.variable('oner_bronze_orders_key')}"
        batch_id = airflow_io.run_batch_id()
        spark = SparkSession.builder.remote(url).getOrCreate()
        try:
            outcome = lakehouse.merge_into_iceberg(spark, lakehouse.silver_orders(spark, bronze, batch_id), lakehouse.SILVER_TABLE)
        finally:
            spark.stop()  # ends this client's session; the server keeps running
        return {"bronze": bronze, "table": lakehouse.SILVER_TABLE, "batch_id": batch_id, **outcome}

    bronze_to_iceberg()


spark_bronze_to_iceberg()
