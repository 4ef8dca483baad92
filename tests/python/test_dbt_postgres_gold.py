"""postgres_gold: publish the real silver data with the DAG helper, then
`dbt seed` + `dbt run` + `dbt test` against a REAL PostgreSQL, and verify the
results with independent psycopg queries.

Needs ONERING_TEST_PG_HOST / _PORT / _USER (/ _PASSWORD): run
`scripts/test-servers.sh start postgres` and `source .work/test-servers/servers.env`.
"""
from __future__ import annotations

import os
import uuid
from datetime import datetime, timezone
from decimal import Decimal

import pytest

from dbt_helpers import run_dbt
from oner import medallion

REQUIRED = ("ONERING_TEST_PG_HOST", "ONERING_TEST_PG_PORT", "ONERING_TEST_PG_USER")


@pytest.fixture(scope="module")
def pg_params():
    missing = [name for name in REQUIRED if not os.environ.get(name)]
    if missing:
        pytest.fail(
            f"PostgreSQL for the dbt postgres_gold test is not configured (missing {', '.join(missing)}). "
            "Run `scripts/test-servers.sh start postgres` and `source .work/test-servers/servers.env` "
            "(it exports ONERING_TEST_PG_HOST/PORT/USER/PASSWORD), then re-run.",
            pytrace=False,
        )
    return {"host": os.environ["ONERING_TEST_PG_HOST"], "port": int(os.environ["ONERING_TEST_PG_PORT"]),
            "user": os.environ["ONERING_TEST_PG_USER"], "password": os.environ.get("ONERING_TEST_PG_PASSWORD", "")}


@pytest.fixture(scope="module")
def gold_db(pg_params):
    import psycopg

    name = f"oner_gold_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=10, **pg_params) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, connect_timeout=10, **pg_params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="module")
def silver(bronze_bytes):
    return medallion.to_silver(medallion.read_bronze_csv(bronze_bytes), batch_id="pytest").silver


@pytest.fixture(scope="module")
def published(pg_params, gold_db, silver):
    import psycopg

    with psycopg.connect(dbname=gold_db, **pg_params) as conn:
        first = medallion.publish_gold_snapshot(conn, silver, published_at=datetime(2024, 4, 1, tzinfo=timezone.utc))
        # re-publishing the same snapshot is an idempotent upsert
        second = medallion.publish_gold_snapshot(conn, silver)
    return first, second


@pytest.fixture(scope="module")
def dbt_built(pg_params, gold_db, published, tmp_path_factory):
    env = {"POSTGRES_GOLD_HOST": pg_params["host"], "POSTGRES_GOLD_PORT": str(pg_params["port"]),
           "POSTGRES_GOLD_USER": pg_params["user"], "POSTGRES_GOLD_PASSWORD": pg_params["password"],
           "POSTGRES_GOLD_DB": gold_db, "POSTGRES_GOLD_SSLMODE": "disable"}
    work = tmp_path_factory.mktemp("dbt_pg")
    out = {cmd: run_dbt("postgres_gold", [cmd], env, work).stdout for cmd in ("seed", "run", "test")}
    return out


def _query(pg_params, db, sql):
    import psycopg

    with psycopg.connect(dbname=db, **pg_params) as conn:
        return conn.execute(sql).fetchall()


def test_publish_gold_snapshot_upserts(pg_params, gold_db, published, silver):
    assert published == (len(silver), len(silver))
    rows = _query(pg_params, gold_db, "select count(*), count(distinct order_id), sum(amount) from gold.orders_snapshot")
    assert rows[0][0] == rows[0][1] == len(silver)
    assert rows[0][2] == Decimal(f"{silver['amount'].sum():.2f}")


def test_dbt_commands_succeed(dbt_built):
    assert "Completed successfully" in dbt_built["seed"]
    assert "Completed successfully" in dbt_built["run"]
    assert "Completed successfully" in dbt_built["test"]


def test_seed_loaded(pg_params, gold_db, dbt_built):
    assert _query(pg_params, gold_db, "select count(*) from gold_ref.country_regions")[0][0] == 6


def test_staging_view_matches_snapshot(pg_params, gold_db, dbt_built, silver):
    rows = _query(pg_params, gold_db,
                  "select table_type from information_schema.tables "
                  "where table_schema = 'gold_staging' and table_name = 'stg_orders_snapshot'")
    assert rows == [("VIEW",)]
    assert _query(pg_params, gold_db, "select count(*) from gold_staging.stg_orders_snapshot")[0][0] == len(silver)


def test_customer_order_summary(pg_params, gold_db, dbt_built, silver):
    rows = _query(pg_params, gold_db,
                  "select customer_id, orders_count, cancelled_orders, gross_amount, net_amount, region "
                  "from gold_marts.customer_order_summary order by customer_id")
    assert len(rows) == silver["customer_id"].nunique()
    expected = silver.groupby("customer_id")
    for customer_id, orders, cancelled, gross, net, region in rows:
        grp = expected.get_group(customer_id)
        assert orders == len(grp)
        assert cancelled == int((grp["status"] == "cancelled").sum())
        assert gross == Decimal(f"{grp.loc[grp['status'] != 'cancelled', 'amount'].sum():.2f}")
        assert net == Decimal(f"{grp.loc[~grp['status'].isin(['cancelled', 'returned']), 'amount'].sum():.2f}")
        assert region in {"europe", "north_america"}


def test_daily_revenue_by_region(pg_params, gold_db, dbt_built, silver):
    kept = silver[~silver["status"].isin(["cancelled", "returned"])]
    region = kept["country"].map({"US": "north_america", "CA": "north_america"}).fillna("europe")
    expected = kept.assign(region=region).groupby(["order_date", "region"])["amount"].sum()
    rows = _query(pg_params, gold_db, "select order_date, region, net_revenue from gold_marts.daily_revenue_by_region")
    assert len(rows) == len(expected)
    for order_date, reg, revenue in rows:
        assert revenue == Decimal(f"{expected[(order_date, reg)]:.2f}")
    total = _query(pg_params, gold_db, "select sum(net_revenue) from gold_marts.daily_revenue_by_region")[0][0]
    assert total == Decimal(f"{kept['amount'].sum():.2f}")
