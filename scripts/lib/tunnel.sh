# The providers' SSH tunnel (sourced by scripts/up.sh and scripts/pulumi.sh; expects the built jar).

# hold_provider_tunnel STACK STACK_FILE: for a stack on a remote host, opens the SSH tunnel through which the PostgreSQL
# and Keycloak providers reach their servers on the host's loopback (bin/onering tunnel gives its arguments), and
# closes it when the calling script exits. Prints nothing and opens nothing for a local stack.
hold_provider_tunnel() {
  local stack=$1 stack_file=$2 tunnel
  mapfile -t tunnel < <(bin/onering tunnel --stack "$stack" --config-file "$stack_file")
  [ ${#tunnel[@]} -gt 0 ] || return 0
  provider_tunnel_control=$(mktemp -u "${TMPDIR:-/tmp}/onering-tunnel.XXXXXX")
  if ! ssh -f -o ControlMaster=yes -o ControlPath="$provider_tunnel_control" "${tunnel[@]}"; then
    echo "${0##*/}: the providers' SSH tunnel did not open (ssh ${tunnel[*]}); a local port taken by a server of this machine is named above" >&2
    return 2
  fi
  trap 'ssh -o ControlPath="$provider_tunnel_control" -O exit tunnel 2>/dev/null || true' EXIT
  echo "${0##*/}: the PostgreSQL and Keycloak providers reach ${tunnel[-1]} through an SSH tunnel for this run"
}
