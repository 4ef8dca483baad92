"""`dbt parse` of the ClickHouse and Trino projects with the real adapters.

Parsing renders profiles.yml (env vars) but never connects, so dummy hosts work.
"""
from __future__ import annotations

import importlib.util

import pytest

from conftest import DBT_ROOT, REPO_ROOT
from dbt_helpers import manifest, run_dbt

CLICKHOUSE_ENV = {"CLICKHOUSE_HOST": "clickhouse.invalid", "CLICKHOUSE_USER": "dbt_parse",
                  "CLICKHOUSE_PASSWORD": ""}
TRINO_ENV = {"TRINO_HOST": "trino.invalid", "TRINO_PASSWORD": "parse-only"}


def _nodes(m: dict, kind: str) -> dict:
    return {n["name"]: n for n in m["nodes"].values() if n["resource_type"] == kind}


def _render_manifest():
    spec = importlib.util.spec_from_file_location("oner_render_manifest", DBT_ROOT / "render_manifest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def clickhouse_manifest(tmp_path_factory):
    # the same `dbt parse` that renders the manifest the Cosmos DAG loads
    return _render_manifest().parse("clickhouse_analytics", tmp_path_factory.mktemp("dbt_ch"))


def test_committed_cosmos_manifest_is_current(clickhouse_manifest):
    """The DAG builds its tasks from this file without running dbt: it must be what the project parses to now."""
    render = _render_manifest()
    committed = (DBT_ROOT / "clickhouse_analytics" / "manifest.json").read_text(encoding="utf-8")
    assert committed == render.for_cosmos(clickhouse_manifest), "stale: run config/dbt/render_manifest.py"


def test_cosmos_manifest_holds_no_checkout_path():
    # rendered in this checkout, so a leaked absolute path would be this one
    assert str(REPO_ROOT) not in (DBT_ROOT / "clickhouse_analytics" / "manifest.json").read_text(encoding="utf-8")


def test_clickhouse_models_and_layers(clickhouse_manifest):
    models = _nodes(clickhouse_manifest, "model")
    assert set(models) == {
        "stg_customers", "stg_products", "stg_orders", "stg_order_items",
        "int_order_items_enriched", "int_customer_orders",
        "dim_customers", "dim_products", "dim_dates", "fct_orders", "daily_sales_summary",
    }, "seed 004's eleven models: 4 staging, 2 intermediate, 3 dimensions, 1 fact, 1 metrics"
    assert clickhouse_manifest["metadata"]["adapter_type"] == "clickhouse"
    for name, node in models.items():
        expected = ("view", "staging") if name.startswith(("stg_", "int_")) else ("table", "marts")
        assert (node["config"]["materialized"], node["schema"]) == expected, name
    assert models["fct_orders"]["config"]["engine"] == "MergeTree()"
    assert models["fct_orders"]["config"]["partition_by"] == "toYYYYMM(order_date)"


def test_every_clickhouse_model_and_column_is_described(clickhouse_manifest):
    """Seed 004's model documentation: what `dbt docs` shows, for every model and every column it lists."""
    for name, node in _nodes(clickhouse_manifest, "model").items():
        assert node["description"].strip(), f"model {name} has no description"
        assert node["columns"], f"model {name} documents no column"
        undescribed = [c for c, spec in node["columns"].items() if not spec["description"].strip()]
        assert not undescribed, f"{name}: columns without description {undescribed}"


def test_dim_dates_runs_on_the_clickhouse_engine_with_its_documented_columns(clickhouse_manifest):
    """dim_dates through chDB (ClickHouse in-process) over the seed orders: one row per day from the first order to
    the last, gaps included, with exactly the columns its YAML documents."""
    import csv
    import re
    from datetime import date

    import chdb

    project = DBT_ROOT / "clickhouse_analytics"
    orders_csv = project / "seeds" / "raw_orders.csv"
    sql = (project / "models" / "marts" / "core" / "dim_dates.sql").read_text(encoding="utf-8")
    sql = re.sub(r"\{\{\s*config\(.*?\)\s*\}\}", "", sql, flags=re.S)
    sql = sql.replace("{{ ref('stg_orders') }}",
                      f"file('{orders_csv}', 'CSVWithNames', 'order_id UInt32, customer_id UInt32, order_date Date, "
                      "status String, payment_method String')")
    assert "{{" not in sql, sql
    result = chdb.query(f"select * from ({sql}) order by date_day", "JSONCompact")
    body = __import__("json").loads(result.bytes())
    columns = [c["name"] for c in body["meta"]]
    documented = list(_nodes(clickhouse_manifest, "model")["dim_dates"]["columns"])
    assert columns == documented
    days = [date.fromisoformat(d) for d in (r["order_date"] for r in csv.DictReader(orders_csv.open()))]
    rows = body["data"]
    assert len(rows) == (max(days) - min(days)).days + 1
    assert rows[0][0] == min(days).isoformat() and rows[-1][0] == max(days).isoformat()
    weekend = {r[0]: r[6] for r in rows}
    saturday = next(d for d in weekend if date.fromisoformat(d).isoweekday() == 6)
    monday = next(d for d in weekend if date.fromisoformat(d).isoweekday() == 1)
    assert weekend[saturday] in (1, True) and weekend[monday] in (0, False)


def test_clickhouse_lineage_uses_seeds_by_default(clickhouse_manifest):
    models = _nodes(clickhouse_manifest, "model")
    assert models["stg_orders"]["depends_on"]["nodes"] == ["seed.clickhouse_analytics.raw_orders"]
    assert set(models["daily_sales_summary"]["depends_on"]["nodes"]) == {"model.clickhouse_analytics.fct_orders"}
    seeds = _nodes(clickhouse_manifest, "seed")
    assert set(seeds) == {"raw_customers", "raw_products", "raw_orders", "raw_order_items"}
    assert all(s["schema"] == "raw" for s in seeds.values())


def test_clickhouse_tests_cover_all_kinds(clickhouse_manifest):
    tests = _nodes(clickhouse_manifest, "test")
    kinds = {t.get("test_metadata", {}).get("name", "singular") for t in tests.values()}
    assert {"unique", "not_null", "relationships", "accepted_values", "singular"} <= kinds
    assert len(tests) >= 30
    sources = {s["name"] for s in clickhouse_manifest["sources"].values()}
    assert sources == {"customers", "products", "orders", "order_items"}


def test_clickhouse_source_mode(tmp_path):
    run_dbt("clickhouse_analytics", ["parse", "--vars", "{raw_from_seeds: false}"], CLICKHOUSE_ENV, tmp_path)
    models = _nodes(manifest(tmp_path), "model")
    assert models["stg_orders"]["depends_on"]["nodes"] == ["source.clickhouse_analytics.ecommerce_raw.orders"]


def test_trino_lakehouse(tmp_path):
    run_dbt("trino_lakehouse", ["parse"], TRINO_ENV, tmp_path)
    m = manifest(tmp_path)
    assert m["metadata"]["adapter_type"] == "trino"
    models = _nodes(m, "model")
    assert set(models) == {"stg_traffic", "fct_traffic_daily"}
    stg, fct = models["stg_traffic"], models["fct_traffic_daily"]
    # generate_schema_name override: exact schemas, not raw_s3_stg_s3
    assert (stg["database"], stg["schema"], stg["config"]["materialized"]) == ("hive", "stg_s3", "view")
    assert (fct["database"], fct["schema"], fct["config"]["materialized"]) == ("hive", "curated_s3", "table")
    assert fct["config"]["properties"] == {"format": "'PARQUET'"}
    assert fct["config"]["on_table_exists"] == "drop"
    assert stg["depends_on"]["nodes"] == ["source.trino_lakehouse.raw_s3.traffic_csv"]
    assert "max_by(congestion_level, congestion_level_rank)" in fct["raw_code"]
    assert "macro.trino_lakehouse.bootstrap_lakehouse" in m["macros"]
    tests = {t.get("test_metadata", {}).get("name") for t in _nodes(m, "test").values()}
    assert {"not_null", "accepted_values", "unique_combination_of_columns"} <= tests


def test_the_docs_site_has_a_page_per_project_with_the_documented_columns(tmp_path):
    """config/dbt/docs_site.py as the dbt image runs it at build time (its own process: dbt loads modules named dbt_* from
    sys.path as plugins, and this test session has the DAG folder there); the dbt-docs service serves the folder."""
    import subprocess
    import sys

    site = tmp_path / "site"
    built = subprocess.run([sys.executable, str(DBT_ROOT / "docs_site.py"), str(site), "clickhouse_analytics", "trino_lakehouse"],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    assert sorted(p.name for p in site.iterdir()) == ["clickhouse_analytics.html", "index.html", "trino_lakehouse.html"]
    index = (site / "index.html").read_text()
    assert 'href="clickhouse_analytics.html"' in index and 'href="trino_lakehouse.html"' in index
    clickhouse = (site / "clickhouse_analytics.html").read_text()
    assert "Calendar quarter, 1 to 4" in clickhouse and "dim_dates" in clickhouse
    assert not (DBT_ROOT / "clickhouse_analytics" / "target").exists(), "the site is built outside the project"

    missing = subprocess.run([sys.executable, str(DBT_ROOT / "docs_site.py"), str(tmp_path / "other"), "no_such_project"],
                             capture_output=True, text=True, timeout=120)
    assert missing.returncode != 0 and "no_such_project" in missing.stderr
