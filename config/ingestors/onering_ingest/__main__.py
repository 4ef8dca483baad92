"""The ingestors' command line: `python -m onering_ingest <service>` (the image's entrypoint).

  file [--once]              ingestor-file: poll the landing prefix every INGEST_INTERVAL_SECONDS
  http [--once]              ingestor-http: fetch INGEST_HTTP_URL every INGEST_INTERVAL_SECONDS
  stream-consume             ingestor-stream: land every message of INGEST_SOURCE_TOPIC
  stream-produce --count N   the demo source: N synthetic posts to INGEST_SOURCE_TOPIC, then exit
  curate [--once] [--all]    curate-traffic: RAW's traffic readings into curated.traffic_readings of the database
                             libpq's PGHOST/PGPORT/PGDATABASE/PGUSER name (password in INGEST_PG_PASSWORD_FILE),
                             every INGEST_INTERVAL_SECONDS; --all curates every object again, not only new ones. With
                             INGEST_INFISICAL_SERVICE set, each round reads the S3 key from that service's Infisical
                             project (infisical.py) instead of boto3's chain
  smoke CHECK [--timeout S]  one of seed 002's smoke checks (smoke.py), with the settings of the container it runs in;
                             prints one line, exit 0 when it passed, 1 when it failed

Services serve Prometheus metrics on INGEST_METRICS_PORT (the container's health check reads them too). A failed
round is logged and counted and the service carries on; `--once` exits non-zero instead.
"""
from __future__ import annotations

import argparse
import logging
import os
import random
import signal
import sys
import threading
from datetime import datetime, timezone
from typing import Callable

import boto3
from botocore.config import Config
from prometheus_client import Counter, Gauge, start_http_server

from . import bus as event_bus
from . import curate, infisical, smoke
from .file_ingestor import FileIngestor
from .http_ingestor import HttpIngestor
from .raw_zone import RawZone
from .settings import SettingsError, optional_int, required
from .stream import StreamIngestor, produce, synthetic_posts

LOG = logging.getLogger("onering_ingest")
OBJECTS = Counter("onering_ingest_objects", "Inputs handled, by outcome", ["service", "outcome"])
FAILURES = Counter("onering_ingest_failed_rounds", "Rounds that failed and will be retried", ["service"])
ROWS = Counter("onering_curate_rows", "Records the curation read, by outcome", ["outcome"])
S3_KEY_NAMES = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]
LAST_SUCCESS = Gauge("onering_ingest_last_success_timestamp_seconds", "When a round last succeeded", ["service"])


def s3_client(key: dict[str, str] | None = None):
    # Endpoint and region come from AWS_ENDPOINT_URL and AWS_DEFAULT_REGION; the key from `key` (AWS_ACCESS_KEY_ID,
    # AWS_SECRET_ACCESS_KEY) or else boto3's chain (the shared-credentials file the platform places).
    # Path-style addressing and checksums only where S3 requires them: Garage and SeaweedFS both accept that.
    credentials = {} if key is None else {"aws_access_key_id": key["AWS_ACCESS_KEY_ID"],
                                          "aws_secret_access_key": key["AWS_SECRET_ACCESS_KEY"]}
    return boto3.client("s3", config=Config(s3={"addressing_style": "path"}, retries={"mode": "standard"},
                                            request_checksum_calculation="when_required",
                                            response_checksum_validation="when_required"), **credentials)


def _bus(client_id: str) -> event_bus.EventBus:
    return event_bus.connect(required("INGEST_BROKER"), required("INGEST_BROKER_URL"), client_id)


def _loop(service: str, round_: Callable[[], list[str]], once: bool, stop: threading.Event, interval: float) -> int:
    """Runs `round_` (the outcomes of the inputs it handled) every `interval` seconds until SIGTERM."""
    if not once:
        start_http_server(optional_int("INGEST_METRICS_PORT", 9108))
    while True:
        try:
            for outcome in round_():
                OBJECTS.labels(service, outcome).inc()
            LAST_SUCCESS.labels(service).set_to_current_time()
        except Exception:  # noqa: BLE001 - a service survives a failed round; the next one retries it
            FAILURES.labels(service).inc()
            LOG.exception("%s: round failed", service)
            if once:
                return 1
        if once or stop.wait(interval):
            return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="onering_ingest", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("file", "http"):
        commands.add_parser(name).add_argument("--once", action="store_true", help="one round, then exit")
    curation = commands.add_parser("curate")
    curation.add_argument("--once", action="store_true", help="one round, then exit")
    curation.add_argument("--all", action="store_true", help="curate every RAW object again, not only those not curated yet")
    commands.add_parser("stream-consume")
    producer = commands.add_parser("stream-produce")
    producer.add_argument("--count", type=int, default=50)
    producer.add_argument("--seed", type=int, default=None, help="repeatable posts (default: different each run)")
    checker = commands.add_parser("smoke")
    checker.add_argument("check", choices=smoke.CHECKS)
    checker.add_argument("--timeout", type=float, default=150.0, help="seconds to wait for what the services do")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())

    try:
        if args.command == "smoke":
            return _smoke(args.check, args.timeout)
        if args.command == "stream-produce":
            if args.count < 1:
                raise SettingsError("--count must be at least 1")
            bus = _bus("stream-producer")
            produce(bus, required("INGEST_SOURCE_TOPIC"),
                    synthetic_posts(args.count, random.Random(args.seed), datetime.now(timezone.utc)))
            bus.close()
            LOG.info("produced %d post(s)", args.count)
            return 0
        if args.command == "curate":
            bucket = required("INGEST_BUCKET")
            secrets_service = os.environ.get("INGEST_INFISICAL_SERVICE", "").strip()
            s3 = None if secrets_service else s3_client()

            def curate_round() -> list[str]:
                # A connection per round: a restarted database costs one failed round, not the service.
                with curate.connect() as connection:
                    store = s3 if s3 is not None else s3_client(infisical.read(infisical.credentials(connection, secrets_service), S3_KEY_NAMES))
                    outcomes = curate.Curator(store, bucket, connection).run_once(everything=args.all)
                for outcome in outcomes:
                    ROWS.labels("upserted").inc(outcome.inserted + outcome.updated)
                    ROWS.labels("unchanged").inc(outcome.rows - outcome.inserted - outcome.updated)
                    ROWS.labels("rejected").inc(outcome.rejected)
                return ["curated" for _ in outcomes]

            return _loop("curate-traffic", curate_round, args.once, stop, optional_int("INGEST_INTERVAL_SECONDS", 60))
        s3 = s3_client()
        raw = RawZone(s3, required("INGEST_BUCKET"))
        topic = required("INGEST_TOPIC")
        if args.command == "file":
            files = FileIngestor(s3, raw, _bus("ingestor-file"), topic)
            return _loop("ingestor-file", lambda: [o.status for o in files.run_once()], args.once, stop,
                         optional_int("INGEST_INTERVAL_SECONDS", 30))
        if args.command == "http":
            http = HttpIngestor(required("INGEST_HTTP_URL"), required("INGEST_DATASET"), raw, _bus("ingestor-http"), topic)
            return _loop("ingestor-http", lambda: [http.run_once() and "ingested"], args.once, stop,
                         optional_int("INGEST_INTERVAL_SECONDS", 300))
        subscription = event_bus.subscribe(required("INGEST_BROKER"), required("INGEST_BROKER_URL"),
                                           required("INGEST_SOURCE_TOPIC"), "ingestor-stream")
        stream = StreamIngestor(subscription, raw, _bus("ingestor-stream"), topic, required("INGEST_DATASET"))
        # The poll's timeout paces the consumer: no pause between rounds.
        return _loop("ingestor-stream", lambda: ["ingested" for _ in stream.drain(1.0, max_messages=500)], False,
                     stop, 0)
    except SettingsError as error:
        print(f"onering_ingest {args.command}: {error}", file=sys.stderr)
        return 2


def _smoke(check: str, timeout_s: float) -> int:
    s3 = s3_client()
    bucket = required("INGEST_BUCKET")
    try:
        if check == "raw-bucket":
            print(smoke.raw_bucket(s3, bucket))
            return 0
        reader = event_bus.read_from_start(required("INGEST_BROKER"), required("INGEST_BROKER_URL"), required("INGEST_TOPIC"))
        publisher = None if check == "file" else _bus(f"smoke-{check}")
        try:
            if check == "file":
                print(smoke.file(s3, bucket, reader, timeout_s))
            elif check == "http":
                http = HttpIngestor(required("INGEST_HTTP_URL"), required("INGEST_DATASET"), RawZone(s3, bucket),
                                    publisher, required("INGEST_TOPIC"))
                print(smoke.http(http.run_once, s3, reader, timeout_s))
            else:
                print(smoke.stream(publisher, required("INGEST_SOURCE_TOPIC"), s3, reader, 3, timeout_s))
        finally:
            reader.close()
            if publisher is not None:
                publisher.close()
        return 0
    except SettingsError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure is the check's outcome, reported in one line
        print(f"{type(error).__name__}: {error}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
