"""Great Expectations results in OpenMetadata, as test cases of the catalogued table a suite's rows were loaded into.

Each expectation of a suite is one test case of the table (a column's when the expectation names a column), of a
test definition named after the expectation's type on the ``GreatExpectations`` test platform; each validation adds
one result per test case, so OpenMetadata's data quality tab shows the history next to the table's lineage. The
requests are OpenMetadata's create-or-update ones (``PUT`` of the definition and the case: a changed expectation
updates its case) and the result endpoint of its 1.12 API. Only suites whose rows live in a catalogued table are
published (the medallion DAG: silver's, whose rows are ClickHouse's ``orders_clean``; bronze is files in the object
store, which the catalog does not hold).

The connection ``openmetadata_default`` (host: the API, password: the ingestion bot's token, extra:
``clickhouse_service``) is written by the platform's ``airflow-openmetadata`` hook where the catalog runs.
"""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

CONNECTION_ID = "openmetadata_default"
PLATFORM = "GreatExpectations"
# GX's numeric result fields kept as the result's values.
_RESULT_VALUES = ("observed_value", "element_count", "unexpected_count", "unexpected_percent", "missing_count",
                  "missing_percent")


class CatalogError(RuntimeError):
    """OpenMetadata refused a request; the message names it."""


def clickhouse_table_fqn(service: str, database: str, table: str) -> str:
    """ClickHouse has no level above its databases: OpenMetadata catalogues them under the database ``default``."""
    return f"{service}.default.{database}.{table}"


def _name(part: str) -> str:
    """A name inside a fully qualified name: quoted when it holds a dot, as OpenMetadata quotes it."""
    return f'"{part}"' if "." in part else part


def _parameters(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in sorted(kwargs.items()) if k not in ("column", "batch_id")}


def _value(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True, default=str)


def test_definition(expectation: dict[str, Any]) -> dict[str, Any]:
    """OpenMetadata's CreateTestDefinitionRequest for the expectation's type."""
    config = expectation["expectation_config"]
    return {"name": config["type"], "description": config["type"].replace("_", " "),
            "entityType": "COLUMN" if "column" in config["kwargs"] else "TABLE", "testPlatforms": [PLATFORM],
            "parameterDefinition": [{"name": name} for name in _parameters(config["kwargs"])]}


def test_case(table_fqn: str, expectation: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The test case's fully qualified name and OpenMetadata's CreateTestCaseRequest for it."""
    config = expectation["expectation_config"]
    column = config["kwargs"].get("column")
    name = config["type"]
    if column:
        fqn = f"{table_fqn}.{_name(column)}.{name}"
        link = f"<#E::table::{table_fqn}::columns::{column}>"
    else:
        fqn = f"{table_fqn}.{name}"
        link = f"<#E::table::{table_fqn}>"
    return fqn, {"name": name, "entityLink": link, "testDefinition": name,
                 "parameterValues": [{"name": k, "value": _value(v)} for k, v in _parameters(config["kwargs"]).items()]}


def test_result(expectation: dict[str, Any], timestamp_ms: int) -> dict[str, Any]:
    """OpenMetadata's TestCaseResult of one expectation's outcome."""
    outcome = expectation.get("result") or {}
    values = [{"name": field, "value": str(outcome[field])} for field in _RESULT_VALUES
              if isinstance(outcome.get(field), (int, float)) and not isinstance(outcome.get(field), bool)]
    summary = ", ".join(f"{v['name']}={v['value']}" for v in values)
    return {"timestamp": timestamp_ms, "testCaseStatus": "Success" if expectation["success"] else "Failed",
            "result": summary or ("passed" if expectation["success"] else "failed"), "testResultValue": values}


def publish(session: Any, api_url: str, table_fqn: str, validation: dict[str, Any], timestamp_ms: int) -> list[str]:
    """Publishes GX's validation result document ``validation`` against ``table_fqn`` through ``session`` (a
    requests.Session carrying the bot's token) at ``api_url`` (ending in ``/api``). Returns the test cases it wrote a
    result to; none when the table is not catalogued yet (its ingestion pipeline has not run)."""
    cases = [(expectation, *test_case(table_fqn, expectation)) for expectation in validation["results"]]
    fqns = [fqn for _, fqn, _ in cases]
    duplicates = sorted({fqn for fqn in fqns if fqns.count(fqn) > 1})
    if duplicates:
        raise ValueError(f"two expectations of the suite are the same test case: {', '.join(duplicates)}")
    table = session.get(f"{api_url}/v1/tables/name/{quote(table_fqn, safe='')}", timeout=30)
    if table.status_code == 404:
        return []
    _require(table, f"table {table_fqn}")
    for expectation, fqn, request in cases:
        _require(session.put(f"{api_url}/v1/dataQuality/testDefinitions", json=test_definition(expectation), timeout=30),
                 f"test definition {request['testDefinition']}")
        _require(session.put(f"{api_url}/v1/dataQuality/testCases", json=request, timeout=30), f"test case {fqn}")
        _require(session.post(f"{api_url}/v1/dataQuality/testCases/testCaseResults/{quote(fqn, safe='')}",
                              json=test_result(expectation, timestamp_ms), timeout=30), f"result of {fqn}")
    return fqns


def _require(response: Any, what: str) -> None:
    if response.status_code not in (200, 201):
        raise CatalogError(f"OpenMetadata answered {response.status_code} for {what}: {response.text[:300]}")
