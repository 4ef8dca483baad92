"""The parking pipeline on its sample, after its daily job ran against a real PostgreSQL: the repeated reading counts
once, the reading without a count is left out, and days are local (Europe/Oslo)."""

from decimal import Decimal


def test_daily_facts_per_car_park(materialized):
    rows = materialized.query(
        "select observation_date::text, location, observations, min_free_spaces, avg_free_spaces, max_free_spaces "
        "from analytics.fct_parking_daily order by 1, 2")
    assert rows == [
        ("2026-11-03", "Jorenholmen", 6, 69, Decimal("184.0"), 322),
        ("2026-11-03", "Posthuset", 6, 28, Decimal("85.0"), 154),
        ("2026-11-03", "Siddis", 6, 37, Decimal("122.0"), 224),
        ("2026-11-04", "Jorenholmen", 6, 80, Decimal("195.0"), 333),
        ("2026-11-04", "Posthuset", 6, 39, Decimal("96.2"), 165),
        ("2026-11-04", "Siddis", 6, 48, Decimal("133.0"), 235),
    ]


def test_locations_keep_their_coordinates(materialized):
    rows = materialized.query("select location, latitude::text, longitude::text from analytics.dim_parking_locations order by 1")
    assert rows == [("Jorenholmen", "58.97290", "5.73350"), ("Posthuset", "58.96850", "5.73460"), ("Siddis", "58.96700", "5.72900")]


def test_the_raw_file_is_kept_as_it_came(materialized):
    listed = materialized.s3().list_objects_v2(Bucket=materialized.bucket, Prefix="raw/parking_observations/")["Contents"]
    assert len(listed) == 1
    body = materialized.s3().get_object(Bucket=materialized.bucket, Key=listed[0]["Key"])["Body"].read()
    assert body.startswith(b"Dato,Klokkeslett,Sted,Latitude,Longitude,Antall_ledige_plasser\n")
