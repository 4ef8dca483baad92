#!/usr/bin/env bash
# Any other pulumi command on a stack, run as scripts/up.sh runs `up`: the stack's config file, the program built, and
# for a remote host the providers' SSH tunnel held for the run (a preview, refresh or destroy reads or deletes the
# stack's Keycloak and PostgreSQL objects through it, like an up).
# Usage: scripts/pulumi.sh STACK COMMAND [pulumi flags]
#   e.g. scripts/pulumi.sh vps preview --diff, scripts/pulumi.sh vps refresh, scripts/pulumi.sh vps destroy
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "pulumi.sh: $*" >&2; exit 2; }
[ $# -ge 2 ] || fail "usage: scripts/pulumi.sh STACK COMMAND [pulumi flags], e.g. scripts/pulumi.sh vps destroy"
stack=$1 command=$2
shift 2
case $command in
  preview | refresh | destroy) ;;
  up) fail "use scripts/up.sh $stack: it also checks the stack's needs and creates its master secret" ;;
  *) fail "'$command' is not a command this script runs: preview, refresh or destroy (scripts/up.sh for up; plain pulumi for the rest)" ;;
esac

# shellcheck source=scripts/lib/stacks.sh
source scripts/lib/stacks.sh
# shellcheck source=scripts/lib/tunnel.sh
source scripts/lib/tunnel.sh
stack_file=$(stack_file_of "$stack") \
  || fail "no stack config for '$stack' (Pulumi.$stack.yaml or stacks/Pulumi.$stack.yaml); known stacks: $(known_stacks)"
config_file=()
[ "$stack_file" = "Pulumi.$stack.yaml" ] || config_file=(--config-file "$stack_file")
command -v pulumi >/dev/null || fail "the Pulumi CLI is required (https://www.pulumi.com/docs/install/)"

# The program pulumi runs, and the tunnel's arguments, come from the jar: build it from the sources as they are.
mvn -q -B -ntp package -DskipTests
hold_provider_tunnel "$stack" "$stack_file" || exit 2
pulumi "$command" --stack "$stack" "${config_file[@]}" "$@"
