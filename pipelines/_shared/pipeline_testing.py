"""pytest plugin for pipeline tests (``pytest -p pipeline_testing`` with pipelines/_shared on PYTHONPATH).

Every pipeline's tests get a real PostgreSQL database owned by a role of its own (as the platform provisions it) and
a real S3 bucket, from the test servers (scripts/test-servers.sh: ONERING_TEST_PG_*, ONERING_TEST_S3_*), and the
fixture ``materialized`` runs the pipeline's daily job against them. A test in ``<pipeline>/tests/`` is about that
pipeline; the shared tests choose their pipeline by parametrizing ``pipeline_folder``.
"""

from __future__ import annotations

import importlib.util
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import boto3
import dagster as dg
import psycopg
import pytest
from botocore.config import Config
from psycopg import sql

PIPELINES_ROOT = Path(os.environ.get("ONERING_PIPELINES_ROOT", Path(__file__).resolve().parents[1]))


def pipeline_folders(root: Path = PIPELINES_ROOT) -> list[Path]:
    """Every pipeline under ``root``: folders with a pipeline.yaml, not starting with '_'."""
    return sorted(p for p in root.iterdir() if (p / "pipeline.yaml").is_file() and not p.name.startswith("_"))


def load_definitions(folder: Path) -> dg.Definitions:
    """The pipeline's ``defs``, imported from its file as Dagster's code server imports the module."""
    path = folder / "orchestration" / "definitions.py"
    spec = importlib.util.spec_from_file_location(f"{folder.name}_definitions_{secrets.token_hex(4)}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.defs


def _required(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        pytest.fail(f"{name} is not set: pipeline tests need the real servers "
                    "(scripts/test-servers.sh start; source .work/test-servers/servers.env)")
    return value


@dataclass(frozen=True)
class PipelineServices:
    """The database, role and bucket a pipeline's test runs against, as the PG*/AWS_* variables it reads."""
    env: dict[str, str]
    bucket: str

    def query(self, statement: str) -> list[tuple]:
        with psycopg.connect(**{k: self.env[v] for k, v in _LIBPQ.items()}) as conn:
            return conn.execute(statement).fetchall()

    def s3(self):
        return boto3.client("s3", endpoint_url=self.env["AWS_ENDPOINT_URL"], region_name=self.env["AWS_DEFAULT_REGION"],
                            aws_access_key_id=self.env["AWS_ACCESS_KEY_ID"],
                            aws_secret_access_key=self.env["AWS_SECRET_ACCESS_KEY"],
                            config=Config(s3={"addressing_style": "path"}))


_LIBPQ = {"host": "PGHOST", "port": "PGPORT", "dbname": "PGDATABASE", "user": "PGUSER", "password": "PGPASSWORD"}


def _admin_connection() -> psycopg.Connection:
    return psycopg.connect(host=_required("ONERING_TEST_PG_HOST"), port=_required("ONERING_TEST_PG_PORT"),
                           user=_required("ONERING_TEST_PG_USER"), password=_required("ONERING_TEST_PG_PASSWORD"),
                           dbname="postgres", autocommit=True)


@pytest.fixture(scope="module")
def pipeline_folder(request) -> Path:
    """The pipeline under test: the parametrized one, else the pipeline whose tests/ holds the test file."""
    return Path(getattr(request, "param", None) or Path(request.path).resolve().parents[1])


@pytest.fixture(scope="module")
def pipeline_services(pipeline_folder: Path):
    suffix = secrets.token_hex(4)
    name = f"pl_{pipeline_folder.name}_{suffix}"[:63]
    password = secrets.token_urlsafe(18)
    bucket = f"pipeline-{pipeline_folder.name.replace('_', '-')}-{suffix}"[:63]
    with _admin_connection() as admin:
        admin.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(sql.Identifier(name), sql.Literal(password)))
        admin.execute(sql.SQL("CREATE DATABASE {} OWNER {}").format(sql.Identifier(name), sql.Identifier(name)))
    services = PipelineServices(env={
        "PGHOST": _required("ONERING_TEST_PG_HOST"), "PGPORT": _required("ONERING_TEST_PG_PORT"),
        "PGDATABASE": name, "PGUSER": name, "PGPASSWORD": password,
        "AWS_ENDPOINT_URL": _required("ONERING_TEST_S3_ENDPOINT"), "AWS_DEFAULT_REGION": _required("ONERING_TEST_S3_REGION"),
        "AWS_ACCESS_KEY_ID": _required("ONERING_TEST_S3_ACCESS_KEY"),
        "AWS_SECRET_ACCESS_KEY": _required("ONERING_TEST_S3_SECRET_KEY"),
        "PIPELINE_BUCKET": bucket,
    }, bucket=bucket)
    s3 = services.s3()
    s3.create_bucket(Bucket=bucket)
    try:
        with pytest.MonkeyPatch.context() as patch:
            for key, value in services.env.items():
                patch.setenv(key, value)
            yield services
    finally:
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for item in page.get("Contents", []):
                s3.delete_object(Bucket=bucket, Key=item["Key"])
        s3.delete_bucket(Bucket=bucket)
        with _admin_connection() as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            admin.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


@pytest.fixture(scope="module")
def materialized(pipeline_folder: Path, pipeline_services: PipelineServices) -> PipelineServices:
    """The pipeline's daily job (raw assets, every dbt model and test) run once against its own database and bucket."""
    defs = load_definitions(pipeline_folder)
    result = defs.get_job_def(f"{pipeline_folder.name}_daily").execute_in_process(instance=dg.DagsterInstance.ephemeral())
    assert result.success, [e.message for e in result.all_events if e.is_failure]
    return pipeline_services
