"""Airbyte sync trigger (public API through the Airbyte provider's hook)."""
from __future__ import annotations

from typing import Any


def trigger_and_wait(hook: Any, connection_id: str, wait_seconds: float = 10, timeout: float = 3600) -> int:
    """Submit a sync for ``connection_id`` and block until it succeeds.

    ``hook`` is an ``airflow.providers.airbyte.hooks.airbyte.AirbyteHook``;
    ``wait_for_job`` raises if the job fails, is cancelled or times out.
    Returns the Airbyte job id.
    """
    job = hook.submit_sync_connection(connection_id=connection_id)
    job_id = int(getattr(job, "job_id", None) or job["jobId"])
    hook.wait_for_job(job_id=job_id, wait_seconds=wait_seconds, timeout=timeout)
    return job_id
