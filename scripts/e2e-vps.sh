#!/usr/bin/env bash
# A remote host through the real Pulumi engine and providers: a fresh Debian 12 host made on this machine
# (scripts/lib/vps-host.sh) goes from nothing to a Docker host (deploy user, firewall, unattended upgrades) by the
# stack's own remote:Command (command provider), then carries the stack's containers, deployed over Docker-over-SSH,
# with its hooks run as containers on the host's platform network (no tunnel). Checked from outside: ssh as the
# deploy user into Docker, nftables, the stack's host facts, the containers healthy on the host, the hook's report;
# a preview is then quiet, and a forced re-run of the bootstrap through the provider changes nothing on the host.
# The stack is `core` without what needs the providers' tunnel (PostgreSQL and what uses it) or has no stand-in
# (ClickHouse): SeaweedFS and Valkey, and the object store's hook. Then, as a user deploys, the `security` profile and
# the public entry (PostgreSQL, Keycloak, Caddy with its internal CA) by scripts/up.sh, which holds the providers'
# tunnel: Keycloak's realm over HTTPS from outside, a second up.sh that changes nothing, a quiet preview and a destroy
# by scripts/pulumi.sh (same tunnel) that keeps the data volumes. No registry is reachable here, so the stand-in
# images (tests/e2e/stand-ins, built here when absent) are loaded into the host's engine. Step times go to docs/vps.md.
#
# Usage: scripts/e2e-vps.sh
# Needs what scripts/e2e.sh needs (a Docker engine, started from Debian's when none answers; the Pulumi CLI, built
# when absent; the provider plugins at the versions the program pins: it names any missing and stops).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/.work/e2e-vps
mkdir -p "$work"
report_doc=$root/docs/vps.md report_section=e2e-vps-run report_script=scripts/e2e-vps.sh
# shellcheck source=scripts/lib/e2e-tools.sh
source scripts/lib/e2e-tools.sh
# shellcheck source=scripts/lib/e2e-steps.sh
source scripts/lib/e2e-steps.sh
# shellcheck source=scripts/lib/vps-host.sh
source scripts/lib/vps-host.sh

ensure_docker_engine
ensure_pulumi_cli
step "build the program" mvn -q -B -ntp package -DskipTests
cleanup() {
  rm -f Pulumi.vps-e2e.yaml
  [ -z "${SSH_AGENT_PID:-}" ] || ssh-agent -k >/dev/null
  [ ! -f ~/.ssh/known_hosts ] || sed -i '/ onering-e2e-vps$/d' ~/.ssh/known_hosts
  vps_host_remove
}
trap cleanup EXIT
step "make a fresh Debian 12 host" vps_host_start
address=$ONERING_TEST_VPS_ADDRESS
# This machine as docs/vps.md sets it up: the host's key in known_hosts (what the docker CLI and the Docker provider
# check; the bootstrap's own connection checks the stack's pin), the admin's key at hand (an agent here).
mkdir -p ~/.ssh && echo "$address $ONERING_TEST_VPS_HOST_KEY onering-e2e-vps" >>~/.ssh/known_hosts
eval "$(ssh-agent -s)" >/dev/null
ssh-add -q "$ONERING_TEST_VPS_ADMIN_KEY"

# The stack: this host as its Docker host, bootstrapped as root with the admin's key, the host key pinned.
cat >"$work/stack.yaml" <<YAML
config:
  onering:dockerHost: ssh://deploy@$address
  onering:profiles: [core]
  onering:objectStore: seaweedfs
  onering:exclude: [postgres, airflow, infisical, clickhouse]
  onering:host:
    adminUser: root
    hostKey: $ONERING_TEST_VPS_HOST_KEY
YAML
export PULUMI_BACKEND_URL="file://$work/state"
rm -rf "$work/state" && mkdir -p "$work/state"
[ -f "$work/passphrase" ] || (umask 077 && head -c 32 /dev/urandom | base64 >"$work/passphrase")
PULUMI_CONFIG_PASSPHRASE=$(cat "$work/passphrase")
export PULUMI_CONFIG_PASSPHRASE
pulumi stack init vps-e2e >/dev/null
grep '^encryptionsalt:' Pulumi.vps-e2e.yaml >"$work/encryptionsalt"
rm Pulumi.vps-e2e.yaml
cat "$work/encryptionsalt" "$work/stack.yaml" >"$work/Pulumi.vps-e2e.yaml"
stack=(--stack vps-e2e --config-file "$work/Pulumi.vps-e2e.yaml" --non-interactive)
# Secrets through stdin, never argv.
pulumi config set --secret --path onering:host.privateKey "${stack[@]}" <"$ONERING_TEST_VPS_ADMIN_KEY"
(umask 077 && head -c 32 /dev/urandom | base64 >"$work/master-secret")
pulumi config set --secret onering:masterSecret "${stack[@]}" <"$work/master-secret"
bin/onering plan "${stack[@]:0:4}" --out "$work/plan.json"
require_provider_plugins "$work/plan.json"
grep -q '"onering-vps-e2e-host-bootstrap"' "$work/plan.json" || fail "the plan has no onering-vps-e2e-host-bootstrap"
bootstrap="urn:pulumi:vps-e2e::onering::command:remote:Command::onering-vps-e2e-host-bootstrap"

step "pulumi up --target: the host bootstrap alone (first run)" pulumi up --yes --skip-preview --target "$bootstrap" "${stack[@]}"

# From outside: the pinned host key, the admin's key for the deploy user, which reaches the engine the run installed.
echo "$address $ONERING_TEST_VPS_HOST_KEY" >"$work/known_hosts"
ssh_as() {
  local user=$1
  shift
  ssh -o BatchMode=yes -o UserKnownHostsFile="$work/known_hosts" -o StrictHostKeyChecking=yes -i "$ONERING_TEST_VPS_ADMIN_KEY" "$user@$address" "$@"
}
step "the deploy user reaches Docker on the host" ssh_as deploy docker version --format '{{.Server.Version}}'
firewall() {
  ssh_as root nft list table inet onering_host >"$work/nft.txt"
  grep -q 'policy drop;' "$work/nft.txt" && grep -q 'tcp dport { 22, 80, 443 } accept' "$work/nft.txt"
}
step "the firewall lets in 22, 80 and 443 only" firewall
facts() {
  pulumi stack output host --json --stack vps-e2e >"$work/facts.json"
  python3 -c 'import json,sys; f=json.load(open(sys.argv[1])); assert f["cores"] > 0 and f["memoryMib"] > 0 and f["docker"], f' "$work/facts.json"
}
step "the stack's host facts (cores, memory, disk, Docker)" facts

# The images the plan pulls, and the bases of those it builds: stand-ins built on this machine (kept when current),
# then copied from its engine into the host's.
load_images() {
  tests/e2e/stand-ins/build.sh "$1"
  python3 tests/e2e/stand-ins/needed_images.py "$1" "$root" | cut -f1 >"$work/images.txt"
  local image
  while read -r image; do
    docker save "$image" | ssh_as deploy docker load
  done <"$work/images.txt"
}
step "load the stand-in images into the host's engine" load_images "$work/plan.json"
step "pulumi up: the stack on the host" pulumi up --yes --skip-preview "${stack[@]}"
healthy() {
  ssh_as deploy docker ps -a --filter label=com.onering.stack=vps-e2e --format '{{.Names}}:{{.Status}}' >"$work/containers.txt"
  cat "$work/containers.txt"
  [ "$(wc -l <"$work/containers.txt")" -ge 2 ] && ! grep -v '(healthy)' "$work/containers.txt"
}
step "every container runs and is healthy on the host" healthy
# stdout_of URN_SUFFIX: what a command resource of the stack (a hook, the bootstrap) printed, from the state.
stdout_of() {
  pulumi stack export --stack vps-e2e | python3 -c '
import json, sys
(resource,) = [r for r in json.load(sys.stdin)["deployment"]["resources"] if r["urn"].endswith(sys.argv[1])]
stdout = resource["outputs"]["stdout"]
print(stdout.get("plaintext", stdout) if isinstance(stdout, dict) else stdout)
' "$1"
}
hook_ran_on_the_host() {
  stdout_of "::hook-object-store" >"$work/hook-object-store.txt"
  cat "$work/hook-object-store.txt"
  grep -q "bucket bronze" "$work/hook-object-store.txt"
}
step "the object store's hook ran in a container on the host" hook_ran_on_the_host
step "pulumi preview --expect-no-changes" pulumi preview --expect-no-changes "${stack[@]}"

# The provider runs the script again on a replace: the facts line in the state must say it changed nothing.
step "pulumi up --replace: the bootstrap again" pulumi up --yes --skip-preview --target "$bootstrap" --replace "$bootstrap" "${stack[@]}"
unchanged() {
  stdout_of "::onering-vps-e2e-host-bootstrap" | python3 -c '
import json, sys
(line,) = [l for l in sys.stdin.read().splitlines() if l.startswith("onering-host ")][-1:]
changed = json.loads(line[len("onering-host "):])["changed"]
assert changed == [], changed
'
}
step "the second run changed nothing on the host" unchanged

# Second, the security profile and the public entry (Caddy, with certificates from its own CA: `tls: internal`),
# deployed by scripts/up.sh as a user deploys, which holds the PostgreSQL and Keycloak providers' SSH tunnel for the
# run; its config file is the local stack's place (Pulumi.vps-e2e.yaml), removed at the end.
cat "$work/encryptionsalt" - >"$work/Pulumi.vps-e2e.yaml" <<YAML
config:
  onering:dockerHost: ssh://deploy@$address
  onering:profiles: [core, security]
  onering:objectStore: seaweedfs
  onering:exclude: [airflow, infisical, clickhouse]
  onering:publicEntry:
    domain: vps.test
    email: ops@vps.test
    tls: internal
  onering:host:
    adminUser: root
    hostKey: $ONERING_TEST_VPS_HOST_KEY
YAML
pulumi config set --secret --path onering:host.privateKey "${stack[@]}" <"$ONERING_TEST_VPS_ADMIN_KEY"
pulumi config set --secret onering:masterSecret "${stack[@]}" <"$work/master-secret"
bin/onering plan "${stack[@]:0:4}" --out "$work/plan-security.json"
step "load the security profile's stand-in images into the host's engine" load_images "$work/plan-security.json"
cp "$work/Pulumi.vps-e2e.yaml" Pulumi.vps-e2e.yaml
step "scripts/up.sh: the security profile and the public entry on the host" scripts/up.sh vps-e2e --yes --skip-preview
step "every container runs and is healthy on the host (security)" healthy
# From this machine, as a browser would: the public entry's names resolved to the host, its CA trusted.
ssh_as deploy docker exec onering-vps-e2e-public-entry cat /data/caddy/pki/authorities/local/root.crt >"$work/caddy-root.crt"
entry() {
  curl -sS --resolve "keycloak.vps.test:443:$address" --resolve "keycloak.vps.test:80:$address" --cacert "$work/caddy-root.crt" "$@"
}
public_entry() {
  local discovery redirect admin
  discovery=$(entry https://keycloak.vps.test/realms/oner/.well-known/openid-configuration)
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert d["issuer"] == "https://keycloak.vps.test/realms/oner", d["issuer"]' "$discovery"
  redirect=$(entry -o /dev/null -w '%{http_code} %{redirect_url}' http://keycloak.vps.test/realms/oner)
  [ "$redirect" = "308 https://keycloak.vps.test/realms/oner" ] || { echo "port 80 answered $redirect"; return 1; }
  admin=$(entry -o /dev/null -w '%{http_code}' https://keycloak.vps.test/admin/master/console/)
  [ "$admin" = 404 ] || { echo "the admin console answered $admin through the public entry"; return 1; }
}
step "the public entry serves Keycloak's realm over HTTPS, redirects HTTP, hides the admin console" public_entry
step "scripts/up.sh again: no change (--expect-no-changes)" scripts/up.sh vps-e2e --yes --skip-preview --expect-no-changes
# The other commands a user runs on a remote stack, with the same tunnel: a preview, and the destroy that deletes the
# realm and the database roles through the providers and keeps the data volumes for the next up.
step "scripts/pulumi.sh preview: no change" scripts/pulumi.sh vps-e2e preview --expect-no-changes --non-interactive
step "scripts/pulumi.sh destroy" scripts/pulumi.sh vps-e2e destroy --yes --skip-preview --non-interactive
destroyed() {
  [ -z "$(ssh_as deploy docker ps -aq --filter label=com.onering.stack=vps-e2e)" ] || { echo "containers left on the host"; return 1; }
  ssh_as deploy docker volume inspect onering-vps-e2e-postgres-data >/dev/null || { echo "the database volume is gone"; return 1; }
}
step "no container of the stack is left, the data volumes are kept" destroyed

pulumi stack rm --yes --force --stack vps-e2e >/dev/null
write_report
echo "e2e-vps: passed; timings in docs/vps.md"
