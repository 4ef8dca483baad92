"""scripts/lib/schema_filter.py: the reduced schema keeps exactly what kept resources need."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts" / "lib"))
from schema_filter import SchemaFilterError, filter_schema  # noqa: E402

SCHEMAS = REPO_ROOT / "sdks" / "schemas"


def _schema() -> dict:
    ref = lambda token: {"$ref": "#/types/" + token.replace("/", "%2F")}  # noqa: E731
    return {
        "name": "pkg",
        "config": {"variables": {"auth": ref("pkg:index/auth:Auth")}},
        "provider": {"inputProperties": {"auth": ref("pkg:index/auth:Auth")},
                     "methods": {"terraformConfig": "pulumi:providers:pkg/terraformConfig"}},
        "resources": {
            "pkg:index/a:A": {"inputProperties": {"nested": ref("pkg:index/outer:Outer"),
                                                  "any": {"$ref": "pulumi.json#/Any"}}},
            "pkg:index/b:B": {"inputProperties": {"other": ref("pkg:index/unused:Unused")}},
            "pkg:index/c:C": {"properties": {"a": {"$ref": "#/resources/pkg:index%2Fa:A"}}},
        },
        "types": {
            "pkg:index/auth:Auth": {"properties": {"user": {"type": "string"}}},
            "pkg:index/outer:Outer": {"properties": {"items": {"type": "array", "items": ref("pkg:index/inner:Inner")}}},
            "pkg:index/inner:Inner": {"properties": {"x": {"type": "string"}}},
            "pkg:index/unused:Unused": {"properties": {}},
        },
        "functions": {
            "pulumi:providers:pkg/terraformConfig": {"outputs": {"properties": {"result": {"type": "object"}}}},
            "pkg:index/getA:getA": {"outputs": {"properties": {"a": ref("pkg:index/unused:Unused")}}},
        },
    }


def test_keeps_the_resource_and_every_type_it_references_transitively():
    reduced = filter_schema(_schema(), ["pkg:index/a:A"])
    assert list(reduced["resources"]) == ["pkg:index/a:A"]
    assert sorted(reduced["types"]) == ["pkg:index/auth:Auth", "pkg:index/inner:Inner", "pkg:index/outer:Outer"]
    assert list(reduced["functions"]) == ["pulumi:providers:pkg/terraformConfig"]  # the provider's method stays
    assert reduced["provider"] == _schema()["provider"] and reduced["config"] == _schema()["config"]


def test_a_referenced_resource_is_kept_with_what_it_needs():
    reduced = filter_schema(_schema(), ["pkg:index/c:C"])
    assert sorted(reduced["resources"]) == ["pkg:index/a:A", "pkg:index/c:C"]
    assert "pkg:index/inner:Inner" in reduced["types"]


def test_does_not_change_its_input():
    schema = _schema()
    filter_schema(schema, ["pkg:index/a:A"])
    assert schema == _schema()


def test_unknown_resource_is_an_error_naming_it():
    with pytest.raises(SchemaFilterError, match="pkg:index/nope:Nope"):
        filter_schema(_schema(), ["pkg:index/a:A", "pkg:index/nope:Nope"])


def test_dangling_reference_is_an_error():
    schema = _schema()
    del schema["types"]["pkg:index/inner:Inner"]
    with pytest.raises(SchemaFilterError, match="dangling"):
        filter_schema(schema, ["pkg:index/a:A"])


@pytest.mark.parametrize("schema_file", sorted(SCHEMAS.glob("*.json")), ids=lambda p: p.stem)
def test_official_schemas_keep_their_closure(schema_file: Path):
    """On the real schemas: every local $ref of the reduced schema resolves inside it."""
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    keep = sorted(schema["resources"])[:3]
    reduced = filter_schema(schema, keep)
    text = json.dumps(reduced).replace("%2F", "/")
    for section in ("types", "resources"):
        for token in schema.get(section, {}):
            if f"#/{section}/{token}\"" in text and not token.startswith("pulumi:providers:"):
                assert token in reduced[section], f"{schema_file.name}: {token} referenced but dropped"
    assert len(reduced.get("types", {})) <= len(schema.get("types", {}))


def test_command_line_writes_the_reduced_schema_and_refuses_unknown_tokens(tmp_path: Path):
    source = tmp_path / "schema.json"
    source.write_text(json.dumps(_schema()), encoding="utf-8")
    script = REPO_ROOT / "scripts" / "lib" / "schema_filter.py"
    ok = subprocess.run([sys.executable, script, source, tmp_path / "out.json", "pkg:index/b:B"],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert sorted(json.loads((tmp_path / "out.json").read_text())["types"]) == ["pkg:index/auth:Auth", "pkg:index/unused:Unused"]
    bad = subprocess.run([sys.executable, script, source, tmp_path / "bad.json", "pkg:index/x:X"],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and "pkg:index/x:X" in bad.stderr
    assert not (tmp_path / "bad.json").exists()
