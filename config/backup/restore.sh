#!/usr/bin/env bash
# Restores what backup.sh keeps; run in the backup container (docker exec onering-<stack>-backup restore.sh ...).
#   restore.sh buckets                        every bucket back from the off-host copy (a new or emptied host first)
#   restore.sh postgres DATABASE [STAMP]      the dump STAMP (default: the newest) into the database, replacing its
#                                             objects; the database and its roles exist already (the stack made them)
#   restore.sh clickhouse DATABASE STAMP      ClickHouse's RESTORE of that backup (the database must not exist)
source "$(dirname "$0")/settings.sh"
backups="platform:$ONERING_BACKUP_BUCKET"
what=${1:-}
case "$what" in
  buckets)
    for bucket in ${ONERING_BACKUP_BUCKETS:?}; do
      rclone copy "offsite:$ONERING_OFFSITE_PATH/$bucket" "platform:$bucket"
      log "restore: $bucket copied back from $ONERING_OFFSITE_PATH/$bucket"
    done ;;
  postgres)
    database=${2:?restore.sh postgres DATABASE [STAMP]}
    stamp=${3:-$(rclone lsf "$backups/postgres/$database/" | sed -n 's/\.dump$//p' | sort | tail -n 1)}
    [ -n "$stamp" ] || { echo "restore: no dump of $database in $backups/postgres/$database/" >&2; exit 1; }
    rclone cat "$backups/postgres/$database/$stamp.dump" | pg_restore --clean --if-exists --exit-on-error --dbname="$database"
    log "restore: $database restored from its dump $stamp" ;;
  clickhouse)
    database=${2:?restore.sh clickhouse DATABASE STAMP}
    stamp=${3:?restore.sh clickhouse DATABASE STAMP}
    headers=$(mktemp)
    trap 'rm -f "$headers"' EXIT
    printf 'X-ClickHouse-User: %s\nX-ClickHouse-Key: %s\n' "$ONERING_CLICKHOUSE_USER" "$(cat "$ONERING_CLICKHOUSE_PASSWORD_FILE")" >"$headers"
    source_url="$ONERING_OBJECT_STORE_ENDPOINT/$ONERING_BACKUP_BUCKET/clickhouse/$database/$stamp/"
    curl --fail-with-body -sS -H @"$headers" "${ONERING_CLICKHOUSE_URL:?}" --data-binary \
      "RESTORE DATABASE $database FROM S3('$source_url', '$RCLONE_CONFIG_PLATFORM_ACCESS_KEY_ID', '$RCLONE_CONFIG_PLATFORM_SECRET_ACCESS_KEY')" >/dev/null
    log "restore: clickhouse $database restored from $stamp" ;;
  *)
    echo "usage: restore.sh buckets | postgres DATABASE [STAMP] | clickhouse DATABASE STAMP" >&2
    exit 2 ;;
esac
