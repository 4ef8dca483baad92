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

# plan_images PREFIX...: the images of the vps stack's plan whose names start with a prefix (one each), built as
# stand-ins where no registry is reachable (an image the plan builds, from the stand-in of its base); each image's name
# goes to $work/image-<n>, n counting the prefixes from 1.
plan_images() {
  bin/onering plan --stack vps --out "$work/plan.json" >/dev/null
  python3 - "$work/plan.json" "$work" "$@" <<'PY'
import json, pathlib, sys
plan, work, prefixes = json.load(open(sys.argv[1])), pathlib.Path(sys.argv[2]), sys.argv[3:]
images = [r for r in plan["resources"] if r["type"] == "docker:index/remoteImage:RemoteImage"]
chosen = []
for n, prefix in enumerate(prefixes, 1):
    matching = [r for r in images if r["inputs"]["name"].startswith(prefix)]
    assert len(matching) == 1, f"the vps plan has {len(matching)} images named {prefix}*"
    chosen += matching
    (work / f"image-{n}").write_text(matching[0]["inputs"]["name"])
json.dump({"resources": chosen}, open(work / "images.json", "w"))
PY
  tests/e2e/stand-ins/build.sh "$work/images.json"
}

# The two images the runner's tests and benchmark run, the runner (built FROM its base) and PostgreSQL; their names
# go to $work/runner-tag and $work/postgres-image.
hook_runner_images() {
  plan_images onering/hook-runner: docker.io/library/postgres:
  mv "$work/image-1" "$work/runner-tag"
  mv "$work/image-2" "$work/postgres-image"
}
