# shellcheck shell=bash disable=SC2034,SC1090
# PostgreSQL 15 test server: 127.0.0.1 only, scram-sha-256 password auth for
# every connection (no trust), wal_level=logical (logical decoding / CDC), data
# in a temporary dir. Runs as the OS user `postgres` when we are root (initdb
# and postgres refuse root). Usage: scripts/test-servers.sh CMD postgres.
#
# pg_hba.conf is written here, one rule a line; a test that wants LDAP auth for
# some roles inserts e.g.
#   host all +ldap_users 127.0.0.1/32 ldap ldapserver=127.0.0.1 ldapport=PORT ldapbasedn="ou=people,dc=oner,dc=local" ldapsearchattribute=uid
# above the scram lines of $ONERING_TEST_PG_HBA_FILE and runs SELECT pg_reload_conf().
# (Debian's PostgreSQL is built with LDAP support.)

PG_BIN="${ONERING_TEST_PG_BIN_DIR:-/usr/lib/postgresql/15/bin}"

# PostGIS: the platform's poc database creates the extension (Postgres.POC).
PG_POSTGIS_CONTROL=/usr/share/postgresql/15/extension/postgis.control

postgres_install() {
  if [[ ! -x $PG_BIN/initdb || ! -x $PG_BIN/pg_ctl || ! -x $PG_BIN/psql || ! -f $PG_POSTGIS_CONTROL ]]; then
    ts_apt_install postgresql-15 postgresql-client-15 postgresql-15-postgis-3
  fi
  if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    ts_die "OS user postgres is missing (it comes with the postgresql-15 package)"
  fi
  return 0
}

# Runs a command as the user that owns the cluster.
postgres_as() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_marker() { (source "$TS_DIR/postgres/state.env" && echo "-D $DATA"); }

postgres_stop_signal() { echo INT; } # fast shutdown (TERM waits for clients to leave)

postgres_init() {
  [[ -x $PG_BIN/initdb ]] || ts_die "PostgreSQL 15 is not installed: run scripts/test-servers.sh install postgres"
  local dir="$TS_DIR/postgres"
  ts_claim_port PORT
  PORTS="$PORT"
  PASSWORD="$(ts_secret)"
  # The cluster dir must be reachable by the postgres user and short enough for
  # the Unix socket path (<108 bytes); else use a private dir under /tmp.
  BASE="$dir/pg"
  TMPBASE=""
  mkdir -p "$BASE"
  chmod 755 "$dir"
  [[ $EUID -eq 0 ]] && chown postgres: "$BASE"
  if ! postgres_as test -w "$BASE" || ((${#BASE} > 80)); then
    rmdir "$BASE"
    BASE="$(mktemp -d /tmp/onering-test-pg.XXXXXX)"
    TMPBASE="$BASE"
    [[ $EUID -eq 0 ]] && chown postgres: "$BASE"
  fi
  chmod 700 "$BASE"
  DATA="$BASE/data"
  LOG="$BASE/postgres.log"
  ts_save_state postgres PORT PORTS PASSWORD BASE TMPBASE DATA LOG

  local pwfile="$BASE/initdb.pw"
  (umask 077 && printf '%s\n' "$PASSWORD" >"$pwfile")
  [[ $EUID -eq 0 ]] && chown postgres: "$pwfile"
  postgres_as "$PG_BIN/initdb" -D "$DATA" -U postgres --pwfile="$pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync \
    >"$BASE/initdb.log" 2>&1 || {
    rm -f "$pwfile"
    ts_log "initdb failed:"
    sed 's/^/    | /' "$BASE/initdb.log" >&2
    return 1
  }
  rm -f "$pwfile"

  postgres_as tee "$DATA/pg_hba.conf" >/dev/null <<'EOF'
# Written by scripts/lib/servers/postgres.sh. First matching line wins.
# TYPE  DATABASE     USER  ADDRESS       METHOD
# (insert e.g. ldap rules here, then SELECT pg_reload_conf())
local   all          all                 scram-sha-256
host    all          all   127.0.0.1/32  scram-sha-256
host    replication  all   127.0.0.1/32  scram-sha-256
EOF
  postgres_as tee -a "$DATA/postgresql.conf" >/dev/null <<EOF

# ---- OneRing test server (scripts/lib/servers/postgres.sh)
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$BASE'
password_encryption = scram-sha-256
wal_level = logical
max_wal_senders = 10
max_replication_slots = 10
# Throwaway data: trade durability against an OS crash for speed.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
}

postgres_launch() {
  local pid
  # A crash leaves postmaster.pid behind: drop it once its PID is gone (pg_ctl
  # would only complain about it).
  pid="$(head -n1 "$DATA/postmaster.pid" 2>/dev/null)" &&
    ! ts_pid_matches "$pid" "-D $DATA" && rm -f "$DATA/postmaster.pid"
  postgres_as "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t "$TS_START_TIMEOUT" -s start >&2 ||
    ts_fail_start postgres "$(head -n1 "$DATA/postmaster.pid" 2>/dev/null)" "$LOG" "pg_ctl start failed"
  pid="$(head -n1 "$DATA/postmaster.pid")"
  echo "$pid" >"$TS_DIR/postgres/pid"
  # Ready = accepts connections and our credentials work over TCP.
  ts_wait_ready postgres "$pid" "$LOG" \
    env PGPASSWORD="$PASSWORD" PGCONNECT_TIMEOUT=3 "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres \
    -d postgres -w -XAtqc 'select 1'
}

postgres_env() {
  ts_export ONERING_TEST_PG_HOST 127.0.0.1
  ts_export ONERING_TEST_PG_PORT "$PORT"
  ts_export ONERING_TEST_PG_USER postgres
  ts_export ONERING_TEST_PG_PASSWORD "$PASSWORD"
  ts_export ONERING_TEST_PG_HBA_FILE "$DATA/pg_hba.conf"
}

postgres_clean() {
  local f="$TS_DIR/postgres/state.env"
  [[ -f $f ]] || return 0
  (source "$f" && [[ -n $TMPBASE && $TMPBASE == /tmp/onering-test-pg.* ]] && rm -rf "$TMPBASE") || true
}

[[ ${BASH_SOURCE[0]} != "$0" ]] || {
  source "$(dirname "$0")/common.sh"
  ts_server_main postgres "$@"
}
