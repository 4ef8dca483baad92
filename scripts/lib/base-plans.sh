#!/usr/bin/env bash
# Writes the offline plan of each stack as it was at a git ref: <out>/<stack>.json, built by that ref's own code from
# that ref's own stack files, so a diff against it shows what the working tree changes (code and config alike).
# The ref's tree and plans are kept under .work/plan-base/<commit>/ and reused. A stack the ref has no config for is
# left out: the diff then shows it as new.
# usage: scripts/lib/base-plans.sh <git-ref> <stack> [<stack> ...]   (prints the folder of plans)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=scripts/lib/stacks.sh
source "$root/scripts/lib/stacks.sh"
ref=$1
shift
if ! commit=$(git -C "$root" rev-parse --verify --quiet "$ref^{commit}"); then
  echo "onering: --base $ref is not a plan file, a folder of plans or a git ref of this repository" >&2
  exit 2
fi
cache=$root/.work/plan-base/$commit
tree=$cache/tree
plans=$cache/plans
if [ ! -f "$tree/target/onering.jar" ]; then
  echo "onering: building the plans of $ref ($commit) in $tree" >&2
  rm -rf "$tree"
  git -C "$root" worktree prune
  git -C "$root" worktree add --detach --force "$tree" "$commit" >&2
  (cd "$tree" && mvn -q -B ${MAVEN_OFFLINE:+-o} package -DskipTests >&2)
fi
mkdir -p "$plans"
for stack in "$@"; do
  if [ -f "$plans/$stack.json" ]; then
    continue
  fi
  if (cd "$tree" && stack_file_of "$stack" >/dev/null); then
    "$tree/bin/onering" plan --stack "$stack" --with-file-contents --out "$plans/$stack.json" >&2
  fi
done
echo "$plans"
