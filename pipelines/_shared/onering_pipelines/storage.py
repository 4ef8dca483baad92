"""The pipeline's own bucket, through its own key (AWS_* variables, which boto3 reads, AWS_ENDPOINT_URL included).

Layout: ``raw/<table>/<run>.csv`` for what was ingested as it came, ``temp/`` for scratch files, which the daily
cleanup removes once they are older than the pipeline's retention.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import boto3
from botocore.config import Config

TEMP_PREFIX = "temp/"


def s3_client():
    # Self-hosted object stores serve buckets under the path, not as virtual hosts.
    return boto3.client("s3", config=Config(s3={"addressing_style": "path"}))


def land(client, bucket: str, key: str, body: bytes) -> str:
    client.put_object(Bucket=bucket, Key=key, Body=body)
    return f"s3://{bucket}/{key}"


def cleanup_temp(client, bucket: str, retention_days: int, now: datetime) -> list[str]:
    """Deletes every object under temp/ last modified more than ``retention_days`` before ``now``; returns their
    keys. Nothing outside temp/ is ever touched."""
    if retention_days < 1:
        raise ValueError("retention_days must be at least 1")
    cutoff = now - timedelta(days=retention_days)
    expired = []
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=TEMP_PREFIX):
        expired += [item["Key"] for item in page.get("Contents", []) if item["LastModified"] < cutoff]
    # DeleteObjects takes at most 1000 keys a call.
    for start in range(0, len(expired), 1000):
        batch = expired[start:start + 1000]
        client.delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": key} for key in batch], "Quiet": True})
    return expired
