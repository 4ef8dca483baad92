"""The offline plan of a stack is the same in every JVM: a preview of an unchanged stack must be quiet.

Java's Map.of iterates in an order salted per JVM, so a file the platform writes from one (the dashboard's manifest,
Prometheus' alert rules, Alertmanager's config) changed between runs and replaced its container at every `pulumi up`.
Within one JVM the order is stable, which is why this runs the built CLI in separate processes.
"""
from __future__ import annotations

import subprocess

import pytest

from conftest import REPO_ROOT

RUNS = 3


def _plan(stack: str) -> str:
    return subprocess.run([str(REPO_ROOT / "bin" / "onering"), "plan", "--stack", stack, "--with-file-contents"],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("stack", ["full", "dev"])
def test_the_plan_with_file_contents_is_identical_in_separate_jvms(stack):
    first = _plan(stack)
    for run in range(2, RUNS + 1):
        again = _plan(stack)
        if again != first:
            line = next(i for i, (a, b) in enumerate(zip(first.splitlines(), again.splitlines())) if a != b)
            pytest.fail(f"{stack}: run {run} differs from run 1 at line {line + 1}:\n"
                        f"{first.splitlines()[line][:300]}\n{again.splitlines()[line][:300]}")
