# Step timing and the checks between steps (sourced by scripts/e2e.sh and scripts/e2e-vps.sh; expects $root, $work,
# and the report's place: $report_doc, the measured section $report_section in it, and the $report_script it names).

: >"$work/timings.tsv"

# Stops the run; docs/e2e.md then shows the steps that passed and the one that failed.
fail() {
  echo "e2e: FAILED: $*" >&2
  record "**FAILED**: $*" 0
  write_report
  exit 1
}

record() {
  printf '%s\t%s\n' "$1" "$2" >>"$work/timings.tsv"
}

# step TITLE COMMAND...: runs the command, its output to .work/e2e/<n>.log, and records its wall time.
step() {
  local title=$1
  shift
  local n log started elapsed
  n=$(wc -l <"$work/timings.tsv")
  log=$work/step-$n.log
  echo "e2e: $title"
  started=$(date +%s)
  if ! "$@" >"$log" 2>&1; then
    tail -n 40 "$log" >&2
    fail "$title (log: ${log#"$root"/})"
  fi
  elapsed=$(( $(date +%s) - started ))
  echo "e2e:   done in ${elapsed} s"
  record "$title" "$elapsed"
}

# The IDs of every image the stack's containers run, sorted: unchanged IDs mean nothing was pulled or rebuilt.
image_ids() {
  docker ps -a --filter label=com.onering.stack=e2e --format '{{.Image}}' | sort -u | xargs -r docker image inspect --format '{{.Id}}' | sort -u
}

# Re-runs one hook with `pulumi up --replace`, kills its process while it runs, and expects that `up` to fail.
kill_hook_mid_run() {
  local hook=$1 urn pid
  urn=$(pulumi stack export --stack e2e | python3 -c 'import json,sys
for r in json.load(sys.stdin)["deployment"]["resources"]:
    if r["type"] == "command:local:Command" and r["urn"].endswith("::hook-" + sys.argv[1]):
        print(r["urn"])' "$hook")
  [ -n "$urn" ] || fail "no hook $hook in the e2e stack"
  echo "e2e: re-running hook $hook and killing it mid-run"
  local started
  started=$(date +%s)
  pulumi up --yes --skip-preview "${stack[@]}" --replace "$urn" >"$work/killed-hook.log" 2>&1 &
  local up=$!
  for _ in $(seq 1 600); do
    pid=$(pgrep -f "onering.jar hook $hook" | head -n 1 || true)
    [ -n "$pid" ] && break
    sleep 0.2
  done
  [ -n "$pid" ] || { wait "$up" || true; fail "hook $hook never started (log: $work/killed-hook.log)"; }
  sleep 1
  kill -9 "$pid" 2>/dev/null || true
  if wait "$up"; then
    fail "pulumi up succeeded although hook $hook was killed (log: $work/killed-hook.log)"
  fi
  record "pulumi up with hook $hook killed mid-run (fails, as it must)" "$(( $(date +%s) - started ))"
}

# Rewrites the report's measured section from this run's timings.
write_report() {
  PYTHONPATH="$root/scripts/lib" python3 - "$report_doc" "$work/timings.tsv" "$report_section" "$report_script" <<'PY'
import platform, sys
import measured_section
doc, timings, section, script = sys.argv[1:5]
rows = [line.rstrip("\n").split("\t") for line in open(timings) if line.strip()]
when, machine = measured_section.machine()
measured_section.replace(doc, section, script, [
    f"Last run: {when} on {platform.system()} {platform.machine()}, {machine}; wall time of each step, measured by the script.",
    "",
    "| step | seconds |",
    "| --- | ---: |",
] + [f"| {title} | {seconds} |" for title, seconds in rows] + [
    f"| **total** | **{sum(int(s) for _, s in rows)}** |",
])
PY
}
