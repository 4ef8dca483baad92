"""The temp cleanup against the real S3 server: only temp/ objects older than the retention go."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from onering_pipelines import cleanup_temp, land
from pipeline_testing import pipeline_folders


@pytest.fixture(scope="module")
def pipeline_folder():
    # Any pipeline will do: only its bucket is used.
    return pipeline_folders()[0]


def test_cleanup_removes_only_expired_temp_objects(pipeline_services):
    s3 = pipeline_services.s3()
    bucket = pipeline_services.bucket
    for key in ("temp/a.csv", "temp/nested/b.parquet", "raw/records/run-1.csv", "temporary.txt"):
        land(s3, bucket, key, b"x")
    uploaded = datetime.now(timezone.utc)

    assert cleanup_temp(s3, bucket, retention_days=7, now=uploaded + timedelta(days=6)) == []
    removed = cleanup_temp(s3, bucket, retention_days=7, now=uploaded + timedelta(days=8))

    assert sorted(removed) == ["temp/a.csv", "temp/nested/b.parquet"]
    left = sorted(o["Key"] for o in s3.list_objects_v2(Bucket=bucket)["Contents"])
    assert left == ["raw/records/run-1.csv", "temporary.txt"]


def test_cleanup_refuses_a_retention_below_one_day(pipeline_services):
    with pytest.raises(ValueError, match="at least 1"):
        cleanup_temp(pipeline_services.s3(), pipeline_services.bucket, retention_days=0, now=datetime.now(timezone.utc))
