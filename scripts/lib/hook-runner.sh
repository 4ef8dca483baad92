# The hook runner on a Docker engine of this machine, for tests/hook-runner/run.sh and scripts/bench-hooks.sh
# (sourced; expects $root and $work).
# shellcheck source=scripts/lib/e2e-tools.sh
source "$root/scripts/lib/e2e-tools.sh"

# The engine DOCKER_HOST names, or Debian's started on a private socket under .work/docker; hook_runner_stop_engine
# stops it again only when this started it.
HOOK_RUNNER_STARTED_ENGINE=false
hook_runner_engine() {
  docker info >/dev/null 2>&1 || HOOK_RUNNER_STARTED_ENGINE=true
  ensure_docker_engine
}

hook_runner_stop_engine() {
  if $HOOK_RUNNER_STARTED_ENGINE && [ -f "$root/.work/docker/docker.pid" ]; then
    local pid
    pid=$(cat "$root/.work/docker/docker.pid")
    kill "$pid" 2>/dev/null || true
    # The next stage starts an engine on the same socket, data root and containerd: wait until this one has let go.
    for _ in $(seq 1 120); do
      kill -0 "$pid" 2>/dev/null || return 0
      sleep 1
    done
    echo "hook-runner: dockerd $pid did not stop within 120 s" >&2
  fi
}

# The vps stack's plan ($work/plan.json) and the two upstream images of it that the runner's tests and benchmark run,
# the runner (built FROM its base) and PostgreSQL, built as stand-ins where no registry is reachable; their names go
# to $work/runner-tag and $work/postgres-image.
hook_runner_images() {
  bin/onering plan --stack vps --out "$work/plan.json" >/dev/null
  python3 - "$work/plan.json" "$work" <<'PY'
import json, pathlib, sys
plan, work = json.load(open(sys.argv[1])), pathlib.Path(sys.argv[2])
images = [r for r in plan["resources"] if r["type"] == "docker:index/remoteImage:RemoteImage"
          and (r["inputs"]["name"].startswith("onering/hook-runner:") or "/postgres:" in r["inputs"]["name"])]
assert len(images) == 2, [r["inputs"]["name"] for r in images]
json.dump({"resources": images}, open(work / "images.json", "w"))
(work / "runner-tag").write_text(next(r["inputs"]["name"] for r in images if r["inputs"]["name"].startswith("onering/hook-runner:")))
(work / "postgres-image").write_text(next(r["inputs"]["name"] for r in images if "/postgres:" in r["inputs"]["name"]))
PY
  tests/e2e/stand-ins/build.sh "$work/images.json"
}
