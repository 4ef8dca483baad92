#!/usr/bin/env bash
# Generates the provider SDKs in sdks/<name>/ with the official generator (`pulumi package gen-sdk --language java`)
# from the official schemas in sdks/schemas/, each reduced to the resources sdks/providers.json keeps
# (scripts/lib/schema_filter.py). Writes, per provider: schema.json (the reduced schema), src/main/java (the generated
# classes, compiled by the Maven build) and src/main/resources/com/pulumi/<name>/{plugin.json,version.txt} (the pin
# the CLI's plugin discovery and the generated Utilities read).
#   scripts/sdks.sh              regenerate sdks/<name>/ in place
#   scripts/sdks.sh --check      regenerate into a temporary folder and fail when it differs from sdks/ (the test
#                                command runs this; without the Pulumi CLI and Java language host it says so and
#                                skips)
#   scripts/sdks.sh --build-cli  first build the CLI and language host from the Go module proxy into .work/pulumi
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
mode=write
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  --build-cli) mode=write
    # shellcheck source=lib/e2e-tools.sh
    source "$root/scripts/lib/e2e-tools.sh"
    ensure_pulumi_cli ;;
  *) echo "usage: scripts/sdks.sh [--check|--build-cli]" >&2; exit 2 ;;
esac

export PATH=$root/.work/pulumi/bin:$PATH PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
if ! command -v pulumi >/dev/null || ! command -v pulumi-language-java >/dev/null; then
  if [ "$mode" = check ]; then
    echo "sdks: check skipped: the Pulumi CLI and pulumi-language-java are not on PATH or in .work/pulumi/bin" \
      "(scripts/sdks.sh --build-cli builds them from the Go module proxy, about 15 min of CPU)"
    exit 0
  fi
  echo "sdks: the Pulumi CLI and pulumi-language-java are needed; run scripts/sdks.sh --build-cli" >&2
  exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=$root/sdks
[ "$mode" = check ] && out=$work/sdks

# name version token... per line, from sdks/providers.json
python3 - "$root/sdks/providers.json" >"$work/providers" <<'PY'
import json, sys
for name, provider in sorted(json.load(open(sys.argv[1])).items()):
    print(name, provider["version"], *provider["resources"])
PY

while read -r name version tokens; do
  target=$out/$name
  rm -rf "$target"
  mkdir -p "$target/src/main/resources/com/pulumi/$name"
  # shellcheck disable=SC2086
  python3 "$root/scripts/lib/schema_filter.py" "$root/sdks/schemas/$name-$version.json" "$target/schema.json" $tokens
  pulumi package gen-sdk "$target/schema.json" --language java --version "$version" --out "$work/gen-$name" \
    >"$work/gen-$name.log" 2>&1 || { cat "$work/gen-$name.log" >&2; echo "sdks: generating $name failed" >&2; exit 1; }
  cp -r "$work/gen-$name/java/src/main/java" "$target/src/main/java"
  printf '{\n  "resource": true,\n  "name": "%s",\n  "version": "%s"\n}\n' "$name" "$version" \
    >"$target/src/main/resources/com/pulumi/$name/plugin.json"
  printf '%s\n' "$version" >"$target/src/main/resources/com/pulumi/$name/version.txt"
  echo "sdks: $name $version: $(find "$target/src/main/java" -name '*.java' | wc -l) classes from $(wc -w <<<"$tokens") resources"
done <"$work/providers"

if [ "$mode" = check ]; then
  if ! diff -r -q "$root/sdks" "$out" -x schemas -x providers.json -x README.md -x .gitattributes >"$work/diff"; then
    echo "sdks: the committed SDKs differ from a regeneration (run scripts/sdks.sh and commit the result):" >&2
    cat "$work/diff" >&2
    exit 1
  fi
  echo "sdks: the committed SDKs match a regeneration"
fi
