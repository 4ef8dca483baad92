"""ingestor-http (seed 002, day 4): an HTTP source's 200 response into RAW, one ingest.http event.

The payload lands at `source=http/dataset=<dataset>/dt=<today>/run-id=<content hash>/payload.<ext>`: polling a
source that has not changed writes nothing new, and a new answer is a new run. Anything but 200 writes nothing and
raises FetchFailed, so the scheduler reports it and retries at the next interval.
"""
from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Callable

import requests

from . import events
from .bus import EventBus
from .raw_zone import RawZone, sha256

LOG = logging.getLogger("ingestor-http")
PRODUCER = "ingestor-http"
_EXTENSIONS = {"application/json": "json", "text/csv": "csv", "application/xml": "xml", "text/plain": "txt"}


class FetchFailed(Exception):
    """The source did not answer 200 (or not at all)."""


class HttpIngestor:
    def __init__(self, url: str, dataset: str, raw: RawZone, bus: EventBus, topic: str, timeout_s: float = 30.0,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self._url = url
        self._dataset = dataset
        self._raw = raw
        self._bus = bus
        self._topic = topic
        self._timeout_s = timeout_s
        self._clock = clock

    def run_once(self) -> dict:
        """The published event."""
        try:
            response = requests.get(self._url, timeout=self._timeout_s, headers={"Accept": "application/json"})
        except requests.RequestException as error:
            raise FetchFailed(f"GET {self._url} failed: {error}") from None
        if response.status_code != 200:
            raise FetchFailed(f"GET {self._url} answered {response.status_code}, not 200; nothing was written")
        now = self._clock()
        body = response.content
        content_type = response.headers.get("Content-Type", "application/octet-stream").split(";")[0].strip()
        run_id = sha256(body)[:16]
        key = RawZone.key("http", self._dataset, now.date(), run_id, "payload." + _EXTENSIONS.get(content_type, "bin"))
        written = self._raw.write(key, body, content_type)
        event = events.envelope("ingest.http", PRODUCER, run_id, now, {
            "dataset": self._dataset, "raw_uri": written.uri, "url": self._url, "http_status": 200,
            "content_type": content_type, "sha256": written.sha256, "bytes": written.bytes})
        self._bus.publish(self._topic, self._dataset, events.encode(event))
        self._bus.flush()
        LOG.info("fetched %s -> %s (%s)", self._url, written.uri, "new" if written.created else "unchanged")
        return event
