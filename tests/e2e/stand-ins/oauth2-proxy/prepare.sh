#!/usr/bin/env bash
# Builds oauth2-proxy at the release of image tag $1 (v7.15.3-alpine -> v7.15.3) from the Go module proxy into $2.
set -euo pipefail
release=${1%-alpine} context=$2
module=$(mktemp -d)
trap 'rm -rf "$module"' EXIT
cd "$module"
go mod init onering-stand-in-oauth2-proxy >/dev/null 2>&1
# Quiet unless it fails: go lists every module it downloads.
go get "github.com/oauth2-proxy/oauth2-proxy/v7@$release" >go.log 2>&1 || { cat go.log >&2; exit 1; }
CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X github.com/oauth2-proxy/oauth2-proxy/v7/pkg/version.VERSION=$release" \
  -o "$context/oauth2-proxy" github.com/oauth2-proxy/oauth2-proxy/v7
