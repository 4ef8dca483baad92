"""scripts/pr-stack.sh config: a pull request's demo stack made from another stack's config."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO_ROOT

SOURCE = """\
# The team's staging stack.
encryptionsalt: v1:abc=
config:
  onering:profiles:
    - core
  onering:masterSecret:
    secure: v1:c2VjcmV0
  onering:dockerHost: ssh://deploy@staging.example.com
  onering:publishAddress: 10.0.0.5
  onering:overrides:
    postgres:
      memory: 1Gi
  onering:dataVolumes: retain
"""


def _project(tmp_path: Path) -> Path:
    """A copy of the script (and the stack helpers it sources) in a project layout of its own, with one source stack."""
    (tmp_path / "scripts" / "lib").mkdir(parents=True)
    (tmp_path / "stacks").mkdir()
    shutil.copy(REPO_ROOT / "scripts" / "pr-stack.sh", tmp_path / "scripts")
    shutil.copy(REPO_ROOT / "scripts" / "lib" / "stacks.sh", tmp_path / "scripts" / "lib")
    (tmp_path / "stacks" / "Pulumi.staging.yaml").write_text(SOURCE)
    return tmp_path


def _config(project: Path, number: str, source: str = "staging", **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(project / "scripts" / "pr-stack.sh"), "config", number, source],
                          capture_output=True, text=True, env={**os.environ, **env}, check=False)


def test_the_demo_stack_keeps_the_source_settings_and_owns_host_ports_and_volumes(tmp_path):
    project = _project(tmp_path)
    result = _config(project, "12", DEMO_DOCKER_HOST="ssh://deploy@demo.example.com")
    assert result.returncode == 0, result.stderr
    written = (project / "stacks" / "Pulumi.pr-12.yaml").read_text()
    assert result.stdout.strip() == "stacks/Pulumi.pr-12.yaml"
    lines = written.splitlines()
    # What the source chose stays; what must differ per demo stack is replaced, the secret and the salt dropped.
    assert "    postgres:" in lines and "      memory: 1Gi" in lines
    assert "  onering:dockerHost: ssh://deploy@demo.example.com" in lines
    assert "  onering:portOffset: 20000" in lines
    assert "  onering:dataVolumes: delete" in lines
    for gone in ("secure:", "masterSecret", "encryptionsalt", "staging.example.com", "publishAddress", "retain"):
        assert gone not in written, gone
    assert _config(project, "13").returncode == 0
    assert "  onering:portOffset: 40000" in (project / "stacks" / "Pulumi.pr-13.yaml").read_text().splitlines()


def test_a_rewrite_keeps_the_demo_stacks_own_secrets_settings(tmp_path):
    """select_stack moves a new stack's salt into its file; the next config run must not lose it (nor take the source's)."""
    project = _project(tmp_path)
    assert _config(project, "12").returncode == 0
    written = project / "stacks" / "Pulumi.pr-12.yaml"
    written.write_text("encryptionsalt: v1:own-salt=\n" + written.read_text())
    assert _config(project, "12").returncode == 0
    lines = written.read_text().splitlines()
    assert lines.count("encryptionsalt: v1:own-salt=") == 1
    assert "v1:abc=" not in written.read_text()


@pytest.mark.parametrize("number, source, message", [
    ("12a", "staging", "usage"),
    ("0", "staging", "usage"),
    ("12", "nosuch", "no stack config for 'nosuch'"),
])
def test_bad_input_is_refused_before_anything_is_written(tmp_path, number, source, message):
    project = _project(tmp_path)
    result = _config(project, number, source)
    assert result.returncode == 2
    assert message in result.stderr
    assert not list((project / "stacks").glob("Pulumi.pr-*.yaml"))


@pytest.mark.skipif(not (REPO_ROOT / "target" / "onering.jar").exists(), reason="needs the built jar (mvn package)")
def test_the_program_accepts_the_demo_stack_beside_dev_on_one_host(tmp_path):
    """The real offline plan of the written config: every published port moved, every Docker name per stack."""
    result = _config(_project(tmp_path), "12", "staging")
    assert result.returncode == 0, result.stderr
    config = tmp_path / "stacks" / "Pulumi.pr-12.yaml"
    plans = {}
    for stack, args in (("pr-12", ["--config-file", str(config)]), ("dev", [])):
        out = subprocess.run([str(REPO_ROOT / "bin" / "onering"), "plan", "--stack", stack, *args],
                             capture_output=True, text=True, check=True).stdout
        plans[stack] = json.loads(out)
    ports = {s: {p.split(" ")[0].split(":")[1] for p in plan["summary"]["publishedPorts"]} for s, plan in plans.items()}
    assert ports["pr-12"] and not ports["pr-12"] & ports["dev"]
    names = {s: {r["inputs"]["name"] for r in plan["resources"] if r["type"].startswith("docker:index/") and r["type"] != "docker:index/remoteImage:RemoteImage"}
             for s, plan in plans.items()}
    assert all(n.startswith("onering-pr-12-") for n in names["pr-12"]), names["pr-12"]
    assert not names["pr-12"] & names["dev"]
