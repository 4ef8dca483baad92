"""Great Expectations (GX Core 1.x) suites for the medallion layers.

Runs fully in memory (ephemeral context, pandas datasource), so the same code
validates inside an Airflow task and in unit tests. Every validation is kept:
the full GX result in the object store, its summary in ``gold.data_quality_runs``
(Grafana's "Data quality" panel reads it), whether it passed or not.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Callable

import pandas as pd

from oner.medallion import BRONZE_COLUMNS, SILVER_COLUMNS, VALID_CURRENCIES, VALID_STATUSES

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")  # no phone-home from workers


class DataQualityError(RuntimeError):
    """Raised when a suite fails; message lists the failed expectations."""


@dataclass
class ValidationSummary:
    suite: str
    success: bool
    evaluated: int
    successful: int
    failed: list[str] = field(default_factory=list)
    # GX's own validation result document (ExpectationSuiteValidationResult as JSON): what record() stores.
    result: dict[str, Any] = field(default_factory=dict, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {"suite": self.suite, "success": self.success, "evaluated": self.evaluated,
                "successful": self.successful, "failed": self.failed}

    def raise_for_failure(self) -> None:
        if not self.success:
            raise DataQualityError(f"suite {self.suite} failed: {', '.join(self.failed)}")


def _bronze_expectations(gxe: Any) -> list[Any]:
    return [
        gxe.ExpectTableColumnsToMatchSet(column_set=BRONZE_COLUMNS, exact_match=True),
        gxe.ExpectTableRowCountToBeBetween(min_value=1, max_value=10_000_000),
        gxe.ExpectColumnValuesToNotBeNull(column="order_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="order_ts"),
        gxe.ExpectColumnValuesToMatchRegex(column="order_id", regex=r"^ORD-\d{5}$"),
        # bronze is allowed to be a bit dirty: at least 90% of rows carry a customer
        gxe.ExpectColumnValuesToNotBeNull(column="customer_id", mostly=0.9),
    ]


def _silver_expectations(gxe: Any) -> list[Any]:
    return [
        gxe.ExpectTableColumnsToMatchSet(column_set=SILVER_COLUMNS, exact_match=True),
        gxe.ExpectTableRowCountToBeBetween(min_value=1, max_value=10_000_000),
        gxe.ExpectColumnValuesToBeUnique(column="order_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="customer_id"),
        gxe.ExpectColumnValuesToNotBeNull(column="order_ts"),
        gxe.ExpectColumnValuesToBeInSet(column="status", value_set=VALID_STATUSES),
        gxe.ExpectColumnValuesToBeInSet(column="currency", value_set=VALID_CURRENCIES),
        gxe.ExpectColumnValuesToBeBetween(column="quantity", min_value=1, max_value=1000),
        gxe.ExpectColumnValuesToBeBetween(column="unit_price", min_value=0.01, max_value=100_000),
        gxe.ExpectColumnValuesToBeBetween(column="amount", min_value=0.01),
    ]


SUITES = {"bronze_orders": _bronze_expectations, "silver_orders": _silver_expectations}


def validate(df: pd.DataFrame, suite_name: str) -> ValidationSummary:
    """Validate ``df`` against one of :data:`SUITES` and summarise the result."""
    import great_expectations as gx
    import great_expectations.expectations as gxe

    context = gx.get_context(mode="ephemeral")
    try:  # keep task logs readable
        from great_expectations.data_context.types.base import ProgressBarsConfig

        context.variables.progress_bars = ProgressBarsConfig(globally=False)
    except Exception:  # pragma: no cover - cosmetic only
        pass
    source = context.data_sources.add_pandas(name=f"oner_{suite_name}")
    asset = source.add_dataframe_asset(name=suite_name)
    batch_definition = asset.add_batch_definition_whole_dataframe(f"{suite_name}_batch")
    suite = context.suites.add(gx.ExpectationSuite(name=suite_name))
    for expectation in SUITES[suite_name](gxe):
        suite.add_expectation(expectation)
    batch = batch_definition.get_batch(batch_parameters={"dataframe": df})
    result = batch.validate(suite)
    failed = []
    for res in result.results:
        if not res.success:
            cfg = res.expectation_config
            column = cfg.kwargs.get("column")
            failed.append(f"{cfg.type}({column})" if column else cfg.type)
    stats = result.statistics
    return ValidationSummary(
        suite=suite_name,
        success=bool(result.success),
        evaluated=int(stats["evaluated_expectations"]),
        successful=int(stats["successful_expectations"]),
        failed=failed,
        result=result.to_json_dict(),
    )


def validate_bronze(df: pd.DataFrame) -> ValidationSummary:
    return validate(df, "bronze_orders")


def validate_silver(df: pd.DataFrame) -> ValidationSummary:
    return validate(df, "silver_orders")


RESULTS_TABLE = "gold.data_quality_runs"


def result_key(suite: str, run_id: str, validated_at: datetime) -> str:
    """Where a validation's full result lives in the bucket: by suite and day, one object per run."""
    return f"quality/suite={suite}/dt={validated_at:%Y-%m-%d}/{run_id}.json"


def record(summary: ValidationSummary, *, run_id: str, dag_id: str, validated_at: datetime,
           write_object: Callable[[str, bytes], str], connection: Any) -> str:
    """Keeps one validation: GX's full result as JSON through ``write_object(key, body) -> uri``, and its summary as
    the row of (suite, run) in :data:`RESULTS_TABLE` over the DB-API ``connection`` (a retried task replaces its
    row). Returns the result's URI. Call it before ``raise_for_failure``: a failed validation is the one to keep."""
    uri = write_object(result_key(summary.suite, run_id, validated_at),
                       json.dumps(summary.result, sort_keys=True, default=str).encode("utf-8"))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {RESULTS_TABLE} (suite, run_id, dag_id, validated_at, success, evaluated, successful,"
            " failed_expectations, result_uri) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (suite, run_id) DO UPDATE SET dag_id = EXCLUDED.dag_id, validated_at = EXCLUDED.validated_at,"
            " success = EXCLUDED.success, evaluated = EXCLUDED.evaluated, successful = EXCLUDED.successful,"
            " failed_expectations = EXCLUDED.failed_expectations, result_uri = EXCLUDED.result_uri",
            (summary.suite, run_id, dag_id, validated_at, summary.success, summary.evaluated, summary.successful,
             summary.failed, uri))
    connection.commit()
    return uri
