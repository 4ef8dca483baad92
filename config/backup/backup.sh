#!/usr/bin/env bash
# One backup run: a dump of each PostgreSQL database and a ClickHouse BACKUP of each of its databases into the
# platform's backups bucket, dumps older than the retention deleted, then every bucket copied off-host. A dump is
# uploaded under a partial name and renamed when complete, so a failed run never leaves a dump that looks whole.
# Exit status non-zero when any step failed (schedule.sh records it; the container then reports unhealthy).
source "$(dirname "$0")/settings.sh"
: "${ONERING_BACKUP_DATABASES:?}" "${ONERING_BACKUP_BUCKETS:?}" "${ONERING_BACKUP_RETENTION_DAYS:?}"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
backups="platform:$ONERING_BACKUP_BUCKET"

for database in $ONERING_BACKUP_DATABASES; do
  target="$backups/postgres/$database/$stamp.dump"
  pg_dump --format=custom --dbname="$database" | rclone rcat "$target.partial"
  rclone moveto "$target.partial" "$target"
  log "postgres: $database dumped to $target"
done

if [ -n "${ONERING_CLICKHOUSE_URL:-}" ]; then
  headers=$(mktemp)
  trap 'rm -f "$headers"' EXIT
  # Credentials in headers read from a file: never on a command line that ps shows.
  printf 'X-ClickHouse-User: %s\nX-ClickHouse-Key: %s\n' "$ONERING_CLICKHOUSE_USER" "$(cat "$ONERING_CLICKHOUSE_PASSWORD_FILE")" >"$headers"
  for database in $ONERING_CLICKHOUSE_DATABASES; do
    destination="$ONERING_OBJECT_STORE_ENDPOINT/$ONERING_BACKUP_BUCKET/clickhouse/$database/$stamp/"
    curl --fail-with-body -sS -H @"$headers" "$ONERING_CLICKHOUSE_URL" --data-binary \
      "BACKUP DATABASE $database TO S3('$destination', '$RCLONE_CONFIG_PLATFORM_ACCESS_KEY_ID', '$RCLONE_CONFIG_PLATFORM_SECRET_ACCESS_KEY')" >/dev/null
    log "clickhouse: $database backed up to $destination"
  done
fi

rclone delete --min-age "${ONERING_BACKUP_RETENTION_DAYS}d" "$backups"
log "retention: removed what was older than $ONERING_BACKUP_RETENTION_DAYS days from $backups"

for bucket in $ONERING_BACKUP_BUCKETS; do
  rclone sync "platform:$bucket" "offsite:$ONERING_OFFSITE_PATH/$bucket"
  log "offsite: $bucket copied to $ONERING_OFFSITE_PATH/$bucket"
done
log "backup $stamp complete"
