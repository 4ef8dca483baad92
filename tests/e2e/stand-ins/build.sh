#!/usr/bin/env bash
# Builds stand-in images on a machine that reaches no container registry: for every upstream image a plan pulls or
# builds FROM (needed_images.py), an image tagged with that exact name, from the stand-in directory that names it.
# A stand-in is a test double made from software the package registries serve; docs/e2e.md lists what each keeps of
# the upstream contract and what it cannot prove. Images already present are kept, so a second run builds nothing.
# Usage: tests/e2e/stand-ins/build.sh PLAN_JSON   (DOCKER_HOST names the engine)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
work=$root/.work/stand-ins
mkdir -p "$work"
# shellcheck source=scripts/lib/debian.sh
source "$root/scripts/lib/debian.sh"

# A Debian base made with debootstrap, imported as onering-stand-in/debian:SUITE.
ensure_base() {
  local suite=$1 rootfs=$work/rootfs-$1
  docker image inspect "onering-stand-in/debian:$suite" >/dev/null 2>&1 && return
  if [ ! -f "$rootfs/etc/debian_version" ]; then
    rm -rf "$rootfs"
    echo "stand-ins: making the Debian $suite base with debootstrap"
    debian_need debootstrap:debootstrap
    debootstrap --variant=minbase "$suite" "$rootfs" >"$work/debootstrap-$suite.log" 2>&1 \
      || { echo "stand-ins: debootstrap failed; see $work/debootstrap-$suite.log" >&2; exit 1; }
  fi
  # Certificate authorities this machine trusts beyond Debian's (an intercepting proxy's, for instance), so that
  # builds on the stand-ins reach the package registries the same way the host does.
  mkdir -p "$rootfs/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$rootfs/usr/local/share/ca-certificates/" 2>/dev/null || true
  tar -C "$rootfs" -c . | docker import - "onering-stand-in/debian:$suite" >/dev/null
}

needed=$(python3 "$here/needed_images.py" "$1" "$root")
while IFS=$'\t' read -r image stand_in; do
  # A stand-in carries the hash of its source directory: an edited stand-in is rebuilt, an unchanged one kept.
  source_hash=$(tar -C "$here/$stand_in" --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -c . | sha256sum | cut -c1-16)
  if [ "$(docker image inspect --format '{{index .Config.Labels "com.onering.stand-in-source"}}' "$image" 2>/dev/null)" = "$source_hash" ]; then
    echo "stand-ins: $image is present and current"
    continue
  fi
  tag=${image##*:}
  ensure_base "$(sed -n 's#^FROM onering-stand-in/debian:\([a-z]*\).*#\1#p' "$here/$stand_in/Dockerfile")"
  context=$work/context/$stand_in
  rm -rf "$context" && mkdir -p "$context"
  cp -a "$here/$stand_in/." "$context/"
  if [ -x "$context/prepare.sh" ]; then
    "$context/prepare.sh" "$tag" "$context"
  fi
  build_args=()
  if [ -f "$context/build-args" ]; then
    while read -r arg; do build_args+=(--build-arg "$arg"); done <"$context/build-args"
  fi
  echo "stand-ins: building $image from tests/e2e/stand-ins/$stand_in"
  started=$(date +%s)
  DOCKER_BUILDKIT=0 docker build -q "${build_args[@]}" --label "com.onering.stand-in-source=$source_hash" -t "$image" "$context" >/dev/null 2>"$context.log" || { cat "$context.log" >&2; exit 1; }
  echo "stand-ins: built $image in $(( $(date +%s) - started )) s"
done <<<"$needed"
