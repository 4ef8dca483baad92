#!/usr/bin/env bash
# The end-to-end proof: deploys the e2e stack (stacks/Pulumi.e2e.yaml: core + security) with the real Pulumi engine on
# a real Docker engine, checks it with independent clients, and proves that previews are quiet, that destroy then up
# keeps the data and pulls or builds nothing, and that a hook killed mid-run completes on the next up. Step times go
# to docs/e2e.md.
#
# Usage: scripts/e2e.sh [--stand-in-images] [--down]
#   --stand-in-images  build stand-ins for the upstream images (tests/e2e/stand-ins/) on a machine that reaches no
#                      container registry; without it the engine pulls the real images
#   --down             destroy the stack and delete its volumes at the end
#
# Installs what it can: the Docker engine from Debian when no engine answers (started on a private socket under
# .work/docker), the Pulumi CLI and its Java language host from the Go module proxy when absent (cached under
# .work/pulumi). The provider plugins must already be installed; the script names any that are missing and stops.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
stand_ins=false
down=false
for arg in "$@"; do
  case "$arg" in
    --stand-in-images) stand_ins=true ;;
    --down) down=true ;;
    *) echo "usage: scripts/e2e.sh [--stand-in-images] [--down]" >&2; exit 2 ;;
  esac
done

work=$root/.work/e2e
mkdir -p "$work"
report_doc=$root/docs/e2e.md report_section=e2e-run report_script=scripts/e2e.sh
# shellcheck source=scripts/lib/e2e-tools.sh
source scripts/lib/e2e-tools.sh
# shellcheck source=scripts/lib/e2e-steps.sh
source scripts/lib/e2e-steps.sh

ensure_docker_engine
ensure_pulumi_cli

step "build the program" mvn -q -B -ntp package -DskipTests
bin/onering plan --stack e2e --out "$work/plan.json"
require_provider_plugins "$work/plan.json"
step "build the Flink job" mvn -q -B -ntp -f jobs/flink-cdc-enrichment/pom.xml package -DskipTests
if $stand_ins; then
  step "build stand-in images" tests/e2e/stand-ins/build.sh "$work/plan.json"
fi

export PULUMI_BACKEND_URL="file://$work/state"
mkdir -p "$work/state"
if [ -z "${PULUMI_CONFIG_PASSPHRASE:-}" ]; then
  [ -f "$work/passphrase" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$work/passphrase")
  PULUMI_CONFIG_PASSPHRASE=$(cat "$work/passphrase")
  export PULUMI_CONFIG_PASSPHRASE
fi
# The stack's config is stacks/Pulumi.e2e.yaml plus the encryption salt of this machine's state, kept under .work so
# the committed file never changes.
if ! pulumi stack ls --json | grep -q '"name": "e2e"'; then
  pulumi stack init e2e >/dev/null
  grep '^encryptionsalt:' Pulumi.e2e.yaml >"$work/encryptionsalt"
  rm Pulumi.e2e.yaml
fi
cat "$work/encryptionsalt" stacks/Pulumi.e2e.yaml >"$work/Pulumi.e2e.yaml"
stack=(--stack e2e --config-file "$work/Pulumi.e2e.yaml" --non-interactive)
# Every generated secret derives from the master secret; it is kept beside the passphrase (same protection), so the
# recreate below and later runs derive the same passwords the retained volumes hold. Set through stdin, never argv.
[ -f "$work/master-secret" ] || (umask 077 && head -c 32 /dev/urandom | base64 > "$work/master-secret")
pulumi config set --secret onering:masterSecret "${stack[@]}" <"$work/master-secret"
export E2E_WORK=$work

step "pulumi up (first deploy)" pulumi up --yes --skip-preview "${stack[@]}"
step "independent checks" python3 tests/e2e/checks.py deployed
step "smoke checks (bin/onering smoke)" bin/onering smoke --stack e2e
step "pulumi preview --expect-no-changes" pulumi preview --expect-no-changes "${stack[@]}"

kill_hook_mid_run postgres-migrations
step "pulumi up (after the killed hook)" pulumi up --yes --skip-preview "${stack[@]}"
step "independent checks (after recovery)" python3 tests/e2e/checks.py deployed
step "pulumi preview --expect-no-changes (after recovery)" pulumi preview --expect-no-changes "${stack[@]}"

python3 tests/e2e/checks.py write-markers
images_before=$(image_ids)
step "pulumi destroy (data volumes retained)" pulumi destroy --yes --skip-preview "${stack[@]}"
python3 tests/e2e/checks.py volumes-retained
step "pulumi up (recreate on the retained volumes)" pulumi up --yes --skip-preview "${stack[@]}"
step "data and credentials survived (markers, Airflow variable, outputs)" python3 tests/e2e/checks.py markers-present
[ "$(image_ids)" = "$images_before" ] || fail "destroy then up changed the images: something was pulled or rebuilt"
record "no image pulled or rebuilt on recreate" 0
python3 tests/e2e/checks.py postgres-adopted || fail "the recreate did not adopt what the retained volume holds"
step "independent checks (after recreate)" python3 tests/e2e/checks.py deployed
step "smoke checks (after recreate)" bin/onering smoke --stack e2e
step "pulumi preview --expect-no-changes (after recreate)" pulumi preview --expect-no-changes "${stack[@]}"

write_report
if $down; then
  pulumi destroy --yes --skip-preview "${stack[@]}"
  docker volume ls -q --filter label=com.onering.stack=e2e | xargs -r docker volume rm
fi
echo "e2e: passed; timings in docs/e2e.md"
