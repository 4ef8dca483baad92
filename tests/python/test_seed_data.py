"""The committed seed files are exactly what the deterministic generator writes."""
from __future__ import annotations

import csv
import importlib.util
import subprocess
import sys

from conftest import CONFIG, SEED_DIR


def _generator():
    spec = importlib.util.spec_from_file_location("oner_seed_generate", SEED_DIR / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_files_equal_generator_output():
    files = _generator().build()
    assert set(files) == {
        "seed-data/orders.csv",
        "seed-data/featurestore/customer_transactions.csv",
        "dbt/clickhouse_analytics/seeds/raw_customers.csv",
        "dbt/clickhouse_analytics/seeds/raw_products.csv",
        "dbt/clickhouse_analytics/seeds/raw_orders.csv",
        "dbt/clickhouse_analytics/seeds/raw_order_items.csv",
        "seed-data/traffic/traffic_2026-01-30.csv",
    }
    for rel, text in files.items():
        assert (CONFIG / rel).read_text(encoding="utf-8") == text, f"{rel} is stale: run config/seed-data/generate.py"


def test_generator_is_deterministic_and_check_mode(tmp_path):
    gen = _generator()
    assert gen.build() == gen.build()
    subprocess.run([sys.executable, str(SEED_DIR / "generate.py"), "--out", str(tmp_path)], check=True,
                   capture_output=True)
    ok = subprocess.run([sys.executable, str(SEED_DIR / "generate.py"), "--out", str(tmp_path), "--check"])
    assert ok.returncode == 0
    (tmp_path / "seed-data" / "orders.csv").write_text("tampered\n")
    stale = subprocess.run([sys.executable, str(SEED_DIR / "generate.py"), "--out", str(tmp_path), "--check"],
                           capture_output=True, text=True)
    assert stale.returncode == 1 and "seed-data/orders.csv" in stale.stderr


def test_seed_shapes():
    with open(SEED_DIR / "orders.csv", newline="") as fh:
        orders = list(csv.DictReader(fh))
    assert 180 <= len(orders) <= 220
    assert any(not r["customer_id"] for r in orders), "bronze should contain rows without customer"
    assert len({r["order_id"] for r in orders}) < len(orders), "bronze should contain re-emitted orders"
    with open(SEED_DIR / "featurestore" / "customer_transactions.csv", newline="") as fh:
        tx = list(csv.DictReader(fh))
    assert len(tx) == 500
    assert {r["churned"] for r in tx} == {"0", "1"}
    assert len({(r["customer_id"], r["event_timestamp"]) for r in tx}) == 500
    items = list(csv.DictReader(open(CONFIG / "dbt/clickhouse_analytics/seeds/raw_order_items.csv", newline="")))
    assert len(items) == 32


def test_the_traffic_readings_carry_the_messiness_stg_traffic_handles():
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(_generator().build()["seed-data/traffic/traffic_2026-01-30.csv"])))
    ids = [r["reading_id"] for r in rows]
    assert len(ids) - len(set(ids)) == 1, "one reading sent twice (stg_traffic keeps it once)"
    assert {r["congestion_level"].upper() for r in rows} == {"LOW", "MEDIUM", "HIGH"}
    assert any(r["congestion_level"] != r["congestion_level"].upper() for r in rows), "mixed casing"
    assert any(r["vehicle_count"] == "" for r in rows), "blank counts (try_cast gives null)"
    assert {r["measured_at_utc"][:10] for r in rows} == {"2026-01-29", "2026-01-30"}
