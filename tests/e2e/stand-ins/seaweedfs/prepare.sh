#!/usr/bin/env bash
# Builds SeaweedFS's weed into $2. The Go module proxy serves SeaweedFS only as pseudo-versions of its main branch, so
# the stand-in is the newest one it serves, not the image tag $1 (docs/e2e.md says so).
set -euo pipefail
context=$2
module=$(mktemp -d)
trap 'rm -rf "$module"' EXIT
cd "$module"
go mod init onering-stand-in-seaweedfs >/dev/null 2>&1
# Quiet unless it fails: go lists every module it downloads.
go get github.com/seaweedfs/seaweedfs/weed@latest >go.log 2>&1 || { cat go.log >&2; exit 1; }
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o "$context/weed" github.com/seaweedfs/seaweedfs/weed
