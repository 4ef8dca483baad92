# shellcheck shell=bash disable=SC2034,SC1090
# S3 test server: s3proxy (jar-with-dependencies from Maven Central) with the
# filesystem backend, aws-v2-or-v4 auth and a generated identity/credential.
# No bucket policies, CORS or lifecycle (s3proxy answers 501); buckets,
# objects, listing and auth failures (403) work.
# Usage: scripts/test-servers.sh CMD s3.

S3PROXY_VERSION="${ONERING_TEST_S3PROXY_VERSION:-4.1.0}"
S3PROXY_JAR="$TS_CACHE/s3proxy/s3proxy-$S3PROXY_VERSION-jar-with-dependencies.jar"
S3_REGION="us-east-1"

s3_install() {
  command -v java >/dev/null || ts_die "java not found (s3proxy needs Java 17)"
  [[ -s $S3PROXY_JAR ]] && return 0
  mkdir -p "$TS_CACHE/s3proxy"
  ts_log "fetching org.gaul:s3proxy:$S3PROXY_VERSION:jar-with-dependencies"
  (cd "$TS_CACHE/s3proxy" &&
    ts_mvn "$TS_MVN_DEP_PLUGIN:copy" \
      -Dartifact="org.gaul:s3proxy:$S3PROXY_VERSION:jar:jar-with-dependencies" \
      -DoutputDirectory="$TS_CACHE/s3proxy") || ts_die "could not fetch s3proxy"
  [[ -s $S3PROXY_JAR ]] || ts_die "s3proxy jar missing after fetch: $S3PROXY_JAR"
}

s3_marker() { (source "$TS_DIR/s3/state.env" && echo "--properties $PROPS"); }

s3_init() {
  [[ -s $S3PROXY_JAR ]] || ts_die "s3proxy is not installed: run scripts/test-servers.sh install s3"
  local dir="$TS_DIR/s3"
  ts_claim_port PORT
  PORTS="$PORT"
  ACCESS_KEY="AK$(ts_secret 9 | tr a-f A-F)"
  SECRET_KEY="$(ts_secret 20)"
  PROPS="$dir/s3proxy.properties"
  DATA="$dir/data"
  LOG="$dir/s3proxy.log"
  ts_save_state s3 PORT PORTS ACCESS_KEY SECRET_KEY PROPS DATA LOG
  mkdir -p "$DATA"
  (umask 077 && cat >"$PROPS" <<EOF
s3proxy.endpoint=http://127.0.0.1:$PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$ACCESS_KEY
s3proxy.credential=$SECRET_KEY
jclouds.provider=filesystem
jclouds.filesystem.basedir=$DATA
jclouds.region=$S3_REGION
EOF
  )
}

# Ready = the HTTP endpoint answers an unauthenticated request with 403.
s3_http_check() {
  python3 - "$1" <<'EOF'
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=3)
    sys.exit(1)  # anonymous access must be refused
except urllib.error.HTTPError as e:
    sys.exit(0 if e.code == 403 else 1)
except Exception:
    sys.exit(1)
EOF
}

s3_launch() {
  local pidfile="$TS_DIR/s3/pid"
  ts_launch "$pidfile" "$LOG" java -Xms32m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -jar "$S3PROXY_JAR" --properties "$PROPS"
  ts_wait_ready s3 "$(<"$pidfile")" "$LOG" s3_http_check "http://127.0.0.1:$PORT/"
}

s3_env() {
  ts_export ONERING_TEST_S3_ENDPOINT "http://127.0.0.1:$PORT"
  ts_export ONERING_TEST_S3_ACCESS_KEY "$ACCESS_KEY"
  ts_export ONERING_TEST_S3_SECRET_KEY "$SECRET_KEY"
  ts_export ONERING_TEST_S3_REGION "$S3_REGION"
}

[[ ${BASH_SOURCE[0]} != "$0" ]] || {
  source "$(dirname "$0")/common.sh"
  ts_server_main s3 "$@"
}
