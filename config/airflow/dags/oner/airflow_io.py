"""Clients built from Airflow connections (the only module here that needs Airflow).

Connection ids are in :mod:`oner.config`; their expected fields:

* ``oner_s3`` - login = access key id, password = secret key,
  extra ``{"endpoint_url": "http://…", "region_name": "us-east-1"}``
* ``clickhouse_default`` - host, port (HTTP, 8123), login, password,
  schema = database, extra ``{"secure": false}``
* ``postgres_gold`` - a Postgres connection (PostgresHook)
* ``airbyte_default`` - Airbyte provider connection (host = API URL,
  login = client id, password = client secret)
"""
from __future__ import annotations

import re
from typing import Any

from oner import config


def run_batch_id() -> str:
    """The running DAG run's id, made safe for object keys and table values: what a task tags its output with."""
    from airflow.sdk import get_current_context

    return re.sub(r"[^A-Za-z0-9_.-]+", "_", str(get_current_context()["run_id"]))[:120]


def get_connection(conn_id: str) -> Any:
    from airflow.sdk import BaseHook

    return BaseHook.get_connection(conn_id)


def connection_exists(conn_id: str) -> bool:
    try:
        get_connection(conn_id)
    except Exception:  # AirflowNotFoundException (location differs across 3.x)
        return False
    return True


def s3_client(conn_id: str = config.S3_CONN_ID) -> Any:
    import boto3
    from botocore.config import Config

    conn = get_connection(conn_id)
    extra = conn.extra_dejson
    return boto3.client(
        "s3",
        endpoint_url=extra.get("endpoint_url") or extra.get("host"),
        aws_access_key_id=conn.login,
        aws_secret_access_key=conn.password,
        region_name=extra.get("region_name", "us-east-1"),
        config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 5, "mode": "standard"}),
    )


def s3_read(bucket: str, key: str, conn_id: str = config.S3_CONN_ID) -> bytes:
    return s3_client(conn_id).get_object(Bucket=bucket, Key=key)["Body"].read()


def s3_read_prefix(bucket: str, prefix: str, conn_id: str = config.S3_CONN_ID) -> list[bytes]:
    """Every object under ``prefix``, in key order."""
    client = s3_client(conn_id)
    keys = [item["Key"] for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
            for item in page.get("Contents", [])]
    return [client.get_object(Bucket=bucket, Key=key)["Body"].read() for key in sorted(keys)]


def s3_write(bucket: str, key: str, data: bytes, content_type: str = "application/octet-stream",
             conn_id: str = config.S3_CONN_ID) -> str:
    s3_client(conn_id).put_object(Bucket=bucket, Key=key, Body=data, ContentType=content_type)
    return f"s3://{bucket}/{key}"


def s3_storage_options(conn_id: str = config.S3_CONN_ID) -> dict[str, Any]:
    """fsspec/s3fs options (for Feast/pandas) from the same connection."""
    conn = get_connection(conn_id)
    extra = conn.extra_dejson
    return {"key": conn.login, "secret": conn.password,
            "client_kwargs": {"endpoint_url": extra.get("endpoint_url"),
                              "region_name": extra.get("region_name", "us-east-1")}}


def s3_env(conn_id: str = config.S3_CONN_ID) -> dict[str, str]:
    """AWS_* / endpoint env vars for subprocesses (feast CLI, MLflow artifact upload)."""
    conn = get_connection(conn_id)
    extra = conn.extra_dejson
    env = {"AWS_ACCESS_KEY_ID": conn.login or "", "AWS_SECRET_ACCESS_KEY": conn.password or "",
           "AWS_DEFAULT_REGION": extra.get("region_name", "us-east-1")}
    if extra.get("endpoint_url"):
        env.update({"FEAST_S3_ENDPOINT_URL": extra["endpoint_url"],
                    "MLFLOW_S3_ENDPOINT_URL": extra["endpoint_url"],
                    "AWS_ENDPOINT_URL_S3": extra["endpoint_url"]})
    return env


def clickhouse_client(conn_id: str = config.CLICKHOUSE_CONN_ID) -> Any:
    import clickhouse_connect

    conn = get_connection(conn_id)
    extra = conn.extra_dejson
    secure = str(extra.get("secure", "false")).lower() in {"1", "true", "yes"}
    return clickhouse_connect.get_client(
        host=conn.host,
        port=int(conn.port or (8443 if secure else 8123)),
        username=conn.login or "default",
        password=conn.password or "",
        database=conn.schema or "default",
        secure=secure,
    )


def postgres_gold_connection(conn_id: str = config.POSTGRES_GOLD_CONN_ID) -> Any:
    from airflow.providers.postgres.hooks.postgres import PostgresHook

    return PostgresHook(postgres_conn_id=conn_id).get_conn()


def airbyte_hook(conn_id: str = config.AIRBYTE_CONN_ID) -> Any:
    from airflow.providers.airbyte.hooks.airbyte import AirbyteHook

    return AirbyteHook(airbyte_conn_id=conn_id)
