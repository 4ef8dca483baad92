"""Connection testing (seed 004): one task per platform connection, each asking its service one harmless question.

Run it before the pipelines, or after changing a connection: a task fails with the service's own reason, and a
connection the stack does not set (a service left out with ``onering:exclude``) is skipped, not failed.
"""
from __future__ import annotations

from datetime import datetime

from airflow.exceptions import AirflowSkipException
from airflow.sdk import dag, task

from oner import connections


@dag(
    dag_id="oner_connection_check",
    schedule=None,  # pre-flight: triggered by hand or by the platform after a deploy
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "oner", "retries": 0},
    tags=["oner", "health"],
)
def oner_connection_check():
    for conn_id in connections.CHECKS:
        @task(task_id=f"check_{conn_id}")
        def check_one(conn_id: str = conn_id) -> str:
            answer = connections.check(conn_id)
            if answer is None:
                raise AirflowSkipException(f"connection {conn_id} is not set on this stack")
            return answer

        check_one()


oner_connection_check()
