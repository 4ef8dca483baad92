"""The event contracts of config/contracts/: every event is checked before it is published."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

_REPO_CONTRACTS = Path(__file__).resolve().parents[2] / "contracts"


class ContractViolation(Exception):
    """An event does not match its schema: a bug in the producer, never published."""


def contracts_dir() -> Path:
    return Path(os.environ.get("INGEST_CONTRACTS_DIR", str(_REPO_CONTRACTS)))


@lru_cache(maxsize=None)
def _validators(root: str) -> dict[str, Draft202012Validator]:
    schemas = {path.name.removesuffix(".schema.json"): json.loads(path.read_text(encoding="utf-8"))
               for path in sorted(Path(root, "events").glob("*.schema.json"))}
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values())
    for schema in schemas.values():
        Draft202012Validator.check_schema(schema)
    return {name: Draft202012Validator(schema, registry=registry) for name, schema in schemas.items()}


def schema_names() -> list[str]:
    return sorted(_validators(str(contracts_dir())))


def validate(document: dict, schema: str) -> None:
    """Raises ContractViolation listing every mismatch of `document` against `<schema>.schema.json`."""
    validators = _validators(str(contracts_dir()))
    if schema not in validators:
        raise ContractViolation(f"no contract named {schema}; contracts are {', '.join(sorted(validators))}")
    errors = sorted(validators[schema].iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        details = "; ".join(f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors)
        raise ContractViolation(f"{schema}: {details}")
