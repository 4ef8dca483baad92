# shellcheck shell=bash disable=SC2034,SC1090
# OpenSSH test server (Debian openssh-server): 127.0.0.1 only, key login only, its own host key and one client key,
# a known_hosts file pinning that host key. Stands in for a remote Docker host's SSH: the host check
# (RemoteHostCheck) reads its facts through it. Sessions get DOCKER_HOST pointing at a socket where no engine answers,
# so "the user cannot use Docker" is a fact of this host whatever runs on the machine.
# Usage: scripts/test-servers.sh CMD sshd.

sshd_install() {
  [[ -x /usr/sbin/sshd ]] || ts_apt_install openssh-server
  return 0
}

sshd_marker() { echo "$TS_DIR/sshd/sshd_config"; }

sshd_init() {
  [[ -x /usr/sbin/sshd ]] || ts_die "sshd is not installed: run scripts/test-servers.sh install sshd"
  local dir="$TS_DIR/sshd"
  ts_claim_port PORT
  PORTS="$PORT"
  CONF="$dir/sshd_config"
  LOG="$dir/sshd.log"
  LOGIN="$(id -un)"
  rm -f "$dir"/host_key* "$dir"/client_key*
  ssh-keygen -q -t ed25519 -N "" -C onering-test-host -f "$dir/host_key"
  ssh-keygen -q -t ed25519 -N "" -C onering-test-client -f "$dir/client_key"
  (umask 077 && cp "$dir/client_key.pub" "$dir/authorized_keys")
  echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 "$dir/host_key.pub")" >"$dir/known_hosts"
  ts_save_state sshd PORT PORTS CONF LOG LOGIN
  (umask 077 && cat >"$CONF" <<CONF
Port $PORT
ListenAddress 127.0.0.1
HostKey $dir/host_key
AuthorizedKeysFile $dir/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
UsePAM no
StrictModes no
PidFile none
SetEnv DOCKER_HOST=unix://$dir/no-engine.sock
CONF
  )
}

sshd_ping() {
  ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes -o UserKnownHostsFile="$TS_DIR/sshd/known_hosts" \
    -i "$TS_DIR/sshd/client_key" -p "$PORT" "$LOGIN@127.0.0.1" true 2>/dev/null
}

sshd_launch() {
  local pidfile="$TS_DIR/sshd/pid"
  # The privilege separation directory sshd insists on; Debian creates it only when its own service starts.
  mkdir -p /run/sshd
  ts_launch "$pidfile" "$LOG" /usr/sbin/sshd -D -e -f "$CONF"
  ts_wait_ready sshd "$(<"$pidfile")" "$LOG" sshd_ping
}

sshd_env() {
  ts_export ONERING_TEST_SSHD_PORT "$PORT"
  ts_export ONERING_TEST_SSHD_LOGIN "$LOGIN"
  ts_export ONERING_TEST_SSHD_DIR "$TS_DIR/sshd"
}

[[ ${BASH_SOURCE[0]} != "$0" ]] || {
  source "$(dirname "$0")/common.sh"
  ts_server_main sshd "$@"
}
