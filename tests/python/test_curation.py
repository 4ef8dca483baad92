"""Seed 002's RAW -> curated step (config/ingestors/onering_ingest/curate.py) with its real libraries against the real
servers: RAW in a bucket of the S3 test server, written by the ingestors' RawZone; curated.traffic_readings in a
poc database of the PostgreSQL test server (PostGIS), made as the platform plans it and migrated by the project's
changelog through the postgres-poc-migrations hook of the built jar (poc_helpers). What the curation wrote is read
back with the tests' own SQL and compared with RAW parsed by the tests' own code."""
from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
from datetime import datetime, timezone
from decimal import Decimal

import psycopg
import pytest

from conftest import CONFIG, InfisicalStub
from poc_helpers import (INGESTORS, MOCK_READINGS, TRAFFIC_CSV, bronze_bucket, land_in_raw, land_the_seed_traffic,
                         poc_database, s3_client)
from onering_ingest import curate  # noqa: E402 - poc_helpers puts config/ingestors on the path
from onering_ingest.curate import Curator, Rejected, normalise

ROW = ("SELECT reading_id, sensor_id, road, direction, road_segment_id, city, ST_Y(location::geometry), "
       "ST_X(location::geometry), ST_SRID(location::geometry), measured_at, vehicle_count, avg_speed_kmh, occupancy_pct, "
       "congestion_level, incident, source_system, raw_uri FROM curated.traffic_readings")


# --- normalisation (no server) ----------------------------------------------------------------------------------------

def _record(**changes) -> dict:
    record = {"reading_id": " T-1 ", "sensor_id": "S-101", "road": "E39", "direction": "n", "road_segment_id": "E39-12",
              "city": "Stavanger", "lat": "58.9700", "lon": "5.7331", "measured_at_utc": "2026-01-29T06:00:00Z",
              "vehicle_count": "", "avg_speed_kmh": "31.7", "occupancy_pct": "78.6", "congestion_level": "high",
              "incident_flag": "yes", "source_system": "road-sensor-gateway"}
    record.update(changes)
    return record


def test_a_messy_record_becomes_a_typed_reading_as_stg_traffic_types_it():
    reading = normalise(_record())
    assert reading.reading_id == "T-1" and reading.direction == "N" and reading.congestion_level == "HIGH"
    assert reading.vehicle_count is None, "a blank count is unknown, not zero"
    assert reading.avg_speed_kmh == Decimal("31.7") and reading.occupancy_pct == Decimal("78.6")
    assert (reading.lat, reading.lon) == (58.97, 5.7331)
    assert reading.measured_at == datetime(2026, 1, 29, 6, tzinfo=timezone.utc)
    assert reading.incident is True


@pytest.mark.parametrize("flag, incident", [("1", True), ("true", True), ("YES", True), ("0", False), ("false", False),
                                            ("", False), ("maybe", None)])
def test_the_incident_flag_reads_as_stg_traffic_reads_it(flag, incident):
    assert normalise(_record(incident_flag=flag)).incident is incident


@pytest.mark.parametrize("direction, letter", [("n", "N"), (" S ", "S"), ("west", "W"), ("", None), ("NE", None)])
def test_the_direction_is_a_compass_letter_or_unknown(direction, letter):
    assert normalise(_record(direction=direction)).direction == letter


def test_an_unknown_congestion_level_and_missing_coordinates_are_null_and_the_source_fills_the_system():
    reading = normalise(_record(congestion_level="JAMMED", lat="", lon="", source_system=None), "mock-traffic-api")
    assert reading.congestion_level is None and reading.lat is None and reading.lon is None
    assert reading.source_system == "mock-traffic-api"


@pytest.mark.parametrize("changes, reason", [
    ({"reading_id": "  "}, "reading_id is missing"),
    ({"sensor_id": ""}, "sensor_id is missing"),
    ({"measured_at_utc": "yesterday"}, "not an ISO 8601 time"),
    ({"measured_at_utc": ""}, "measured_at_utc is missing"),
    ({"vehicle_count": "many"}, "vehicle_count 'many' is not a number"),
    ({"lat": "58.97", "lon": ""}, "is not a position"),
    ({"lat": "158.97"}, "is not a position"),
    ({"vehicle_count": "-3"}, "vehicle_count -3 is out of range"),
    ({"avg_speed_kmh": "NaN"}, "avg_speed_kmh 'NaN' is not a number"),
    ({"avg_speed_kmh": "1200"}, "avg_speed_kmh 1200 is out of range"),
    ({"occupancy_pct": "130"}, "occupancy_pct 130 is not a percentage"),
])
def test_a_record_that_cannot_be_curated_is_rejected_with_the_reason(changes, reason):
    with pytest.raises(Rejected, match=reason):
        normalise(_record(**changes))


# --- against the real servers -----------------------------------------------------------------------------------------

def _expected_from_raw() -> dict[str, dict]:
    """RAW's readings as the curated rows must hold them, parsed here with csv/json, first copy of a reading winning."""
    expected: dict[str, dict] = {}

    def add(record: dict, raw: str, source_system: str | None) -> None:
        def blank(name):
            value = (record.get(name) or "").strip()
            return value or None

        expected.setdefault(record["reading_id"].strip(), {
            "sensor_id": record["sensor_id"].strip(), "road": blank("road"), "direction": blank("direction").upper(),
            "road_segment_id": blank("road_segment_id"), "city": blank("city"),
            "lat": float(record["lat"]), "lon": float(record["lon"]), "srid": 4326,
            "measured_at": datetime.strptime(record["measured_at_utc"].strip(), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc),
            "vehicle_count": int(record["vehicle_count"]) if blank("vehicle_count") else None,
            "avg_speed_kmh": Decimal(record["avg_speed_kmh"].strip()), "occupancy_pct": Decimal(record["occupancy_pct"].strip()),
            "congestion_level": blank("congestion_level").upper(),
            "incident": record["incident_flag"].strip().lower() in ("true", "1", "yes"),
            "source_system": blank("source_system") or source_system, "raw": raw})

    for record in csv.DictReader(io.StringIO(TRAFFIC_CSV.read_text())):
        add(record, "source=file/dataset=traffic/", None)
    payload = json.loads(MOCK_READINGS.read_text())
    for record in payload["readings"]:
        add(record, "source=http/dataset=traffic_readings/", payload["source_system"])
    return expected


def _rows(connection) -> dict[str, dict]:
    names = ["sensor_id", "road", "direction", "road_segment_id", "city", "lat", "lon", "srid", "measured_at", "vehicle_count",
             "avg_speed_kmh", "occupancy_pct", "congestion_level", "incident", "source_system", "raw_uri"]
    return {row[0]: dict(zip(names, row[1:])) for row in connection.execute(ROW).fetchall()}


def _versions(connection) -> dict[str, tuple]:
    """Each row's physical version and curated_at: a rewritten row gets a new xmin."""
    return {r[0]: (r[1], r[2]) for r in connection.execute(
        "SELECT reading_id, xmin::text, curated_at FROM curated.traffic_readings").fetchall()}


@pytest.fixture
def db():
    with poc_database() as database:
        yield database


@pytest.fixture
def raw():
    s3 = s3_client()
    with bronze_bucket(s3) as bucket:
        yield s3, bucket


def test_every_raw_reading_is_one_curated_row_equal_to_raw_with_its_point(db, raw):
    s3, bucket = raw
    uris = land_the_seed_traffic(s3, bucket)
    with db.connect() as connection:
        outcomes = Curator(s3, bucket, connection).run_once()
        rows = _rows(connection)

    expected = _expected_from_raw()
    assert [o.raw_uri for o in outcomes] == uris, "each RAW object is curated once, in key order"
    assert [(o.rows, o.inserted, o.updated, o.rejected) for o in outcomes] == [(128, 128, 0, 0), (3, 3, 0, 0)], \
        "129 lines of the seed file hold 128 readings (one sent twice); the mock API answers 3"
    assert len(rows) == len(expected) == 131
    for reading_id, want in expected.items():
        got = dict(rows[reading_id])
        assert got.pop("raw_uri").startswith(f"s3://{bucket}/{want.pop('raw')}"), reading_id
        assert got == want, reading_id
    with db.connect() as connection:
        ledger = connection.execute("SELECT raw_uri, dataset, target, rows, rejected FROM raw.curated_objects ORDER BY 1").fetchall()
        metres = connection.execute(
            "SELECT round(ST_Distance(a.location, b.location)) FROM curated.traffic_readings a, curated.traffic_readings b "
            "WHERE a.reading_id = 'R-0001' AND b.reading_id = 'R-0003'").fetchone()[0]
    assert ledger == [(uris[0], "traffic", "curated.traffic_readings", 128, 0),
                      (uris[1], "traffic_readings", "curated.traffic_readings", 3, 0)]
    assert 10_000 < metres < 11_000, f"S-101 in Stavanger and S-207 at Sola are about 10 km apart as geography, got {metres} m"


def test_a_second_round_reads_nothing_and_curating_everything_again_changes_no_row(db, raw):
    s3, bucket = raw
    land_the_seed_traffic(s3, bucket)
    with db.connect() as connection:
        Curator(s3, bucket, connection).run_once()
        before = _versions(connection)
        assert Curator(s3, bucket, connection).run_once() == [], "the ledger lists both objects: nothing is read again"
        again = Curator(s3, bucket, connection).run_once(everything=True)
        after = _versions(connection)
        rows = _rows(connection)
    assert [(o.rows, o.inserted, o.updated) for o in again] == [(128, 0, 0), (3, 0, 0)]
    assert after == before, "no row was rewritten: same xmin, same curated_at"
    assert len(rows) == 131


def test_a_new_raw_object_updates_the_reading_it_changes_and_adds_the_new_one_only(db, raw):
    s3, bucket = raw
    land_the_seed_traffic(s3, bucket)
    with db.connect() as connection:
        Curator(s3, bucket, connection).run_once()
        before = _versions(connection)
        payload = json.loads(MOCK_READINGS.read_text())
        payload["readings"][0]["vehicle_count"] = "999"
        payload["readings"].append(dict(payload["readings"][1], reading_id="R-0004", lat="", lon=""))
        uri = land_in_raw(s3, bucket, "http", "traffic_readings", "payload.json", json.dumps(payload).encode())
        [outcome] = Curator(s3, bucket, connection).run_once()
        after = _versions(connection)
        changed = connection.execute("SELECT vehicle_count, raw_uri FROM curated.traffic_readings WHERE reading_id = 'R-0001'").fetchone()
        added = connection.execute("SELECT location IS NULL, raw_uri FROM curated.traffic_readings WHERE reading_id = 'R-0004'").fetchone()
    assert (outcome.raw_uri, outcome.rows, outcome.inserted, outcome.updated) == (uri, 4, 1, 1)
    assert changed == (999, uri) and added == (True, uri), "a reading without coordinates has no point"
    assert {k for k in before if after[k] != before[k]} == {"R-0001"}, "only the changed reading was rewritten"
    assert set(after) - set(before) == {"R-0004"}


def test_bad_records_are_rejected_and_counted_and_an_unreadable_object_is_recorded_not_retried(db, raw):
    s3, bucket = raw
    good = json.loads(MOCK_READINGS.read_text())["readings"][0]
    mixed = land_in_raw(s3, bucket, "http", "traffic_readings", "payload.json",
                        json.dumps({"readings": [good, dict(good, reading_id="R-9", measured_at_utc="soon"), "not a reading"]}).encode())
    broken = land_in_raw(s3, bucket, "http", "traffic_readings", "payload.json", b'{"readings": ', day=datetime(2026, 1, 31).date())
    with db.connect() as connection:
        outcomes = {o.raw_uri: (o.rows, o.rejected) for o in Curator(s3, bucket, connection).run_once()}
        assert Curator(s3, bucket, connection).run_once() == [], "a broken object is not read at every round"
        ids = [r[0] for r in connection.execute("SELECT reading_id FROM curated.traffic_readings").fetchall()]
        ledger = dict(connection.execute("SELECT raw_uri, rejected FROM raw.curated_objects").fetchall())
    assert outcomes == {mixed: (1, 2), broken: (0, 1)}
    assert ids == ["R-0001"] and ledger == {mixed: 2, broken: 1}


def test_the_streams_posts_become_curated_rows_the_read_only_role_sees_and_a_broken_post_is_rejected(db, raw):
    """The demo stream's messages as ingestor-stream lands them (one encoded source.posts.v1 post per
    source=stream/dataset=posts/.../message.json), one of them twice (a re-delivery after a crash lands a new object),
    and one post that breaks the contract."""
    from onering_ingest import events
    from onering_ingest.raw_zone import RawZone
    from onering_ingest.stream import synthetic_posts

    s3, bucket = raw
    posts = synthetic_posts(5, random.Random(7), datetime(2026, 1, 30, 12, tzinfo=timezone.utc))
    zone = RawZone(s3, bucket)
    messages = [*posts, posts[0], {**posts[1], "post_id": "not-a-uuid"}]
    for offset, post in enumerate(messages):
        zone.write(RawZone.key("stream", "posts", datetime(2026, 1, 30).date(), f"0-{offset}", "message.json"), events.encode(post),
                   "application/json")
    with db.connect() as connection:
        outcomes = Curator(s3, bucket, connection).run_once()
        assert [(o.rows, o.inserted, o.rejected) for o in outcomes] == [(1, 1, 0)] * 5 + [(1, 0, 0), (0, 0, 1)]
        again = Curator(s3, bucket, connection).run_once(everything=True)
        assert len(again) == 7 and all(o.inserted == o.updated == 0 for o in again), "a re-run changes nothing"
        rows = {r[0]: r[1:] for r in connection.execute(
            "SELECT post_id, author, text, lang, tags, created_at FROM curated.posts").fetchall()}
        ledger = connection.execute("SELECT target, rejected FROM raw.curated_objects WHERE raw_uri LIKE %s ORDER BY raw_uri",
                                    ("%dataset=posts%",)).fetchall()
    assert rows == {p["post_id"]: (p["author"], p["text"], p["lang"], sorted(p["tags"]),
                                   datetime.fromisoformat(p["created_at"].replace("Z", "+00:00"))) for p in posts}
    assert {target for target, _ in ledger} == {"curated.posts"} and sum(r for _, r in ledger) == 1
    with db.as_reader() as reader:
        assert reader.execute("SELECT count(*) FROM curated.posts").fetchone()[0] == 5


def test_the_changelog_is_applied_once_and_a_rerun_of_the_hook_changes_nothing(db):
    again = db.migrate()
    assert again.returncode == 0, again.stdout + again.stderr
    assert "created changeset" not in again.stdout, again.stdout
    assert again.stdout.count("unchanged changeset") == 5 and "0 created, 0 updated, 5 unchanged" in again.stdout, again.stdout
    with db.connect() as connection:
        owners = connection.execute(
            "SELECT schemaname || '.' || tablename || '=' || tableowner FROM pg_tables WHERE schemaname IN ('raw', 'curated', 'platform') "
            "ORDER BY 1").fetchall()
    assert [o[0] for o in owners] == [f"curated.posts={db.owner}", f"curated.traffic_readings={db.owner}",
                                      f"platform.infisical_credentials={db.owner}", f"raw.curated_objects={db.owner}"]


def test_the_command_line_curates_with_the_settings_the_platform_gives_the_container(db, raw, tmp_path):
    """`python -m onering_ingest curate --once` as the curate-traffic container runs it: libpq's variables, the password in
    a file, the S3 key in a shared-credentials file."""
    s3, bucket = raw
    land_the_seed_traffic(s3, bucket)
    credentials = tmp_path / "aws-credentials"
    credentials.write_text(f"[default]\naws_access_key_id = {os.environ['ONERING_TEST_S3_ACCESS_KEY']}\n"
                           f"aws_secret_access_key = {os.environ['ONERING_TEST_S3_SECRET_KEY']}")
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(INGESTORS), "INGEST_CONTRACTS_DIR": str(CONFIG / "contracts"),
           "AWS_SHARED_CREDENTIALS_FILE": str(credentials), "AWS_ENDPOINT_URL": os.environ["ONERING_TEST_S3_ENDPOINT"],
           "AWS_DEFAULT_REGION": os.environ["ONERING_TEST_S3_REGION"], "INGEST_BUCKET": bucket,
           "INGEST_PG_PASSWORD_FILE": str(tmp_path / "pg-password"),
           **db.libpq_environment(db.owner, tmp_path / "pg-password")}

    first = subprocess.run([sys.executable, "-m", "onering_ingest", "curate", "--once"], env=env, capture_output=True, text=True,
                           timeout=300)
    again = subprocess.run([sys.executable, "-m", "onering_ingest", "curate", "--once", "--all"], env=env, capture_output=True,
                           text=True, timeout=300)

    assert first.returncode == 0, first.stderr
    assert "128 reading(s) (128 new, 0 changed, 0 unchanged), 0 rejected" in first.stderr, first.stderr
    assert again.returncode == 0 and "3 reading(s) (0 new, 0 changed, 3 unchanged)" in again.stderr, again.stderr
    with db.connect() as connection:
        assert connection.execute("SELECT count(*) FROM curated.traffic_readings").fetchone()[0] == 131
    wrong = dict(env, PGUSER="nobody")
    failed = subprocess.run([sys.executable, "-m", "onering_ingest", "curate", "--once"], env=wrong, capture_output=True,
                            text=True, timeout=300)
    assert failed.returncode == 1 and "round failed" in failed.stderr, failed.stderr


def test_with_infisical_the_curation_reads_its_key_there_with_the_credentials_its_hook_keeps(db, raw, tmp_path):
    """The curate-traffic container where the stack runs Infisical: no key in the container, the credentials row the
    curate-traffic-secrets hook writes (platform.infisical_credentials, made by the changelog), the key read from the
    service's project each round. Before the row exists, and with a client secret Infisical refuses, a round fails
    naming what to run, and nothing is curated."""
    s3, bucket = raw
    land_the_seed_traffic(s3, bucket)
    api = InfisicalStub("curate-client", "curate-secret", "onering-curate-traffic", {
        "/AWS_ACCESS_KEY_ID": os.environ["ONERING_TEST_S3_ACCESS_KEY"], "/AWS_SECRET_ACCESS_KEY": os.environ["ONERING_TEST_S3_SECRET_KEY"]})
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(INGESTORS), "INGEST_CONTRACTS_DIR": str(CONFIG / "contracts"),
           # Nothing of boto3's own chain: a key can only come from Infisical.
           "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "absent"), "AWS_CONFIG_FILE": str(tmp_path / "absent"),
           "AWS_ENDPOINT_URL": os.environ["ONERING_TEST_S3_ENDPOINT"], "AWS_DEFAULT_REGION": os.environ["ONERING_TEST_S3_REGION"],
           "INGEST_BUCKET": bucket, "INGEST_INFISICAL_SERVICE": "curate-traffic",
           "INGEST_PG_PASSWORD_FILE": str(tmp_path / "pg-password"), **db.libpq_environment(db.owner, tmp_path / "pg-password")}

    def curate_once():
        return subprocess.run([sys.executable, "-m", "onering_ingest", "curate", "--once"], env=env, capture_output=True, text=True,
                              timeout=300)

    try:
        before = curate_once()
        assert before.returncode == 1, before.stderr
        assert "no Infisical credentials for curate-traffic in platform.infisical_credentials yet: the curate-traffic-secrets hook" \
            in before.stderr, before.stderr
        assert api.requests == []

        with db.connect() as connection:
            connection.execute("INSERT INTO platform.infisical_credentials (service, url, client_id, client_secret, project, environment) "
                               "VALUES ('curate-traffic', %s, 'curate-client', 'curate-secret', 'onering-curate-traffic', 'prod')", (api.url,))
        curated = curate_once()
        assert curated.returncode == 0, curated.stderr
        assert "128 reading(s) (128 new, 0 changed, 0 unchanged), 0 rejected" in curated.stderr, curated.stderr
        assert api.logins() == 1 and sorted(api.secret_reads()) == ["/AWS_ACCESS_KEY_ID", "/AWS_SECRET_ACCESS_KEY"]

        with db.connect() as connection:
            connection.execute("UPDATE platform.infisical_credentials SET client_secret = 'revoked'")
        refused = curate_once()
        assert refused.returncode == 1
        assert "Infisical refused the credentials of curate-traffic (401" in refused.stderr, refused.stderr
        assert "run the curate-traffic-secrets hook again" in refused.stderr
    finally:
        api.close()
    with db.as_reader() as reader:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            reader.execute("SELECT client_secret FROM platform.infisical_credentials")


def test_the_curator_refuses_a_connection_that_would_hold_one_transaction_for_every_object(db, raw):
    s3, bucket = raw
    with db.connect() as connection:
        connection.autocommit = False
        with pytest.raises(ValueError, match="autocommit"):
            Curator(s3, bucket, connection)


def test_the_sources_are_the_raw_folders_the_ingestors_write():
    from onering_ingest.raw_zone import RawZone

    prefixes = [source.prefix for source in curate.SOURCES]
    assert RawZone.key("file", "traffic", datetime(2026, 1, 30).date(), "r", "x.csv").startswith(prefixes[0])
    assert RawZone.key("http", "traffic_readings", datetime(2026, 1, 30).date(), "r", "payload.json").startswith(prefixes[1])
    assert RawZone.key("stream", "posts", datetime(2026, 1, 30).date(), "0-1", "message.json").startswith(prefixes[2])
