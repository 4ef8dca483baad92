#!/usr/bin/env bash
# The docs' diagrams parsed by the real Mermaid parser (pinned in package-lock.json): the architecture pages that
# `bin/onering docs` writes, and every other Markdown file under docs/ with a diagram. Installs Node.js from Debian
# when it is missing.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v npm >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
npm ci --no-audit --no-fund --loglevel=error
mapfile -t pages < <(grep -l '```mermaid' ../../docs/*.md)
node check-mermaid.mjs "${pages[@]}"
