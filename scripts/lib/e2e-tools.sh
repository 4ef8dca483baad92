# Tools the end-to-end run needs (sourced by scripts/e2e.sh; expects $root and $work).
# shellcheck source=scripts/lib/debian.sh
source "$root/scripts/lib/debian.sh"

# A Docker engine: the one DOCKER_HOST (or the default socket) names when it answers; otherwise Debian's engine,
# installed if absent and started on a private socket and data root under .work/docker.
ensure_docker_engine() {
  if docker info >/dev/null 2>&1; then
    return
  fi
  local dir=$root/.work/docker
  debian_need dockerd:docker.io
  mkdir -p "$dir"
  export DOCKER_HOST=unix://$dir/docker.sock
  if ! docker info >/dev/null 2>&1; then
    echo "e2e: starting dockerd on $DOCKER_HOST"
    dockerd --data-root "$dir/data" --host "$DOCKER_HOST" --pidfile "$dir/docker.pid" >"$dir/dockerd.log" 2>&1 &
    for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && return; sleep 1; done
    echo "e2e: dockerd did not answer within 60 s; see $dir/dockerd.log" >&2
    exit 1
  fi
}

# The Pulumi CLI and the Java language host: from PATH, else built once from the Go module proxy into .work/pulumi.
ensure_pulumi_cli() {
  local bin=$root/.work/pulumi/bin
  export PATH=$bin:$PATH
  export PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
  if ! command -v pulumi >/dev/null; then
    build_go_tool "$bin/pulumi" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi \
      "github.com/pulumi/pulumi/pkg/v3@$PULUMI_VERSION github.com/pulumi/pulumi/sdk/v3@$PULUMI_VERSION" \
      "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_VERSION"
  fi
  if ! command -v pulumi-language-java >/dev/null; then
    # Let Go choose pulumi-java's own pkg/sdk versions: forcing the CLI's breaks its build.
    build_go_tool "$bin/pulumi-language-java" github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java \
      "github.com/pulumi/pulumi-java@$PULUMI_JAVA_VERSION" "" \
      "github.com/Sirupsen/logrus=github.com/sirupsen/logrus@v1.8.3 github.com/gogo/protobuf=github.com/gogo/protobuf@v1.3.2"
  fi
}
PULUMI_VERSION=v3.274.1
PULUMI_JAVA_VERSION=v1.32.0

# build_go_tool OUTPUT PACKAGE "MODULE@VERSION ..." "LDFLAGS" ["OLD=NEW@V ..." replaces]
build_go_tool() {
  local output=$1 package=$2 modules=$3 ldflags=$4 replaces=${5:-}
  local module
  module=$(mktemp -d)
  echo "e2e: building $(basename "$output") from the Go module proxy (several minutes, once)"
  (
    cd "$module"
    go mod init onering-tool >/dev/null 2>&1
    printf '//go:build tools\n\npackage tools\n\nimport _ "%s"\n' "$package" > tools.go
    for replace in $replaces; do go mod edit -replace "$replace"; done
    # shellcheck disable=SC2086
    go get $modules >"$module.log" 2>&1 && go mod tidy >>"$module.log" 2>&1 \
      && go build -trimpath -ldflags "-s -w $ldflags" -o "$output" "$package" >>"$module.log" 2>&1
  ) || { echo "e2e: building $package failed; see $module.log" >&2; exit 1; }
  rm -rf "$module"
}

# require_provider_plugins PLAN_JSON: the provider plugins the planned stack uses, at exactly the versions the
# program's plugin.json files pin. They cannot be built from the package registries, so a missing one stops the run
# (exit 3) with the command that installs it.
require_provider_plugins() {
  local missing=()
  local installed
  installed=$(pulumi plugin ls --json 2>/dev/null || echo '[]')
  while read -r name version; do
    if command -v "pulumi-resource-$name" >/dev/null; then
      continue
    fi
    if python3 -c 'import json,sys; sys.exit(0 if any(p["name"]==sys.argv[1] and p["version"]==sys.argv[2] for p in json.loads(sys.argv[3])) else 1)' \
        "$name" "$version" "$installed"; then
      continue
    fi
    missing+=("$name $version")
  done < <(python3 - "$root/target/onering.jar" "$1" <<'PY'
import json, sys, zipfile
# The plugins of the packages the stack's plan uses: the jar also carries SDKs (kubernetes) a Docker stack never loads.
used = {r["type"].split(":")[0] for r in json.load(open(sys.argv[2]))["resources"]}
used |= {r["type"].split(":")[2] for r in json.load(open(sys.argv[2]))["resources"] if r["type"].startswith("pulumi:providers:")}
with zipfile.ZipFile(sys.argv[1]) as jar:
    for entry in sorted(jar.namelist()):
        if entry.startswith("com/pulumi/") and entry.endswith("/plugin.json"):
            plugin = json.loads(jar.read(entry))
            if plugin.get("resource") and plugin["name"] in used:
                print(plugin["name"], plugin["version"])
PY
)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "e2e: provider plugins missing (the Pulumi CLI uses exactly these versions):" >&2
    for plugin in "${missing[@]}"; do
      echo "  $plugin   install with: pulumi plugin install resource ${plugin% *} ${plugin#* }" >&2
    done
    echo "e2e: run that on a machine that reaches Pulumi's plugin downloads (or put pulumi-resource-<name> on PATH); nothing was deployed" >&2
    exit 3
  fi
}
