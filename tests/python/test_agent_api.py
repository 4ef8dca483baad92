"""Seed 002's agent API (config/agent-api) as a real server process over a real poc database, every answer validated
against the contract config/contracts/openapi.yaml with openapi-core, read with an independent client (requests).

The database is made as the platform plans it (poc_helpers): the API logs in as the planned read-only role, with the
planned grants applied the way the postgresql provider applies them; the data is the seed traffic, landed in RAW on
the S3 test server and curated by the real curation step. What the API answers is compared with the tests' own SQL
(as the owner) and with the seed files."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import requests
import yaml
from jsonschema import Draft202012Validator
from openapi_core import Config, OpenAPI
from openapi_core.contrib.requests import RequestsOpenAPIRequest, RequestsOpenAPIResponse
from openapi_spec_validator import validate as validate_spec
from openapi_spec_validator.validation import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from conftest import CONFIG, REPO_ROOT, free_port, wait_until_ready
from poc_helpers import TRAFFIC_CSV, bronze_bucket, land_the_seed_traffic, poc_database, s3_client
from onering_ingest.curate import Curator

AGENT_API = CONFIG / "agent-api"
CONTRACT = CONFIG / "contracts" / "openapi.yaml"
SPEC = yaml.safe_load(CONTRACT.read_text())
# The contract itself is served as YAML, which openapi-core reads as bytes unless told how to parse it.
OPENAPI = OpenAPI.from_file_path(str(CONTRACT), config=Config(extra_media_type_deserializers={"application/yaml": lambda body, **_: yaml.safe_load(body)}))
TEXT_COLUMNS = ["reading_id", "sensor_id", "road", "direction", "road_segment_id", "city", "congestion_level", "source_system",
                "raw_uri"]


def _schema(name: str) -> Draft202012Validator:
    """A schema of the contract's components, its $refs resolved within the contract (OpenAPI 3.1 is JSON Schema 2020-12)."""
    registry = Registry().with_resource("urn:contract", Resource.from_contents(SPEC, default_specification=DRAFT202012))
    return Draft202012Validator({"$ref": f"urn:contract#/components/schemas/{name}"}, registry=registry,
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


class Api:
    """The tests' client: each answer is checked against the contract before a test looks at it."""

    def __init__(self, url: str):
        self.url = url
        self.session = requests.Session()

    def get(self, path: str, params=None, documented: bool = True) -> requests.Response:
        request = requests.Request("GET", self.url + path, params=params)
        response = self.session.send(request.prepare(), timeout=60)
        if documented:
            OPENAPI.validate_request(RequestsOpenAPIRequest(request))
            OPENAPI.validate_response(RequestsOpenAPIRequest(request), RequestsOpenAPIResponse(response))
        else:  # routes and methods the contract does not have: still JSON errors of its Error schema
            _schema("Error").validate(response.json())
        return response

    def close(self):
        self.session.close()


def _start_api(tmp_path: Path, db, pg_port: str | None = None) -> tuple[subprocess.Popen, str, Path]:
    port = free_port()
    log = tmp_path / f"agent-api-{port}.log"
    env = {"PATH": os.environ["PATH"], "PYTHONPATH": str(AGENT_API), "AGENT_API_BIND": "127.0.0.1", "AGENT_API_PORT": str(port),
           "AGENT_API_PG_PASSWORD_FILE": str(tmp_path / "agent-api-db-password"),
           **db.libpq_environment(db.reader, tmp_path / "agent-api-db-password")}
    if pg_port is not None:
        env["PGPORT"] = pg_port
    with log.open("w") as out:
        process = subprocess.Popen([sys.executable, "-m", "onering_agent_api"], env=env, stdout=out, stderr=subprocess.STDOUT)
    return process, f"http://127.0.0.1:{port}", log


def _stop(process: subprocess.Popen) -> int:
    process.terminate()  # SIGTERM, as docker stop sends it
    return process.wait(timeout=60)


@pytest.fixture(scope="module")
def poc(tmp_path_factory):
    """A poc database with the seed traffic curated into it, and the API serving it as the read-only role."""
    s3 = s3_client()
    with poc_database() as db, bronze_bucket(s3) as bucket:
        land_the_seed_traffic(s3, bucket)
        with db.connect() as connection:
            Curator(s3, bucket, connection).run_once()
        tmp_path = tmp_path_factory.mktemp("agent-api")
        process, url, log = _start_api(tmp_path, db)
        try:
            wait_until_ready(url + "/health", process, log, "agent-api")
            api = Api(url)
            yield db, api, log
            api.close()
        finally:
            assert _stop(process) == 0, log.read_text()[-4000:]
    assert "stopped" in log.read_text(), "SIGTERM stops the server cleanly"


def _all_rows(db) -> list[dict]:
    with db.connect() as connection:
        cursor = connection.execute("SELECT * FROM curated.traffic_readings ORDER BY reading_id")
        names = [c.name for c in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


# --- the contract ------------------------------------------------------------------------------------------------------

def test_the_contract_is_a_valid_openapi_31_document_whose_examples_match_their_schemas():
    validate_spec(SPEC, cls=OpenAPIV31SpecValidator)
    assert SPEC["openapi"] == "3.1.0"
    checked = 0
    for path, operations in SPEC["paths"].items():
        for operation in operations.values():
            responses = [r if "$ref" not in r else SPEC["components"]["responses"][r["$ref"].rsplit("/", 1)[1]]
                         for r in operation["responses"].values()]
            for response in responses:
                media = response["content"].get("application/json")
                if media is None:
                    continue
                schema = media["schema"]["$ref"].rsplit("/", 1)[1]
                for example in media.get("examples", {}).values():
                    if "$ref" in example:
                        example = SPEC["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
                    _schema(schema).validate(example["value"])
                    checked += 1
    _schema("TrafficReading").validate(SPEC["components"]["examples"]["TrafficReading"]["value"])
    assert checked >= 8, checked


def test_the_image_installs_the_versions_this_group_tests_on_the_ingestors_python():
    locked = dict(line.split("==") for line in (REPO_ROOT / "tests/python/groups/curated.txt").read_text().splitlines()
                  if "==" in line and not line.startswith("#"))
    for requirements in (AGENT_API / "requirements.txt", CONFIG / "ingestors" / "requirements.txt"):
        for line in requirements.read_text().splitlines():
            if "==" in line and not line.startswith("#") and not line.startswith(("confluent-kafka", "pulsar-client")):
                name, version = line.split("==")
                assert locked.get(name) == version, f"{requirements}: {name} {version}, tests {locked.get(name)}"
    base = re.compile(r"(?m)^FROM (\S+)$")
    [api_base] = base.findall((AGENT_API / "Dockerfile").read_text())
    assert api_base == base.findall((CONFIG / "ingestors" / "Dockerfile").read_text())[0]
    assert "COPY contracts/openapi.yaml" in (AGENT_API / "Dockerfile").read_text(), "the image serves the contract it carries"


# --- the running API ---------------------------------------------------------------------------------------------------

def test_health_answers_ok_while_the_database_answers(poc):
    _, api, _ = poc
    assert api.get("/health").json() == {"status": "ok", "database": "ok"}


def test_the_datasets_are_the_curated_tables_only_described_by_the_database(poc):
    db, api, _ = poc
    datasets = api.get("/v1/datasets").json()["datasets"]
    assert [d["name"] for d in datasets] == ["posts", "traffic_readings"], \
        "the curated tables; raw.curated_objects (the ledger) is not the API's to see"
    traffic = datasets[1]
    with db.connect() as connection:
        columns = connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'curated' AND table_name = 'traffic_readings' "
            "ORDER BY ordinal_position").fetchall()
        rows = connection.execute("SELECT count(*) FROM curated.traffic_readings").fetchone()[0]
    assert [c["name"] for c in traffic["columns"]] == [c[0] for c in columns]
    assert traffic["rows"] == rows == 131 and traffic["key"] == ["reading_id"] and traffic["schema"] == "curated"
    assert traffic["searchable"] == TEXT_COLUMNS
    assert traffic["description"].startswith("Road traffic sensor readings")
    location = next(c for c in traffic["columns"] if c["name"] == "location")
    assert location["type"] == "geography(Point,4326)" and "WGS 84" in location["description"]
    assert api.get("/v1/datasets/traffic_readings").json() == traffic


def test_an_unknown_dataset_is_a_404_naming_where_to_look(poc):
    _, api, _ = poc
    for answer in (api.get("/v1/datasets/weather"), api.get("/v1/search", {"q": "Sola", "dataset": "weather"})):
        assert answer.status_code == 404 and "GET /v1/datasets" in answer.json()["error"]["message"]


def _expected_matches(rows: list[dict], terms: list[str]) -> list[str]:
    """The reading ids whose text columns hold every term: computed here, over the rows the owner reads."""
    def holds(row, term):
        return any(term.lower() in str(row[c]).lower() for c in TEXT_COLUMNS if row[c] is not None)
    return [r["reading_id"] for r in rows if all(holds(r, t) for t in terms)]


@pytest.mark.parametrize("query", ["Stavanger HIGH", "s-101", "sola low", "E39-12 n", "mock-traffic-api", "T-20260130-20"])
def test_search_finds_exactly_the_rows_holding_every_word_in_key_order(poc, query):
    db, api, _ = poc
    rows = _all_rows(db)
    expected = _expected_matches(rows, query.split())
    assert expected, "the query finds something in the seed"
    answer = api.get("/v1/search", {"q": query, "limit": 100}).json()
    assert [r["key"]["reading_id"] for r in answer["results"]] == expected[:100]
    assert (answer["count"], answer["more"], answer["terms"]) == (min(len(expected), 100), len(expected) > 100, query.split())
    for result in answer["results"]:
        assert result["dataset"] == "traffic_readings"
        _schema("TrafficReading").validate(result["record"])
        record = result["record"]
        for term in query.split():
            assert any(term.lower() in str(record[c]).lower() for c in result["matched"]), (term, result["matched"])


def test_search_records_are_the_curated_rows_with_their_point_as_geojson(poc):
    db, api, _ = poc
    seed = {r["reading_id"]: r for r in csv.DictReader(io.StringIO(TRAFFIC_CSV.read_text()))}
    answer = api.get("/v1/search", {"q": "T-20260129-06-S-10", "dataset": "traffic_readings"}).json()
    assert answer["count"] == 2
    for result in answer["results"]:
        record, raw = result["record"], seed[result["key"]["reading_id"]]
        assert record["location"] == {"type": "Point", "coordinates": [float(raw["lon"]), float(raw["lat"])]}
        assert record["measured_at"] == raw["measured_at_utc"] and record["city"] == raw["city"]
        assert record["avg_speed_kmh"] == float(raw["avg_speed_kmh"]) and record["direction"] == raw["direction"].upper()
        assert record["raw_uri"].startswith("s3://bronze-") and "/source=file/dataset=traffic/" in record["raw_uri"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", record["curated_at"])


def test_limit_cuts_the_results_and_says_there_are_more(poc):
    db, api, _ = poc
    expected = _expected_matches(_all_rows(db), ["Stavanger"])
    answer = api.get("/v1/search", {"q": "Stavanger", "limit": 5}).json()
    assert [r["key"]["reading_id"] for r in answer["results"]] == expected[:5]
    assert answer["more"] is True and answer["count"] == 5 and answer["limit"] == 5
    assert api.get("/v1/search", {"q": "Stavanger"}).json()["limit"] == 20, "the contract's default"


@pytest.mark.parametrize("query", ["%", "S-1_1", "T-2026012_-06", "\\", "zzz-no-such-thing"])
def test_search_words_are_literal_text_not_patterns(poc, query):
    _, api, _ = poc
    answer = api.get("/v1/search", {"q": query}).json()
    assert answer["results"] == [] and answer["count"] == 0 and answer["more"] is False


@pytest.mark.parametrize("params, complaint", [
    ({}, "q is required"),
    ({"q": "   "}, "q is empty"),
    ({"q": "x" * 201}, "at most 200"),
    ({"q": "a b c d e f g h i"}, "at most 8"),
    ({"q": "Sola", "limit": "0"}, "between 1 and 100"),
    ({"q": "Sola", "limit": "101"}, "between 1 and 100"),
    ({"q": "Sola", "limit": "ten"}, "not a whole number"),
    ({"q": ["Sola", "Stavanger"]}, "give q once"),
])
def test_a_bad_search_is_a_400_saying_what_to_fix(poc, params, complaint):
    _, api, _ = poc
    # The contract rejects most of these requests itself: the answer is checked, the request is not.
    request = requests.Request("GET", api.url + "/v1/search", params=params)
    answer = api.session.send(request.prepare(), timeout=60)
    OPENAPI.validate_response(RequestsOpenAPIRequest(request), RequestsOpenAPIResponse(answer))
    assert answer.status_code == 400 and complaint in answer.json()["error"]["message"], answer.text


def test_what_the_contract_does_not_have_is_a_json_404_or_405(poc):
    _, api, _ = poc
    assert api.get("/v2/anything", documented=False).status_code == 404
    refused = requests.post(api.url + "/v1/search", json={"q": "x"}, timeout=60)
    _schema("Error").validate(refused.json())
    assert refused.status_code == 405 and refused.headers["Allow"] == "GET, HEAD"


def test_it_serves_its_contract_and_its_metrics(poc):
    _, api, _ = poc
    assert api.get("/openapi.yaml").content == CONTRACT.read_bytes()
    api.get("/v1/datasets")
    metrics = api.get("/metrics").text
    assert re.search(r'^agent_api_requests_total\{route="/v1/datasets",status="200"\} [1-9]', metrics, re.M), metrics[:2000]
    assert "agent_api_request_duration_seconds_bucket" in metrics


def test_without_its_database_the_api_answers_503_and_the_health_check_fails(poc, tmp_path):
    db, _, _ = poc
    process, url, log = _start_api(tmp_path, db, pg_port=str(free_port()))
    try:
        api = Api(url)
        health = None
        for _ in range(1200):  # until the process listens; bounded against a hang, no timing assertion
            try:
                health = api.get("/health")
                break
            except requests.ConnectionError:
                if process.poll() is not None:
                    pytest.fail(log.read_text())
                time.sleep(0.1)
        assert health is not None, log.read_text()
        assert health.status_code == 503 and health.json()["status"] == "unavailable"
        assert api.get("/v1/datasets").status_code == 503
        # The container's health check (HealthCheck.pythonHttpGet): the image's Python fetching /health, failing on any
        # status of 400 and above. Its 4 s timeout is the container's; here a loaded machine must not turn it into a
        # timeout error, so the probe waits longer: what is checked is the answer, not the speed.
        probe = subprocess.run([sys.executable, "-c", f"import urllib.request; urllib.request.urlopen('{url}/health', timeout=120)"],
                               capture_output=True, text=True, timeout=300)
        assert probe.returncode != 0 and "503" in probe.stderr
        api.close()
    finally:
        _stop(process)


# --- the read-only role -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("grants_before_tables", [True, False], ids=["grants-then-tables", "tables-then-grants"])
def test_the_apis_role_reads_curated_and_can_change_nothing(grants_before_tables):
    """In either order a `pulumi up` may apply them (the role's grants, the migrations), the planned role reads the curated
    tables and nothing else, and can write nowhere, even in a session that asks for a read-write transaction."""
    with poc_database(grants_before_tables=grants_before_tables) as db:
        with db.as_reader() as reader:
            reader.execute("SET default_transaction_read_only = off")
            assert reader.execute("SELECT count(*) FROM curated.traffic_readings").fetchone() == (0,)
            refused = []
            for statement in [
                "INSERT INTO curated.traffic_readings (reading_id, sensor_id, measured_at, raw_uri) VALUES ('x', 'x', now(), 'x')",
                "UPDATE curated.traffic_readings SET city = 'x'",
                "DELETE FROM curated.traffic_readings",
                "TRUNCATE curated.traffic_readings",
                "CREATE TABLE curated.mine (id int)",
                "CREATE TABLE public.mine (id int)",
                "CREATE TEMP TABLE mine (id int)",
                "CREATE SCHEMA mine",
                "ALTER TABLE curated.traffic_readings ADD COLUMN x int",
                "DROP TABLE curated.traffic_readings",
                "SELECT * FROM raw.curated_objects",
                "COMMENT ON TABLE curated.traffic_readings IS 'x'",
            ]:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    reader.execute(statement)
                refused.append(statement)
            assert len(refused) == 12
            memberships = reader.execute("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member "
                                         "WHERE r.rolname = current_user").fetchone()[0]
            attributes = reader.execute("SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls "
                                        "FROM pg_roles WHERE rolname = current_user").fetchone()
        assert memberships == 0 and attributes == (False, False, False, False, False)
