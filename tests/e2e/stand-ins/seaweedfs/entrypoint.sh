#!/bin/sh
# The upstream entrypoint hands every command it has no special case for to weed; the platform uses `mini`.
exec /usr/bin/weed "$@"
