"""The curated database's marts (dbt project ``postgres_gold``), rebuilt whenever the medallion DAG publishes
``gold.orders_snapshot``: gold_staging.stg_orders_snapshot -> gold_marts.customer_order_summary and
gold_marts.daily_revenue_by_region, with their tests."""
from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import dag, task

from oner import airflow_io, config, dbt_build
from oner.assets import ORDERS_SNAPSHOT


@dag(
    dag_id="postgres_gold_marts",
    schedule=[ORDERS_SNAPSHOT],
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "oner", "retries": 1, "retry_delay": timedelta(minutes=1)},
    tags=["oner", "dbt", "gold"],
)
def postgres_gold_marts():
    @task
    def dbt_build_gold_marts() -> str:
        conn = airflow_io.get_connection(config.POSTGRES_GOLD_CONN_ID)
        return dbt_build.build("postgres_gold", dbt_build.postgres_gold_environment(conn))[-2000:]

    dbt_build_gold_marts()


postgres_gold_marts()
