#!/usr/bin/env bash
# The public entry on a real Docker engine (PublicEntryEngineTest, JUnit tag docker-engine): uses the engine DOCKER_HOST
# names, or starts Debian's on a private socket under .work/docker (and stops it at the end); builds the stand-in of
# the Caddy image the vps stack's plan pulls (tests/e2e/stand-ins/caddy) as no registry is reachable here; then runs
# the test, which checks the entry from outside with curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$root/.work/public-entry
mkdir -p "$work"
# shellcheck source=scripts/lib/hook-runner.sh
source scripts/lib/hook-runner.sh

hook_runner_engine
trap hook_runner_stop_engine EXIT
debian_need curl:curl
plan_images docker.io/library/caddy:
# Named, so a class that did not compile or run fails the stage instead of passing with no test.
mvn -B -ntp test-compile surefire:test -Dtest=PublicEntryEngineTest -Dgroups=docker-engine -Donering.excludedTestGroups=
