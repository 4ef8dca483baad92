# Debian packages the project's scripts need, installed only when their command is missing (sourced).
# debian_need CMD:PACKAGE...: one apt-get update and install for every missing command; through sudo when not root.
debian_need() {
  local missing=() pair sudo=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "installing ${missing[*]} from Debian" >&2
  "${sudo[@]}" apt-get update -qq >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
