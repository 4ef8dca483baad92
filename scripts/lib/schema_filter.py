"""Reduce an official Pulumi package schema to the resources a program uses.

The result is still a valid schema for the same provider version: the provider, its config and the package
metadata stay; of the resources only the kept ones stay; of the types and functions only those a kept part
references, directly or through other kept types (``$ref`` to ``#/types/...``, ``#/resources/...``, a
resource's ``methods``). Everything else is dropped, so the generated SDK has exactly the classes the program
can use. Unknown resource tokens are an error, never silently ignored.

Usage: schema_filter.py SCHEMA.json OUT.json TOKEN...
"""

from __future__ import annotations

import json
import sys
from typing import Any, Iterator
from urllib.parse import unquote

PROVIDER_TOKEN_PREFIX = "pulumi:providers:"


class SchemaFilterError(ValueError):
    """A keep list that does not fit the schema."""


def _refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` target below node, URL-decoded (schemas write ``/`` inside tokens as ``%2F``)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield unquote(value)
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _local_ref(ref: str) -> tuple[str, str] | None:
    """('types'|'resources', token) for a reference into this schema; None for built-ins and other packages."""
    if ref.startswith("#/"):
        ref = ref[1:]
    elif not ref.startswith("/"):
        return None  # pulumi.json#/Any, /other-package/v1.0.0/schema.json#/..., and similar
    section, _, token = ref[1:].partition("/")
    if section not in ("types", "resources", "provider") or (section != "provider" and not token):
        raise SchemaFilterError(f"unsupported reference {ref!r}")
    return (section, token) if section != "provider" else None


def filter_schema(schema: dict[str, Any], keep: list[str]) -> dict[str, Any]:
    """A copy of schema with only the resources in keep and what they need."""
    resources: dict[str, Any] = schema.get("resources", {})
    types: dict[str, Any] = schema.get("types", {})
    functions: dict[str, Any] = schema.get("functions", {})
    unknown = sorted(token for token in keep if token not in resources)
    if unknown:
        raise SchemaFilterError(
            f"{schema.get('name')}: no such resource(s) in the schema: {', '.join(unknown)}")

    kept = {"resources": set(keep), "types": set(), "functions": set()}
    pending: list[Any] = [schema.get("provider", {}), schema.get("config", {})]
    pending += [resources[token] for token in keep]
    while pending:
        node = pending.pop()
        methods = node.get("methods") if isinstance(node, dict) else None
        for function in (methods or {}).values():
            if function not in kept["functions"]:
                kept["functions"].add(function)
                pending.append(functions[function])
        for ref in _refs(node):
            local = _local_ref(ref)
            if local is None:
                continue
            section, token = local
            if token.startswith(PROVIDER_TOKEN_PREFIX):
                continue
            source = types if section == "types" else resources
            if token not in source:
                raise SchemaFilterError(f"{schema.get('name')}: dangling reference {ref!r}")
            if token not in kept[section]:
                kept[section].add(token)
                pending.append(source[token])

    reduced = dict(schema)
    for section, source in (("resources", resources), ("types", types), ("functions", functions)):
        if section in schema:
            reduced[section] = {token: source[token] for token in sorted(kept[section])}
    return reduced


def main(argv: list[str]) -> int:
    if len(argv) < 4:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    source, target, keep = argv[1], argv[2], argv[3:]
    with open(source, encoding="utf-8") as f:
        schema = json.load(f)
    try:
        reduced = filter_schema(schema, keep)
    except SchemaFilterError as e:
        print(f"schema_filter: {e}", file=sys.stderr)
        return 1
    with open(target, "w", encoding="utf-8") as f:
        json.dump(reduced, f, indent=2, sort_keys=True)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
