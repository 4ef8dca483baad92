"""ingestor-file (seed 002, day 3): CSV files dropped under the landing prefix go to RAW, one ingest.file event each.

A file at `landing/<dataset>/<name>.csv` is checked (UTF-8, a header of distinct names, every row as wide as the
header, at least one row), written to `source=file/dataset=<dataset>/dt=<today>/run-id=<content hash>/<name>`, its
event published and acknowledged, and only then moved to `landing/processed/`. A file that fails the check moves to
`landing/quarantine/` with `<name>.error.json` beside it saying why. A crash at any step leaves the file in landing,
and the next poll repeats the steps without a second RAW copy (the run id is the content hash).
"""
from __future__ import annotations

import csv
import io
import json
import logging
import posixpath
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from . import events
from .bus import EventBus
from .raw_zone import RawZone, sha256

LOG = logging.getLogger("ingestor-file")
PRODUCER = "ingestor-file"
LANDING = "landing/"
PROCESSED = LANDING + "processed/"
QUARANTINE = LANDING + "quarantine/"


class Rejected(Exception):
    """The landed file cannot be ingested; the message says what is wrong with it."""


@dataclass(frozen=True)
class Outcome:
    source_key: str
    status: str  # "ingested" or "quarantined"
    detail: str


def check_csv(body: bytes) -> tuple[list[str], int]:
    """The header and the number of data rows of a well-formed CSV file, or Rejected saying what is wrong."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Rejected(f"not UTF-8 text (byte {error.start})") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header or all(not name.strip() for name in header):
        raise Rejected("empty file: no header row")
    names = [name.strip() for name in header]
    if any(not name for name in names):
        raise Rejected(f"header has an empty column name: {header}")
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise Rejected(f"header repeats column(s) {', '.join(duplicates)}")
    rows = 0
    try:
        for row in reader:
            if not row:
                continue
            rows += 1
            if len(row) != len(names):
                raise Rejected(f"row {rows} has {len(row)} fields, the header has {len(names)}")
    except csv.Error as error:
        raise Rejected(f"malformed CSV after row {rows}: {error}") from None
    if rows == 0:
        raise Rejected("no data rows after the header")
    return names, rows


class FileIngestor:
    def __init__(self, s3, raw: RawZone, bus: EventBus, topic: str,
                 clock: Callable[[], datetime] = lambda: datetime.now(timezone.utc)):
        self._s3 = s3
        self._raw = raw
        self._bus = bus
        self._topic = topic
        self._clock = clock

    def landed(self) -> list[str]:
        """Keys waiting in landing: everything under it except the processed and quarantine folders."""
        keys = []
        for page in self._s3.get_paginator("list_objects_v2").paginate(Bucket=self._raw.bucket, Prefix=LANDING):
            for item in page.get("Contents", []):
                key = item["Key"]
                if not key.startswith((PROCESSED, QUARANTINE)) and not key.endswith("/"):
                    keys.append(key)
        return sorted(keys)

    def run_once(self) -> list[Outcome]:
        return [self.ingest(key) for key in self.landed()]

    def ingest(self, key: str) -> Outcome:
        now = self._clock()
        day = now.date().isoformat()
        parts = key[len(LANDING):].split("/")
        dataset, name = (parts[0], parts[1]) if len(parts) == 2 else ("", posixpath.basename(key))
        body = self._s3.get_object(Bucket=self._raw.bucket, Key=key)["Body"].read()
        try:
            if len(parts) != 2:
                raise Rejected(f"expected {LANDING}<dataset>/<file>.csv, got {key}")
            if not name.lower().endswith(".csv"):
                raise Rejected("only .csv files are ingested")
            try:
                raw_key = RawZone.key("file", dataset, now.date(), sha256(body)[:16], name)
            except ValueError as error:
                raise Rejected(str(error)) from None
            columns, rows = check_csv(body)
        except Rejected as rejected:
            target = f"{QUARANTINE}{dataset or '_unsorted'}/dt={day}/{name}"
            self._move(key, target)
            reason = {"source_uri": self._raw.uri(key), "quarantined_at": events.utc_timestamp(now), "reason": str(rejected)}
            self._s3.put_object(Bucket=self._raw.bucket, Key=target + ".error.json", ContentType="application/json",
                                Body=json.dumps(reason, indent=2).encode("utf-8"))
            LOG.warning("quarantined %s: %s", key, rejected)
            return Outcome(key, "quarantined", str(rejected))

        written = self._raw.write(raw_key, body, "text/csv")
        run_id = raw_key.split("/run-id=")[1].split("/")[0]
        processed = f"{PROCESSED}{dataset}/dt={day}/run-id={run_id}/{name}"
        event = events.envelope("ingest.file", PRODUCER, run_id, now, {
            "dataset": dataset, "raw_uri": written.uri, "source_uri": self._raw.uri(key),
            "processed_uri": self._raw.uri(processed), "sha256": written.sha256, "bytes": written.bytes,
            "rows": rows, "columns": columns})
        self._bus.publish(self._topic, dataset, events.encode(event))
        self._bus.flush()
        self._move(key, processed)
        LOG.info("ingested %s -> %s (%d rows)", key, written.uri, rows)
        return Outcome(key, "ingested", written.uri)

    def _move(self, key: str, target: str) -> None:
        self._s3.copy_object(Bucket=self._raw.bucket, Key=target, CopySource={"Bucket": self._raw.bucket, "Key": key})
        self._s3.delete_object(Bucket=self._raw.bucket, Key=key)
