#!/usr/bin/env bash
# Re-locks every test group (tests/python/groups/<name>.in -> <name>.txt) against requirements-test.txt with the uv
# that run.sh installs. Run after editing a group's .in file or the version set.
set -euo pipefail
cd "$(dirname "$0")/groups"
uv=../../../.work/uv/bin/uv
[ -x "$uv" ] || { echo "lock.sh: run tests/python/run.sh once first (it installs uv into .work/uv)" >&2; exit 2; }
for in_file in *.in; do
  group="${in_file%.in}"
  # A group with constraints of its own (<group>-constraints.txt) is locked against those, not the shared set.
  constraints=../requirements-test.txt
  [ -f "$group-constraints.txt" ] && constraints="$group-constraints.txt"
  # A group whose packages publish wrong requirements corrects them in <group>-overrides.txt (the reason is there).
  overrides=()
  [ -f "$group-overrides.txt" ] && overrides=(--override "$group-overrides.txt")
  "$uv" pip compile --quiet --python-version 3.11 -c "$constraints" "${overrides[@]}" "$in_file" -o "$group.txt"
done
