"""The medallion DAG's Great Expectations results published to OpenMetadata (oner.catalog_quality): GX 1.x's real
validation of the silver suite, sent to a stub answering OpenMetadata's API as its reference describes it
(``GET /api/v1/tables/name/{fqn}``, 404 when not catalogued; ``PUT /api/v1/dataQuality/testDefinitions`` and
``PUT /api/v1/dataQuality/testCases``, create-or-update; ``POST /api/v1/dataQuality/testCases/testCaseResults/{fqn}``).
The bodies are kept in target/contract/openmetadata-quality/, where the catalog group checks them with OpenMetadata's
own request models and FQN builder."""
from __future__ import annotations

import json
from urllib.parse import unquote

import pandas as pd
import pytest
import requests

from conftest import REPO_ROOT, JsonApiStub
from oner import catalog_quality, medallion, quality

CONTRACT = REPO_ROOT / "target" / "contract" / "openmetadata-quality"
TABLE = "clickhouse-analytics.default.analytics.orders_clean"


def _silver_with_one_bad_status() -> pd.DataFrame:
    bronze = medallion.read_bronze_csv((REPO_ROOT / "config" / "seed-data" / "orders.csv").read_bytes())
    silver = medallion.to_silver(bronze, batch_id="run-1").silver.copy()
    silver.loc[silver.index[0], "status"] = "lost-in-transit"
    return silver


def _catalog(catalogued: bool, refuse: str | None = None) -> JsonApiStub:
    def answer(method, path, query, body, headers):
        if headers.get("Authorization") != "Bearer bot-jwt":
            return 401, {"message": "token"}
        if method == "GET" and path.startswith("/api/v1/tables/name/"):
            return (200, {"id": "t-1", "fullyQualifiedName": unquote(path.rsplit("/", 1)[-1])}) if catalogued else (404, {})
        if refuse and path.startswith(refuse):
            return 400, {"message": "refused by the test"}
        return 200, body

    return JsonApiStub(answer)


def _publish(api: JsonApiStub, validation: dict) -> list[str]:
    with requests.Session() as session:
        session.headers["Authorization"] = "Bearer bot-jwt"
        return catalog_quality.publish(session, api.url + "/api", TABLE, validation, 1_764_000_000_000)


@pytest.fixture(scope="module")
def validation() -> dict:
    summary = quality.validate_silver(_silver_with_one_bad_status())
    assert not summary.success and summary.failed == ["expect_column_values_to_be_in_set(status)"]
    return summary.result


def test_every_expectation_is_a_test_case_of_the_table_with_this_runs_outcome(validation):
    api = _catalog(catalogued=True)
    try:
        published = _publish(api, validation)
    finally:
        api.close()

    writes = [(m, p, b) for m, p, _, b in api.requests if m != "GET"]
    definitions = [b for m, p, b in writes if p == "/api/v1/dataQuality/testDefinitions"]
    cases = [b for m, p, b in writes if p == "/api/v1/dataQuality/testCases"]
    results = {unquote(p.rsplit("/", 1)[-1]): b for m, p, b in writes if p.startswith("/api/v1/dataQuality/testCases/testCaseResults/")}
    assert len(definitions) == len(cases) == len(results) == len(validation["results"]) == 10
    assert set(published) == set(results)
    assert f"{TABLE}.status.expect_column_values_to_be_in_set" in published
    assert f"{TABLE}.expect_table_row_count_to_be_between" in published, "a table-level expectation is the table's"
    assert {d["testPlatforms"][0] for d in definitions} == {"GreatExpectations"}
    status = next(c for c in cases if c["entityLink"] == f"<#E::table::{TABLE}::columns::status>")
    assert status["testDefinition"] == "expect_column_values_to_be_in_set"
    assert set(json.loads(next(p["value"] for p in status["parameterValues"] if p["name"] == "value_set"))) == set(medallion.VALID_STATUSES)
    statuses = {fqn: r["testCaseStatus"] for fqn, r in results.items()}
    assert statuses.pop(f"{TABLE}.status.expect_column_values_to_be_in_set") == "Failed"
    assert set(statuses.values()) == {"Success"}
    in_set = results[f"{TABLE}.status.expect_column_values_to_be_in_set"]
    assert {"name": "unexpected_count", "value": "1"} in in_set["testResultValue"], in_set
    assert all(r["timestamp"] == 1_764_000_000_000 for r in results.values())

    CONTRACT.mkdir(parents=True, exist_ok=True)
    (CONTRACT / "silver_orders.json").write_text(json.dumps(
        {"table": TABLE, "definitions": definitions, "cases": cases, "results": results}, indent=1, sort_keys=True))


def test_a_table_not_catalogued_yet_gets_nothing_and_a_refusal_names_the_request(validation):
    absent = _catalog(catalogued=False)
    refusing = _catalog(catalogued=True, refuse="/api/v1/dataQuality/testCases")
    try:
        assert _publish(absent, validation) == []
        assert [m for m, _, _, _ in absent.requests] == ["GET"]
        with pytest.raises(catalog_quality.CatalogError, match=r"OpenMetadata answered 400 for test case clickhouse-analytics\."):
            _publish(refusing, validation)
    finally:
        absent.close()
        refusing.close()


def test_two_expectations_that_would_be_one_test_case_are_refused_before_any_request():
    twice = {"results": [{"success": True, "expectation_config": {"type": "expect_column_values_to_not_be_null",
                                                                  "kwargs": {"column": "order_id"}}, "result": {}}] * 2}
    api = _catalog(catalogued=True)
    try:
        with pytest.raises(ValueError, match="same test case: .*order_id.expect_column_values_to_not_be_null"):
            _publish(api, twice)
        assert api.requests == []
    finally:
        api.close()
