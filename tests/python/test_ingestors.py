"""Seed 002's ingestors (config/ingestors) with their real libraries against real servers: the S3 test server, the
Kafka (and Pulsar) test brokers and a real WireMock serving config/wiremock. Contracts (config/contracts) are checked
with jsonschema. What the code under test wrote is read back with clients of the tests' own."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import boto3
import pytest
import yaml
from botocore.config import Config

from conftest import CONFIG, REPO_ROOT, dashboard_series, free_port, required_env, wait_until_ready

INGESTORS = CONFIG / "ingestors"
CONTRACTS = CONFIG / "contracts"
sys.path.insert(0, str(INGESTORS))

from onering_ingest import bus as event_bus  # noqa: E402
from onering_ingest import contracts  # noqa: E402
from onering_ingest import smoke  # noqa: E402
from onering_ingest.file_ingestor import FileIngestor, Rejected, check_csv  # noqa: E402
from onering_ingest.http_ingestor import FetchFailed, HttpIngestor  # noqa: E402
from onering_ingest.raw_zone import RawZone  # noqa: E402
from onering_ingest.stream import StreamIngestor, produce, synthetic_posts  # noqa: E402

TRAFFIC_CSV = CONFIG / "seed-data" / "traffic" / "traffic_2026-01-30.csv"
WIREMOCK_VERSION = "3.13.2"
RAW_URI = re.compile(r"^s3://(?P<bucket>[^/]+)/(?P<key>source=.+)$")


# --- contracts -------------------------------------------------------------------------------------------------------

def _schemas() -> list[str]:
    return sorted(p.name.removesuffix(".schema.json") for p in (CONTRACTS / "events").glob("*.schema.json"))


def test_every_contract_is_a_valid_schema_with_a_golden_example_that_matches_it():
    assert _schemas() == contracts.schema_names()
    assert {"envelope.v1", "ingest.file.v1", "ingest.http.v1", "ingest.stream.v1", "source.posts.v1"} <= set(_schemas())
    examples = sorted(p.stem for p in (CONTRACTS / "examples").glob("*.json"))
    assert examples == _schemas(), "one golden example per schema, and no example without a schema"
    for name in examples:
        contracts.validate(json.loads((CONTRACTS / "examples" / f"{name}.json").read_text()), name)


@pytest.mark.parametrize("change, complaint", [
    (lambda e: e["payload"].pop("raw_uri"), "raw_uri"),
    (lambda e: e.update(event_type="ingest.http"), "event_type"),
    (lambda e: e.update(unexpected=1), "unexpected"),
    (lambda e: e.update(occurred_at="2026-01-30 07:15:02"), "occurred_at"),
    (lambda e: e["payload"].update(rows=0), "rows"),
    (lambda e: e["payload"].update(raw_uri="s3://bronze/landing/traffic/x.csv"), "raw_uri"),
])
def test_a_contract_rejects_what_breaks_it_and_says_where(change, complaint):
    event = json.loads((CONTRACTS / "examples" / "ingest.file.v1.json").read_text())
    change(event)
    with pytest.raises(contracts.ContractViolation, match=complaint):
        contracts.validate(event, "ingest.file.v1")


def test_asyncapi_channels_are_the_event_topics_the_platform_creates_and_name_existing_schemas():
    spec = yaml.safe_load((CONTRACTS / "asyncapi.yaml").read_text())
    assert spec["asyncapi"].startswith("3.")
    topics = yaml.safe_load((CONFIG / "streaming" / "topics.yaml").read_text())["topics"]
    created = {f"{t['namespace']}.{t['name']}" for t in topics if t["namespace"] == "events"}
    addresses = {channel["address"] for channel in spec["channels"].values()}
    assert addresses == created
    for channel in spec["channels"].values():
        for message in channel["messages"].values():
            ref = message["payload"]["schema"]["$ref"]
            assert (CONTRACTS / ref).is_file(), ref
            assert channel["address"].endswith(Path(ref).name.removesuffix(".schema.json")), (channel["address"], ref)
    for operation in spec["operations"].values():
        assert operation["channel"]["$ref"].removeprefix("#/channels/") in spec["channels"]


def test_the_image_installs_the_versions_this_group_tests():
    locked = dict(line.split("==") for line in (REPO_ROOT / "tests/python/groups/ingest.txt").read_text().splitlines()
                  if "==" in line and not line.startswith("#"))
    for line in (INGESTORS / "requirements.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            assert locked.get(name) == version, f"{name}: image {version}, tests {locked.get(name)}"


# --- CSV checks ------------------------------------------------------------------------------------------------------

def test_the_seed_traffic_file_is_a_well_formed_csv_with_the_lakehouse_columns():
    columns, rows = check_csv(TRAFFIC_CSV.read_bytes())
    assert columns[0] == "reading_id" and len(columns) == 15 and rows == 129


@pytest.mark.parametrize("body, reason", [
    (b"", "empty file"),
    (b"a,b\n", "no data rows"),
    (b"a,,c\n1,2,3\n", "empty column name"),
    (b"a,b,a\n1,2,3\n", "repeats column"),
    (b"a,b\n1,2\n3\n", "row 2 has 1 fields"),
    (b"a,b\n\xff\xfe,1\n", "not UTF-8"),
])
def test_a_malformed_csv_is_rejected_with_the_reason(body, reason):
    with pytest.raises(Rejected, match=reason):
        check_csv(body)


# --- real servers ----------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def s3():
    env = required_env("ONERING_TEST_S3_ENDPOINT", "ONERING_TEST_S3_ACCESS_KEY", "ONERING_TEST_S3_SECRET_KEY",
                        "ONERING_TEST_S3_REGION")
    return boto3.client("s3", endpoint_url=env["ONERING_TEST_S3_ENDPOINT"], region_name=env["ONERING_TEST_S3_REGION"],
                        aws_access_key_id=env["ONERING_TEST_S3_ACCESS_KEY"],
                        aws_secret_access_key=env["ONERING_TEST_S3_SECRET_KEY"],
                        config=Config(s3={"addressing_style": "path"}, request_checksum_calculation="when_required",
                                      response_checksum_validation="when_required"))


@pytest.fixture
def bucket(s3):
    name = f"bronze-{uuid.uuid4().hex[:10]}"
    s3.create_bucket(Bucket=name)
    yield name
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=name):
        for item in page.get("Contents", []):
            s3.delete_object(Bucket=name, Key=item["Key"])
    s3.delete_bucket(Bucket=name)


def _keys(s3, bucket: str, prefix: str = "") -> list[str]:
    return sorted(item["Key"] for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
                  for item in page.get("Contents", []))


def _body(s3, uri: str) -> bytes:
    match = RAW_URI.match(uri)
    assert match, uri
    return s3.get_object(Bucket=match["bucket"], Key=match["key"])["Body"].read()


class Broker:
    """A test broker: topics for a test, and reading back what was published, with the tests' own clients."""

    def __init__(self, kind: str, url: str, admin_url: str | None):
        self.kind, self.url, self.admin_url = kind, url, admin_url

    def topic(self, name: str) -> str:
        unique = f"{name}.{uuid.uuid4().hex[:8]}"
        if self.kind == "kafka":
            from confluent_kafka.admin import AdminClient, NewTopic

            admin = AdminClient({"bootstrap.servers": self.url})  # kept alive until the topic exists
            admin.create_topics([NewTopic(unique, num_partitions=3)])[unique].result(timeout=60)
            return unique
        return f"persistent://public/default/{unique}"

    def read(self, topic: str, count: int, timeout_s: float = 120) -> list[dict]:
        deadline = time.monotonic() + timeout_s
        values = []
        if self.kind == "kafka":
            from confluent_kafka import Consumer, TopicPartition

            consumer = Consumer({"bootstrap.servers": self.url, "group.id": f"reader-{uuid.uuid4().hex}",
                                 "auto.offset.reset": "earliest"})
            consumer.subscribe([topic])
            try:
                while len(values) < count and time.monotonic() < deadline:
                    message = consumer.poll(1.0)
                    if message is not None and not message.error():
                        values.append(json.loads(message.value()))
                # Nothing more than expected was published: the partitions' end offsets add up to the count.
                partitions = consumer.list_topics(topic, timeout=30).topics[topic].partitions
                published = sum(consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=30)[1] for p in partitions)
                assert published == count, f"{topic} holds {published} message(s), expected {count}"
            finally:
                consumer.close()
        else:
            import pulsar

            client = pulsar.Client(self.url)
            reader = client.create_reader(topic, pulsar.MessageId.earliest)
            try:
                while len(values) < count and time.monotonic() < deadline:
                    try:
                        values.append(json.loads(reader.read_next(timeout_millis=1000).data()))
                    except pulsar.Timeout:
                        pass
                assert not reader.has_message_available(), f"unexpected extra message on {topic}"
            finally:
                client.close()
        assert len(values) == count, f"{topic}: {len(values)} of {count} message(s) within {timeout_s:.0f} s"
        return values


@pytest.fixture(params=["kafka", "pulsar"])
def broker(request) -> Broker:
    if request.param == "kafka":
        env = required_env("ONERING_TEST_KAFKA_BOOTSTRAP")
        return Broker("kafka", env["ONERING_TEST_KAFKA_BOOTSTRAP"], None)
    env = required_env("ONERING_TEST_PULSAR_URL", "ONERING_TEST_PULSAR_ADMIN_URL")
    return Broker("pulsar", env["ONERING_TEST_PULSAR_URL"], env["ONERING_TEST_PULSAR_ADMIN_URL"])


@pytest.fixture
def bus(broker):
    connection = event_bus.connect(broker.kind, broker.url, "tests")
    yield connection
    connection.close()


def _wiremock_jar() -> Path:
    jar = (Path.home() / ".m2/repository/org/wiremock/wiremock-standalone" / WIREMOCK_VERSION
           / f"wiremock-standalone-{WIREMOCK_VERSION}.jar")
    if not jar.is_file():
        subprocess.run(["mvn", "-q", "-B", "dependency:get", f"-Dartifact=org.wiremock:wiremock-standalone:{WIREMOCK_VERSION}",
                        "-Dtransitive=false"], check=True, timeout=600)
    return jar


@pytest.fixture(scope="module")
def wiremock(tmp_path_factory):
    """The platform's mock API: the WireMock version of its image, serving the committed stubs."""
    java = shutil.which("java")
    assert java, "java is needed to run WireMock"
    port = free_port()
    log = tmp_path_factory.mktemp("wiremock") / "wiremock.log"
    with log.open("w") as out:
        process = subprocess.Popen([java, "-Xmx256m", "-jar", str(_wiremock_jar()), "--bind-address", "127.0.0.1",
                                    "--port", str(port), "--root-dir", str(CONFIG / "wiremock"), "--disable-banner"],
                                   stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_ready(f"{url}/__admin/health", process, log, "WireMock")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _check_events(published: list[dict], schema: str) -> None:
    for event in published:
        contracts.validate(event, schema)


# --- ingestor-file ---------------------------------------------------------------------------------------------------

def test_file_ingestor_lands_a_csv_in_raw_publishes_its_event_and_moves_it_to_processed(s3, bucket, broker, bus):
    topic = broker.topic("events.ingest.file.v1")
    s3.put_object(Bucket=bucket, Key="landing/traffic/traffic_2026-01-30.csv", Body=TRAFFIC_CSV.read_bytes())
    ingestor = FileIngestor(s3, RawZone(s3, bucket), bus, topic)

    outcomes = ingestor.run_once()

    assert [(o.source_key, o.status) for o in outcomes] == [("landing/traffic/traffic_2026-01-30.csv", "ingested")]
    raw = _keys(s3, bucket, "source=")
    assert len(raw) == 1 and re.fullmatch(r"source=file/dataset=traffic/dt=\d{4}-\d{2}-\d{2}/run-id=[0-9a-f]{16}/"
                                          r"traffic_2026-01-30\.csv", raw[0]), raw
    assert _body(s3, f"s3://{bucket}/{raw[0]}") == TRAFFIC_CSV.read_bytes()
    assert _keys(s3, bucket, "landing/") == [raw[0].replace("source=file/dataset=traffic/", "landing/processed/traffic/")]
    [event] = broker.read(topic, 1)
    _check_events([event], "ingest.file.v1")
    assert event["payload"]["raw_uri"] == f"s3://{bucket}/{raw[0]}"
    assert event["payload"]["rows"] == 129 and event["payload"]["columns"][0] == "reading_id"
    assert ingestor.run_once() == [], "nothing is left in landing"


def test_a_file_landed_twice_is_one_raw_object_and_the_same_event_id(s3, bucket, broker, bus):
    topic = broker.topic("events.ingest.file.v1")
    ingestor = FileIngestor(s3, RawZone(s3, bucket), bus, topic)
    for _ in range(2):
        s3.put_object(Bucket=bucket, Key="landing/traffic/readings.csv", Body=TRAFFIC_CSV.read_bytes())
        assert [o.status for o in ingestor.run_once()] == ["ingested"]
    assert len(_keys(s3, bucket, "source=")) == 1
    first, second = broker.read(topic, 2)
    assert first["event_id"] == second["event_id"] and first["payload"]["raw_uri"] == second["payload"]["raw_uri"]


def test_a_bad_file_goes_to_quarantine_with_its_reason_and_publishes_nothing(s3, bucket, broker, bus):
    topic = broker.topic("events.ingest.file.v1")
    s3.put_object(Bucket=bucket, Key="landing/traffic/broken.csv", Body=b"reading_id,sensor_id\nR-1\n")
    s3.put_object(Bucket=bucket, Key="landing/traffic/notes.txt", Body=b"hello")
    s3.put_object(Bucket=bucket, Key="landing/stray.csv", Body=b"a\n1\n")

    outcomes = {o.source_key: o for o in FileIngestor(s3, RawZone(s3, bucket), bus, topic).run_once()}

    assert {k: o.status for k, o in outcomes.items()} == {
        "landing/traffic/broken.csv": "quarantined", "landing/traffic/notes.txt": "quarantined",
        "landing/stray.csv": "quarantined"}
    assert "row 1 has 1 fields" in outcomes["landing/traffic/broken.csv"].detail
    assert _keys(s3, bucket, "source=") == []
    quarantined = _keys(s3, bucket, "landing/")
    assert all(k.startswith("landing/quarantine/") for k in quarantined), quarantined
    [reason_key] = [k for k in quarantined if k.endswith("broken.csv.error.json")]
    reason = json.loads(s3.get_object(Bucket=bucket, Key=reason_key)["Body"].read())
    assert reason["source_uri"] == f"s3://{bucket}/landing/traffic/broken.csv" and "row 1" in reason["reason"]
    broker.read(topic, 0, timeout_s=5)


def test_an_unacknowledged_event_leaves_the_file_in_landing_and_the_next_round_completes_it(s3, bucket, broker, bus):
    topic = broker.topic("events.ingest.file.v1")
    s3.put_object(Bucket=bucket, Key="landing/traffic/readings.csv", Body=TRAFFIC_CSV.read_bytes())
    unreachable = f"127.0.0.1:{free_port()}" if broker.kind == "kafka" else f"pulsar://127.0.0.1:{free_port()}"
    dead_bus = event_bus.connect(broker.kind, unreachable, "tests", timeout_s=3)

    with pytest.raises(Exception):
        FileIngestor(s3, RawZone(s3, bucket), dead_bus, topic).run_once()

    assert _keys(s3, bucket, "landing/") == ["landing/traffic/readings.csv"], "the file waits for the next round"
    assert len(_keys(s3, bucket, "source=")) == 1, "RAW was written before the event"
    assert [o.status for o in FileIngestor(s3, RawZone(s3, bucket), bus, topic).run_once()] == ["ingested"]
    assert len(_keys(s3, bucket, "source=")) == 1, "the retry wrote the same RAW object, not a second one"
    broker.read(topic, 1)


# --- ingestor-http ---------------------------------------------------------------------------------------------------

def test_http_ingestor_stores_the_mock_apis_answer_in_raw_and_publishes_ingest_http(s3, bucket, broker, bus, wiremock):
    topic = broker.topic("events.ingest.http.v1")
    url = f"{wiremock}/api/v1/traffic/readings"
    ingestor = HttpIngestor(url, "traffic_readings", RawZone(s3, bucket), bus, topic)

    first = ingestor.run_once()
    second = ingestor.run_once()

    with urllib.request.urlopen(url) as answer:
        served = answer.read()
    assert _body(s3, first["payload"]["raw_uri"]) == served
    assert json.loads(served)["readings"], "the stub serves readings"
    assert first["payload"]["raw_uri"].endswith("/payload.json") and "/source=http/dataset=traffic_readings/" in first["payload"]["raw_uri"]
    assert second["payload"]["raw_uri"] == first["payload"]["raw_uri"], "an unchanged source is the same run"
    assert len(_keys(s3, bucket, "source=http/")) == 1
    published = broker.read(topic, 2)
    _check_events(published, "ingest.http.v1")
    assert published[0] == first and published[0]["payload"]["url"] == url


def test_http_ingestor_writes_nothing_when_the_source_does_not_answer_200(s3, bucket, broker, bus, wiremock):
    topic = broker.topic("events.ingest.http.v1")
    ingestor = HttpIngestor(f"{wiremock}/api/v1/traffic/sensors/UNKNOWN-9", "traffic_sensor", RawZone(s3, bucket), bus, topic)
    with pytest.raises(FetchFailed, match="answered 404"):
        ingestor.run_once()
    assert _keys(s3, bucket) == []
    broker.read(topic, 0, timeout_s=5)


# --- ingestor-stream -------------------------------------------------------------------------------------------------

def test_stream_ingestor_lands_every_message_with_its_position_and_commits_only_after_the_event(s3, bucket, broker, bus):
    source, target = broker.topic("events.source.posts.v1"), broker.topic("events.ingest.stream.v1")
    import random
    from datetime import datetime, timezone

    posts = synthetic_posts(6, random.Random(7), datetime.now(timezone.utc))
    produce(bus, source, posts[:5])
    group = f"ingestor-stream-{uuid.uuid4().hex[:6]}"
    subscription = event_bus.subscribe(broker.kind, broker.url, source, group)
    landed: list[dict] = []
    # A new group's first polls may wait for its partitions: drain until all five are in, bounded only against a hang.
    deadline = time.monotonic() + 120
    try:
        ingestor = StreamIngestor(subscription, RawZone(s3, bucket), bus, target, "posts")
        while len(landed) < 5 and time.monotonic() < deadline:
            landed += ingestor.drain(1.0, max_messages=5 - len(landed))
    finally:
        subscription.close()

    assert len(landed) == 5
    _check_events(landed, "ingest.stream.v1")
    assert sorted(json.loads(_body(s3, e["payload"]["raw_uri"]))["post_id"] for e in landed) == sorted(p["post_id"] for p in posts[:5])
    assert len({(e["payload"]["partition"], e["payload"]["offset"]) for e in landed}) == 5
    assert all(e["payload"]["topic"].endswith(source.rsplit("/", 1)[-1]) for e in landed)
    assert len(_keys(s3, bucket, "source=stream/dataset=posts/")) == 5
    assert sorted(e["event_id"] for e in broker.read(target, 5)) == sorted(e["event_id"] for e in landed)

    # The five were committed: the group, subscribing again, gets the next post first and none of them.
    produce(bus, source, posts[5:])
    again = event_bus.subscribe(broker.kind, broker.url, source, group)
    try:
        received = None
        deadline = time.monotonic() + 120
        while received is None and time.monotonic() < deadline:
            received = again.poll(1.0)
        assert received is not None, "the group received nothing within 120 s"
        assert json.loads(received.value)["post_id"] == posts[5]["post_id"], "a committed message was delivered again"
    finally:
        again.close()


def test_the_demo_posts_match_their_contract():
    import random
    from datetime import datetime, timezone

    posts = synthetic_posts(50, random.Random(1), datetime(2026, 1, 30, tzinfo=timezone.utc))
    for post in posts:
        contracts.validate(post, "source.posts.v1")
    assert len({p["post_id"] for p in posts}) == 50


# --- seed 002's smoke checks (bin/onering smoke runs them in the deployed containers) ---------------------------------

class Service:
    """A running service for a smoke check to observe: `round_` every 0.2 s on a thread, as the container's loop
    (onering_ingest.__main__._loop): a failed round is logged and the next one retries it, instead of ending the
    thread and leaving the check to time out without a word."""

    def __init__(self, round_):
        self._round, self._stop = round_, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            try:
                self._round()
            except Exception:  # noqa: BLE001 - as the service: a failed round is retried by the next one
                logging.getLogger(__name__).exception("service round failed")
            self._stop.wait(0.2)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_):
        self._stop.set()
        self._thread.join(timeout=60)


def test_smoke_raw_bucket_writes_reads_and_deletes_and_leaves_nothing(s3, bucket):
    assert smoke.raw_bucket(s3, bucket) == f"the ingestors' key writes, reads and deletes in s3://{bucket}"
    assert _keys(s3, bucket) == []
    with pytest.raises(Exception, match="NoSuchBucket|Not Found|404"):
        smoke.raw_bucket(s3, f"missing-{uuid.uuid4().hex[:8]}")


def test_smoke_file_passes_while_ingestor_file_runs_and_names_what_is_missing_when_it_does_not(s3, bucket, broker, bus):
    topic = broker.topic("events.ingest.file.v1")
    ingestor = FileIngestor(s3, RawZone(s3, bucket), bus, topic)
    reader = event_bus.read_from_start(broker.kind, broker.url, topic)
    try:
        with pytest.raises(smoke.SmokeFailed, match=r"no ingest.file event for s3://.*/landing/smoke/smoke-\w+\.csv "
                                                    r"within 2 s \(the file is still in landing\)"):
            smoke.file(s3, bucket, reader, timeout_s=2)
        with Service(ingestor.run_once):
            line = smoke.file(s3, bucket, reader, timeout_s=120)
    finally:
        reader.close()
    assert re.fullmatch(r"s3://\S+/landing/smoke/smoke-\w+\.csv is in RAW at s3://\S+/source=file/dataset=smoke/\S+ "
                        r"and in processed/, event [0-9a-f-]{36}", line), line
    assert not [k for k in _keys(s3, bucket, "landing/") if not k.startswith("landing/processed/")], \
        "both smoke files were ingested: none waits in landing"


def test_smoke_http_runs_one_round_and_finds_its_event(s3, bucket, broker, bus, wiremock):
    topic = broker.topic("events.ingest.http.v1")
    reader = event_bus.read_from_start(broker.kind, broker.url, topic)
    try:
        line = smoke.http(HttpIngestor(f"{wiremock}/api/v1/traffic/readings", "traffic_readings", RawZone(s3, bucket),
                                       bus, topic).run_once, s3, reader, timeout_s=120)
        assert line.startswith(f"{wiremock}/api/v1/traffic/readings answered 200; the payload is in RAW at s3://{bucket}/"), line
        with pytest.raises(FetchFailed, match="answered 404"):
            smoke.http(HttpIngestor(f"{wiremock}/api/v1/traffic/sensors/UNKNOWN-9", "traffic_sensor", RawZone(s3, bucket),
                                    bus, topic).run_once, s3, reader, timeout_s=5)
    finally:
        reader.close()


def test_smoke_stream_finds_each_post_it_produced_in_raw_only_while_ingestor_stream_runs(s3, bucket, broker, bus):
    source, target = broker.topic("events.source.posts.v1"), broker.topic("events.ingest.stream.v1")
    reader = event_bus.read_from_start(broker.kind, broker.url, target)
    try:
        with pytest.raises(smoke.SmokeFailed, match=r"0 of 3 post\(s\) reached RAW"):
            smoke.stream(bus, source, s3, reader, 3, timeout_s=2)
        subscription = event_bus.subscribe(broker.kind, broker.url, source, f"ingestor-stream-{uuid.uuid4().hex[:6]}")
        ingestor = StreamIngestor(subscription, RawZone(s3, bucket), bus, target, "posts")
        try:
            with Service(lambda: ingestor.drain(0.5)):
                line = smoke.stream(bus, source, s3, reader, 3, timeout_s=120)
        finally:
            subscription.close()
    finally:
        reader.close()
    assert line.startswith(f"3 post(s) produced to {source} are in RAW, each with its ingest.stream event ("), line
    # The failed attempt's three posts were landed too once the consumer ran: RAW holds all six, each once.
    assert len(_keys(s3, bucket, "source=stream/dataset=posts/")) == 6


# --- the command line ------------------------------------------------------------------------------------------------

def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "onering_ingest", *args], cwd=INGESTORS, env=env,
                          capture_output=True, text=True, timeout=180)


def test_the_file_service_runs_one_round_from_the_settings_the_platform_gives_it(s3, bucket, broker, tmp_path):
    s3env = required_env("ONERING_TEST_S3_ENDPOINT", "ONERING_TEST_S3_ACCESS_KEY", "ONERING_TEST_S3_SECRET_KEY",
                          "ONERING_TEST_S3_REGION")
    topic = broker.topic("events.ingest.file.v1")
    s3.put_object(Bucket=bucket, Key="landing/traffic/readings.csv", Body=TRAFFIC_CSV.read_bytes())
    # The key as the platform places it (components/poc/Ingestors): a shared-credentials file, not environment.
    credentials = tmp_path / "aws-credentials"
    credentials.write_text(f"[default]\naws_access_key_id = {s3env['ONERING_TEST_S3_ACCESS_KEY']}\n"
                           f"aws_secret_access_key = {s3env['ONERING_TEST_S3_SECRET_KEY']}")
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "INGEST_CONTRACTS_DIR": str(CONTRACTS),
           "AWS_ENDPOINT_URL": s3env["ONERING_TEST_S3_ENDPOINT"], "AWS_DEFAULT_REGION": s3env["ONERING_TEST_S3_REGION"],
           "AWS_SHARED_CREDENTIALS_FILE": str(credentials),
           "INGEST_BUCKET": bucket, "INGEST_BROKER": broker.kind, "INGEST_BROKER_URL": broker.url, "INGEST_TOPIC": topic}

    done = _cli(["file", "--once"], env)

    assert done.returncode == 0, done.stderr
    assert len(_keys(s3, bucket, "source=file/")) == 1
    broker.read(topic, 1)
    missing = _cli(["file", "--once"], {k: v for k, v in env.items() if k != "INGEST_TOPIC"})
    assert missing.returncode == 2 and "INGEST_TOPIC is not set" in missing.stderr, missing.stderr

    # The smoke checks from the same settings: one line, exit 0 or 1.
    passed = _cli(["smoke", "raw-bucket"], env)
    assert (passed.returncode, passed.stdout) == (0, f"the ingestors' key writes, reads and deletes in s3://{bucket}\n"), passed.stderr
    failed = _cli(["smoke", "file", "--timeout", "2"], env)
    assert failed.returncode == 1 and failed.stdout.startswith("SmokeFailed: no ingest.file event for "), failed.stdout + failed.stderr


# --- the broker in Grafana ----------------------------------------------------------------------------------------

def test_the_overview_dashboards_pulsar_panels_read_series_the_broker_exposes_per_topic():
    """The panels' series, labelled with a topic that has a producer and a subscription, on the Pulsar test server
    (the platform's Pulsar version) at the path Prometheus scrapes (PulsarBroker's /metrics/)."""
    env = required_env("ONERING_TEST_PULSAR_URL", "ONERING_TEST_PULSAR_ADMIN_URL")
    wanted = dashboard_series("pulsar_")
    assert wanted, "the overview dashboard has Pulsar panels"
    import pulsar

    topic = f"persistent://public/default/dashboard.{uuid.uuid4().hex[:8]}"
    client = pulsar.Client(env["ONERING_TEST_PULSAR_URL"])
    try:
        client.subscribe(topic, "dashboard-check")  # a subscription, so the topic has a backlog to report
        client.create_producer(topic).send(b"{}")
        deadline = time.monotonic() + 120
        while True:
            with urllib.request.urlopen(env["ONERING_TEST_PULSAR_ADMIN_URL"] + "/metrics/", timeout=30) as answer:
                body = answer.read().decode()
            exposed = set(re.findall(r'^(pulsar_\w+)\{[^}]*topic="' + re.escape(topic) + '"', body, re.M))
            if wanted <= exposed or time.monotonic() > deadline:
                break
            time.sleep(2)
    finally:
        client.close()
    assert wanted <= exposed, f"not exposed for {topic}: {sorted(wanted - exposed)}"
