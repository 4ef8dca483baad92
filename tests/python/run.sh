#!/usr/bin/env bash
# Run the Python/SQL content tests, each group in a virtualenv with only what that group needs.
#   run.sh [--group NAME]... [pytest args]
# Groups (tests/python/groups/<name>.in, locked in <name>.txt against the one verified version set
# requirements-test.txt): dags, dbt, data, ml, mlflow (the tracking server; its own constraints), apps, tools, pipelines (every folder under pipelines/, which also
# needs the S3 server: ONERING_TEST_S3_*), dashboard (with Debian's chromium for its browser test), ingest (the S3, Kafka and Pulsar servers, and Java for WireMock), curated (the PostgreSQL and S3 servers, and the
# built jar for the poc migrations), catalog (OpenMetadata's models, locked on its own constraints; the Java stage's
# contract files, the built jar and the S3 server). Each venv lives in .work/venvs/<name> and is synced with uv
# (pinned below, installed from PyPI into .work/uv) only when its lock changed; uv's cache keeps one copy of each
# wheel for every group. Exit status: non-zero when any group failed; every selected group runs.
# The dbt postgres_gold test needs a real PostgreSQL: export ONERING_TEST_PG_HOST, ONERING_TEST_PG_PORT,
# ONERING_TEST_PG_USER, ONERING_TEST_PG_PASSWORD first (scripts/test-servers.sh start postgres; source
# .work/test-servers/servers.env).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/tests/python"
PYTHON="${PYTHON:-python3}"
UV_VERSION=0.13.9
UV_HOME="$ROOT/.work/uv"

# Which test files each group runs; every test file belongs to exactly one group.
declare -A TESTS=(
  [dags]="test_dags.py test_seed_data.py"
  [dbt]="test_dbt_parse.py test_dbt_postgres_gold.py test_clickhouse_sources.py"
  [data]="test_medallion.py test_quality_records.py test_catalog_quality.py"
  [ml]="test_ml.py test_feast_repo.py"
  # The MLflow server as the image runs it (locked on its own constraints: mlflow caps pyarrow and gunicorn).
  [mlflow]="test_mlflow_server.py"
  [apps]="test_services.py"
  [tools]="test_schema_filter.py test_pr_stack.py test_alerting.py test_plan_stability.py"
  # Every pipeline's tests and the shared ones, found under pipelines/ (a new pipeline is tested without listing it).
  [pipelines]="."
  [dashboard]="test_dashboard.py"
  [ingest]="test_ingestors.py"
  [curated]="test_curation.py test_agent_api.py test_backup.py"
  [spark]="test_lakehouse_spark.py test_ml_spark.py"
  # OpenMetadata's request models against the bodies the Java stage kept (target/contract/openmetadata/); the S3 server.
  [catalog]="test_openmetadata_contract.py"
  # Airbyte's S3 source connector with the configuration the Java stage kept (target/contract/airbyte/); the S3 server.
  [airbyte]="test_airbyte_landing.py"
)
ORDER=(dags dbt data ml mlflow apps tools pipelines dashboard ingest curated spark catalog airbyte)
# Where a group's tests run (tests/python unless named) and its extra pytest arguments. The pipelines run from
# pipelines/: `python -m` puts the working directory on sys.path, and dbt imports every dbt_* module there as a plugin
# (tests/python has dbt_helpers, which brings the DAG folder). Their fixtures are a plugin in pipelines/_shared (on
# PYTHONPATH below), and the template's files are not a pipeline until rendered.
declare -A WORKDIR=(
  [pipelines]="$ROOT/pipelines"
)
declare -A PYTEST_ARGS=(
  [pipelines]="-c $HERE/pytest.ini -p pipeline_testing --ignore=_template"
)
# Commands a group's tests run, with the Debian package that brings each (installed when missing).
declare -A DEBIAN=(
  [tools]="promtool:prometheus amtool:prometheus-alertmanager"
  [dashboard]="chromium:chromium node:nodejs npm:npm openssl:openssl"
  [curated]="rclone:rclone pg_dump:postgresql-client pg_restore:postgresql-client"
)
# shellcheck source=scripts/lib/debian.sh
source "$ROOT/scripts/lib/debian.sh"

groups=()
while [ "${1:-}" = --group ]; do
  [ -n "${TESTS[${2:-}]:-}" ] || { echo "run.sh: unknown group '${2:-}'; groups: ${ORDER[*]}" >&2; exit 2; }
  groups+=("$2")
  shift 2
done
[ "${#groups[@]}" -gt 0 ] || groups=("${ORDER[@]}")

assigned=$(printf '%s\n' "${TESTS[@]}" | tr ' ' '\n' | grep '^test_.*\.py$' | sort)
present=$(cd "$HERE" && ls test_*.py | sort)
if [ "$assigned" != "$present" ]; then
  echo "run.sh: every test file must belong to exactly one group; differences (< in a group, > on disk):" >&2
  diff <(echo "$assigned") <(echo "$present") >&2 || true
  exit 2
fi

if [ ! -x "$UV_HOME/bin/uv" ] || [ "$("$UV_HOME/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  "$PYTHON" -m venv "$UV_HOME"
  "$UV_HOME/bin/python" -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
fi
UV="$UV_HOME/bin/uv"

status=0
for group in "${groups[@]}"; do
  # shellcheck disable=SC2086
  debian_need ${DEBIAN[$group]:-}
  venv="$ROOT/.work/venvs/$group"
  lock="$HERE/groups/$group.txt"
  stamp="$venv/.lock.sha256"
  want="$(sha256sum "$lock" | cut -d' ' -f1)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    start=$(date +%s)
    [ -x "$venv/bin/python" ] || "$UV" venv --quiet --python "$PYTHON" "$venv"
    "$UV" pip sync --quiet --python "$venv/bin/python" "$lock"
    echo "$want" >"$stamp"
    echo "run.sh: $group: installed $(grep -c '==' "$lock") pinned packages in $(( $(date +%s) - start ))s"
  fi
  read -r -a files <<<"${TESTS[$group]}"
  read -r -a extra <<<"${PYTEST_ARGS[$group]:-}"
  echo "run.sh: $group: ${files[*]}"
  (cd "${WORKDIR[$group]:-$HERE}" && PATH="$venv/bin:$PATH" PYTHONPATH="$ROOT/pipelines/_shared" "$venv/bin/python" -m pytest "${extra[@]}" "${files[@]}" "$@") \
    || status=1
done
exit "$status"
