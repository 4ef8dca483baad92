# shellcheck shell=bash
# A fresh Debian 12 "VPS" on this machine: a container of Debian's own rootfs (debootstrap, as a provider's image:
# systemd, OpenSSH with the admin's key for root, nothing else), booted with systemd as its init and a volume for the
# Docker engine the bootstrap installs in it. Used by the host bootstrap's test (tests/vps/run.sh) and its real deploy
# (scripts/e2e-vps.sh). Needs $root, $work and a Docker engine; the image is kept, so a second start skips debootstrap.
# shellcheck source=scripts/lib/debian.sh
source "$root/scripts/lib/debian.sh"
VPS_IMAGE=onering-test/vps:bookworm-2
VPS_NAME=onering-test-vps

vps_host_remove() {
  docker rm -f "$VPS_NAME" >/dev/null 2>&1 || true
  docker volume rm -f "$VPS_NAME-docker" >/dev/null 2>&1 || true
}

# Starts the host and exports ONERING_TEST_VPS_ADDRESS, ONERING_TEST_VPS_HOST_KEY (its ed25519 key, as a stack pins it)
# and ONERING_TEST_VPS_ADMIN_KEY (the admin's private key file).
vps_host_start() {
  if ! docker image inspect "$VPS_IMAGE" >/dev/null 2>&1; then
    debian_need debootstrap:debootstrap
    rm -rf "$work/rootfs"
    echo "vps: debootstrap of Debian 12 into $work/rootfs (a few minutes, once)"
    debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,openssh-server,iproute2,ca-certificates,procps \
      bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
      || { tail -20 "$work/debootstrap.log" >&2; return 1; }
    rm -f "$work/rootfs"/etc/ssh/ssh_host_*
    tar -C "$work/rootfs" -c . | docker import -c 'CMD ["/sbin/init"]' - "$VPS_IMAGE" >/dev/null
    rm -rf "$work/rootfs"
  fi

  vps_host_remove
  # Not --privileged: this machine's engine may not grant every capability (CAP_SYS_RESOURCE is withheld here), and
  # systemd and the nested engine need only these. A private cgroup namespace keeps the host's cgroups out of reach:
  # its cgroup mounts show the container's own subtree, which Docker mounts read-only; they are bound again
  # read-write before systemd starts, so the engine the bootstrap installs can start containers. (On a cgroup v2
  # host the one hierarchy is /sys/fs/cgroup itself.) /proc/sys is read-only in a container, so forwarding, which the
  # engine sets on a real host, is set here.
  docker run -d --name "$VPS_NAME" --hostname vps --cap-add ALL --cap-drop SYS_RESOURCE --sysctl net.ipv4.ip_forward=1 \
    --security-opt seccomp=unconfined --security-opt apparmor=unconfined --cgroupns private \
    --tmpfs /run --tmpfs /run/lock -v "$VPS_NAME-docker:/var/lib/docker" --entrypoint /bin/sh "$VPS_IMAGE" -c '
      for mount in /sys/fs/cgroup /sys/fs/cgroup/*; do
        if mountpoint -q "$mount"; then mount -o remount,bind,rw "$mount"; fi
      done
      exec /sbin/init' >/dev/null
  local state=""
  for _ in $(seq 1 120); do
    state=$(docker exec "$VPS_NAME" systemctl is-system-running 2>/dev/null || true)
    [ "$state" = running ] || [ "$state" = degraded ] && break
    sleep 1
  done
  [ "$state" = running ] || [ "$state" = degraded ] \
    || { docker logs "$VPS_NAME" | tail -20 >&2; echo "vps: systemd did not come up ($state)" >&2; return 1; }

  # What a provider's console does when it makes the host: new host keys, the admin's public key for root.
  rm -f "$work/admin" "$work/admin.pub"
  ssh-keygen -q -t ed25519 -N "" -C onering-test-admin -f "$work/admin"
  # sshd listens on 22, on 2222 (a port the firewall must close) and, on the host's loopback only, on the ports the
  # vps test stack's PostgreSQL and Keycloak publish there (portOffset 30000): the providers' tunnel must reach them.
  docker exec -i "$VPS_NAME" sh -c 'cat > /etc/ssh/sshd_config.d/onering-test-ports.conf' <<'SSHD'
ListenAddress 0.0.0.0:22
ListenAddress 0.0.0.0:2222
ListenAddress 127.0.0.1:35432
ListenAddress 127.0.0.1:38180
SSHD
  # sshd gave up at boot without host keys: reset its start limit before starting it with the new ones.
  docker exec "$VPS_NAME" sh -c 'ssh-keygen -A >/dev/null && install -d -m 700 /root/.ssh && systemctl reset-failed ssh && systemctl restart ssh'
  docker exec -i "$VPS_NAME" sh -c 'cat > /root/.ssh/authorized_keys' <"$work/admin.pub"

  ONERING_TEST_VPS_ADDRESS=$(docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$VPS_NAME")
  ONERING_TEST_VPS_HOST_KEY=$(docker exec "$VPS_NAME" cut -d' ' -f1,2 /etc/ssh/ssh_host_ed25519_key.pub)
  ONERING_TEST_VPS_ADMIN_KEY=$work/admin
  export ONERING_TEST_VPS_ADDRESS ONERING_TEST_VPS_HOST_KEY ONERING_TEST_VPS_ADMIN_KEY
  echo "vps: Debian 12 host at $ONERING_TEST_VPS_ADDRESS, sshd on 22 and 2222 (and 35432, 38180 on its loopback)"
}
