"""Seed 002's smoke checks of days 2 to 5, run inside the deployed ingestor containers.

`bin/onering smoke` runs `python -m onering_ingest smoke <check>` through `docker exec`, so a check uses the
container's own settings, key and clients on any target, and proves what the service it lives beside does:

  raw-bucket  the ingestors' key writes, reads and deletes an object in the RAW bucket (day 2)
  file        a CSV dropped under landing/ reaches RAW and processed/, and its ingest.file event is on the bus (day 3)
  http        one round of ingestor-http: the mock API's 200 answer in RAW and its ingest.http event (day 4)
  stream      posts produced to the source topic each reach RAW, with an ingest.stream event naming their topic,
              partition and offset (day 5)

Each check returns the one line saying what it proved, or raises SmokeFailed with what it did not find. The file and
stream checks leave their inputs in RAW under the dataset `smoke` and `posts` (RAW is never rewritten); nothing the
platform's flows read.
"""
from __future__ import annotations

import json
import random
import time
import uuid
from datetime import datetime, timezone
from typing import Callable

from botocore.exceptions import ClientError

from . import bus as event_bus
from .events import utc_timestamp
from .file_ingestor import LANDING
from .raw_zone import sha256
from .stream import produce, synthetic_posts

SMOKE_DATASET = "smoke"
CHECKS = ("raw-bucket", "file", "http", "stream")


class SmokeFailed(Exception):
    """What a check expected and did not find."""


def _split(uri: str) -> tuple[str, str]:
    bucket, _, key = uri.removeprefix("s3://").partition("/")
    return bucket, key


def _exists(s3, bucket: str, key: str) -> bool:
    try:
        s3.head_object(Bucket=bucket, Key=key)
        return True
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
            return False
        raise


def _within(deadline: float, settled: Callable[[], bool]) -> bool:
    """Whether `settled` holds at some check before `deadline` (time.monotonic), checking every half second."""
    while not settled():
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.5)
    return True


def find_events(reader: event_bus.Reader, wanted: Callable[[dict], bool], count: int, deadline: float) -> list[dict]:
    """The first `count` events on the reader that `wanted` accepts, reading until `deadline` (time.monotonic)."""
    found: list[dict] = []
    while len(found) < count and time.monotonic() < deadline:
        received = reader.poll(1.0)
        if received is not None:
            event = json.loads(received.value)
            if wanted(event):
                found.append(event)
    return found


def raw_bucket(s3, bucket: str) -> str:
    key = f"_smoke/{uuid.uuid4().hex}"
    body = b"onering smoke"
    s3.put_object(Bucket=bucket, Key=key, Body=body)
    try:
        if s3.get_object(Bucket=bucket, Key=key)["Body"].read() != body:
            raise SmokeFailed(f"s3://{bucket}/{key} read back other content")
    finally:
        s3.delete_object(Bucket=bucket, Key=key)
    if _exists(s3, bucket, key):
        raise SmokeFailed(f"s3://{bucket}/{key} is still there after its delete")
    return f"the ingestors' key writes, reads and deletes in s3://{bucket}"


def file(s3, bucket: str, reader: event_bus.Reader, timeout_s: float) -> str:
    token = uuid.uuid4().hex[:12]
    body = f"smoke_id,checked_at\n{token},{utc_timestamp(datetime.now(timezone.utc))}\n".encode("utf-8")
    key = f"{LANDING}{SMOKE_DATASET}/smoke-{token}.csv"
    source_uri = f"s3://{bucket}/{key}"
    s3.put_object(Bucket=bucket, Key=key, Body=body, ContentType="text/csv")
    deadline = time.monotonic() + timeout_s
    events = find_events(reader, lambda e: e.get("payload", {}).get("source_uri") == source_uri, 1, deadline)
    if not events:
        where = "still in landing" if _exists(s3, bucket, key) else "gone from landing"
        raise SmokeFailed(f"no ingest.file event for {source_uri} within {timeout_s:.0f} s (the file is {where})")
    payload = events[0]["payload"]
    raw_bucket_name, raw_key = _split(payload["raw_uri"])
    stored = s3.get_object(Bucket=raw_bucket_name, Key=raw_key)["Body"].read()
    if sha256(stored) != sha256(body):
        raise SmokeFailed(f"{payload['raw_uri']} does not hold the landed file")
    # The ingestor moves the file only once its event is acknowledged, so the move may follow the event by a moment.
    if not _within(deadline, lambda: _exists(s3, *_split(payload["processed_uri"]))):
        raise SmokeFailed(f"the event names {payload['processed_uri']}, which does not exist")
    if not _within(deadline, lambda: not _exists(s3, bucket, key)):
        raise SmokeFailed(f"{source_uri} was ingested but is still in landing")
    return f"{source_uri} is in RAW at {payload['raw_uri']} and in processed/, event {events[0]['event_id']}"


def http(ingest_round: Callable[[], dict], s3, reader: event_bus.Reader, timeout_s: float) -> str:
    event = ingest_round()  # raises FetchFailed unless the source answered 200
    payload = event["payload"]
    bucket, key = _split(payload["raw_uri"])
    if sha256(s3.get_object(Bucket=bucket, Key=key)["Body"].read()) != payload["sha256"]:
        raise SmokeFailed(f"{payload['raw_uri']} does not hold the payload its event describes")
    if not find_events(reader, lambda e: e["event_id"] == event["event_id"], 1, time.monotonic() + timeout_s):
        raise SmokeFailed(f"event {event['event_id']} is not on the bus within {timeout_s:.0f} s")
    return f"{payload['url']} answered 200; the payload is in RAW at {payload['raw_uri']}, event {event['event_id']}"


def stream(producer: event_bus.EventBus, source_topic: str, s3, reader: event_bus.Reader, count: int,
           timeout_s: float) -> str:
    posts = synthetic_posts(count, random.Random(uuid.uuid4().int), datetime.now(timezone.utc))
    wanted = {post["post_id"] for post in posts}
    produce(producer, source_topic, posts)

    def lands_a_post_of_ours(event: dict) -> bool:
        payload = event["payload"]
        bucket, key = _split(payload["raw_uri"])
        return json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read()).get("post_id") in wanted

    events = find_events(reader, lands_a_post_of_ours, count, time.monotonic() + timeout_s)
    if len(events) < count:
        raise SmokeFailed(f"{len(events)} of {count} post(s) reached RAW with an ingest.stream event within {timeout_s:.0f} s")
    positions = ", ".join(f"{e['payload']['partition']}@{e['payload']['offset']}" for e in events)
    return f"{count} post(s) produced to {source_topic} are in RAW, each with its ingest.stream event ({positions})"
