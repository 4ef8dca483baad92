# shellcheck shell=bash disable=SC2034,SC1090
# OpenLDAP slapd test server: our own slapd.conf (core/cosine/nis/inetorgperson,
# back_mdb), suffix dc=oner,dc=local with ou=people and ou=groups, rootdn
# cn=admin,dc=oner,dc=local with a generated password, memberof + refint
# overlays when their modules are there. Usage: scripts/test-servers.sh CMD ldap.

LDAP_SLAPD="${ONERING_TEST_SLAPD:-/usr/sbin/slapd}"
LDAP_MODULE_DIR="${ONERING_TEST_SLAPD_MODULES:-/usr/lib/ldap}"
LDAP_SCHEMA_DIR="${ONERING_TEST_SLAPD_SCHEMA:-/etc/ldap/schema}"
LDAP_SUFFIX="dc=oner,dc=local"
LDAP_ROOTDN="cn=admin,$LDAP_SUFFIX"

ldap_install() {
  if [[ ! -x $LDAP_SLAPD ]] || ! command -v ldapsearch >/dev/null || ! command -v slappasswd >/dev/null; then
    ts_apt_install slapd ldap-utils
  fi
  return 0
}

ldap_marker() { (source "$TS_DIR/ldap/state.env" && echo "-f $CONF"); }

ldap_init() {
  [[ -x $LDAP_SLAPD ]] || ts_die "slapd is not installed: run scripts/test-servers.sh install ldap"
  local dir="$TS_DIR/ldap" hash
  ts_claim_port PORT
  PORTS="$PORT"
  PASSWORD="$(ts_secret)"
  CONF="$dir/slapd.conf"
  DATA="$dir/data"
  LOG="$dir/slapd.log"
  PWFILE="$dir/admin.pw"
  ts_save_state ldap PORT PORTS PASSWORD CONF DATA LOG PWFILE
  mkdir -p "$DATA"
  (umask 077 && printf '%s' "$PASSWORD" >"$PWFILE")
  hash="$(slappasswd -h '{SSHA}' -s "$PASSWORD")" || return 1

  local overlays="" s
  if [[ -e $LDAP_MODULE_DIR/memberof.la || -e $LDAP_MODULE_DIR/memberof.so ]] &&
    [[ -e $LDAP_MODULE_DIR/refint.la || -e $LDAP_MODULE_DIR/refint.so ]]; then
    overlays=1
  fi
  {
    for s in core cosine nis inetorgperson; do echo "include $LDAP_SCHEMA_DIR/$s.schema"; done
    echo "pidfile $dir/slapd.pid"
    echo "argsfile $dir/slapd.args"
    echo "modulepath $LDAP_MODULE_DIR"
    echo "moduleload back_mdb"
    [[ -n $overlays ]] && printf 'moduleload memberof\nmoduleload refint\n'
    cat <<EOF
database mdb
maxsize 268435456
suffix "$LDAP_SUFFIX"
rootdn "$LDAP_ROOTDN"
rootpw $hash
directory $DATA
index objectClass eq
index uid,cn,member eq
EOF
    [[ -n $overlays ]] && cat <<'EOF'

overlay memberof
memberof-refint TRUE
overlay refint
refint_attributes member
EOF
  } >"$CONF"
  chmod 600 "$CONF"

  cat >"$dir/base.ldif" <<EOF
dn: $LDAP_SUFFIX
objectClass: dcObject
objectClass: organization
dc: oner
o: OneRing test directory

dn: ou=people,$LDAP_SUFFIX
objectClass: organizationalUnit
ou: people

dn: ou=groups,$LDAP_SUFFIX
objectClass: organizationalUnit
ou: groups
EOF
  "${LDAP_SLAPD%slapd}slapadd" -f "$CONF" -l "$dir/base.ldif" -q >"$dir/slapadd.log" 2>&1 || {
    ts_log "slapadd failed:"
    sed 's/^/    | /' "$dir/slapadd.log" >&2
    return 1
  }
}

ldap_launch() {
  local pidfile="$TS_DIR/ldap/pid"
  # -d stats: stay in the foreground (our PID) and log errors and one line per
  # operation to stderr, i.e. our log (-d 0 would log nothing at all).
  ts_launch "$pidfile" "$LOG" "$LDAP_SLAPD" -f "$CONF" -h "ldap://127.0.0.1:$PORT/" -d stats
  ts_wait_ready ldap "$(<"$pidfile")" "$LOG" \
    ldapsearch -x -o nettimeout=3 -H "ldap://127.0.0.1:$PORT" -D "$LDAP_ROOTDN" -y "$PWFILE" \
    -b "$LDAP_SUFFIX" -s base -LLL dn
}

ldap_env() {
  ts_export ONERING_TEST_LDAP_URL "ldap://127.0.0.1:$PORT"
  ts_export ONERING_TEST_LDAP_HOST 127.0.0.1
  ts_export ONERING_TEST_LDAP_PORT "$PORT"
  ts_export ONERING_TEST_LDAP_BASE_DN "$LDAP_SUFFIX"
  ts_export ONERING_TEST_LDAP_ADMIN_DN "$LDAP_ROOTDN"
  ts_export ONERING_TEST_LDAP_ADMIN_PASSWORD "$PASSWORD"
}

[[ ${BASH_SOURCE[0]} != "$0" ]] || {
  source "$(dirname "$0")/common.sh"
  ts_server_main ldap "$@"
}
