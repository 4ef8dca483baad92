#!/usr/bin/env bash
# The Airflow version of image tag $1 (slim-3.3.2-python3.12 -> 3.3.2), as a build argument.
set -euo pipefail
version=${1#slim-}
echo "AIRFLOW_VERSION=${version%%-*}" > "$2/build-args"
