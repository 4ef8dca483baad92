#!/usr/bin/env bash
# As the official image: the server runs as valkey, owning /data.
set -euo pipefail
if [ "$(id -u)" = 0 ] && [ "${1:-}" = valkey-server ]; then
  chown -R valkey:valkey /data
  exec gosu valkey "$@"
fi
exec "$@"
