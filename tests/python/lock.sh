#!/usr/bin/env bash
# Re-locks every test group (tests/python/groups/<name>.in -> <name>.txt) against requirements-test.txt with the uv
# that run.sh installs. Run after editing a group's .in file or the version set.
set -euo pipefail
cd "$(dirname "$0")/groups"
uv=../../../.work/uv/bin/uv
[ -x "$uv" ] || { echo "lock.sh: run tests/python/run.sh once first (it installs uv into .work/uv)" >&2; exit 2; }
for in_file in *.in; do
  "$uv" pip compile --quiet --python-version 3.11 -c ../requirements-test.txt "$in_file" -o "${in_file%.in}.txt"
done
