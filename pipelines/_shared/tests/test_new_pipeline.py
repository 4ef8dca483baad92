"""`bin/onering pipeline new` end to end: the generated pipeline passes the shared pipeline tests and its own tests at
once, and bad names are refused with nothing written."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
ONERING = REPO / "bin" / "onering"


def onering(*args: str) -> subprocess.CompletedProcess:
    if not (REPO / "target" / "onering.jar").is_file():
        pytest.fail("target/onering.jar is missing: build it first (mvn -q -B package -DskipTests; scripts/test.sh does)")
    return subprocess.run([str(ONERING), *args], capture_output=True, text=True, timeout=300)


def test_a_new_pipeline_passes_its_tests_immediately(tmp_path):
    created = onering("pipeline", "new", "demo", "Demo", "--root", str(tmp_path))
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "demo" / "pipeline.yaml").read_text().splitlines()[1:3] == ["name: demo", 'title: "Demo"']
    leftovers = [p for p in tmp_path.rglob("*") if "__PIPELINE" in p.name or (p.is_file() and "__PIPELINE" in p.read_text())]
    assert leftovers == []

    env = {**os.environ, "ONERING_PIPELINES_ROOT": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "pipeline_testing", "-p", "no:cacheprovider", "-q",
                          str(Path(__file__).with_name("test_pipelines.py")), str(tmp_path / "demo" / "tests")],
                         capture_output=True, text=True, env=env, timeout=1200)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    # The shared tests for the one pipeline found there, and the template's own test.
    passed = re.search(r"(\d+) passed", run.stdout)
    assert passed and int(passed.group(1)) >= 7, run.stdout[-2000:]


@pytest.mark.parametrize("name, title, reason", [
    ("Demo", "Demo", "lower-case letters"),
    ("de", "Demo", "3 to 40 characters"),
    ("gold", "Demo", "already uses for a database, role, bucket or schema"),
    ("airflow", "Demo", "already uses for a database, role, bucket or schema"),
    ("demo", 'say "hi"', "title"),
])
def test_bad_input_is_refused_and_nothing_is_written(tmp_path, name, title, reason):
    refused = onering("pipeline", "new", name, title, "--root", str(tmp_path))
    assert refused.returncode == 2
    assert reason in refused.stderr, refused.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_existing_pipeline_is_not_overwritten(tmp_path):
    assert onering("pipeline", "new", "demo", "Demo", "--root", str(tmp_path)).returncode == 0
    before = (tmp_path / "demo" / "pipeline.yaml").read_text()
    again = onering("pipeline", "new", "demo", "Other", "--root", str(tmp_path))
    assert again.returncode == 2 and "exists already" in again.stderr
    assert (tmp_path / "demo" / "pipeline.yaml").read_text() == before
