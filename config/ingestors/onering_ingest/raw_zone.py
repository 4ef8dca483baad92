"""The RAW zone: immutable objects under source=/dataset=/dt=/run-id= in the bronze bucket."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from botocore.exceptions import ClientError

SOURCES = ("file", "http", "stream")
_DATASET = re.compile(r"^[a-z0-9_]+$")
_RUN_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
# Where the uploader records the content hash; the same key the platform's object-store hook uses.
HASH_METADATA = "onering-sha256"


def sha256(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


@dataclass(frozen=True)
class Written:
    uri: str
    sha256: str
    bytes: int
    created: bool


class RawZone:
    def __init__(self, s3, bucket: str):
        self._s3 = s3
        self.bucket = bucket

    @staticmethod
    def key(source: str, dataset: str, day: date, run_id: str, name: str) -> str:
        if source not in SOURCES:
            raise ValueError(f"source {source!r} is not one of {', '.join(SOURCES)}")
        if not _DATASET.match(dataset):
            raise ValueError(f"dataset {dataset!r} must be lower-case letters, digits and underscores")
        if not _RUN_ID.match(run_id):
            raise ValueError(f"run id {run_id!r} must be letters, digits, '.', '_' or '-'")
        if not name or "/" in name:
            raise ValueError(f"object name {name!r} must be a plain file name")
        return f"source={source}/dataset={dataset}/dt={day.isoformat()}/run-id={run_id}/{name}"

    def uri(self, key: str) -> str:
        return f"s3://{self.bucket}/{key}"

    def write(self, key: str, body: bytes, content_type: str) -> Written:
        """Writes `body` at `key` once. The same content again is a no-op; different content at an existing key is
        refused, because RAW is immutable and run ids are derived from content or message position."""
        digest = sha256(body)
        try:
            existing = self._s3.head_object(Bucket=self.bucket, Key=key)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") not in ("404", "NoSuchKey", "NotFound"):
                raise
            existing = None
        if existing is not None:
            if existing.get("Metadata", {}).get(HASH_METADATA) != digest:
                raise RuntimeError(f"{self.uri(key)} exists with other content; RAW objects are never overwritten")
            return Written(self.uri(key), digest, len(body), created=False)
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=body, ContentType=content_type,
                            Metadata={HASH_METADATA: digest})
        return Written(self.uri(key), digest, len(body), created=True)
