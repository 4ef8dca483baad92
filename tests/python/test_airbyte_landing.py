"""Seed 000's Airbyte step, from the source to what the DAG reads: Airbyte's own S3 source connector (the Python
connector Airbyte runs as source-s3) with the configuration the airbyte hook sends, kept by AirbyteHookTest in the Java
stage, against the S3 test server holding the seeded orders export; the DAG's bronze reader on those records in the
S3 destination's JSON lines layout.

The destination (a Java connector in Airbyte's platform) does not run here: the test writes the connector's records
as the destination documents its output (docs.airbyte.com/integrations/destinations/s3, "JSON Lines": one envelope
per record with ``_airbyte_raw_id``, ``_airbyte_extracted_at``, ``_airbyte_generation_id``, ``_airbyte_meta``
carrying the job's ``sync_id``, and the row in ``_airbyte_data``; files ``<stream>/<date>_<epoch>_<part>.jsonl.gz``,
GZIP by default)."""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import uuid
from pathlib import Path

import boto3
import jsonschema
import pandas as pd
import pytest

from conftest import REPO_ROOT, required_env

CONTRACT = REPO_ROOT / "target" / "contract" / "airbyte"
SOURCE_S3 = str(Path(sys.executable).parent / "source-s3")


def _kept(name: str) -> dict:
    path = CONTRACT / name
    assert path.exists(), f"no {path}: run the Java tests first (mvn test, AirbyteHookTest)"
    return json.loads(path.read_text())


def _connector(command: str, tmp_path: Path, config: dict, catalog: dict | None = None) -> list[dict]:
    """The connector's Airbyte protocol messages for one command (spec, check, read)."""
    args = [SOURCE_S3, command]
    if command != "spec":
        (tmp_path / "config.json").write_text(json.dumps(config))
        args += ["--config", str(tmp_path / "config.json")]
    if catalog is not None:
        (tmp_path / "catalog.json").write_text(json.dumps(catalog))
        args += ["--catalog", str(tmp_path / "catalog.json")]
    run = subprocess.run(args, capture_output=True, text=True, timeout=600)
    messages = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert run.returncode == 0, f"source-s3 {command} exited {run.returncode}: {run.stderr[-2000:]}"
    return messages


@pytest.fixture(scope="module")
def server() -> dict[str, str]:
    return required_env("ONERING_TEST_S3_ENDPOINT", "ONERING_TEST_S3_ACCESS_KEY", "ONERING_TEST_S3_SECRET_KEY",
                        "ONERING_TEST_S3_REGION")


@pytest.fixture(scope="module")
def s3(server):
    return boto3.client("s3", endpoint_url=server["ONERING_TEST_S3_ENDPOINT"],
                        aws_access_key_id=server["ONERING_TEST_S3_ACCESS_KEY"],
                        aws_secret_access_key=server["ONERING_TEST_S3_SECRET_KEY"],
                        region_name=server["ONERING_TEST_S3_REGION"])


@pytest.fixture(scope="module")
def source_config() -> dict:
    """The hook's source, as the connector receives it: the API's ``sourceType`` selects the connector."""
    configuration = dict(_kept("sources-onering-demo-orders.json")["configuration"])
    assert configuration.pop("sourceType") == "s3"
    return configuration


@pytest.fixture(scope="module")
def landing(tmp_path_factory, s3, server, source_config, bronze_bytes) -> dict:
    """The orders export seeded into a fresh bucket, the connector pointed at the test server, and its records."""
    bucket = f"airbyte-{uuid.uuid4().hex[:12]}"
    s3.create_bucket(Bucket=bucket)
    (glob,) = source_config["streams"][0]["globs"]
    s3.put_object(Bucket=bucket, Key=glob, Body=bronze_bytes)
    config = {**source_config, "bucket": bucket, "endpoint": server["ONERING_TEST_S3_ENDPOINT"],
              "credentials": {**source_config["credentials"],
                              "aws_access_key_id": server["ONERING_TEST_S3_ACCESS_KEY"],
                              "aws_secret_access_key": server["ONERING_TEST_S3_SECRET_KEY"]}}
    tmp = tmp_path_factory.mktemp("source-s3")
    status = [m["connectionStatus"] for m in _connector("check", tmp, config) if m["type"] == "CONNECTION_STATUS"]
    assert status and status[0]["status"] == "SUCCEEDED", status
    stream = source_config["streams"][0]["name"]
    catalog = {"streams": [{"stream": {"name": stream, "json_schema": {}, "supported_sync_modes": ["full_refresh"]},
                            "sync_mode": "full_refresh", "destination_sync_mode": "overwrite"}]}
    records = [m["record"] for m in _connector("read", tmp, config, catalog) if m["type"] == "RECORD"]
    return {"bucket": bucket, "stream": stream, "records": records}


def _land(s3, bucket: str, key: str, records: list[dict], sync_id: int, generation_id: int) -> None:
    """Writes records as the S3 destination lands them (JSON lines in its envelope, gzipped)."""
    lines = [json.dumps({"_airbyte_raw_id": str(uuid.uuid4()), "_airbyte_extracted_at": record["emitted_at"],
                         "_airbyte_generation_id": generation_id,
                         "_airbyte_meta": {"sync_id": sync_id, "changes": []},
                         "_airbyte_data": record["data"]}) for record in records]
    s3.put_object(Bucket=bucket, Key=key, Body=gzip.compress(("\n".join(lines) + "\n").encode()))


def test_the_hooks_source_is_valid_for_airbytes_s3_connector(tmp_path, source_config):
    (spec,) = [m["spec"] for m in _connector("spec", tmp_path, {}) if m["type"] == "SPEC"]
    jsonschema.validate(source_config, spec["connectionSpecification"])
    assert source_config["credentials"]["auth_type"] == "iam_user"


def test_the_connector_reads_every_row_of_the_export_as_strings(landing, bronze_bytes):
    from oner import medallion

    expected = medallion.read_bronze_csv(bronze_bytes)
    assert len(landing["records"]) == len(expected)
    assert {r["stream"] for r in landing["records"]} == {landing["stream"]}
    row = landing["records"][0]["data"]
    assert all(isinstance(row[column], str) for column in medallion.BRONZE_COLUMNS), row


def test_the_bronze_reader_reads_what_the_sync_landed(landing, s3):
    """What the DAG reads after its Airbyte step equals the export itself; an older sync's leftover (a failed
    overwrite leaves it) is not read, and a sync that landed nothing is named."""
    from oner import medallion

    bucket, stream, records = landing["bucket"], landing["stream"], landing["records"]
    prefix = f"{_kept('destinations-onering-bronze.json')['configuration']['s3_bucket_path']}/{stream}/"
    _land(s3, bucket, f"{prefix}2026_12_01_1764547200000_0.jsonl.gz", records[:5], sync_id=41, generation_id=1)
    _land(s3, bucket, f"{prefix}2026_12_02_1764633600000_0.jsonl.gz", records[: len(records) // 2], sync_id=42, generation_id=2)
    _land(s3, bucket, f"{prefix}2026_12_02_1764633600000_1.jsonl.gz", records[len(records) // 2:], sync_id=42, generation_id=2)
    keys = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix=prefix)["Contents"])
    objects = [s3.get_object(Bucket=bucket, Key=key)["Body"].read() for key in keys]

    bronze = medallion.read_bronze_airbyte(objects, 42)
    csv = REPO_ROOT / "config" / "seed-data" / "orders.csv"
    pd.testing.assert_frame_equal(bronze, medallion.read_bronze_csv(csv.read_bytes()))
    assert len(medallion.read_bronze_airbyte(objects, 41)) == 5
    with pytest.raises(ValueError, match="sync 43 landed no records"):
        medallion.read_bronze_airbyte(objects, 43)


def test_the_silver_step_accepts_the_landing(landing):
    """The records go through the DAG's silver transform as the export does: same rows kept and rejected."""
    from oner import medallion

    lines = [json.dumps({"_airbyte_meta": {"sync_id": 7}, "_airbyte_data": r["data"]}) for r in landing["records"]]
    from_airbyte = medallion.to_silver(medallion.read_bronze_airbyte(["\n".join(lines).encode()], 7), batch_id="b")
    csv = (REPO_ROOT / "config" / "seed-data" / "orders.csv").read_bytes()
    from_export = medallion.to_silver(medallion.read_bronze_csv(csv), batch_id="b")
    assert from_airbyte.summary() == from_export.summary()
    pd.testing.assert_frame_equal(from_airbyte.silver, from_export.silver)
