"""Pre-flight checks of the platform's Airflow connections (seed 004's connection testing DAG).

Each check opens the connection the DAGs use, asks the service one harmless question and returns what it answered;
a connection the stack does not set (a service left out) is reported as absent, and a connection that does not work
fails with the service's own reason.
"""
from __future__ import annotations

from typing import Callable

from oner import airflow_io, config


def check_postgres_gold(conn_id: str = config.POSTGRES_GOLD_CONN_ID) -> str:
    with airflow_io.postgres_gold_connection(conn_id) as conn, conn.cursor() as cur:
        cur.execute("select current_database(), current_user, count(*) from information_schema.schemata "
                    "where schema_name = %s", (config.variable("oner_gold_schema"),))
        database, user, gold = cur.fetchone()
    if gold != 1:
        raise RuntimeError(f"{conn_id}: database {database} has no schema {config.variable('oner_gold_schema')} "
                           f"visible to {user}")
    return f"PostgreSQL database {database} as {user}, schema gold present"


def check_clickhouse(conn_id: str = config.CLICKHOUSE_CONN_ID) -> str:
    client = airflow_io.clickhouse_client(conn_id)
    return f"ClickHouse {client.command('SELECT version()')} as {client.command('SELECT currentUser()')}"


def check_object_store(conn_id: str = config.S3_CONN_ID) -> str:
    bucket = config.variable("oner_bucket_bronze")
    airflow_io.s3_client(conn_id).head_bucket(Bucket=bucket)
    return f"object store: bucket {bucket} readable"


def check_airbyte(conn_id: str = config.AIRBYTE_CONN_ID) -> str:
    ok, message = airflow_io.airbyte_hook(conn_id).test_connection()
    if not ok:
        raise RuntimeError(f"{conn_id}: {message}")
    return f"Airbyte: {message}"


CHECKS: dict[str, Callable[[str], str]] = {
    config.POSTGRES_GOLD_CONN_ID: check_postgres_gold,
    config.CLICKHOUSE_CONN_ID: check_clickhouse,
    config.S3_CONN_ID: check_object_store,
    config.AIRBYTE_CONN_ID: check_airbyte,
}


def check(conn_id: str) -> str | None:
    """The answer of ``conn_id``'s service, or None when the stack does not set that connection."""
    if not airflow_io.connection_exists(conn_id):
        return None
    return CHECKS[conn_id](conn_id)
