"""Seed 002's RAW -> curated step: the traffic readings in RAW, upserted into the poc database's curated.traffic_readings.

RAW holds the readings twice over: the files `ingestor-file` landed (`source=file/dataset=traffic/.../*.csv`) and the
mock API's answers `ingestor-http` stored (`source=http/dataset=traffic_readings/.../payload.json`, a JSON object with
`readings`). Each object is read once: its URI goes into the ledger `raw.curated_objects` in the same transaction as
its rows, and RAW is immutable, so a listed object never needs reading again. A crash before the commit leaves the
object unlisted, and the next round applies it whole.

Rows are normalised the way the lakehouse's stg_traffic does it (trimmed text, upper-case direction and congestion
level, numbers and the incident flag parsed, blanks as null; a direction or level outside N/S/E/W and LOW/MEDIUM/HIGH
as null), with the sensor's coordinates as a PostGIS point. A reading without an id, a sensor or a parsable time, or
with a number the table's checks refuse, is rejected (counted in the ledger, logged) and the rest of the object is
curated. The upsert is keyed by reading_id and changes a row only when its content differs, so curating an
object again (a re-run, `--all`) changes nothing: no row is rewritten, `curated_at` keeps its value. Within one object
the first copy of a reading wins, as in stg_traffic; across objects, the one applied last (key order) wins.
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

from .raw_zone import sha256

LOG = logging.getLogger("curate-traffic")
TABLE = "curated.traffic_readings"
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


def _timestamp(value: str | None) -> datetime:
    if value is None:
        raise Rejected("measured_at_utc is missing")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Rejected(f"measured_at_utc {value!r} is not an ISO 8601 time") from None
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


# What is curated from RAW: the prefix under the bucket, and how an object's body becomes records.
SOURCES: tuple[tuple[str, Callable[[bytes], tuple[list[dict], str | None]]], ...] = (
    ("source=file/dataset=traffic/", csv_records),
    ("source=http/dataset=traffic_readings/", json_records),
)
_COLUMNS = [f.name for f in fields(Reading) if f.name not in ("lat", "lon")]
_COMPARED = [c for c in _COLUMNS if c != "reading_id"]
UPSERT = (
    f"INSERT INTO {TABLE} AS t ({', '.join(_COLUMNS)}, location, raw_uri) "
    f"VALUES ({', '.join('%(' + c + ')s' for c in _COLUMNS)}, "
    "CASE WHEN %(lon)s::float8 IS NULL THEN NULL "
    "ELSE ST_SetSRID(ST_MakePoint(%(lon)s::float8, %(lat)s::float8), 4326)::geography END, %(raw_uri)s) "
    f"ON CONFLICT (reading_id) DO UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in _COMPARED)}, "
    "location = EXCLUDED.location, raw_uri = EXCLUDED.raw_uri, curated_at = now() "
    # Only a row whose content differs is rewritten: a re-run leaves every row (and its curated_at) as it was.
    f"WHERE ({', '.join(f't.{c}' for c in _COMPARED)}, ST_AsEWKB(t.location::geometry)) "
    f"IS DISTINCT FROM ({', '.join(f'EXCLUDED.{c}' for c in _COMPARED)}, ST_AsEWKB(EXCLUDED.location::geometry)) "
    "RETURNING (xmax = 0) AS inserted"
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
    """Curates RAW's traffic objects through `connection`, an autocommit psycopg connection (each object is one
    explicit transaction)."""

    def __init__(self, s3, bucket: str, connection, sources=SOURCES):
        if not connection.autocommit:
            raise ValueError("the curator needs an autocommit connection: each object is its own transaction")
        self._s3 = s3
        self._bucket = bucket
        self._db = connection
        self._sources = sources

    def _raw_objects(self) -> Iterable[tuple[str, Callable]]:
        for prefix, parse in self._sources:
            for page in self._s3.get_paginator("list_objects_v2").paginate(Bucket=self._bucket, Prefix=prefix):
                for item in sorted(page.get("Contents", []), key=lambda i: i["Key"]):
                    if not item["Key"].endswith("/"):
                        yield item["Key"], parse

    def _curated(self) -> set[str]:
        with self._db.cursor() as cursor:
            cursor.execute(f"SELECT raw_uri FROM {LEDGER}")
            return {row[0] for row in cursor}

    def run_once(self, everything: bool = False) -> list[Outcome]:
        """Curates each RAW object the ledger does not list (every one with `everything`)."""
        done = set() if everything else self._curated()
        outcomes = []
        for key, parse in self._raw_objects():
            uri = f"s3://{self._bucket}/{key}"
            if uri not in done:
                outcomes.append(self.curate(key, parse))
        return outcomes

    def curate(self, key: str, parse: Callable[[bytes], tuple[list[dict], str | None]]) -> Outcome:
        uri = f"s3://{self._bucket}/{key}"
        answer = self._s3.get_object(Bucket=self._bucket, Key=key)
        body = answer["Body"].read()
        readings: dict[str, Reading] = {}
        rejected = 0
        try:
            records, source_system = parse(body)
        except (Rejected, ValueError, UnicodeDecodeError) as error:
            LOG.warning("%s: not curated, the object cannot be read: %s", uri, error)
            records, source_system, rejected = [], None, 1
        for record in records:
            try:
                if not isinstance(record, dict):
                    raise Rejected(f"a record must be an object, not {type(record).__name__}")
                reading = normalise(record, source_system)
            except Rejected as error:
                rejected += 1
                LOG.warning("%s: rejected a record: %s", uri, error)
                continue
            readings.setdefault(reading.reading_id, reading)  # the first copy wins, as in stg_traffic
        inserted = updated = 0
        with self._db.transaction():
            with self._db.cursor() as cursor:
                for reading in readings.values():
                    row = dict(zip([f.name for f in fields(Reading)], astuple(reading)), raw_uri=uri)
                    cursor.execute(UPSERT, row)
                    changed = cursor.fetchone()
                    if changed is not None:
                        inserted, updated = (inserted + 1, updated) if changed[0] else (inserted, updated + 1)
                cursor.execute(
                    f"INSERT INTO {LEDGER} (raw_uri, dataset, target, sha256, rows, rejected) VALUES (%s, %s, %s, %s, %s, %s) "
                    "ON CONFLICT (raw_uri) DO UPDATE SET rows = EXCLUDED.rows, rejected = EXCLUDED.rejected, "
                    "sha256 = EXCLUDED.sha256, curated_at = now()",
                    (uri, key.split("/")[1].removeprefix("dataset="), TABLE, sha256(body), len(readings), rejected))
        LOG.info("%s: %d reading(s) (%d new, %d changed, %d unchanged), %d rejected", uri, len(readings), inserted, updated,
                 len(readings) - inserted - updated, rejected)
        return Outcome(uri, len(readings), inserted, updated, rejected)
