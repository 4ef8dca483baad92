"""Seed 002's RAW -> curated step: RAW's traffic readings and stream posts, upserted into the poc database's
curated.traffic_readings and curated.posts.

RAW holds the readings twice over: the files `ingestor-file` landed (`source=file/dataset=traffic/.../*.csv`) and the
mock API's answers `ingestor-http` stored (`source=http/dataset=traffic_readings/.../payload.json`, a JSON object with
`readings`). The posts are the demo stream's messages `ingestor-stream` landed from the broker
(`source=stream/dataset=posts/.../message.json`, one source.posts.v1 post each), so the stream reaches the stores the
BI tools read. Each object is read once: its URI goes into the ledger `raw.curated_objects` in the same transaction as
its rows, and RAW is immutable, so a listed object never needs reading again. A crash before the commit leaves the
object unlisted, and the next round applies it whole.

Readings are normalised the way the lakehouse's stg_traffic does it (trimmed text, upper-case direction and congestion
level, numbers and the incident flag parsed, blanks as null; a direction or level outside N/S/E/W and LOW/MEDIUM/HIGH
as null), with the sensor's coordinates as a PostGIS point. A reading without an id, a sensor or a parsable time, or
with a number the table's checks refuse, is rejected (counted in the ledger, logged) and the rest of the object is
curated; a post is rejected when it breaks its contract. The upsert is keyed by the record's id and changes a row
only when its content differs, so curating an object again (a re-run, `--all`) changes nothing: no row is rewritten,
`curated_at` keeps its value. Within one object the first copy of a record wins, as in stg_traffic; across objects,
the one applied last (key order) wins.
"""
from __future__ import annotations

import csv
import io
import json
import logging
import os
from dataclasses import astuple, dataclass, fields
from datetime import datetime, timezone
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterable

from . import contracts
from .raw_zone import sha256

LOG = logging.getLogger("curate-traffic")
TABLE = "curated.traffic_readings"
POSTS_TABLE = "curated.posts"
LEDGER = "raw.curated_objects"
_TRUE = {"1", "TRUE", "T", "Y", "YES"}
_FALSE = {"0", "FALSE", "F", "N", "NO", ""}
_LEVELS = {"LOW", "MEDIUM", "HIGH"}


class Rejected(Exception):
    """A record that cannot become a curated row; the message says why."""


@dataclass(frozen=True)
class Reading:
    reading_id: str
    sensor_id: str
    road: str | None
    direction: str | None
    road_segment_id: str | None
    city: str | None
    lat: float | None
    lon: float | None
    measured_at: datetime
    vehicle_count: int | None
    avg_speed_kmh: Decimal | None
    occupancy_pct: Decimal | None
    congestion_level: str | None
    incident: bool | None
    source_system: str | None


@dataclass(frozen=True)
class Outcome:
    raw_uri: str
    rows: int
    inserted: int
    updated: int
    rejected: int


def _text(record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _number(record: dict, name: str, parse: Callable[[str], object]):
    value = _text(record, name)
    if value is None:
        return None
    try:
        return parse(value)
    except (ValueError, InvalidOperation):
        raise Rejected(f"{name} {value!r} is not a number") from None


def _finite(value: str) -> Decimal:
    number = Decimal(value)
    if not number.is_finite():
        raise ValueError(value)
    return number


def _timestamp(value: str | None, name: str = "measured_at_utc") -> datetime:
    if value is None:
        raise Rejected(f"{name} is missing")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Rejected(f"{name} {value!r} is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)  # the column's name says UTC
    return moment.astimezone(timezone.utc)


def _direction(value: str | None) -> str | None:
    """N, S, E or W (a compass word becomes its letter); anything else is unknown."""
    direction = (value or "").upper()
    direction = {"NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W"}.get(direction, direction)
    return direction if direction in ("N", "S", "E", "W") else None


def _incident(value: str | None) -> bool | None:
    flag = (value or "").upper()
    return True if flag in _TRUE else False if flag in _FALSE else None


def normalise(record: dict, source_system: str | None = None) -> Reading:
    """One RAW record (the 15 text columns of the traffic CSV, or one reading of the mock API) as a curated row."""
    reading_id, sensor_id = _text(record, "reading_id"), _text(record, "sensor_id")
    if reading_id is None:
        raise Rejected("reading_id is missing")
    if sensor_id is None:
        raise Rejected(f"{reading_id}: sensor_id is missing")
    try:
        lat, lon = _number(record, "lat", float), _number(record, "lon", float)
        if (lat is None) != (lon is None) or (lat is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
            raise Rejected(f"lat {lat} / lon {lon} is not a position")
        level = (_text(record, "congestion_level") or "").upper() or None
        count = _number(record, "vehicle_count", int)
        speed = _number(record, "avg_speed_kmh", _finite)
        occupancy = _number(record, "occupancy_pct", _finite)
        # What the table's checks and column types hold: a value outside them would fail the whole object's
        # transaction at every round, so the record is rejected here instead.
        if count is not None and not 0 <= count < 2**31:
            raise Rejected(f"vehicle_count {count} is out of range")
        if speed is not None and not 0 <= speed < 1000:
            raise Rejected(f"avg_speed_kmh {speed} is out of range")
        if occupancy is not None and not 0 <= occupancy <= 100:
            raise Rejected(f"occupancy_pct {occupancy} is not a percentage")
        reading = Reading(
            reading_id=reading_id,
            sensor_id=sensor_id,
            road=_text(record, "road"),
            direction=_direction(_text(record, "direction")),
            road_segment_id=_text(record, "road_segment_id"),
            city=_text(record, "city"),
            lat=lat,
            lon=lon,
            measured_at=_timestamp(_text(record, "measured_at_utc")),
            vehicle_count=count,
            avg_speed_kmh=speed,
            occupancy_pct=occupancy,
            congestion_level=level if level in _LEVELS else None,
            incident=_incident(_text(record, "incident_flag")),
            source_system=_text(record, "source_system") or source_system,
        )
    except Rejected as rejected:
        raise Rejected(f"{reading_id}: {rejected}") from None
    return reading


def csv_records(body: bytes) -> tuple[list[dict], str | None]:
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"), newline=""))), None


def json_records(body: bytes) -> tuple[list[dict], str | None]:
    """The mock API's answer: {"source_system": ..., "readings": [...]} (a bare list of readings is accepted too)."""
    document = json.loads(body)
    if isinstance(document, list):
        return document, None
    if not isinstance(document, dict) or not isinstance(document.get("readings"), list):
        raise Rejected("a JSON payload must be a list of readings or an object with 'readings'")
    return document["readings"], document.get("source_system")


def post_records(body: bytes) -> tuple[list[dict], str | None]:
    """A message the stream ingestor landed: one post."""
    return [json.loads(body)], None


def _upsert(table: str, key: str, columns: list[str], values: list[str] | None = None) -> str:
    """An insert of `columns` (placeholders `values`, by default each column's own) that rewrites a row only when its
    content differs: a re-run leaves every row (and its curated_at) as it was. Returns whether it inserted."""
    values = values or [f"%({c})s" for c in columns]
    compared = [c for c in columns if c not in (key, "raw_uri")]
    # PostGIS compares geographies by bounding box: a moved sensor compares by its well-known binary.
    shown = {"location": "ST_AsEWKB({}.location::geometry)"}
    before = ", ".join(shown.get(c, "{}." + c).format("t") for c in compared)
    after = ", ".join(shown.get(c, "{}." + c).format("EXCLUDED") for c in compared)
    return (f"INSERT INTO {table} AS t ({', '.join(columns)}) VALUES ({', '.join(values)}) "
            f"ON CONFLICT ({key}) DO UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in columns if c != key)}, "
            f"curated_at = now() WHERE ({before}) IS DISTINCT FROM ({after}) RETURNING (xmax = 0) AS inserted")


@dataclass(frozen=True)
class Target:
    """A curated table: its key column, how a RAW record becomes its row (raising Rejected), the upsert, and what a
    row is called in the log."""
    table: str
    key: str
    row: Callable[[dict, str | None], dict]
    upsert: str
    noun: str


_READING_COLUMNS = [f.name for f in fields(Reading) if f.name not in ("lat", "lon")]
TRAFFIC = Target(TABLE, "reading_id",
                 lambda record, system: dict(zip([f.name for f in fields(Reading)], astuple(normalise(record, system)))),
                 _upsert(TABLE, "reading_id", [*_READING_COLUMNS, "location", "raw_uri"],
                         [*(f"%({c})s" for c in _READING_COLUMNS),
                          "CASE WHEN %(lon)s::float8 IS NULL THEN NULL "
                          "ELSE ST_SetSRID(ST_MakePoint(%(lon)s::float8, %(lat)s::float8), 4326)::geography END", "%(raw_uri)s"]),
                 "reading(s)")


def normalise_post(record: dict, source_system: str | None = None) -> dict:
    """A post as its curated row; a post that breaks source.posts.v1 is rejected with the contract's reasons."""
    try:
        contracts.validate(record, "source.posts.v1")
    except contracts.ContractViolation as violation:
        raise Rejected(str(violation)) from None
    return {"post_id": record["post_id"], "author": record["author"], "text": record["text"], "lang": record["lang"],
            "tags": sorted(record.get("tags", [])), "created_at": _timestamp(record["created_at"], "created_at")}


POSTS = Target(POSTS_TABLE, "post_id", normalise_post,
               _upsert(POSTS_TABLE, "post_id", ["post_id", "author", "text", "lang", "tags", "created_at", "raw_uri"]), "post(s)")


@dataclass(frozen=True)
class Source:
    """What is curated from RAW: the prefix under the bucket, how an object's body becomes records, and where to."""
    prefix: str
    parse: Callable[[bytes], tuple[list[dict], str | None]]
    target: Target


SOURCES = (
    Source("source=file/dataset=traffic/", csv_records, TRAFFIC),
    Source("source=http/dataset=traffic_readings/", json_records, TRAFFIC),
    Source("source=stream/dataset=posts/", post_records, POSTS),
)


def connect(password_file_variable: str = "INGEST_PG_PASSWORD_FILE"):
    """An autocommit connection as libpq's PGHOST/PGPORT/PGDATABASE/PGUSER/PGAPPNAME say, with the password read
    from the file the named variable gives (none when unset)."""
    import psycopg

    path = os.environ.get(password_file_variable, "").strip()
    password = None
    if path:
        with open(path, encoding="utf-8") as file:
            password = file.read().strip()
    return psycopg.connect(password=password, connect_timeout=10, autocommit=True)


class Curator:
    """Curates RAW's objects of `sources` through `connection`, an autocommit psycopg connection (each object is one
    explicit transaction)."""

    def __init__(self, s3, bucket: str, connection, sources=SOURCES):
        if not connection.autocommit:
            raise ValueError("the curator needs an autocommit connection: each object is its own transaction")
        self._s3 = s3
        self._bucket = bucket
        self._db = connection
        self._sources = sources

    def _raw_objects(self) -> Iterable[tuple[str, Source]]:
        for source in self._sources:
            for page in self._s3.get_paginator("list_objects_v2").paginate(Bucket=self._bucket, Prefix=source.prefix):
                for item in sorted(page.get("Contents", []), key=lambda i: i["Key"]):
                    if not item["Key"].endswith("/"):
                        yield item["Key"], source

    def _curated(self) -> set[str]:
        with self._db.cursor() as cursor:
            cursor.execute(f"SELECT raw_uri FROM {LEDGER}")
            return {row[0] for row in cursor}

    def run_once(self, everything: bool = False) -> list[Outcome]:
        """Curates each RAW object the ledger does not list (every one with `everything`)."""
        done = set() if everything else self._curated()
        outcomes = []
        for key, source in self._raw_objects():
            uri = f"s3://{self._bucket}/{key}"
            if uri not in done:
                outcomes.append(self.curate(key, source))
        return outcomes

    def curate(self, key: str, source: Source) -> Outcome:
        uri = f"s3://{self._bucket}/{key}"
        target = source.target
        answer = self._s3.get_object(Bucket=self._bucket, Key=key)
        body = answer["Body"].read()
        rows: dict[str, dict] = {}
        rejected = 0
        try:
            records, source_system = source.parse(body)
        except (Rejected, ValueError, UnicodeDecodeError) as error:
            LOG.warning("%s: not curated, the object cannot be read: %s", uri, error)
            records, source_system, rejected = [], None, 1
        for record in records:
            try:
                if not isinstance(record, dict):
                    raise Rejected(f"a record must be an object, not {type(record).__name__}")
                row = target.row(record, source_system)
            except Rejected as error:
                rejected += 1
                LOG.warning("%s: rejected a record: %s", uri, error)
                continue
            rows.setdefault(row[target.key], row)  # the first copy wins, as in stg_traffic
        inserted = updated = 0
        with self._db.transaction():
            with self._db.cursor() as cursor:
                for row in rows.values():
                    cursor.execute(target.upsert, {**row, "raw_uri": uri})
                    changed = cursor.fetchone()
                    if changed is not None:
                        inserted, updated = (inserted + 1, updated) if changed[0] else (inserted, updated + 1)
                cursor.execute(
                    f"INSERT INTO {LEDGER} (raw_uri, dataset, target, sha256, rows, rejected) VALUES (%s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (raw_uri) DO UPDATE SET rows = EXCLUDED.rows, rejected = EXCLUDED.rejected, "
                    "sha256 = EXCLUDED.sha256, curated_at = now()",
                    (uri, key.split("/")[1].removeprefix("dataset="), target.table, sha256(body), len(rows), rejected))
        LOG.info("%s: %d %s (%d new, %d changed, %d unchanged), %d rejected", uri, len(rows), target.noun, inserted, updated,
                 len(rows) - inserted - updated, rejected)
        return Outcome(uri, len(rows), inserted, updated, rejected)
