# shellcheck shell=bash disable=SC2034,SC1090
# Shared helpers for the test servers (scripts/lib/servers/<name>.sh).
# Sourced, not run: see scripts/test-servers.sh for the user-facing command.
#
# Every server file defines these functions (NAME = postgres, ldap, s3, redis, kafka, pulsar, kube):
#   NAME_install   install the binaries (idempotent, cached)
#   NAME_init      fresh state in $TS_DIR/NAME: ports, secrets, config, data
#   NAME_launch    start the process from the existing state, wait until ready,
#                  leave its PID in $TS_DIR/NAME/pid
#   NAME_env       print the export lines for servers.env
#   NAME_marker    print a string that the running server's command line contains
#                  (guards against killing a recycled PID)
# and may define NAME_stop_signal (default TERM).
# A server's state dir holds state.env (ports, secrets, paths: reused by restart),
# pid, *.log, and its data.

# The default set: what `install` and `start` without names mean.
TS_SERVERS_DEFAULT=(postgres ldap s3 redis kafka pulsar sshd)
# Only when named (kube: its first install builds from source for a long time).
TS_SERVERS_OPTIONAL=(kube)
TS_SERVERS_ALL=("${TS_SERVERS_DEFAULT[@]}" "${TS_SERVERS_OPTIONAL[@]}")
# Servers whose NAME_install takes a lock of its own: `install` of only these
# runs without scripts/test-servers.sh's lock (a long build must not block the
# other servers' install/start/stop meanwhile).
TS_SERVERS_OWN_INSTALL_LOCK=(kube)

TS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
TS_SCRIPT="$TS_ROOT/scripts/test-servers.sh"
TS_DIR="${ONERING_TEST_SERVERS_DIR:-$TS_ROOT/.work/test-servers}"
TS_CACHE="${ONERING_TEST_CACHE_DIR:-$TS_ROOT/.work/cache}"
TS_ENV_FILE="$TS_DIR/servers.env"
# Seconds a server may take to become ready before start fails.
TS_START_TIMEOUT="${ONERING_TEST_START_TIMEOUT:-90}"
# Seconds a graceful stop may take before the server's process tree is SIGKILLed.
TS_STOP_TIMEOUT="${ONERING_TEST_STOP_TIMEOUT:-30}"

# ts_run CMD...: runs CMD in a subshell with errexit in force (an `if` or `||`
# around a function would switch errexit off inside it); its status in TS_RC.
ts_run() {
  set +e
  (
    set -e
    "$@"
  )
  TS_RC=$?
  set -e
}

ts_log() { printf '[test-servers] %s\n' "$*" >&2; }
ts_die() { ts_log "ERROR: $*"; exit 1; }

# Env-var infix of a server: ONERING_TEST_<infix>_...
ts_env_name() {
  case "$1" in
    postgres) echo PG ;;
    *) echo "${1^^}" ;;
  esac
}

# Canonical server name (accepts a few aliases); fails on an unknown name.
ts_canonical_name() {
  case "$1" in
    postgres | postgresql | pg) echo postgres ;;
    ldap | slapd | openldap) echo ldap ;;
    s3 | s3proxy) echo s3 ;;
    redis) echo redis ;;
    kafka) echo kafka ;;
    pulsar) echo pulsar ;;
    sshd | ssh) echo sshd ;;
    kube | kubernetes | k8s | kube-apiserver) echo kube ;;
    *) return 1 ;;
  esac
}

# A hex secret (default 16 bytes = 32 hex chars): safe in URLs, configs and shells.
ts_secret() { od -An -tx1 -N"${1:-16}" /dev/urandom | tr -d ' \n'; }

# ---------------------------------------------------------------- packages

TS_APT_UPDATED=0
# ts_apt_install PKG...: apt-get update (once per run) and install, noninteractive.
ts_apt_install() {
  local sudo=()
  if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null || ts_die "need root (or sudo) to apt-get install $*"
    sudo=(sudo -n)
  fi
  if [[ $TS_APT_UPDATED -eq 0 ]]; then
    ts_log "apt-get update"
    "${sudo[@]}" apt-get update -qq >&2 || ts_die "apt-get update failed"
    TS_APT_UPDATED=1
  fi
  ts_log "apt-get install $*"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >&2 \
    || ts_die "apt-get install $* failed"
}

# Maven command for fetching artifacts (batch mode, quiet; plugin pinned).
TS_MVN_DEP_PLUGIN="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
ts_mvn() {
  command -v mvn >/dev/null || ts_die "mvn not found (Maven is needed to fetch test-server jars)"
  mvn -B -q -ntp -Dstyle.color=never "$@" >&2
}

# ---------------------------------------------------------------- ports

# Ports held by servers that have state (running or killed-for-restart), so
# that a new server never takes the port of one that will be restarted.
ts_reserved_ports() {
  local f
  for f in "$TS_DIR"/*/state.env; do
    [[ -f $f ]] && (source "$f"; echo "${PORTS:-}")
  done
}

TS_CLAIMED_PORTS=""
# ts_claim_port VAR: a free TCP port on 127.0.0.1 in 20000-29999 (below the
# kernel's ephemeral range and clear of the servers' standard ports), not
# reserved by another test server, into VAR.
ts_claim_port() {
  local __port
  __port="$(python3 - "$TS_CLAIMED_PORTS $(ts_reserved_ports | tr '\n' ' ')" <<'EOF'
import random, socket, sys
taken = {int(p) for p in sys.argv[1].split() if p.isdigit()}
for _ in range(500):
    port = random.randint(20000, 29999)
    if port in taken:
        continue
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        s.close()
    print(port)
    sys.exit(0)
sys.exit("no free port found in 20000-29999")
EOF
)" || ts_die "could not find a free port"
  TS_CLAIMED_PORTS="$TS_CLAIMED_PORTS $__port"
  printf -v "$1" '%s' "$__port"
}

# ---------------------------------------------------------------- processes

# Prints (one a line) the PIDs of process $1's tree: the processes in its
# process group and its descendants (PostgreSQL's children start sessions of
# their own), from /proc.
ts_tree_pids() {
  local root=$1 f stat pid p n
  local -a rest all=()
  local -A parent=() group=()
  for f in /proc/[0-9]*/stat; do
    { stat="$(<"$f")"; } 2>/dev/null || continue
    pid=${f#/proc/}
    pid=${pid%/stat}
    rest=(${stat##*) })
    parent[$pid]=${rest[1]}
    group[$pid]=${rest[2]}
    all+=("$pid")
  done
  for pid in "${all[@]}"; do
    if [[ $pid == "$root" || ${group[$pid]} == "$root" ]]; then
      echo "$pid"
      continue
    fi
    p=$pid
    n=0
    while [[ -n ${parent[$p]:-} && ${parent[$p]} != 0 ]] && ((n++ < 64)); do
      p=${parent[$p]}
      if [[ $p == "$root" ]]; then
        echo "$pid"
        break
      fi
    done
  done
}

# Prints those of the PIDs given that are still alive (not zombies).
ts_alive_pids() {
  local pid stat
  for pid in "$@"; do
    { stat="$(<"/proc/$pid/stat")"; } 2>/dev/null || continue
    [[ ${stat##*) } == Z* ]] || echo "$pid"
  done
  return 0
}

# True when PID $1 is alive (not a zombie) and its command line contains $2.
ts_pid_matches() {
  local pid=$1 marker=$2 stat cmd
  [[ $pid =~ ^[0-9]+$ && -n $marker ]] || return 1
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || return 1
  [[ ${stat##*) } == Z* ]] && return 1
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ $cmd == *"$marker"* ]]
}

# Resident memory in KiB of process $1 and its tree (shared memory is
# counted once per process).
ts_tree_rss_kb() {
  local total=0 pid rss
  for pid in $(ts_tree_pids "$1"); do
    rss="$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null)"
    total=$((total + ${rss:-0}))
  done
  echo "$total"
}

# ts_launch PIDFILE LOGFILE CMD...: runs CMD in the background in its own
# session (so its PID is also its process group), detached from our stdin and
# stdout, and writes its PID to PIDFILE (exec keeps the PID).
ts_launch() {
  local pidfile=$1 logfile=$2
  shift 2
  rm -f "$pidfile"
  printf '==== test-servers: launching at %s: %s\n' "$(date '+%F %T')" "$*" >>"$logfile"
  setsid bash -c 'echo $$ >"$0.tmp" && mv "$0.tmp" "$0" && exec "$@"' "$pidfile" "$@" \
    >>"$logfile" 2>&1 </dev/null &
  local i
  for i in $(seq 100); do
    [[ -s $pidfile ]] && return 0
    sleep 0.05
  done
  ts_die "could not launch $1"
}

# ts_fail_start NAME PID LOGFILE MESSAGE: kills a half-started server, prints
# the log tail, exits non-zero.
ts_fail_start() {
  local name=$1 pid=$2 logfile=$3 msg=$4
  [[ -n $pid ]] && ts_kill_tree "$pid"
  ts_log "ERROR: $name $msg; last lines of $logfile:"
  tail -n 40 "$logfile" 2>/dev/null | sed 's/^/    | /' >&2
  exit 1
}

# ts_wait_ready NAME PID LOGFILE CHECK...: runs CHECK until it succeeds, the
# process dies, or $TS_START_TIMEOUT passes (then fails with the log tail).
# Liveness here is the PID alone, not the server's marker: we launched this PID
# moments ago, and a server may not have its final command line yet (redis
# rewrites its title only once it has loaded its configuration).
ts_wait_ready() {
  local name=$1 pid=$2 logfile=$3
  shift 3
  local deadline=$((SECONDS + TS_START_TIMEOUT))
  while :; do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if [[ -z $(ts_alive_pids "$pid") ]]; then
      ts_fail_start "$name" "" "$logfile" "exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      ts_fail_start "$name" "$pid" "$logfile" "not ready after ${TS_START_TIMEOUT}s"
    fi
    sleep 0.2
  done
}

# ts_kill_pids PID...: SIGKILL these processes and wait until they are gone.
ts_kill_pids() {
  local i left
  [[ $# -gt 0 ]] || return 0
  kill -KILL "$@" 2>/dev/null || true
  for i in $(seq 100); do
    left="$(ts_alive_pids "$@")"
    [[ -z $left ]] && break
    sleep 0.05
  done
  [[ -z $left ]] || ts_log "warning: still alive after SIGKILL: $(echo $left)"
  # Then give init a moment to reap them: a zombie still "exists" for kill -0,
  # and PostgreSQL refuses to start while its old postmaster's PID does.
  for i in $(seq 40); do
    ts_existing_pids "$@" | grep -q . || return 0
    sleep 0.05
  done
}

# Prints those of the PIDs given that exist (zombies included).
ts_existing_pids() {
  local pid
  for pid in "$@"; do [[ -e /proc/$pid ]] && echo "$pid"; done
  return 0
}

# SIGKILL process $1 and its tree (crash simulation, or a stuck server).
ts_kill_tree() {
  # shellcheck disable=SC2046
  ts_kill_pids $(ts_tree_pids "$1")
}

# ts_stop_pid NAME PID SIGNAL: graceful stop, then SIGKILL after
# $TS_STOP_TIMEOUT; in the end nothing of the server's process tree is left.
ts_stop_pid() {
  local name=$1 pid=$2 sig=$3 marker tree
  marker="$("${name}_marker")"
  ts_pid_matches "$pid" "$marker" || return 0
  tree="$(ts_tree_pids "$pid")"
  kill -"$sig" "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + TS_STOP_TIMEOUT))
  while ts_pid_matches "$pid" "$marker"; do
    if ((SECONDS >= deadline)); then
      ts_log "warning: $name (pid $pid) ignored SIG$sig for ${TS_STOP_TIMEOUT}s: SIGKILL"
      break
    fi
    sleep 0.1
  done
  # shellcheck disable=SC2046
  ts_kill_pids $(ts_alive_pids $tree)
}

# ---------------------------------------------------------------- per server

ts_state_dir() { echo "$TS_DIR/$1"; }

ts_pid_of() {
  local f="$TS_DIR/$1/pid"
  [[ -s $f ]] && cat "$f"
}

ts_is_running() {
  local pid
  pid="$(ts_pid_of "$1")" || return 1
  ts_pid_matches "$pid" "$("${1}_marker")"
}

# Sources the server's state.env into the current shell (after init or for restart).
ts_load_state() {
  local f="$TS_DIR/$1/state.env"
  [[ -f $f ]] || ts_die "$1 has no state in $TS_DIR/$1: run scripts/test-servers.sh start $1"
  # shellcheck disable=SC1090
  source "$f"
}

# ts_save_state NAME VAR...: writes the named shell variables to state.env.
ts_save_state() {
  local name=$1 var
  shift
  {
    for var in "$@"; do printf '%s=%q\n' "$var" "${!var}"; done
  } >"$TS_DIR/$name/state.env"
  chmod 600 "$TS_DIR/$name/state.env"
}

# ts_export VAR VALUE: one export line for servers.env.
ts_export() { printf 'export %s=%q\n' "$1" "$2"; }

# Rewrites servers.env from the servers that are started (or killed for a restart).
ts_write_env_file() {
  mkdir -p "$TS_DIR"
  local tmp="$TS_ENV_FILE.tmp" name infix pid
  {
    echo "# Written by scripts/test-servers.sh; source it before running integration tests."
    ts_export ONERING_TEST_SERVERS_SCRIPT "$TS_SCRIPT"
    ts_export ONERING_TEST_SERVERS_DIR "$TS_DIR"
    for name in "${TS_SERVERS_ALL[@]}"; do
      [[ -f $TS_DIR/$name/started ]] || continue
      infix="$(ts_env_name "$name")"
      (
        ts_load_state "$name"
        "${name}_env"
      )
      pid="$(ts_pid_of "$name" || true)"
      ts_export "ONERING_TEST_${infix}_PID" "$pid"
      ts_export "ONERING_TEST_${infix}_RESTART" "$TS_SCRIPT restart $name"
    done
  } >"$tmp"
  chmod 600 "$tmp"
  mv "$tmp" "$TS_ENV_FILE"
}

ts_do_install() {
  local name=$1 t0=$SECONDS
  "${name}_install"
  ts_log "$name installed ($((SECONDS - t0))s)"
}

# Launches from the existing state and records timing/RSS.
ts_launch_server() {
  local name=$1 t0 pid ms
  t0="$(date +%s%N)"
  ts_load_state "$name"
  "${name}_launch"
  ms=$((($(date +%s%N) - t0) / 1000000))
  pid="$(ts_pid_of "$name")"
  touch "$TS_DIR/$name/started"
  ts_log "$name ready on port $PORT (pid $pid, ${ms} ms, rss $(($(ts_tree_rss_kb "$pid") / 1024)) MiB)"
}

# Fresh state for a server that is not running: new ports, secrets, empty data.
ts_do_prepare() {
  local name=$1 t0
  t0="$(date +%s%N)"
  ts_do_clean "$name"
  mkdir -p "$TS_DIR/$name"
  "${name}_init"
  ts_log "$name prepared ($((($(date +%s%N) - t0) / 1000000)) ms)"
}

ts_do_restart() {
  local name=$1
  [[ -f $TS_DIR/$name/state.env ]] ||
    ts_die "$name was never started here: run scripts/test-servers.sh start $name"
  ts_do_stop_process "$name"
  ts_launch_server "$name"
}

# Graceful stop of the process; keeps state (ports, secrets, data).
ts_do_stop_process() {
  local name=$1 pid sig=TERM
  pid="$(ts_pid_of "$name")" || return 0
  declare -F "${name}_stop_signal" >/dev/null && sig="$("${name}_stop_signal")"
  if ts_pid_matches "$pid" "$("${name}_marker")"; then
    ts_stop_pid "$name" "$pid" "$sig"
    ts_log "$name stopped (pid $pid)"
  fi
  rm -f "$TS_DIR/$name/pid"
}

ts_do_stop() {
  local name=$1
  ts_do_stop_process "$name"
  rm -f "$TS_DIR/$name/started"
}

# Crash simulation: SIGKILL the server's process tree; keeps state for restart.
ts_do_kill() {
  local name=$1 pid
  pid="$(ts_pid_of "$name")" || { ts_log "$name: no pid file"; return 0; }
  if ts_pid_matches "$pid" "$("${name}_marker")"; then
    ts_kill_tree "$pid"
    ts_log "$name killed (pid $pid)"
  else
    ts_log "$name was not running"
  fi
}

# Removes a stopped server's state (data, logs, secrets).
ts_do_clean() {
  local name=$1
  ts_is_running "$name" && ts_die "$name is running: stop it first"
  declare -F "${name}_clean" >/dev/null && "${name}_clean"
  rm -rf "${TS_DIR:?}/$name"
}

# Prints one status line; returns 0 when running.
ts_do_status() {
  local name=$1 pid rss port=""
  if [[ -f $TS_DIR/$name/state.env ]]; then
    port="$(source "$TS_DIR/$name/state.env" && echo "$PORTS")"
  fi
  if ts_is_running "$name"; then
    pid="$(ts_pid_of "$name")"
    rss=$(($(ts_tree_rss_kb "$pid") / 1024))
    printf '%-9s running  pid %-8s port %-6s rss %s MiB\n' "$name" "$pid" "$port" "$rss"
    return 0
  fi
  if [[ -f $TS_DIR/$name/started ]]; then
    printf '%-9s DOWN     (started, not running: restart with scripts/test-servers.sh restart %s)\n' "$name" "$name"
  else
    printf '%-9s stopped\n' "$name"
  fi
  return 3
}

# Entry point when a server file is run directly: <name>.sh COMMAND.
ts_server_main() {
  local name=$1 cmd=${2:-}
  exec "$TS_SCRIPT" "$cmd" "$name"
}
