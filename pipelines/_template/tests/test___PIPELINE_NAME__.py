"""The __PIPELINE_NAME__ pipeline's own checks, on its sample, after its daily job ran against a real PostgreSQL."""

from decimal import Decimal


def test_daily_records_sum_the_valid_sample_rows(materialized):
    rows = materialized.query("select record_date::text, category, records, total_amount "
                              "from analytics.daily_records order by 1, 2")
    assert rows == [
        ("2026-11-02", "alpha", 2, Decimal("19.75")),
        ("2026-11-02", "beta", 1, Decimal("3.00")),
        ("2026-11-03", "alpha", 1, Decimal("10.00")),
        ("2026-11-03", "beta", 1, Decimal("4.75")),
    ]
