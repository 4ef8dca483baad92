#!/usr/bin/env bash
# The project's test command (README "Run the tests"; CI runs exactly this through .ci/run).
# Checks the generated provider SDKs in sdks/ against a regeneration (scripts/sdks.sh --check; skipped with a message
# where the Pulumi CLI is not installed). Starts the real servers integration tests use (PostgreSQL, slapd, s3proxy, Redis, Kafka) on loopback with
# temporary data, runs the Java tests (mock engine, conformance, integration) and the Python/SQL content tests
# (DAG imports, dbt parse and a dbt run against the real PostgreSQL, Feast, apps; tests/python/run.sh), and stops
# the servers whatever happens; then the docs' Mermaid diagrams go through the real Mermaid parser (tests/docs/run.sh).
# A Kubernetes API server (etcd + kube-apiserver, built from the Go module proxy on first use: about half an hour of
# compilation, cached under .work/cache) builds in the background meanwhile; every object the Kubernetes target renders
# then goes through its strict validation (tests tagged kube-api). On the Docker engine installed here, the hook runner
# runs a real hook, the public entry serves HTTPS, and a fresh Debian 12 host (a systemd container of Debian's rootfs, tests/vps/run.sh) is
# bootstrapped for real (tests tagged vps).
# Every suite always runs; the exit status fails if any failed. Each stage prints
# its wall time ("test: stage <name>: <n> s"), which scripts/bench-test-command.sh collects.
set -euo pipefail
cd "$(dirname "$0")/.."

# stage NAME COMMAND...: runs the command and prints its wall time; returns the command's status.
stage() {
  local name=$1 started rc=0
  shift
  started=$(date +%s)
  "$@" || rc=$?
  echo "test: stage $name: $(( $(date +%s) - started )) s (exit $rc)"
  return "$rc"
}

mkdir -p .work
scripts/test-servers.sh install kube >.work/kube-install.log 2>&1 &
kube_build=$!
trap 'kill "$kube_build" 2>/dev/null || true; scripts/test-servers.sh stop' EXIT
stage "install test servers" scripts/test-servers.sh install
stage "start test servers" scripts/test-servers.sh start
# shellcheck disable=SC1091
source .work/test-servers/servers.env

status=0
stage "sdks: regeneration check" scripts/sdks.sh --check || status=$?
stage "java: mvn verify" mvn -B -ntp verify || status=$?
# The CDC enrichment Flink job (its own project): unit tests, the MiniCluster job against the Kafka test server, the jar.
stage "flink job: mvn verify" mvn -B -ntp -f jobs/flink-cdc-enrichment/pom.xml verify || status=$?
stage "python: content tests" tests/python/run.sh -q || status=$?
kube_api_tests() {
  wait "$kube_build" || { echo "the Kubernetes API server did not build:"; tail -n 40 .work/kube-install.log; return 1; }
  scripts/test-servers.sh start kube && source .work/test-servers/servers.env &&
    mvn -B -ntp surefire:test -Dgroups=kube-api -Donering.excludedTestGroups= -Dsurefire.failIfNoSpecifiedTests=false
}
stage "kubernetes: objects through a real API server" kube_api_tests || status=$?
# Hooks of a remote Docker host: the runner image and the executor's script on a real engine, against PostgreSQL; the
# backup job's image built and started as the plan starts it.
stage "hooks: the runner container on a real Docker engine" tests/hook-runner/run.sh || status=$?
# The public entry: the program's Caddyfile in Caddy (stand-in), checked from outside with curl over HTTPS.
stage "public entry: Caddy on a real Docker engine" tests/public-entry/run.sh || status=$?
# A fresh Debian 12 host made here, bootstrapped by the stack's own script over SSH, twice (the second changes nothing).
stage "vps: host bootstrap on a fresh Debian 12 host" tests/vps/run.sh || status=$?
stage "docs: mermaid diagrams" tests/docs/run.sh || status=$?
exit "$status"
