# shellcheck shell=bash disable=SC2034,SC1090
# Redis 7 test server (Debian redis-server): 127.0.0.1 only, requirepass with a
# generated password, no persistence (a restart starts empty).
# Usage: scripts/test-servers.sh CMD redis.

redis_install() {
  if ! command -v redis-server >/dev/null || ! command -v redis-cli >/dev/null; then
    ts_apt_install redis-server redis-tools
  fi
  return 0
}

# redis-server rewrites its command line to "redis-server 127.0.0.1:PORT".
redis_marker() { (source "$TS_DIR/redis/state.env" && echo "127.0.0.1:$PORT"); }

redis_init() {
  command -v redis-server >/dev/null || ts_die "redis-server is not installed: run scripts/test-servers.sh install redis"
  local dir="$TS_DIR/redis"
  ts_claim_port PORT
  PORTS="$PORT"
  PASSWORD="$(ts_secret)"
  CONF="$dir/redis.conf"
  DATA="$dir/data"
  LOG="$dir/redis.log"
  ts_save_state redis PORT PORTS PASSWORD CONF DATA LOG
  mkdir -p "$DATA"
  (umask 077 && cat >"$CONF" <<EOF
bind 127.0.0.1
port $PORT
protected-mode yes
requirepass $PASSWORD
daemonize no
logfile ""
dir $DATA
save ""
appendonly no
EOF
  )
}

redis_ping() {
  [[ "$(REDISCLI_AUTH="$PASSWORD" redis-cli -h 127.0.0.1 -p "$PORT" --no-auth-warning ping 2>/dev/null)" == PONG ]]
}

redis_launch() {
  local pidfile="$TS_DIR/redis/pid"
  ts_launch "$pidfile" "$LOG" redis-server "$CONF"
  ts_wait_ready redis "$(<"$pidfile")" "$LOG" redis_ping
}

redis_env() {
  ts_export ONERING_TEST_REDIS_HOST 127.0.0.1
  ts_export ONERING_TEST_REDIS_PORT "$PORT"
  ts_export ONERING_TEST_REDIS_PASSWORD "$PASSWORD"
}

[[ ${BASH_SOURCE[0]} != "$0" ]] || {
  source "$(dirname "$0")/common.sh"
  ts_server_main redis "$@"
}
