#!/usr/bin/env bash
# Brings a stack up: checks what it needs (the stack's config file, the Pulumi CLI, the Docker engine unless the stack
# bootstraps its host, the passphrase of the local backend) before building anything, builds the program, validates
# the stack config offline, logs in to a Pulumi backend (the local file backend unless you are already logged in),
# selects or creates the stack, and runs `pulumi up` (which shows the preview and asks). For a remote host it holds
# the SSH tunnel of the PostgreSQL and Keycloak providers (bin/onering tunnel) open while pulumi runs.
# Usage: scripts/up.sh [stack] [extra pulumi up flags]   e.g. scripts/up.sh dev, scripts/up.sh vps
# Other pulumi commands on a stack (preview, refresh, destroy) with the same tunnel: scripts/pulumi.sh.
# Stacks other than dev keep their config under stacks/ and are passed with --config-file.
set -euo pipefail
cd "$(dirname "$0")/.."
stack=${1:-dev}
shift || true
fail() { echo "up: $*" >&2; exit 2; }

# shellcheck source=scripts/lib/stacks.sh
source scripts/lib/stacks.sh
# shellcheck source=scripts/lib/tunnel.sh
source scripts/lib/tunnel.sh
# A stack without a config file would be created with every default: a typo in the name must not deploy.
if ! stack_file=$(stack_file_of "$stack"); then
  fail "no stack config for '$stack' (Pulumi.$stack.yaml or stacks/Pulumi.$stack.yaml); known stacks: $(known_stacks). Create the file first."
fi
config_file=()
[ "$stack_file" = "Pulumi.$stack.yaml" ] || config_file=(--config-file "$stack_file")

command -v pulumi >/dev/null || fail "the Pulumi CLI is required (https://www.pulumi.com/docs/install/)"
command -v docker >/dev/null || fail "the docker CLI is required to reach the Docker engine (https://docs.docker.com/engine/install/)"
docker_host=$(sed -n 's/^[[:space:]]*onering:dockerHost:[[:space:]]*["'\'']\{0,1\}\([^"'\''[:space:]#]*\).*/\1/p' "$stack_file")
docker_args=()
[ -n "$docker_host" ] && docker_args=(-H "$docker_host")
# A host the stack bootstraps has no engine before its first up; the program checks that host over SSH itself.
if ! grep -q '^[[:space:]]*onering:host:' "$stack_file"; then
  docker "${docker_args[@]}" info >/dev/null 2>&1 \
    || fail "the Docker engine ${docker_host:-on this machine} does not answer (docker ${docker_args[*]} info); start it or fix onering:dockerHost in $stack_file"
fi

# The local file backend encrypts the stack's secrets with a passphrase; without one pulumi stops at a prompt mid-run.
backend=$(pulumi whoami --verbose 2>/dev/null | sed -n 's/^Backend URL: //p' || true)
if { [ -z "$backend" ] || [[ "$backend" == file://* ]]; } \
   && [ -z "${PULUMI_CONFIG_PASSPHRASE:-}" ] && [ -z "${PULUMI_CONFIG_PASSPHRASE_FILE:-}" ]; then
  fail "the local Pulumi backend needs PULUMI_CONFIG_PASSPHRASE (or PULUMI_CONFIG_PASSPHRASE_FILE) to encrypt the stack's secrets; export it first"
fi

mvn -q -B -ntp package -DskipTests
# The CDC enrichment Flink job's jar, which the flink-cdc-enrichment hook submits (kafka/redpanda brokers).
mvn -q -B -ntp -f jobs/flink-cdc-enrichment/pom.xml package -DskipTests
# Every config mistake at once, exit 2, before Pulumi creates or changes anything.
bin/onering plan --stack "$stack" --config-file "$stack_file" --out /dev/null
[ -n "$backend" ] || pulumi login --local
select_stack "$stack" "$stack_file"
# A new stack gets its master secret before its first up, so destroy then up derives the same credentials the kept
# volumes hold. A stack that already has resources keeps what it has: a new master would replace every secret.
if ! pulumi config get onering:masterSecret --stack "$stack" "${config_file[@]}" >/dev/null 2>&1; then
  if [ "$(pulumi stack export --stack "$stack" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["deployment"].get("resources") or []))')" = 0 ]; then
    head -c 32 /dev/urandom | base64 | pulumi config set --secret onering:masterSecret --stack "$stack" "${config_file[@]}"
    echo "up: generated onering:masterSecret for the new stack $stack (kept encrypted in $stack_file; back it up with the passphrase)"
  fi
fi
hold_provider_tunnel "$stack" "$stack_file" || exit 2
pulumi up --stack "$stack" "${config_file[@]}" "$@"
