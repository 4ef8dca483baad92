#!/usr/bin/env bash
# The remote host's hook executor and the backup job's image on a real Docker engine (HookContainersEngineTest,
# BackupImageEngineTest, JUnit tag docker-engine): uses the engine DOCKER_HOST names, or starts Debian's on a private
# socket under .work/docker (and stops it at the end); builds the stand-ins of the two upstream images the tests run
# and build on (the runner's base and PostgreSQL, tests/e2e/stand-ins) as no registry is reachable here; then runs the
# tests. Expects target/onering.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$root/.work/hook-runner
mkdir -p "$work"
# shellcheck source=scripts/lib/hook-runner.sh
source scripts/lib/hook-runner.sh

hook_runner_engine
trap hook_runner_stop_engine EXIT
hook_runner_images
# Named, so a class that did not compile or run fails the stage instead of passing with no test.
mvn -B -ntp test-compile surefire:test -Dtest=HookContainersEngineTest,BackupImageEngineTest -Dgroups=docker-engine -Donering.excludedTestGroups=
