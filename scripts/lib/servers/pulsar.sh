# shellcheck shell=bash disable=SC2034,SC1090,SC1091,SC2153
# Pulsar test server: `pulsar standalone` from the server distribution on Maven
# Central: broker + one bookie in one JVM, metadata in RocksDB (no ZooKeeper),
# no functions worker, no stream storage. Broker, web (admin REST) and bookie
# ports on 127.0.0.1 only; tenant public with namespace public/default; no auth.
# Data (metadata, ledgers) survives a restart.
# Usage: scripts/test-servers.sh CMD pulsar.

PULSAR_VERSION="${ONERING_TEST_PULSAR_VERSION:-4.0.8}"
PULSAR_DIST="$TS_CACHE/apache-pulsar-$PULSAR_VERSION"

pulsar_install() {
  command -v java >/dev/null || ts_die "java not found (Pulsar needs Java 17)"
  [[ -f $PULSAR_DIST/.complete ]] && return 0
  local dl="$TS_CACHE/pulsar-download"
  local tgz="$dl/pulsar-server-distribution-$PULSAR_VERSION-bin.tar.gz"
  ts_log "fetching org.apache.pulsar:pulsar-server-distribution:$PULSAR_VERSION:tar.gz:bin (~245 MB)"
  rm -rf "$PULSAR_DIST" "$dl"
  mkdir -p "$dl"
  (cd "$dl" &&
    ts_mvn "$TS_MVN_DEP_PLUGIN:copy" \
      -Dartifact="org.apache.pulsar:pulsar-server-distribution:$PULSAR_VERSION:tar.gz:bin" \
      -DoutputDirectory="$dl") || ts_die "could not fetch the Pulsar distribution"
  [[ -s $tgz ]] || ts_die "Pulsar distribution missing after fetch: $tgz"
  tar -xzf "$tgz" -C "$dl" || ts_die "could not unpack $tgz"
  [[ -x $dl/apache-pulsar-$PULSAR_VERSION/bin/pulsar ]] || ts_die "bin/pulsar missing in $tgz"
  mv "$dl/apache-pulsar-$PULSAR_VERSION" "$PULSAR_DIST"
  rm -rf "$dl" # the tarball stays in ~/.m2
  touch "$PULSAR_DIST/.complete"
}

# On the command line of every process from launch to the JVM (bash, env,
# bin/pulsar, java): bin/pulsar is a script that execs java after a while.
pulsar_marker() { (source "$TS_DIR/pulsar/state.env" && echo "--config $CONF"); }

pulsar_init() {
  [[ -f $PULSAR_DIST/.complete ]] || ts_die "Pulsar is not installed: run scripts/test-servers.sh install pulsar"
  local dir="$TS_DIR/pulsar"
  ts_claim_port PORT
  ts_claim_port WEB_PORT
  ts_claim_port BOOKIE_PORT
  PORTS="$PORT $WEB_PORT $BOOKIE_PORT"
  CONF="$dir/standalone.conf"
  DATA="$dir/data"
  LOG="$dir/pulsar.log"
  ts_save_state pulsar PORT PORTS WEB_PORT BOOKIE_PORT CONF DATA LOG
  mkdir -p "$DATA" "$dir/logs"
  # The distribution's standalone.conf without the keys set here (BookKeeper
  # reads a repeated key as a list), then ours. allowEphemeralPorts=true makes
  # the bookie take --bookkeeper-port (else it picks a random port);
  # listeningInterface=lo keeps it on 127.0.0.1 (else 0.0.0.0).
  grep -vE '^(brokerServicePort|brokerServicePortTls|webServicePort|webServicePortTls|bindAddress|bindAddresses|advertisedAddress|advertisedListeners|internalListenerName|clusterName|allowEphemeralPorts|listeningInterface|functionsWorkerEnabled|transactionCoordinatorEnabled)=' \
    "$PULSAR_DIST/conf/standalone.conf" >"$CONF" || ts_die "could not read $PULSAR_DIST/conf/standalone.conf"
  cat >>"$CONF" <<EOF

# ---- scripts/test-servers.sh
clusterName=standalone
brokerServicePort=$PORT
webServicePort=$WEB_PORT
bindAddress=127.0.0.1
advertisedAddress=127.0.0.1
allowEphemeralPorts=true
listeningInterface=lo
functionsWorkerEnabled=false
transactionCoordinatorEnabled=false
EOF
}

pulsar_launch() {
  local dir="$TS_DIR/pulsar" pidfile="$TS_DIR/pulsar/pid"
  # bin/pulsar reads these (and conf/pulsar_env.sh, whose defaults are a 2 GiB
  # pre-touched heap and 4 GiB direct memory). PULSAR_STANDALONE_USE_ZOOKEEPER
  # would switch the metadata store to a local ZooKeeper.
  ts_launch "$pidfile" "$LOG" env -u PULSAR_STANDALONE_USE_ZOOKEEPER -u PULSAR_EXTRA_CLASSPATH \
    PULSAR_MEM="-Xms128m -Xmx512m -XX:MaxDirectMemorySize=256m" \
    PULSAR_GC="-XX:+UseSerialGC -XX:TieredStopAtLevel=1" \
    PULSAR_GC_LOG="-Xlog:gc:file=$dir/logs/gc.log:time,uptime:filecount=2,filesize=10M" \
    PULSAR_EXTRA_OPTS="-Djava.awt.headless=true" \
    PULSAR_LOG_DIR="$dir/logs" PULSAR_LOG_APPENDER=Console PULSAR_LOG_LEVEL=info \
    PULSAR_STANDALONE_CONF="$CONF" \
    "$PULSAR_DIST/bin/pulsar" standalone --config "$CONF" \
    --no-functions-worker --no-stream-storage \
    --metadata-dir "$DATA/metadata" --bookkeeper-dir "$DATA/bookkeeper" \
    --bookkeeper-port "$BOOKIE_PORT"
  ts_wait_ready pulsar "$(<"$pidfile")" "$LOG" python3 "$TS_ROOT/scripts/lib/servers/pulsar_ready.py" "http://127.0.0.1:$WEB_PORT"
}

pulsar_env() {
  ts_export ONERING_TEST_PULSAR_URL "pulsar://127.0.0.1:$PORT"
  ts_export ONERING_TEST_PULSAR_ADMIN_URL "http://127.0.0.1:$WEB_PORT"
}

[[ ${BASH_SOURCE[0]} != "$0" ]] || {
  source "$(dirname "$0")/common.sh"
  ts_server_main pulsar "$@"
}
