"""Daily data-drift report (Evidently 0.7) over the customer feature table."""
from __future__ import annotations

import json
from typing import Any

import pandas as pd

from oner.ml import FEATURES, TIMESTAMP


def split_reference_current(df: pd.DataFrame, timestamp: str = TIMESTAMP) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Reference = every snapshot before the latest one; current = the latest one."""
    latest = df[timestamp].max()
    reference, current = df[df[timestamp] < latest], df[df[timestamp] == latest]
    if reference.empty or current.empty:
        raise ValueError("need at least two snapshot dates to compare")
    return reference, current


def drift_report(reference: pd.DataFrame, current: pd.DataFrame,
                 columns: list[str] | None = None) -> tuple[str, dict[str, Any]]:
    """Run Evidently's DataDriftPreset; return (standalone HTML, JSON-able summary)."""
    from evidently import Report
    from evidently.presets import DataDriftPreset

    cols = columns or list(FEATURES)
    report = Report([DataDriftPreset(columns=cols)])
    snapshot = report.run(current_data=current[cols], reference_data=reference[cols])
    payload = json.loads(snapshot.json())
    summary: dict[str, Any] = {"reference_rows": int(len(reference)), "current_rows": int(len(current)),
                               "columns": cols, "drifted_columns": [], "drift_share": None}
    for metric in payload.get("metrics", []):
        name = str(metric.get("metric_name", metric.get("metric_id", "")))
        value = metric.get("value")
        if name.startswith("DriftedColumnsCount") and isinstance(value, dict):
            summary["drifted_columns_count"] = value.get("count")
            summary["drift_share"] = value.get("share")
        elif name.startswith("ValueDrift") and isinstance(value, (int, float)):
            column = metric.get("config", {}).get("column")
            threshold = metric.get("config", {}).get("threshold")
            method = str(metric.get("config", {}).get("method", ""))
            # p-value style methods drift when value < threshold, distances when >=
            drifted = value < threshold if "p_value" in method or "test" in method else value >= threshold
            if column and threshold is not None and drifted:
                summary["drifted_columns"].append(column)
    return snapshot.get_html_str(as_iframe=False), summary
