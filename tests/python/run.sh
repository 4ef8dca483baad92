#!/usr/bin/env bash
# Run the Python/SQL content tests.
#   - creates (or reuses) the venv .work/venv with the machine's python3,
#   - installs tests/python/requirements-test.txt when it changed,
#   - runs pytest on tests/python; extra arguments go to pytest; the exit code
#     is pytest's.
# The dbt postgres_gold test needs a real PostgreSQL: export ONERING_TEST_PG_HOST,
# ONERING_TEST_PG_PORT, ONERING_TEST_PG_USER, ONERING_TEST_PG_PASSWORD first
# (scripts/test-servers.sh start postgres; source .work/test-servers/servers.env).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VENV="${ONER_TEST_VENV:-$ROOT/.work/venv}"
REQ="$ROOT/tests/python/requirements-test.txt"
PYTHON="${PYTHON:-python3}"
STAMP="$VENV/.requirements-test.sha256"

if [ ! -x "$VENV/bin/python" ]; then
  echo "run.sh: creating venv $VENV with $("$PYTHON" --version 2>&1)"
  "$PYTHON" -m venv "$VENV"
fi
case "$("$VENV/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" in
  3.11) ;;
  *) echo "run.sh: warning: requirements-test.txt is resolved for CPython 3.11" >&2 ;;
esac

want="$(sha256sum "$REQ" | cut -d' ' -f1)"
if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$want" ]; then
  echo "run.sh: installing $(grep -c '==' "$REQ") pinned packages into $VENV"
  start=$(date +%s)
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check pip==25.3
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQ"
  echo "$want" > "$STAMP"
  echo "run.sh: install took $(( $(date +%s) - start ))s"
fi

export PATH="$VENV/bin:$PATH"
cd "$ROOT"
set +e
"$VENV/bin/python" -m pytest tests/python "$@"
rc=$?
set -e
exit "$rc"
