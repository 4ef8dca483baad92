#!/usr/bin/env python3
"""Deterministic generator for the OneRing demo seed data.

Standard library only (``random`` with a fixed seed, ``csv``), so the output is
byte-identical on every machine and Python 3.9+.  Outputs, relative to the
``config/`` folder:

* ``seed-data/orders.csv`` - bronze demo orders (~200 rows, deliberately a
  little dirty: blank customer ids, non-positive quantities, re-emitted order
  ids, messy status casing) consumed by the ``medallion_batch_demo`` DAG.
* ``seed-data/featurestore/customer_transactions.csv`` - weekly customer
  transaction aggregates plus a churn label (500 rows) for the Feast repo, the
  training pipeline and the Evidently drift report.
* ``dbt/clickhouse_analytics/seeds/raw_*.csv`` - the small e-commerce tables
  (customers, products, orders, order items) of the ClickHouse dbt project.
* ``seed-data/traffic/traffic_2026-01-30.csv`` - seed 002's traffic sensor
  readings (15 text columns, two days of hourly readings of eight sensors,
  with the messiness STG handles: mixed casing, blank counts, a repeated
  reading), landed for ``ingestor-file`` and read by ``trino_lakehouse``.

Usage::

    python generate.py            # (re)write every file
    python generate.py --check    # exit 1 if a committed file differs
    python generate.py --out DIR  # write the tree below DIR instead
"""
from __future__ import annotations

import argparse
import csv
import io
import math
import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

SEED = 20240101
CONFIG_DIR = Path(__file__).resolve().parent.parent

COUNTRIES = ["US", "DE", "FR", "GB", "CA", "NL"]
CHANNELS = ["web", "mobile", "store"]
STATUSES = ["placed", "shipped", "delivered", "cancelled", "returned"]
STATUS_WEIGHTS = [15, 20, 50, 10, 5]
CURRENCY_BY_COUNTRY = {"US": "USD", "CA": "USD", "GB": "EUR", "DE": "EUR", "FR": "EUR", "NL": "EUR"}


def _csv_text(header: list[str], rows: list[list[object]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def _messy_status(rng: random.Random, status: str) -> str:
    roll = rng.random()
    if roll < 0.08:
        return status.upper()
    if roll < 0.14:
        return f" {status.capitalize()} "
    return status


def bronze_orders(rng: random.Random, n_orders: int = 192) -> str:
    """Bronze orders as landed by Airbyte: mostly clean, some defects."""
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    customers = [f"C{i:04d}" for i in range(1, 41)]
    skus = {f"SKU-{100 + i}": round(4.5 + 7.25 * i + (i % 3) * 0.99, 2) for i in range(15)}
    rows: list[list[object]] = []
    for i in range(1, n_orders + 1):
        ts = start + timedelta(minutes=rng.randrange(0, 90 * 24 * 60))
        customer = rng.choice(customers)
        country = COUNTRIES[int(customer[1:]) % len(COUNTRIES)]
        sku = rng.choice(sorted(skus))
        qty = rng.randint(1, 5)
        status = rng.choices(STATUSES, weights=STATUS_WEIGHTS)[0]
        defect = rng.random()
        if defect < 0.05:
            customer = ""  # missing business key -> dropped in silver
        elif defect < 0.08:
            qty = rng.choice([0, -1])  # impossible quantity -> dropped in silver
        rows.append([
            f"ORD-{i:05d}", customer, ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
            _messy_status(rng, status), sku, qty, f"{skus[sku]:.2f}",
            CURRENCY_BY_COUNTRY[country], country, rng.choice(CHANNELS),
        ])
    # Re-emitted orders (CDC-style updates): same order id, later timestamp,
    # progressed status.  Silver keeps the latest record per order id.
    for idx in rng.sample(range(len(rows)), 8):
        original = list(rows[idx])
        later = datetime.strptime(str(original[2]), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        later += timedelta(days=rng.randint(1, 4))
        original[2] = later.strftime("%Y-%m-%dT%H:%M:%SZ")
        original[3] = rng.choice(["delivered", "returned"])
        if not original[1]:
            original[1] = "C0001"
        if int(original[5]) <= 0:
            original[5] = 1
        rows.append(original)
    header = ["order_id", "customer_id", "order_ts", "status", "product_sku", "quantity",
              "unit_price", "currency", "country", "channel"]
    return _csv_text(header, rows)


def customer_transactions(rng: random.Random, n_customers: int = 100, weeks: int = 5) -> str:
    """Weekly per-customer aggregates with a churn label (Feast offline source)."""
    first_week = datetime(2024, 3, 3, tzinfo=timezone.utc)
    rows: list[list[object]] = []
    for c in range(n_customers):
        customer_id = 1001 + c
        base_txn = rng.uniform(0.5, 12.0)
        base_amount = rng.uniform(15.0, 140.0)
        tenure0 = rng.randint(30, 1500)
        tickets_rate = rng.uniform(0.0, 1.6)
        for w in range(weeks):
            event_ts = first_week + timedelta(days=7 * w)
            # later weeks drift a little (fewer transactions, more tickets)
            drift = 1.0 - 0.06 * w
            txn_count = max(0, int(round(rng.gauss(base_txn * drift, 1.5))))
            amount = round(max(0.0, txn_count * rng.gauss(base_amount, base_amount * 0.2)), 2)
            avg30 = round(max(1.0, rng.gauss(base_amount, base_amount * 0.1)), 2)
            days_since = 0 if txn_count > 0 and rng.random() < 0.6 else rng.randint(1, 45)
            tickets = min(9, int(rng.expovariate(1.0 / (tickets_rate * (1 + 0.15 * w) + 0.05))))
            score = -1.2 - 0.28 * txn_count + 0.055 * days_since + 0.45 * tickets - 0.0008 * (tenure0 + 7 * w)
            churned = 1 if rng.random() < 1.0 / (1.0 + math.exp(-score)) else 0
            rows.append([
                customer_id,
                event_ts.strftime("%Y-%m-%d %H:%M:%S+00:00"),
                (event_ts + timedelta(hours=1)).strftime("%Y-%m-%d %H:%M:%S+00:00"),
                txn_count, f"{amount:.2f}", f"{avg30:.2f}", days_since, tenure0 + 7 * w, tickets, churned,
            ])
    header = ["customer_id", "event_timestamp", "created", "txn_count_7d", "txn_amount_7d",
              "avg_txn_amount_30d", "days_since_last_txn", "tenure_days", "support_tickets_30d", "churned"]
    return _csv_text(header, rows)


def dbt_clickhouse_seeds(rng: random.Random) -> dict[str, str]:
    """Seed 004's e-commerce sample: 15 customers, 15 products, 20 orders, 32 items."""
    first = ["Ava", "Ben", "Chloe", "Dan", "Eva", "Finn", "Gia", "Hugo", "Ines", "Jon", "Kai", "Lea", "Max", "Nia", "Omar"]
    last = ["Smith", "Muller", "Martin", "Jones", "Brown", "Schmidt", "Dubois", "Taylor", "Bakker", "Wilson",
            "Weber", "Moreau", "Evans", "Visser", "Clark"]
    customers = []
    for i in range(15):
        country = COUNTRIES[i % len(COUNTRIES)]
        signup = date(2023, 1, 5) + timedelta(days=rng.randint(0, 330))
        customers.append([i + 1, first[i], last[i], f"{first[i].lower()}.{last[i].lower()}@example.com",
                          country, signup.isoformat()])
    categories = ["electronics", "home", "sports"]
    names = {"electronics": ["Headphones", "Keyboard", "Monitor", "Webcam", "Charger"],
             "home": ["Lamp", "Kettle", "Blanket", "Vase", "Clock"],
             "sports": ["Yoga Mat", "Dumbbell", "Bottle", "Jump Rope", "Backpack"]}
    products = []
    pid = 1
    for cat in categories:
        for name in names[cat]:
            price = round(rng.uniform(9.0, 240.0), 2)
            cost = round(price * rng.uniform(0.45, 0.7), 2)
            products.append([pid, name, cat, f"{price:.2f}", f"{cost:.2f}"])
            pid += 1
    orders, items = [], []
    order_statuses = ["completed"] * 13 + ["shipped"] * 3 + ["pending"] * 2 + ["cancelled"] * 2
    rng.shuffle(order_statuses)
    item_id = 1
    items_per_order = [1] * 10 + [2] * 8 + [3] * 2  # = 32 items
    rng.shuffle(items_per_order)
    for o in range(20):
        order_date = date(2024, 1, 1) + timedelta(days=rng.randint(0, 30))
        orders.append([o + 1, rng.randint(1, 15), order_date.isoformat(), order_statuses[o],
                       rng.choice(["card", "paypal", "bank_transfer"])])
        for product in rng.sample(products, items_per_order[o]):
            items.append([item_id, o + 1, product[0], rng.randint(1, 3), product[3]])
            item_id += 1
    return {
        "raw_customers.csv": _csv_text(["customer_id", "first_name", "last_name", "email", "country", "signup_date"], customers),
        "raw_products.csv": _csv_text(["product_id", "product_name", "category", "price", "cost"], products),
        "raw_orders.csv": _csv_text(["order_id", "customer_id", "order_date", "status", "payment_method"], orders),
        "raw_order_items.csv": _csv_text(["order_item_id", "order_id", "product_id", "quantity", "unit_price"], items),
    }


_SENSORS = [
    # sensor, road, direction, segment, city, lat, lon, free-flow speed
    ("S-101", "E39", "N", "E39-12", "Stavanger", 58.9700, 5.7331, 80),
    ("S-102", "E39", "S", "E39-12", "Stavanger", 58.9698, 5.7335, 80),
    ("S-201", "Rv509", "E", "RV509-03", "Sola", 58.8870, 5.6520, 60),
    ("S-202", "Rv509", "W", "RV509-03", "Sola", 58.8872, 5.6516, 60),
    ("S-301", "E18", "N", "E18-40", "Oslo", 59.9110, 10.7520, 70),
    ("S-302", "E18", "S", "E18-40", "Oslo", 59.9108, 10.7525, 70),
    ("S-401", "Fv44", "N", "FV44-07", "Sandnes", 58.8520, 5.7350, 50),
    ("S-402", "Fv44", "S", "FV44-07", "Sandnes", 58.8518, 5.7354, 50),
]


def traffic_readings(rng: random.Random, days: tuple[str, ...] = ("2026-01-29", "2026-01-30")) -> str:
    header = ["reading_id", "sensor_id", "road", "direction", "road_segment_id", "city", "lat", "lon",
              "measured_at_utc", "vehicle_count", "avg_speed_kmh", "occupancy_pct", "congestion_level",
              "incident_flag", "source_system"]
    rows: list[list[object]] = []
    for day in days:
        for hour in range(6, 22, 2):
            rush = hour in (6, 8, 16, 18)
            for sensor, road, direction, segment, city, lat, lon, free_flow in _SENSORS:
                occupancy = round(rng.uniform(35, 85) if rush else rng.uniform(5, 40), 1)
                level = "HIGH" if occupancy >= 60 else "MEDIUM" if occupancy >= 30 else "LOW"
                speed = round(free_flow * (1 - occupancy / 130) * rng.uniform(0.9, 1.05), 1)
                count = rng.randint(250, 700) if rush else rng.randint(40, 300)
                incident = rng.random() < 0.04
                rows.append([
                    f"T-{day.replace('-', '')}-{hour:02d}-{sensor}", sensor, road,
                    direction.lower() if rng.random() < 0.1 else direction, segment, city, f"{lat:.4f}", f"{lon:.4f}",
                    f"{day}T{hour:02d}:00:00Z", "" if rng.random() < 0.03 else count, speed, occupancy,
                    level.lower() if rng.random() < 0.15 else level, rng.choice(["true", "1", "yes"]) if incident else
                    rng.choice(["false", "0", ""]), "road-sensor-gateway"])
    rows.append(list(rows[rng.randrange(len(rows))]))  # a reading the gateway sent twice
    return _csv_text(header, rows)


def build() -> dict[str, str]:
    """Return {path relative to config/: file content}; each part has its own RNG."""
    files = {
        "seed-data/orders.csv": bronze_orders(random.Random(SEED)),
        "seed-data/featurestore/customer_transactions.csv": customer_transactions(random.Random(SEED + 1)),
        "seed-data/traffic/traffic_2026-01-30.csv": traffic_readings(random.Random(SEED + 3)),
    }
    for name, text in dbt_clickhouse_seeds(random.Random(SEED + 2)).items():
        files[f"dbt/clickhouse_analytics/seeds/{name}"] = text
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CONFIG_DIR, help="config root to write below")
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    stale = []
    for rel, text in build().items():
        target = args.out / rel
        if args.check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(rel)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="")
        print(f"wrote {target} ({text.count(chr(10)) - 1} rows)")
    if stale:
        print("stale seed files (run config/seed-data/generate.py):", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
