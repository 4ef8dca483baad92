#!/usr/bin/env bash
# Makes a fresh Debian 12 host a OneRing Docker host, idempotently: Docker Engine from Debian's archive (log rotation,
# live restore, so an unattended upgrade of the engine does not stop the platform), the deploy user in the docker
# group logging in with the admin's SSH keys, an nftables firewall that lets in only SSH and the public ports, and
# unattended security upgrades. Runs as root. The program (deploy/host/HostBootstrap) puts the settings above this
# file and runs it over SSH as a remote:Command; the cloud-init file it generates runs the same text at first boot.
# Ends with one line "onering-host {json}": the host's facts and what this run changed (empty on a second run).
set -euo pipefail
: "${ONERING_ADMIN_USER:?}" "${ONERING_DEPLOY_USER:?}" "${ONERING_ALLOWED_TCP_PORTS:?}" "${ONERING_PUBLIC_TCP_PORTS:?}"
export DEBIAN_FRONTEND=noninteractive LC_ALL=C
# Progress (apt, systemctl) goes to stderr; stdout carries the facts line alone, which the stack keeps in its state.
exec 3>&1 1>&2
changed=()

fail() {
  echo "onering-bootstrap: $*" >&2
  exit 3
}

# Writes stdin to $1 with mode $2 when the content differs; answers whether it wrote.
write_if_changed() {
  local path=$1 mode=$2 next
  next=$(mktemp)
  cat >"$next"
  if [ -f "$path" ] && cmp -s "$next" "$path"; then
    rm -f "$next"
    return 1
  fi
  install -D -m "$mode" "$next" "$path"
  rm -f "$next"
  changed+=("$path")
}

# shellcheck source=/dev/null
. /etc/os-release
[ "${ID:-}" = debian ] && [ "${VERSION_ID:-}" = 12 ] || fail "this host runs ${PRETTY_NAME:-an unknown system}, not Debian 12"
[ "$(id -u)" -eq 0 ] || fail "must run as root (the admin user logs in as root or through sudo -n)"
[ -d /run/systemd/system ] || fail "systemd is not running: Docker, nftables and the upgrades are systemd services"

missing=()
for package in docker.io nftables unattended-upgrades; do
  dpkg-query -W -f '${Status}' "$package" 2>/dev/null | grep -qx 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
  changed+=("installed ${missing[*]}")
fi

if write_if_changed /etc/docker/daemon.json 0644 <<'JSON'
{
  "live-restore": true,
  "log-driver": "json-file",
  "log-opts": { "max-size": "20m", "max-file": "5" }
}
JSON
then
  systemctl restart docker
fi

if ! id -u "$ONERING_DEPLOY_USER" >/dev/null 2>&1; then
  useradd --create-home --shell /bin/bash "$ONERING_DEPLOY_USER"
  changed+=("user $ONERING_DEPLOY_USER")
fi
if ! id -nG "$ONERING_DEPLOY_USER" | tr ' ' '\n' | grep -qx docker; then
  usermod -a -G docker "$ONERING_DEPLOY_USER"
  changed+=("$ONERING_DEPLOY_USER in group docker")
fi
admin_keys="$(getent passwd "$ONERING_ADMIN_USER" | cut -d: -f6)/.ssh/authorized_keys"
deploy_home=$(getent passwd "$ONERING_DEPLOY_USER" | cut -d: -f6)
[ -s "$admin_keys" ] || fail "$admin_keys is empty: the deploy user logs in with the admin's keys"
install -d -m 0700 -o "$ONERING_DEPLOY_USER" -g "$ONERING_DEPLOY_USER" "$deploy_home/.ssh"
if write_if_changed "$deploy_home/.ssh/authorized_keys" 0600 <"$admin_keys"; then
  chown "$ONERING_DEPLOY_USER:$ONERING_DEPLOY_USER" "$deploy_home/.ssh/authorized_keys"
fi

# Its own table, replaced as a whole, never "flush ruleset": Docker keeps its NAT and forwarding rules in the iptables
# tables beside it. Published container ports are forwarded, not input: the plan check keeps every one of them but
# the public entry's on loopback, and the forward chain drops what reaches a container through a port published
# outside the plan (abctl's kind node publishes Airbyte on every address) unless it is a public entry port. Traffic
# between containers comes in on Docker's bridges and is left to Docker.
write_if_changed /etc/nftables.conf 0755 <<NFT || true
#!/usr/sbin/nft -f
# Written by the OneRing host bootstrap: only SSH and the public entry come in.
table inet onering_host
delete table inet onering_host
table inet onering_host {
  chain input {
    type filter hook input priority filter; policy drop;
    iif "lo" accept
    ct state established,related accept
    ct state invalid drop
    meta l4proto { icmp, ipv6-icmp } accept
    tcp dport { ${ONERING_ALLOWED_TCP_PORTS// /, } } accept
  }
  chain forward {
    type filter hook forward priority filter; policy accept;
    ct state new ct status dnat iifname != "docker0" iifname != "br-*" meta l4proto tcp ct original proto-dst != { ${ONERING_PUBLIC_TCP_PORTS// /, } } drop
    ct state new ct status dnat iifname != "docker0" iifname != "br-*" meta l4proto udp drop
  }
}
NFT
if [[ " ${changed[*]} " == *" /etc/nftables.conf "* ]] || ! nft list table inet onering_host >/dev/null 2>&1; then
  nft -f /etc/nftables.conf
  [[ " ${changed[*]} " == *" /etc/nftables.conf "* ]] || changed+=("firewall loaded")
fi

write_if_changed /etc/apt/apt.conf.d/20auto-upgrades 0644 <<'APT' || true
APT::Periodic::Update-Package-Lists "1";
APT::Periodic::Unattended-Upgrade "1";
APT

for service in docker nftables unattended-upgrades; do
  if ! systemctl is-enabled --quiet "$service"; then
    systemctl enable --quiet "$service"
    changed+=("$service enabled")
  fi
  if ! systemctl is-active --quiet "$service"; then
    systemctl start "$service"
    changed+=("$service started")
  fi
done

docker_version=$(docker version --format '{{.Server.Version}}')
disk_gib=$(df -P -BG /var/lib/docker | awk 'NR == 2 { sub("G", "", $4); print $4 }')
memory_mib=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
changes=""
[ ${#changed[@]} -eq 0 ] || changes=$(printf '"%s",' "${changed[@]}")
printf 'onering-host {"cores":%d,"memoryMib":%d,"diskFreeGib":%d,"docker":"%s","changed":[%s]}\n' >&3 \
  "$(nproc)" "$memory_mib" "$disk_gib" "$docker_version" "${changes%,}"
