#!/usr/bin/env bash
# A fresh Debian 12 "VPS" on this machine for the host bootstrap's test (HostBootstrapVpsTest, JUnit tag vps): a
# container of Debian's own rootfs (debootstrap, as a provider's image: systemd, OpenSSH with the admin's key for
# root, nothing else), booted with systemd as its init and a volume for the Docker engine the bootstrap installs in
# it. Uses the engine DOCKER_HOST names, or starts Debian's on a private socket under .work/docker (stopped at the
# end). The host's container and volume are removed at the end (kept with ONERING_TEST_VPS_KEEP=1, to look at it);
# the image is kept, so a second run skips debootstrap.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
work=$root/.work/vps
mkdir -p "$work"
# shellcheck source=scripts/lib/hook-runner.sh
source scripts/lib/hook-runner.sh
image=onering-test/vps:bookworm-2
name=onering-test-vps

remove_host() {
  docker rm -f "$name" >/dev/null 2>&1 || true
  docker volume rm -f "$name-docker" >/dev/null 2>&1 || true
}
cleanup() {
  [ -n "${ONERING_TEST_VPS_KEEP:-}" ] || remove_host
  hook_runner_stop_engine
}
hook_runner_engine
trap cleanup EXIT

if ! docker image inspect "$image" >/dev/null 2>&1; then
  debian_need debootstrap:debootstrap
  rm -rf "$work/rootfs"
  echo "vps: debootstrap of Debian 12 into $work/rootfs (a few minutes, once)"
  debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,openssh-server,iproute2,ca-certificates,procps \
    bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
  rm -f "$work/rootfs"/etc/ssh/ssh_host_*
  tar -C "$work/rootfs" -c . | docker import -c 'CMD ["/sbin/init"]' - "$image" >/dev/null
  rm -rf "$work/rootfs"
fi

remove_host
# Not --privileged: this machine's engine may not grant every capability (CAP_SYS_RESOURCE is withheld here), and
# systemd and the nested engine need only these. A private cgroup namespace keeps the host's cgroups out of reach.
docker run -d --name "$name" --hostname vps --cap-add ALL --cap-drop SYS_RESOURCE \
  --security-opt seccomp=unconfined --security-opt apparmor=unconfined --cgroupns private \
  --tmpfs /run --tmpfs /run/lock -v "$name-docker:/var/lib/docker" "$image" >/dev/null
for _ in $(seq 1 120); do
  state=$(docker exec "$name" systemctl is-system-running 2>/dev/null || true)
  [ "$state" = running ] || [ "$state" = degraded ] && break
  sleep 1
done
[ "$state" = running ] || [ "$state" = degraded ] || { docker logs "$name" | tail -20 >&2; echo "vps: systemd did not come up ($state)" >&2; exit 1; }

# What a provider's console does when it makes the host: new host keys, the admin's public key for root.
rm -f "$work/admin" "$work/admin.pub"
ssh-keygen -q -t ed25519 -N "" -C onering-test-admin -f "$work/admin"
# sshd listens on 22, on 2222 (a port the firewall must close) and, on the host's loopback only, on the ports the
# vps test stack's PostgreSQL and Keycloak publish there (portOffset 30000): the providers' tunnel must reach them.
docker exec -i "$name" sh -c 'cat > /etc/ssh/sshd_config.d/onering-test-ports.conf' <<'SSHD'
ListenAddress 0.0.0.0:22
ListenAddress 0.0.0.0:2222
ListenAddress 127.0.0.1:35432
ListenAddress 127.0.0.1:38180
SSHD
# sshd gave up at boot without host keys: reset its start limit before starting it with the new ones.
docker exec "$name" sh -c 'ssh-keygen -A >/dev/null && install -d -m 700 /root/.ssh && systemctl reset-failed ssh && systemctl restart ssh'
docker exec -i "$name" sh -c 'cat > /root/.ssh/authorized_keys' <"$work/admin.pub"

export ONERING_TEST_VPS_ADDRESS
ONERING_TEST_VPS_ADDRESS=$(docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$name")
export ONERING_TEST_VPS_HOST_KEY
ONERING_TEST_VPS_HOST_KEY=$(docker exec "$name" cut -d' ' -f1,2 /etc/ssh/ssh_host_ed25519_key.pub)
export ONERING_TEST_VPS_ADMIN_KEY=$work/admin
echo "vps: Debian 12 host at $ONERING_TEST_VPS_ADDRESS, sshd on 22 and 2222 (and 35432, 38180 on its loopback)"
# Named, so a class that did not compile or run fails the stage instead of passing with no test.
mvn -B -ntp test-compile surefire:test -Dtest=HostBootstrapVpsTest -Dgroups=vps -Donering.excludedTestGroups=
