#!/bin/sh
# Starts slapd for the platform directory: writes slapd.conf for LDAP_SUFFIX with the hashed admin password,
# creates the suffix entry on an empty database, then runs slapd in the foreground as the openldap user.
# Entries below the suffix are declared by the stack and applied by the ldap-directory hook.
set -eu

: "${LDAP_SUFFIX:?LDAP_SUFFIX must name the directory suffix, e.g. dc=oner,dc=local}"
: "${LDAP_ADMIN_PASSWORD_FILE:?LDAP_ADMIN_PASSWORD_FILE must name the file holding the admin password}"
port="${LDAP_PORT:-389}"
data_dir="${LDAP_DATA_DIR:-/var/lib/ldap}"
run_dir="${LDAP_RUN_DIR:-/run/slapd}"
schema_dir=/etc/ldap/schema
module_dir=/usr/lib/ldap
conf="$run_dir/slapd.conf"
user=openldap

mkdir -p "$data_dir" "$run_dir"
umask 077

# The password is a file (placed by the provisioner, not in the container's environment) and slappasswd hashes its
# whole content, so it never appears on a command line.
hash="$(slappasswd -h '{SSHA}' -T "$LDAP_ADMIN_PASSWORD_FILE")"

cat >"$conf" <<CONF
include $schema_dir/core.schema
include $schema_dir/cosine.schema
include $schema_dir/nis.schema
include $schema_dir/inetorgperson.schema
pidfile $run_dir/slapd.pid
argsfile $run_dir/slapd.args
modulepath $module_dir
moduleload back_mdb
moduleload memberof
moduleload refint

database mdb
maxsize 268435456
suffix "$LDAP_SUFFIX"
rootdn "cn=admin,$LDAP_SUFFIX"
rootpw $hash
directory $data_dir
index objectClass eq
index uid,cn,member,memberOf eq

# Passwords: a user may change their own; anyone may bind; nobody reads them. The root DN bypasses these rules.
access to attrs=userPassword
  by self =xw
  by anonymous auth
  by * none
access to dn.base="" by * read
access to dn.base="cn=Subschema" by * read
# Authenticated users and service accounts (Keycloak federation, PostgreSQL, ClickHouse role mapping) read the rest.
access to *
  by users read
  by * none

# memberOf on people follows group membership; refint keeps member values valid when people are removed.
overlay memberof
memberof-refint TRUE
overlay refint
refint_attributes member
CONF

if [ ! -e "$data_dir/data.mdb" ]; then
  first_dc="$(printf '%s' "$LDAP_SUFFIX" | sed -e 's/^dc=//' -e 's/,.*$//')"
  printf 'dn: %s\nobjectClass: top\nobjectClass: dcObject\nobjectClass: organization\ndc: %s\no: OneRing platform directory\n' \
    "$LDAP_SUFFIX" "$first_dc" | slapadd -f "$conf" -q
fi

if [ "$(id -u)" = 0 ]; then
  chown -R "$user:$user" "$data_dir" "$run_dir"
  exec slapd -f "$conf" -h "ldap://0.0.0.0:$port/" -u "$user" -g "$user" -d stats
fi
exec slapd -f "$conf" -h "ldap://0.0.0.0:$port/" -d stats
