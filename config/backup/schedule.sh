#!/usr/bin/env bash
# The backup container's process: runs backup.sh every day at ONERING_BACKUP_TIME (HH:MM, UTC). A failed run is
# logged and recorded in the status file the health check reads; the next day's run goes ahead regardless.
set -uo pipefail
: "${ONERING_BACKUP_TIME:?}" "${ONERING_BACKUP_STATUS:?}"
echo waiting >"$ONERING_BACKUP_STATUS"
while true; do
  now=$(date -u +%s)
  next=$(date -u -d "today $ONERING_BACKUP_TIME" +%s)
  [ "$next" -gt "$now" ] || next=$(date -u -d "tomorrow $ONERING_BACKUP_TIME" +%s)
  echo "next backup at $(date -u -d "@$next" +%FT%TZ)"
  sleep $((next - now))
  if /usr/local/bin/backup.sh; then
    echo ok >"$ONERING_BACKUP_STATUS"
  else
    echo failed >"$ONERING_BACKUP_STATUS"
    echo "backup failed; the next run is at $ONERING_BACKUP_TIME UTC tomorrow"
  fi
done
