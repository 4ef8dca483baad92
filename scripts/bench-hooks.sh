#!/usr/bin/env bash
# Benchmarks what running a hook inside a remote host's network costs against running it on the deploying machine,
# and writes the section between the bench-hooks markers of docs/benchmarks.md. On a Docker engine (DOCKER_HOST, or
# Debian's started on a private socket under .work/docker and stopped at the end), with the stand-in images where no
# registry is reachable: the PostgreSQL migrations hook against one PostgreSQL container, its changelog already
# applied (every run reports 12 unchanged, so the runs measure the same work):
#   local      java -jar target/onering.jar hook postgres-migrations, through the container's published port
#   container  the vps stack's own hook command (from its plan: docker create / network connect / start --attach /
#              rm), the runner image built from the project
# timed whole by hyperfine (Debian package), plus the runner image's build with the classic builder.
# Usage: scripts/bench-hooks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/.work/bench-hooks
mkdir -p "$work"
RUNS=5
# shellcheck source=scripts/lib/hook-runner.sh
source scripts/lib/hook-runner.sh
debian_need hyperfine:hyperfine

mvn -q -B -ntp package -DskipTests
hook_runner_engine
prefix=onering-vps
cleanup() {
  docker rm --force "$prefix-postgres" >/dev/null 2>&1 || true
  docker network rm "$prefix-platform" "$prefix-data" >/dev/null 2>&1 || true
  docker volume rm "$prefix-hook-state" >/dev/null 2>&1 || true
  hook_runner_stop_engine
}
trap cleanup EXIT

hook_runner_images
# The remote stack's own command for the hook, as its plan declares it.
python3 - "$work/plan.json" "$work/hook.sh" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
hook = next(r for r in plan["resources"] if r["type"] == "command:local:Command" and r["name"] == "hook-postgres-migrations")
open(sys.argv[2], "w").write(hook["inputs"]["create"])
PY

build_log=$work/runner-build.txt
hyperfine --runs 3 --export-json "$work/build.json" \
  "DOCKER_BUILDKIT=0 docker build -q --no-cache --iidfile $work/runner.iid -f config/hook-runner/Dockerfile -t $(cat "$work/runner-tag") ." >"$build_log"
runner=$(cat "$work/runner.iid")
# The plan's image id is the offline plan's stand-in: run the image just built.
sed -E "s/sha256:[0-9a-f]{64}/$runner/" "$work/hook.sh" >"$work/hook-real.sh"

docker rm --force "$prefix-postgres" >/dev/null 2>&1 || true
docker network rm "$prefix-platform" "$prefix-data" >/dev/null 2>&1 || true
docker network create "$prefix-platform" >/dev/null
docker network create --internal "$prefix-data" >/dev/null
docker volume create "$prefix-hook-state" >/dev/null
password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
POSTGRES_PASSWORD=$password docker run -d --name "$prefix-postgres" --network "$prefix-platform" -p 127.0.0.1::5432 \
  --env POSTGRES_PASSWORD "$(cat "$work/postgres-image")" >/dev/null
docker network connect --alias postgres "$prefix-data" "$prefix-postgres"
until docker exec "$prefix-postgres" pg_isready -h 127.0.0.1 -U postgres >/dev/null 2>&1; do sleep 1; done
sleep 2
owner_password=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
docker exec "$prefix-postgres" psql -q -U postgres -c "CREATE ROLE curated_owner LOGIN PASSWORD '$owner_password'" -c "CREATE DATABASE curated OWNER curated_owner"
port=$(docker port "$prefix-postgres" 5432/tcp | head -1 | sed 's/.*://')

export JDBC_USER=curated_owner JDBC_PASSWORD=$owner_password
JDBC_URL="jdbc:postgresql://postgres:5432/curated" sh "$work/hook-real.sh" >/dev/null   # applies the changelog once
hyperfine --warmup 1 --runs "$RUNS" --export-json "$work/runs.json" \
  -n local "JDBC_URL=jdbc:postgresql://127.0.0.1:$port/curated java -jar target/onering.jar hook postgres-migrations" \
  -n container "JDBC_URL=jdbc:postgresql://postgres:5432/curated sh $work/hook-real.sh" >"$work/hyperfine.txt"

PYTHONPATH="$root/scripts/lib" python3 - "$root/docs/benchmarks.md" "$work" "$(git rev-parse --short HEAD)" "$(docker version --format '{{.Server.Version}}')" <<'PY'
import json, os, sys
import measured_section
doc, work, commit, engine = sys.argv[1:5]
when, machine = measured_section.machine()
load = open("/proc/loadavg").read().split()[0]
runs = {r["command"]: r for r in json.load(open(os.path.join(work, "runs.json")))["results"]}
build = json.load(open(os.path.join(work, "build.json")))["results"][0]
def row(name, r):
    return f"| {name} | {r['median']:.2f} s | {r['min']:.2f} s | {r['max']:.2f} s |"
overhead = runs["container"]["median"] - runs["local"]["median"]
lines = [
    f"Measured {when} at `{commit}` on {machine}, Docker {engine}, load average {load} at the end.",
    "",
    "| what | median | min | max |",
    "| --- | ---: | ---: | ---: |",
    row("hook on the deploying machine (`java -jar … hook postgres-migrations`)", runs["local"]),
    row("hook in a runner container (the vps plan's command: create, connect, start --attach, rm)", runs["container"]),
    row("runner image build, classic builder, `--no-cache` (base present)", build),
    "",
    f"A hook run inside the host's network costs {overhead:.2f} s more than on the deploying machine here (median of "
    f"{len(runs['local']['times'])} runs each, after one warm-up); over SSH to a real host add the connection's round trips.",
]
measured_section.replace(doc, "bench-hooks", "scripts/bench-hooks.sh", lines)
PY
cat "$work/hyperfine.txt"
