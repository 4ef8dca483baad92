#!/usr/bin/env bash
# Measures the README's test command (scripts/test.sh) as CI runs it: on a fresh clone of HEAD, RUNS times in a row,
# with HOGS busy-loop processes (`yes`) beside it to load the cores. Machine caches stay warm (Maven repository,
# uv and pip caches); everything under the clone's .work/ is new each time. Writes the per-stage wall times into
# docs/benchmarks.md between the bench-test-command markers.
# Usage: scripts/bench-test-command.sh [RUNS=2] [HOGS=number of cores]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-2}
hogs=${2:-$(nproc)}
out=$(mktemp -d)
trap 'kill "${hog_pids[@]}" 2>/dev/null || true; rm -rf "$out"' EXIT

hog_pids=()
for _ in $(seq 1 "$hogs"); do
  yes >/dev/null &
  hog_pids+=($!)
done

for run in $(seq 1 "$runs"); do
  clone=$out/clone-$run
  git clone -q "$root" "$clone"
  started=$(date +%s)
  rc=0
  (cd "$clone" && .ci/run) >"$out/run-$run.log" 2>&1 || rc=$?
  total=$(( $(date +%s) - started ))
  # "test: stage <name>: <n> s (exit k)" -> "<name>\t<n> s (exit k)"; stage names may contain ": " themselves, and
  # Maven leaves colour codes without a newline before the line that follows it.
  grep -o 'test: stage .*' "$out/run-$run.log" | sed -E 's/^test: stage (.*): ([0-9]+ s \(exit [0-9]+\))$/\1\t\2/' >"$out/stages-$run"
  printf 'whole command, clone excluded\t%s s (exit %s)\n' "$total" "$rc" >>"$out/stages-$run"
  java=$(grep -E 'Tests run: [0-9]+, Failures' "$out/run-$run.log" | tail -1 | sed 's/^\[[A-Z]*\] //')
  python=$(grep -E '^[0-9]+ (passed|failed)' "$out/run-$run.log" | paste -sd ';' -)
  echo "run $run: exit $rc in $total s; java: $java; python: $python"
  printf 'result\tJava: %s; Python: %s\n' "$java" "$python" >>"$out/stages-$run"
done

PYTHONPATH="$root/scripts/lib" python3 - "$root/docs/benchmarks.md" "$out" "$runs" "$hogs" "$(git rev-parse --short HEAD)" <<'PY'
import os, sys
import measured_section
doc, out, runs, hogs, commit = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
table = {}
extra = []
for run in range(1, runs + 1):
    for line in open(os.path.join(out, f"stages-{run}")):
        name, _, value = line.rstrip("\n").partition("\t")
        if name == "result":
            extra.append(f"- run {run}: {value}")
        else:
            table.setdefault(name, []).append(value)
when, machine = measured_section.machine()
measured_section.replace(doc, "bench-test-command", "scripts/bench-test-command.sh", [
    f"Measured {when} at `{commit}` on {machine}, with {hogs} `yes` processes busy beside it; each run a fresh clone, "
    "machine caches (Maven, uv, pip) warm.",
    "",
    "| stage | " + " | ".join(f"run {r}" for r in range(1, runs + 1)) + " |",
    "| --- |" + " ---: |" * runs,
] + [f"| {name} | " + " | ".join(values) + " |" for name, values in table.items()] + [""] + extra)
PY
