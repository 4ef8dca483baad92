#!/usr/bin/env bash
# Runs before the image's own entrypoint (given as the arguments). Airflow's simple auth manager opens its passwords
# file for writing (append at start, read-write at every login), but files the provisioner places into a container
# are owned by root: start every process from a private, writable copy of the placed seed.
set -euo pipefail
seed=${ONERING_PASSWORDS_SEED:-}
target=${AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE:-}
if [ -n "$seed" ] && [ -n "$target" ]; then
  install -m 0600 "$seed" "$target"
fi
exec "$@"
