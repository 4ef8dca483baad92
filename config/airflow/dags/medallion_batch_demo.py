"""Bronze -> silver -> gold demo (seed 000 "Demo Flow").

1. ``trigger_airbyte_sync``: Airbyte sync via the public API; skipped when the
   ``airbyte_default`` connection or the ``oner_airbyte_connection_id`` variable is absent.
2. ``validate_bronze``: read bronze from S3 (bucket ``bronze``): the orders the Airbyte sync
   landed under ``airbyte/orders/`` when it ran, otherwise the export seeded as ``demo/orders.csv``;
   run the Great Expectations bronze suite.
3. ``transform_silver``: clean/dedupe, validate the silver suite, write Parquet to S3.
   Each validation, passed or failed, is kept: GX's result under ``quality/`` in the
   silver bucket and a row in ``gold.data_quality_runs`` (Grafana's "Data quality" panel).
4. ``load_clickhouse``: load ``analytics.orders_clean`` (ReplacingMergeTree).
5. ``publish_gold``: upsert ``gold.orders_snapshot`` in the curated Postgres.
6. ``publish_quality_to_catalog``: the silver suite's results as test cases of ``orders_clean`` in
   OpenMetadata (``oner.catalog_quality``); skipped where the platform runs no catalog.
7. ``log_lineage``: OpenLineage-shaped record of inputs/outputs in the task log.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta, timezone

from airflow.sdk import dag, get_current_context, task

from oner import config
from oner.assets import ORDERS_CLEAN, ORDERS_SNAPSHOT

log = logging.getLogger(__name__)



def _record_validation(summary) -> str:
    """Keeps a validation's result (object store) and summary (gold.data_quality_runs); returns the result's URI."""
    from oner import airflow_io, quality

    bucket = config.variable("oner_bucket_silver")
    connection = airflow_io.postgres_gold_connection()
    try:
        return quality.record(summary, run_id=airflow_io.run_batch_id(), dag_id=str(get_current_context()["dag"].dag_id),
                              validated_at=datetime.now(timezone.utc),
                              write_object=lambda key, body: airflow_io.s3_write(bucket, key, body, "application/json"),
                              connection=connection)
    finally:
        connection.close()


def _read_bronze(ref: dict):
    """Bronze orders from where ``validate_bronze`` found them: one Airbyte sync's landing, or the seeded export."""
    from oner import airflow_io, medallion

    if "sync_id" in ref:
        return medallion.read_bronze_airbyte(airflow_io.s3_read_prefix(ref["bucket"], ref["prefix"]), ref["sync_id"])
    return medallion.read_bronze_csv(airflow_io.s3_read(ref["bucket"], ref["key"]))


@dag(
    dag_id="medallion_batch_demo",
    schedule=None,  # demo: triggered from the UI/CLI after Airbyte/seed upload
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "oner", "retries": 1, "retry_delay": timedelta(minutes=1)},
    tags=["oner", "medallion", "demo"],
    doc_md=__doc__,
)
def medallion_batch_demo():
    @task
    def trigger_airbyte_sync() -> int:
        from airflow.sdk.exceptions import AirflowSkipException

        from oner import airbyte, airflow_io

        connection_id = config.variable("oner_airbyte_connection_id")
        if not connection_id or not airflow_io.connection_exists(config.AIRBYTE_CONN_ID):
            raise AirflowSkipException(
                f"no Airbyte connection configured ({config.AIRBYTE_CONN_ID} / oner_airbyte_connection_id); "
                "using the bronze object already in S3"
            )
        return airbyte.trigger_and_wait(airflow_io.airbyte_hook(), connection_id)

    @task(trigger_rule="none_failed")
    def validate_bronze() -> dict:
        from oner import quality

        # The sync's job id, or None when the Airbyte step was skipped.
        sync_id = get_current_context()["ti"].xcom_pull(task_ids="trigger_airbyte_sync")
        bucket = config.variable("oner_bucket_bronze")
        if sync_id is None:
            ref = {"bucket": bucket, "key": config.variable("oner_bronze_orders_key")}
        else:
            ref = {"bucket": bucket, "prefix": config.variable("oner_bronze_airbyte_orders_prefix"), "sync_id": sync_id}
        bronze = _read_bronze(ref)
        summary = quality.validate_bronze(bronze)
        log.info("bronze validation: %s (result %s)", summary.as_dict(), _record_validation(summary))
        summary.raise_for_failure()
        return {**ref, "uri": f"s3://{bucket}/{ref.get('key') or ref['prefix']}", "rows": len(bronze),
                "validation": summary.as_dict()}

    @task
    def transform_silver(bronze: dict) -> dict:
        from oner import airflow_io, medallion, quality

        batch_id = airflow_io.run_batch_id()
        result = medallion.to_silver(_read_bronze(bronze), batch_id=batch_id)
        summary = quality.validate_silver(result.silver)
        result_uri = _record_validation(summary)
        log.info("silver: %s validation: %s (result %s)", result.summary(), summary.as_dict(), result_uri)
        summary.raise_for_failure()
        bucket = config.variable("oner_bucket_silver")
        key = f"orders_clean/batch={batch_id}/orders_clean.parquet"
        uri = airflow_io.s3_write(bucket, key, medallion.to_parquet_bytes(result.silver))
        return {"bucket": bucket, "key": key, "uri": uri, "batch_id": batch_id, **result.summary(),
                "validation": {**summary.as_dict(), "result_uri": result_uri}}

    @task(outlets=[ORDERS_CLEAN])
    def load_clickhouse(silver: dict) -> dict:
        from oner import airflow_io, medallion

        frame = medallion.from_parquet_bytes(airflow_io.s3_read(silver["bucket"], silver["key"]))
        database = config.variable("oner_clickhouse_database")
        rows = medallion.load_clickhouse(airflow_io.clickhouse_client(), frame, database=database)
        return {"table": f"{database}.orders_clean", "rows": rows, "batch_id": silver["batch_id"]}

    @task(outlets=[ORDERS_SNAPSHOT])
    def publish_gold(loaded: dict) -> dict:
        from oner import airflow_io, medallion

        database, table = loaded["table"].split(".")
        snapshot = airflow_io.clickhouse_client().query_df(medallion.clickhouse_snapshot_query(database, table))
        schema = config.variable("oner_gold_schema")
        conn = airflow_io.postgres_gold_connection()
        try:
            rows = medallion.publish_gold_snapshot(conn, snapshot, schema=schema)
        finally:
            conn.close()
        return {"table": f"{schema}.orders_snapshot", "rows": rows}

    @task
    def publish_quality_to_catalog(silver: dict, loaded: dict) -> list[str]:
        """The silver suite's results as test cases of the ClickHouse table in OpenMetadata: a leaf of its own, so a
        catalog that is down fails this task, not the data's path."""
        import time

        import requests
        from airflow.sdk.exceptions import AirflowSkipException

        from oner import airflow_io, catalog_quality

        if not airflow_io.connection_exists(catalog_quality.CONNECTION_ID):
            raise AirflowSkipException(f"no {catalog_quality.CONNECTION_ID} connection: the platform runs no catalog")
        catalog = airflow_io.get_connection(catalog_quality.CONNECTION_ID)
        bucket, key = silver["validation"]["result_uri"].removeprefix("s3://").split("/", 1)
        database, table = loaded["table"].split(".")
        table_fqn = catalog_quality.clickhouse_table_fqn(catalog.extra_dejson["clickhouse_service"], database, table)
        with requests.Session() as session:
            session.headers["Authorization"] = f"Bearer {catalog.password}"
            published = catalog_quality.publish(session, catalog.host.rstrip("/") + "/api", table_fqn,
                                                json.loads(airflow_io.s3_read(bucket, key)), int(time.time() * 1000))
        if not published:
            log.warning("%s is not in the catalog yet (its ClickHouse ingestion pipeline adds it): no results published",
                        table_fqn)
        return published

    @task
    def log_lineage(bronze: dict, silver: dict, loaded: dict, gold: dict) -> dict:
        from oner import medallion

        record = medallion.lineage_record(
            run_id=silver["batch_id"],
            inputs=[bronze["uri"]],
            outputs=[silver["uri"], f"clickhouse://{loaded['table']}", f"postgres://{gold['table']}"],
            stats={"bronze_rows": bronze["rows"], "silver_rows": silver["silver_rows"],
                   "rejected_rows": silver["rejected_rows"], "clickhouse_rows": loaded["rows"],
                   "gold_rows": gold["rows"]},
        )
        log.info("lineage %s", json.dumps(record))
        return record

    sync = trigger_airbyte_sync()
    bronze = validate_bronze()
    sync >> bronze
    silver = transform_silver(bronze)
    loaded = load_clickhouse(silver)
    gold = publish_gold(loaded)
    publish_quality_to_catalog(silver, loaded)
    log_lineage(bronze, silver, loaded, gold)


medallion_batch_demo()
