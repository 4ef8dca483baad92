"""Seed 002, day 5: the demo source producing posts, and ingestor-stream landing each message in RAW.

The consumer writes every message of the source topic to
`source=stream/dataset=<dataset>/dt=<message day>/run-id=<partition>-<offset>/message.json` and publishes an
ingest.stream event naming it with its topic, partition and offset; it commits the message only after the event is
acknowledged. A crash re-delivers the message, which rewrites the same object (its run id is its position) and
re-publishes the same event id.
"""
from __future__ import annotations

import logging
import random
import uuid
from datetime import datetime, timedelta, timezone

from . import contracts, events
from .bus import EventBus, Received, Subscription
from .raw_zone import RawZone

LOG = logging.getLogger("ingestor-stream")
PRODUCER = "ingestor-stream"
_AUTHORS = ("kari", "ola", "ingrid", "lars", "siri", "magnus", "nora", "emil")
_TOPICS = ("traffic", "weather", "ferry", "parking", "cycling", "roadworks")
_LANGS = ("no", "en")


def synthetic_posts(count: int, rng: random.Random, now: datetime) -> list[dict]:
    """`count` posts of the demo source, each valid against source.posts.v1."""
    posts = []
    for index in range(count):
        tags = sorted(rng.sample(_TOPICS, k=rng.randint(1, 3)))
        post = {
            "post_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "author": rng.choice(_AUTHORS),
            "text": f"{tags[0].capitalize()} update #{index + 1}: " + " ".join(f"#{t}" for t in tags),
            "lang": rng.choice(_LANGS),
            "tags": tags,
            "created_at": events.utc_timestamp(now - timedelta(seconds=count - index)),
        }
        contracts.validate(post, "source.posts.v1")
        posts.append(post)
    return posts


def produce(bus: EventBus, topic: str, posts: list[dict]) -> None:
    for post in posts:
        bus.publish(topic, post["author"], events.encode(post))
    bus.flush()


class StreamIngestor:
    def __init__(self, subscription: Subscription, raw: RawZone, bus: EventBus, topic: str, dataset: str):
        self._subscription = subscription
        self._raw = raw
        self._bus = bus
        self._topic = topic
        self._dataset = dataset

    def ingest(self, received: Received) -> dict:
        written_at = datetime.fromtimestamp(received.timestamp_ms / 1000, timezone.utc)
        run_id = f"{max(received.partition, 0)}-{received.offset.replace(':', '.')}"
        key = RawZone.key("stream", self._dataset, written_at.date(), run_id, "message.json")
        written = self._raw.write(key, received.value, "application/json")
        event = events.envelope("ingest.stream", PRODUCER, run_id, written_at, {
            "dataset": self._dataset, "raw_uri": written.uri, "topic": received.topic,
            "partition": received.partition, "offset": received.offset, "key": received.key,
            "sha256": written.sha256, "bytes": written.bytes})
        self._bus.publish(self._topic, received.key, events.encode(event))
        self._bus.flush()
        self._subscription.commit(received)
        return event

    def drain(self, poll_timeout_s: float, max_messages: int | None = None) -> list[dict]:
        """Ingests messages until a poll returns none (or `max_messages` were ingested)."""
        published = []
        while max_messages is None or len(published) < max_messages:
            received = self._subscription.poll(poll_timeout_s)
            if received is None:
                break
            published.append(self.ingest(received))
        if published:
            LOG.info("landed %d message(s) of %s", len(published), published[-1]["payload"]["topic"])
        return published
