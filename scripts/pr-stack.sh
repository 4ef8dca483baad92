#!/usr/bin/env bash
# A pull request's demo environment: stack pr-<n>, made from a chosen stack's config, on a Docker host that may run
# other stacks. Container, network and volume names carry the stack name; the published ports move by an offset of
# 20000 or 40000 (by the parity of <n>), so dev and two pull requests fit on one host; data volumes go with the stack.
#
#   scripts/pr-stack.sh config <n> <from-stack>   writes stacks/Pulumi.pr-<n>.yaml (no Pulumi needed) and prints its path
#   scripts/pr-stack.sh up <n> <from-stack>       config, then pulumi up --yes; the last line is the UI URLs as JSON
#   scripts/pr-stack.sh down <n>                  pulumi destroy --yes (volumes included), removes the stack, and removes any
#                                                 Docker object still labelled with it (left by an interrupted up)
#
# Environment: DEMO_DOCKER_HOST (the shared host, e.g. ssh://deploy@demo.example.com; the local engine when unset);
# for up, DEMO_MASTER_KEY (a secret; the stack's master secret is HMAC-SHA256(DEMO_MASTER_KEY, "pr-<n>"), so every run
# of the workflow derives the same credentials without storing them) and what `pulumi` needs for the backend.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "pr-stack: $*" >&2; exit 2; }
# shellcheck source=scripts/lib/stacks.sh
source scripts/lib/stacks.sh

action=${1:-}
number=${2:-}
[[ "$number" =~ ^[1-9][0-9]{0,6}$ ]] || fail "usage: scripts/pr-stack.sh config|up <pull-request number> <from-stack> | down <pull-request number>"
stack=pr-$number
stack_file=stacks/Pulumi.$stack.yaml

# The settings this script owns are dropped from the source stack's config, with their nested lines.
owned='^  onering:(dockerHost|portOffset|dataVolumes|masterSecret|publishAddress):'
write_config() {
  local from=$1 source
  source=$(stack_file_of "$from") || fail "no stack config for '$from' (Pulumi.$from.yaml or stacks/Pulumi.$from.yaml)"
  [[ "$from" != pr-* ]] || fail "make a demo stack from a configured stack, not from another demo stack"
  # A rewrite keeps this stack's own secrets settings (written by select_stack), never the source stack's.
  local own=''
  [ -f "$stack_file" ] && own=$(grep -E '^(encryptionsalt|secretsprovider|encryptedkey):' "$stack_file" || true)
  {
    [ -n "$own" ] && echo "$own"
    echo "# Demo environment of pull request #$number, made by scripts/pr-stack.sh from $source; do not edit or commit."
    awk -v owned="$owned" '
      skipping && /^    / { next }
      { skipping = 0 }
      $0 ~ owned { skipping = 1; next }
      /^(encryptionsalt|secretsprovider|encryptedkey):/ { next }
      /^#/ && !started { next }
      { started = 1; print }' "$source"
    [ -n "${DEMO_DOCKER_HOST:-}" ] && echo "  onering:dockerHost: $DEMO_DOCKER_HOST"
    echo "  onering:portOffset: $(( 20000 * (1 + number % 2) ))"
    echo "  onering:dataVolumes: delete"
  } > "$stack_file"
  echo "$stack_file"
}

case $action in
  config)
    write_config "${3:?usage: scripts/pr-stack.sh config <n> <from-stack>}"
    ;;
  up)
    from=${3:?usage: scripts/pr-stack.sh up <n> <from-stack>}
    [ -n "${DEMO_MASTER_KEY:-}" ] || fail "DEMO_MASTER_KEY is not set: the stack's credentials derive from it"
    write_config "$from" >/dev/null
    mvn -q -B -ntp package -DskipTests
    bin/onering plan --stack "$stack" --config-file "$stack_file" --out /dev/null
    select_stack "$stack" "$stack_file" ${PULUMI_SECRETS_PROVIDER:+--secrets-provider "$PULUMI_SECRETS_PROVIDER"}
    printf %s "$stack" | openssl dgst -sha256 -hmac "$DEMO_MASTER_KEY" -binary | base64 \
      | pulumi config set --secret onering:masterSecret --stack "$stack" --config-file "$stack_file"
    scripts/up.sh "$stack" --yes --skip-preview
    # Last line: the UI URLs as one line of JSON, for the workflow's comment.
    pulumi stack output urls --json --stack "$stack" | python3 -c 'import json, sys; print(json.dumps(json.load(sys.stdin)))'
    ;;
  down)
    if ! pulumi stack select "$stack" 2>/dev/null; then
      echo "pr-stack: no stack $stack; nothing to destroy"
      exit 0
    fi
    # Destroy reads the state, not the program: the volumes were created with dataVolumes: delete, so they go too.
    # A fresh runner has no stack file; pulumi only needs one to exist.
    [ -f "$stack_file" ] || printf 'config:\n  onering:dataVolumes: delete\n' > "$stack_file"
    # An interrupted up (a provider that crashed mid-create) leaves containers the state does not know; they hold the
    # networks, so destroy fails once. Every Docker object of the stack carries its label: those go, and destroy again.
    docker=(docker ${DEMO_DOCKER_HOST:+-H "$DEMO_DOCKER_HOST"})
    label=label=com.onering.stack=$stack
    remove_containers() { "${docker[@]}" ps -aq --filter "$label" | xargs -r "${docker[@]}" rm -f >/dev/null; }
    if ! pulumi destroy --yes --stack "$stack" --config-file "$stack_file"; then
      echo "pr-stack: destroy failed; removing the containers the state does not track, then destroying again" >&2
      remove_containers
      pulumi destroy --yes --stack "$stack" --config-file "$stack_file"
    fi
    pulumi stack rm --yes --stack "$stack"
    rm -f "$stack_file"
    # Nothing labelled with the stack outlives it.
    remove_containers
    "${docker[@]}" volume ls -q --filter "$label" | xargs -r "${docker[@]}" volume rm >/dev/null
    "${docker[@]}" network ls -q --filter "$label" | xargs -r "${docker[@]}" network rm >/dev/null
    ;;
  *)
    fail "usage: scripts/pr-stack.sh config|up <pull-request number> <from-stack> | down <pull-request number>"
    ;;
esac
