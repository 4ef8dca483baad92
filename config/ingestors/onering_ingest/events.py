"""The envelope of every ingestion event (config/contracts/events/envelope.v1.schema.json)."""
from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from . import contracts

# Event ids are UUIDv5 of the RAW object's URI in this namespace: a re-delivered event keeps its id.
_EVENT_NAMESPACE = uuid.UUID("5d2f0a44-3c7e-4b7a-9a53-0f7c1e2b9d10")
VERSION = 1


def utc_timestamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def envelope(event_type: str, producer: str, run_id: str, occurred_at: datetime, payload: dict) -> dict:
    """A validated event of `event_type` (e.g. ingest.file), version 1."""
    event = {
        "event_id": str(uuid.uuid5(_EVENT_NAMESPACE, f"{event_type}:{payload['raw_uri']}")),
        "event_type": event_type,
        "event_version": VERSION,
        "occurred_at": utc_timestamp(occurred_at),
        "producer": producer,
        "run_id": run_id,
        "payload": payload,
    }
    contracts.validate(event, f"{event_type}.v{VERSION}")
    return event


def encode(event: dict) -> bytes:
    return json.dumps(event, separators=(",", ":"), sort_keys=True).encode("utf-8")
