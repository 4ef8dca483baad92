#!/usr/bin/env bash
# Real servers for OneRing's integration tests, on this machine (no Docker).
#
# Usage: scripts/test-servers.sh COMMAND [NAME...]
#   NAME: postgres | ldap | s3 | redis | kafka | pulsar | sshd | kube
#   Without names, install and start mean the default set (all but kube);
#   stop, status and clean mean the default set plus kube if it has state.
#   kube (etcd + kube-apiserver, no kubelet) is only installed and started
#   when named: its first install builds both from source with Go (modules
#   from the Go module proxy), which takes long (tens of minutes on 2 cores).
#
#   install   Install what the servers need, idempotent and cached: Debian
#             packages via apt-get only when a binary is missing (one
#             apt-get update first; needs root), s3proxy and Kafka jars via
#             Maven into .work/cache (and ~/.m2), Pulsar's server distribution
#             (org.apache.pulsar:pulsar-server-distribution tar.gz, ~245 MB)
#             via Maven, unpacked into .work/cache; kube: `go build` of etcd
#             and kube-apiserver into .work/cache/kube-VERSION/bin.
#             `install kube` alone does not take this script's lock (the
#             build has its own: a second install waits for the first), so
#             it can run in the background while other servers are
#             installed and started:
#               scripts/test-servers.sh install kube >kube-build.log 2>&1 &
#               kube_build=$!
#               scripts/test-servers.sh install && scripts/test-servers.sh start
#               wait "$kube_build" && scripts/test-servers.sh start kube
#             (`start kube` also waits for a build in progress, up to
#             ONERING_TEST_KUBE_BUILD_WAIT, default 3600 s).
#   start     Start each server on 127.0.0.1, on a free non-standard port
#             (20000-29999), with fresh data and generated credentials; wait
#             until it really answers (bounded by ONERING_TEST_START_TIMEOUT,
#             default 90 s; on failure: the log tail, exit 1). A server that is
#             already running is kept as it is. Writes the env file (below).
#   stop      Stop each server gracefully by its PID (SIGKILL after
#             ONERING_TEST_STOP_TIMEOUT, default 30 s), with its child processes.
#             Logs and data stay in .work/test-servers/NAME until the next start.
#   restart   Stop (if running) and start again on the same port, with the same
#             data dir and credentials. Brings back a server after `kill`.
#   kill      SIGKILL a server and its children (crash simulation); its state is
#             kept for `restart`.
#   status    One line per server: running (pid, port, RSS) / DOWN / stopped.
#             Exit 0 only when all the named servers run.
#   clean     Stop, then delete the servers' state (data, logs, secrets).
#
# Typical use (as CI does it):
#   scripts/test-servers.sh install && scripts/test-servers.sh start
#   trap 'scripts/test-servers.sh stop' EXIT
#   source .work/test-servers/servers.env
#   mvn -B test ...   # tests tagged @Tag("integration") use TestServers
#
# The env file .work/test-servers/servers.env has `export` lines for every
# started server:
#   ONERING_TEST_PG_HOST, _PG_PORT, _PG_USER, _PG_PASSWORD, _PG_HBA_FILE
#   ONERING_TEST_LDAP_URL, _LDAP_HOST, _LDAP_PORT, _LDAP_BASE_DN, _LDAP_ADMIN_DN,
#     _LDAP_ADMIN_PASSWORD
#   ONERING_TEST_S3_ENDPOINT, _S3_ACCESS_KEY, _S3_SECRET_KEY, _S3_REGION
#   ONERING_TEST_REDIS_HOST, _REDIS_PORT, _REDIS_PASSWORD
#   ONERING_TEST_KAFKA_BOOTSTRAP
#   ONERING_TEST_PULSAR_URL (pulsar://127.0.0.1:PORT), _PULSAR_ADMIN_URL
#     (http://127.0.0.1:PORT, the admin REST API)
#   ONERING_TEST_KUBE_URL (https://127.0.0.1:PORT, the Kubernetes API),
#     _KUBE_TOKEN (bearer token: user admin, group system:masters; the
#     authorization mode is AlwaysAllow), _KUBE_CA_FILE (the CA of the
#     server's certificate, an absolute path)
#   ONERING_TEST_<PG|LDAP|S3|REDIS|KAFKA|PULSAR|KUBE>_PID      the server's PID at start
#   ONERING_TEST_<PG|LDAP|S3|REDIS|KAFKA|PULSAR|KUBE>_RESTART  command that restarts it
#   ONERING_TEST_SERVERS_SCRIPT, ONERING_TEST_SERVERS_DIR
# A server's current PID is in .work/test-servers/NAME/pid (it changes on restart).
#
# Settings (environment): ONERING_TEST_SERVERS_DIR (state, default
# .work/test-servers), ONERING_TEST_CACHE_DIR (jars, default .work/cache),
# ONERING_TEST_START_TIMEOUT, ONERING_TEST_STOP_TIMEOUT,
# ONERING_TEST_KAFKA_VERSION (4.3.1), ONERING_TEST_S3PROXY_VERSION (4.1.0),
# ONERING_TEST_PULSAR_VERSION (4.0.8), ONERING_TEST_KUBE_VERSION (1.37.2:
# k8s.io/kubernetes v1.37.2 and its staging modules at v0.37.2),
# ONERING_TEST_ETCD_VERSION (3.7.3: go.etcd.io/etcd/server/v3 v3.7.3),
# ONERING_TEST_KUBE_BUILD_WAIT.
# One invocation at a time: the script holds a lock on .work/test-servers/.lock
# (except `install kube`, see install).
# Each server also runs alone: scripts/lib/servers/NAME.sh COMMAND.
set -euo pipefail

LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")/lib/servers" && pwd)"
# shellcheck source=lib/servers/common.sh
source "$LIB/common.sh"
for __s in "${TS_SERVERS_ALL[@]}"; do
  # shellcheck disable=SC1090
  source "$LIB/$__s.sh"
done

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
}

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
  install | start | stop | restart | kill | status | clean) ;;
  -h | --help | help | "") usage ;;
  *) ts_log "unknown command: $cmd"; usage ;;
esac

names=()
if [[ $# -eq 0 ]]; then
  [[ $cmd == restart || $cmd == kill ]] && ts_die "$cmd needs server names (${TS_SERVERS_ALL[*]})"
  names=("${TS_SERVERS_DEFAULT[@]}")
  if [[ $cmd == stop || $cmd == status || $cmd == clean ]]; then
    for __n in "${TS_SERVERS_OPTIONAL[@]}"; do
      [[ -d $TS_DIR/$__n ]] && names+=("$__n")
    done
  fi
else
  for __n in "$@"; do
    __c="$(ts_canonical_name "$__n")" || ts_die "unknown server: $__n (known: ${TS_SERVERS_ALL[*]})"
    names+=("$__c")
  done
fi

# One invocation at a time. flock -o keeps the lock fd away from the servers
# we spawn (they would hold the lock forever otherwise).
# `install` of servers that lock their own install (kube) runs without it.
own_lock=0
if [[ $cmd == install ]]; then
  own_lock=1
  for __n in "${names[@]}"; do
    [[ " ${TS_SERVERS_OWN_INSTALL_LOCK[*]} " == *" $__n "* ]] || own_lock=0
  done
fi
if [[ $cmd != status && $own_lock -eq 0 && -z ${ONERING_TEST_SERVERS_LOCKED:-} ]]; then
  mkdir -p "$TS_DIR"
  export ONERING_TEST_SERVERS_LOCKED=1
  exec flock -o -w 900 "$TS_DIR/.lock" bash "${BASH_SOURCE[0]}" "$cmd" "${names[@]}"
fi
unset ONERING_TEST_SERVERS_LOCKED

rc=0
case "$cmd" in
  install)
    for n in "${names[@]}"; do ts_do_install "$n"; done
    ;;
  start)
    # Prepare each server in turn (ports, secrets, data), then let them come
    # up in parallel: the JVM servers take seconds.
    bg_pids=()
    bg_names=()
    order=()
    for n in pulsar kafka kube s3 postgres ldap redis sshd; do # slowest first
      [[ " ${names[*]} " == *" $n "* ]] && order+=("$n")
    done
    for n in "${order[@]}"; do
      if (ts_is_running "$n"); then
        ts_log "$n already running (pid $(ts_pid_of "$n")): kept as it is"
        touch "$TS_DIR/$n/started"
        continue
      fi
      ts_run ts_do_prepare "$n"
      if [[ $TS_RC -ne 0 ]]; then
        ts_log "ERROR: $n: could not prepare its state"
        rc=1
        continue
      fi
      (ts_launch_server "$n") &
      bg_pids+=($!)
      bg_names+=("$n")
    done
    for i in "${!bg_pids[@]}"; do
      wait "${bg_pids[$i]}" || { ts_log "ERROR: ${bg_names[$i]} did not start"; rc=1; }
    done
    ts_write_env_file
    [[ $rc -eq 0 ]] && ts_log "env file: $TS_ENV_FILE (source it)"
    ;;
  restart)
    for n in "${names[@]}"; do
      ts_run ts_do_restart "$n"
      [[ $TS_RC -eq 0 ]] || rc=1
    done
    ts_write_env_file
    ;;
  stop)
    for n in "${names[@]}"; do
      ts_run ts_do_stop "$n"
      [[ $TS_RC -eq 0 ]] || rc=1
    done
    ts_write_env_file
    ;;
  kill)
    for n in "${names[@]}"; do
      ts_run ts_do_kill "$n"
      [[ $TS_RC -eq 0 ]] || rc=1
    done
    ;;
  clean)
    for n in "${names[@]}"; do
      ts_run ts_do_stop "$n"
      [[ $TS_RC -eq 0 ]] && ts_run ts_do_clean "$n"
      [[ $TS_RC -eq 0 ]] || rc=1
    done
    ts_write_env_file
    ;;
  status)
    for n in "${names[@]}"; do ts_do_status "$n" || rc=3; done
    ;;
esac
exit "$rc"
