#!/usr/bin/env bash
# The remote host's hook executor on a real Docker engine (HookContainersEngineTest, JUnit tag docker-engine): uses the
# engine DOCKER_HOST names, or starts Debian's on a private socket under .work/docker (and stops it at the end); builds
# the stand-ins of the two upstream images the test runs (the runner's base and PostgreSQL, tests/e2e/stand-ins) as
# no registry is reachable here; then runs the tests. Expects target/onering.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$root/.work/hook-runner
mkdir -p "$work"
# shellcheck source=scripts/lib/e2e-tools.sh
source scripts/lib/e2e-tools.sh

started_engine=false
if ! docker info >/dev/null 2>&1; then
  started_engine=true
fi
ensure_docker_engine
stop_engine() {
  if $started_engine && [ -f "$root/.work/docker/docker.pid" ]; then
    kill "$(cat "$root/.work/docker/docker.pid")" 2>/dev/null || true
  fi
}
trap stop_engine EXIT

# The images of the remote stack's plan that the test runs: the hook runner (built FROM its base) and PostgreSQL.
bin/onering plan --stack vps --out "$work/plan.json" >/dev/null
python3 - "$work/plan.json" >"$work/images.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
wanted = [r for r in plan["resources"] if r["type"] == "docker:index/remoteImage:RemoteImage"
          and (r["inputs"]["name"].startswith("onering/hook-runner:") or "/postgres:" in r["inputs"]["name"])]
assert len(wanted) == 2, [r["inputs"]["name"] for r in wanted]
json.dump({"resources": wanted}, sys.stdout)
PY
tests/e2e/stand-ins/build.sh "$work/images.json"
# Named, so a class that did not compile or run fails the stage instead of passing with no test.
mvn -B -ntp test-compile surefire:test -Dtest=HookContainersEngineTest -Dgroups=docker-engine -Donering.excludedTestGroups=
