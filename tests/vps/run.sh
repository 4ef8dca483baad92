#!/usr/bin/env bash
# A fresh Debian 12 "VPS" on this machine (scripts/lib/vps-host.sh) for the host bootstrap's test
# (HostBootstrapVpsTest, JUnit tag vps). Uses the engine DOCKER_HOST names, or starts Debian's on a private socket
# under .work/docker (stopped at the end). The host's container and volume are removed at the end (kept with
# ONERING_TEST_VPS_KEEP=1, to look at it); the image is kept, so a second run skips debootstrap.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$root/.work/vps
mkdir -p "$work"
# shellcheck source=scripts/lib/hook-runner.sh
source scripts/lib/hook-runner.sh
# shellcheck source=scripts/lib/vps-host.sh
source scripts/lib/vps-host.sh

cleanup() {
  [ -n "${ONERING_TEST_VPS_KEEP:-}" ] || vps_host_remove
  hook_runner_stop_engine
}
hook_runner_engine
trap cleanup EXIT
vps_host_start
# Named, so a class that did not compile or run fails the stage instead of passing with no test.
mvn -B -ntp test-compile surefire:test -Dtest=HostBootstrapVpsTest -Dgroups=vps -Donering.excludedTestGroups=
