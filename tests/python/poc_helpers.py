"""Seed 002's poc database and RAW zone on the real test servers, made the way the platform makes them.

The database: the offline plan of a poc stack (the built jar's `onering plan`) says which extensions, schemas,
roles, grants and default privileges the postgresql provider creates; `poc_database` issues the statements the
provider issues for them, as the test server's superuser, under per-run names (database `poc` -> `poc_<run>`, role
`poc_owner` -> `poc_owner_<run>`, `agent_api` -> `agent_api_<run>`), and applies the project's changelog with the
postgres-poc-migrations hook of the built jar, as the owner: the same order of steps a `pulumi up` may take, or the
other one (grants after the tables). RAW: objects written with the ingestors' own RawZone under the keys the
ingestors use, in a fresh bucket of the S3 test server.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import psycopg
import pytest
from psycopg import sql

from conftest import CONFIG, REPO_ROOT, required_env

INGESTORS = CONFIG / "ingestors"
if str(INGESTORS) not in sys.path:
    sys.path.insert(0, str(INGESTORS))

from onering_ingest.raw_zone import RawZone, sha256  # noqa: E402

JAR = REPO_ROOT / "target" / "onering.jar"
TRAFFIC_CSV = CONFIG / "seed-data" / "traffic" / "traffic_2026-01-30.csv"
MOCK_READINGS = CONFIG / "wiremock" / "__files" / "traffic-readings.json"
PG_SETTINGS = ("ONERING_TEST_PG_HOST", "ONERING_TEST_PG_PORT", "ONERING_TEST_PG_USER", "ONERING_TEST_PG_PASSWORD")
S3_SETTINGS = ("ONERING_TEST_S3_ENDPOINT", "ONERING_TEST_S3_ACCESS_KEY", "ONERING_TEST_S3_SECRET_KEY", "ONERING_TEST_S3_REGION")
PLANNED_DATABASE, PLANNED_OWNER, PLANNED_READER = "poc", "poc_owner", "agent_api"


def _need_jar() -> None:
    if not JAR.is_file():
        pytest.fail(f"{JAR} is missing: build it first (mvn -q -B package -DskipTests); the tests run its plan and hook")


@lru_cache(maxsize=None)
def poc_plan() -> tuple[dict, ...]:
    """The resources of the offline plan of a stack with the poc profile only (and what it depends on)."""
    _need_jar()
    with tempfile.TemporaryDirectory() as folder:
        stack = Path(folder) / "Pulumi.poc.yaml"
        stack.write_text("config:\n  onering:profiles: [poc]\n")
        out = subprocess.run([str(REPO_ROOT / "bin" / "onering"), "plan", "--stack", "poc", "--config-file", str(stack),
                              "--format", "json"], capture_output=True, text=True, timeout=300, check=True).stdout
    return tuple(json.loads(out)["resources"])


def planned(type_suffix: str) -> list[dict]:
    return [r for r in poc_plan() if r["type"].endswith(type_suffix)]


@dataclass(frozen=True)
class PocDatabase:
    pg: dict
    name: str
    owner: str
    owner_password: str
    reader: str
    reader_password: str

    def connect(self, role: str | None = None, password: str | None = None, **kwargs) -> psycopg.Connection:
        """A connection to this database, as `role` (the owner by default)."""
        return psycopg.connect(host=self.pg["ONERING_TEST_PG_HOST"], port=self.pg["ONERING_TEST_PG_PORT"], dbname=self.name,
                               user=role or self.owner, password=password or self.owner_password, autocommit=True, **kwargs)

    def as_reader(self, **kwargs) -> psycopg.Connection:
        return self.connect(self.reader, self.reader_password, **kwargs)

    def libpq_environment(self, role: str, password_file: Path) -> dict[str, str]:
        """What the platform gives a container: libpq's variables (the password in a file, named separately)."""
        password_file.write_text(self.owner_password if role == self.owner else self.reader_password)
        return {"PGHOST": self.pg["ONERING_TEST_PG_HOST"], "PGPORT": self.pg["ONERING_TEST_PG_PORT"], "PGDATABASE": self.name,
                "PGUSER": role, "PGAPPNAME": "tests"}

    def migrate(self) -> subprocess.CompletedProcess:
        """The postgres-poc-migrations hook of the built jar, as the platform runs it: as the owner."""
        _need_jar()
        return subprocess.run(["java", "-jar", str(JAR), "hook", "postgres-poc-migrations"], capture_output=True, text=True,
                              timeout=300, check=False, env={
                                  "PATH": "/usr/bin:/bin",
                                  "JDBC_URL": f"jdbc:postgresql://{self.pg['ONERING_TEST_PG_HOST']}:{self.pg['ONERING_TEST_PG_PORT']}/{self.name}",
                                  "JDBC_USER": self.owner, "JDBC_PASSWORD": self.owner_password})


def _admin(pg: dict, dbname: str) -> psycopg.Connection:
    return psycopg.connect(host=pg["ONERING_TEST_PG_HOST"], port=pg["ONERING_TEST_PG_PORT"], dbname=dbname,
                           user=pg["ONERING_TEST_PG_USER"], password=pg["ONERING_TEST_PG_PASSWORD"], autocommit=True)


def _apply_reader_grants(admin: psycopg.Connection, db: PocDatabase) -> int:
    """The planned grants and default privileges of the agent API's role, as the provider issues them."""
    names = {PLANNED_DATABASE: db.name, PLANNED_OWNER: db.owner, PLANNED_READER: db.reader}
    applied = 0
    for grant in planned("/grant:Grant") + planned("/defaultPrivileges:DefaultPrivileges"):
        inputs = grant["inputs"]
        if inputs.get("role") != PLANNED_READER:
            continue
        assert inputs["database"] == PLANNED_DATABASE, grant
        privileges = sql.SQL(", ").join(sql.SQL(p) for p in inputs["privileges"])
        role = sql.Identifier(names[inputs["role"]])
        kind = inputs["objectType"]
        if grant["type"].endswith("DefaultPrivileges"):
            assert kind == "table", grant
            admin.execute(sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} GRANT {} ON TABLES TO {}").format(
                sql.Identifier(names[inputs["owner"]]), sql.Identifier(inputs["schema"]), privileges, role))
        elif kind == "database":
            admin.execute(sql.SQL("GRANT {} ON DATABASE {} TO {}").format(privileges, sql.Identifier(db.name), role))
        elif kind == "schema":
            admin.execute(sql.SQL("GRANT {} ON SCHEMA {} TO {}").format(privileges, sql.Identifier(inputs["schema"]), role))
        elif kind == "table":
            admin.execute(sql.SQL("GRANT {} ON ALL TABLES IN SCHEMA {} TO {}").format(privileges, sql.Identifier(inputs["schema"]), role))
        else:
            raise AssertionError(f"a grant the test does not know how to apply: {grant}")
        applied += 1
    return applied


@contextmanager
def poc_database(grants_before_tables: bool = True) -> Iterator[PocDatabase]:
    """A fresh poc database as planned, migrated, with the agent API's role; everything dropped afterwards."""
    pg = required_env(*PG_SETTINGS)
    run = uuid.uuid4().hex[:10]
    db = PocDatabase(pg, f"{PLANNED_DATABASE}_{run}", f"{PLANNED_OWNER}_{run}", uuid.uuid4().hex, f"{PLANNED_READER}_{run}",
                     uuid.uuid4().hex)
    roles = {r["inputs"]["name"] for r in planned("/role:Role")}
    assert {PLANNED_OWNER, PLANNED_READER} <= roles, roles
    with _admin(pg, "postgres") as admin:
        for role, password in ((db.owner, db.owner_password), (db.reader, db.reader_password)):
            admin.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(role), sql.Literal(password)))
        admin.execute(sql.SQL("CREATE DATABASE {} OWNER {} TEMPLATE template0 ENCODING 'UTF8'").format(
            sql.Identifier(db.name), sql.Identifier(db.owner)))
        admin.execute(sql.SQL("REVOKE ALL PRIVILEGES ON DATABASE {} FROM PUBLIC").format(sql.Identifier(db.name)))
    try:
        with _admin(pg, db.name) as admin:
            for extension in planned("/extension:Extension"):
                if extension["inputs"]["database"] == PLANNED_DATABASE:
                    admin.execute(sql.SQL("CREATE EXTENSION IF NOT EXISTS {}").format(sql.Identifier(extension["inputs"]["name"])))
            for schema in planned("/schema:Schema"):
                if schema["inputs"]["database"] == PLANNED_DATABASE:
                    assert schema["inputs"]["owner"] == PLANNED_OWNER
                    admin.execute(sql.SQL("CREATE SCHEMA {} AUTHORIZATION {}").format(
                        sql.Identifier(schema["inputs"]["name"]), sql.Identifier(db.owner)))
            if grants_before_tables:
                assert _apply_reader_grants(admin, db) == 4
            migrated = db.migrate()
            assert migrated.returncode == 0, migrated.stdout + migrated.stderr
            if not grants_before_tables:
                assert _apply_reader_grants(admin, db) == 4
        yield db
    finally:
        with _admin(pg, "postgres") as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db.name)))
            for role in (db.reader, db.owner):
                admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def s3_client():
    import boto3
    from botocore.config import Config

    env = required_env(*S3_SETTINGS)
    return boto3.client("s3", endpoint_url=env["ONERING_TEST_S3_ENDPOINT"], region_name=env["ONERING_TEST_S3_REGION"],
                        aws_access_key_id=env["ONERING_TEST_S3_ACCESS_KEY"],
                        aws_secret_access_key=env["ONERING_TEST_S3_SECRET_KEY"],
                        config=Config(s3={"addressing_style": "path"}, request_checksum_calculation="when_required",
                                      response_checksum_validation="when_required"))


@contextmanager
def bronze_bucket(s3) -> Iterator[str]:
    name = f"bronze-{uuid.uuid4().hex[:10]}"
    s3.create_bucket(Bucket=name)
    try:
        yield name
    finally:
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=name):
            for item in page.get("Contents", []):
                s3.delete_object(Bucket=name, Key=item["Key"])
        s3.delete_bucket(Bucket=name)


def land_in_raw(s3, bucket: str, source: str, dataset: str, name: str, body: bytes, day: date = date(2026, 1, 30)) -> str:
    """Writes `body` to RAW as the ingestor of `source` would (run id = content hash); its s3:// URI."""
    content_type = "text/csv" if name.endswith(".csv") else "application/json"
    key = RawZone.key(source, dataset, day, sha256(body)[:16], name)
    return RawZone(s3, bucket).write(key, body, content_type).uri


def land_the_seed_traffic(s3, bucket: str) -> list[str]:
    """What the poc flow lands: the seed traffic file (ingestor-file) and the mock API's readings (ingestor-http)."""
    return [land_in_raw(s3, bucket, "file", "traffic", TRAFFIC_CSV.name, TRAFFIC_CSV.read_bytes()),
            land_in_raw(s3, bucket, "http", "traffic_readings", "payload.json", MOCK_READINGS.read_bytes())]
