#!/usr/bin/env bash
# Brings a stack up: builds the program, logs in to a Pulumi backend (the local file backend unless you are
# already logged in), selects or creates the stack, and runs `pulumi up` (which shows the preview and asks).
# Usage: scripts/up.sh [stack] [extra pulumi up flags]   e.g. scripts/up.sh dev, scripts/up.sh vps
# Stacks other than dev keep their config under stacks/ and are passed with --config-file.
set -euo pipefail
cd "$(dirname "$0")/.."
stack=${1:-dev}
shift || true
command -v pulumi >/dev/null || { echo "up: the Pulumi CLI is required (https://www.pulumi.com/docs/install/)" >&2; exit 2; }
mvn -q -B -ntp package -DskipTests
pulumi whoami >/dev/null 2>&1 || pulumi login --local
config_file=()
if [ ! -f "Pulumi.$stack.yaml" ] && [ -f "stacks/Pulumi.$stack.yaml" ]; then
  config_file=(--config-file "stacks/Pulumi.$stack.yaml")
fi
pulumi stack select --create "$stack"
exec pulumi up --stack "$stack" "${config_file[@]}" "$@"
