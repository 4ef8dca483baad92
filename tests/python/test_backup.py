"""The backup job's scripts (config/backup/) against the real PostgreSQL and S3 test servers, with the tools its image
installs (Debian's pg_dump/pg_restore and rclone), checked with independent clients (psycopg, boto3).

The S3 test server plays both object stores: the platform's (its buckets and the backups bucket) and the off-host
target (a bucket of its own). No ClickHouse server runs here: the scripts' `curl` to ClickHouse's HTTP interface is
answered by a stand-in that checks the credentials headers and runs the posted statement in chDB, ClickHouse's own
engine in-process, so the BACKUP and RESTORE statements the scripts write run for real against the S3 server.
"""
import os
import stat
import subprocess
import sys
import uuid
from pathlib import Path

import boto3
import psycopg
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "config" / "backup"


@pytest.fixture()
def s3():
    return boto3.client("s3", endpoint_url=os.environ["ONERING_TEST_S3_ENDPOINT"],
                        aws_access_key_id=os.environ["ONERING_TEST_S3_ACCESS_KEY"],
                        aws_secret_access_key=os.environ["ONERING_TEST_S3_SECRET_KEY"],
                        region_name=os.environ["ONERING_TEST_S3_REGION"])


def superuser(database="postgres"):
    return psycopg.connect(host=os.environ["ONERING_TEST_PG_HOST"], port=os.environ["ONERING_TEST_PG_PORT"],
                           user=os.environ["ONERING_TEST_PG_USER"], password=os.environ["ONERING_TEST_PG_PASSWORD"],
                           dbname=database, autocommit=True)


@pytest.fixture()
def world(tmp_path, s3):
    """A database with rows, platform buckets with an object each, an empty off-host bucket, and the job's settings."""
    run = uuid.uuid4().hex[:8]
    database = f"backup_{run}"
    with superuser() as connection:
        connection.execute(f"CREATE DATABASE {database}")
    with superuser(database) as connection:
        connection.execute("CREATE TABLE orders (id int PRIMARY KEY, amount numeric)")
        connection.execute("INSERT INTO orders SELECT g, g * 1.5 FROM generate_series(1, 500) g")
    backups, gold, offsite = f"backups-{run}", f"gold-{run}", f"offsite-{run}"
    for bucket in (backups, gold, offsite):
        s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket=gold, Key="marts/revenue.parquet", Body=b"parquet bytes")
    secrets = {}
    for name, value in {"pg": os.environ["ONERING_TEST_PG_PASSWORD"], "s3-key": os.environ["ONERING_TEST_S3_ACCESS_KEY"],
                        "s3-secret": os.environ["ONERING_TEST_S3_SECRET_KEY"]}.items():
        secrets[name] = tmp_path / name
        secrets[name].write_text(value)
    env = {
        "PATH": os.environ["PATH"], "HOME": str(tmp_path),
        "PGHOST": os.environ["ONERING_TEST_PG_HOST"], "PGPORT": os.environ["ONERING_TEST_PG_PORT"],
        "PGUSER": os.environ["ONERING_TEST_PG_USER"], "PGPASSWORD_FILE": str(secrets["pg"]),
        "ONERING_BACKUP_BUCKET": backups, "ONERING_BACKUP_BUCKETS": f"{gold} {backups}", "ONERING_BACKUP_DATABASES": database,
        "ONERING_BACKUP_RETENTION_DAYS": "14",
        "ONERING_OBJECT_STORE_ENDPOINT": os.environ["ONERING_TEST_S3_ENDPOINT"],
        "ONERING_OBJECT_STORE_REGION": os.environ["ONERING_TEST_S3_REGION"],
        "ONERING_OBJECT_STORE_ACCESS_KEY_FILE": str(secrets["s3-key"]), "ONERING_OBJECT_STORE_SECRET_KEY_FILE": str(secrets["s3-secret"]),
        "ONERING_OFFSITE_ENDPOINT": os.environ["ONERING_TEST_S3_ENDPOINT"], "ONERING_OFFSITE_REGION": os.environ["ONERING_TEST_S3_REGION"],
        "ONERING_OFFSITE_PATH": f"{offsite}/daily",
        "ONERING_OFFSITE_ACCESS_KEY_FILE": str(secrets["s3-key"]), "ONERING_OFFSITE_SECRET_KEY_FILE": str(secrets["s3-secret"]),
    }
    yield {"database": database, "backups": backups, "gold": gold, "offsite": offsite, "env": env, "tmp": tmp_path}
    with superuser() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


CLICKHOUSE_STAND_IN = """#!{python}
# curl as backup.sh and restore.sh call it for ClickHouse: -H @headers URL --data-binary SQL. Checks the credentials
# headers like the server would, then runs the statement in chDB (its data under CHDB_PATH).
import sys
from chdb import session
args = sys.argv[1:]
headers = dict(line.split(": ", 1) for line in open(args[args.index("-H") + 1][1:]).read().splitlines())
if headers != {{"X-ClickHouse-User": "{user}", "X-ClickHouse-Key": "{password}"}}:
    print("Code: 516. Authentication failed", file=sys.stderr)
    sys.exit(22)
try:
    print(session.Session("{path}").query(args[args.index("--data-binary") + 1]))
except Exception as error:
    print(error, file=sys.stderr)
    sys.exit(22)
"""


@pytest.fixture()
def clickhouse(world):
    """The stand-in curl first on PATH, an analytics database with rows, and the job's ClickHouse settings."""
    bin_dir = world["tmp"] / "bin"
    bin_dir.mkdir()
    password = world["tmp"] / "clickhouse-password"
    password.write_text("ch-secret")
    shim = bin_dir / "curl"
    shim.write_text(CLICKHOUSE_STAND_IN.format(python=sys.executable, user="oner_admin", password="ch-secret",
                                               path=world["tmp"] / "chdb"))
    shim.chmod(shim.stat().st_mode | stat.S_IEXEC)
    env = {**world["env"], "PATH": f"{bin_dir}:{os.environ['PATH']}", "ONERING_CLICKHOUSE_URL": "http://clickhouse:8123",
           "ONERING_CLICKHOUSE_USER": "oner_admin", "ONERING_CLICKHOUSE_PASSWORD_FILE": str(password),
           "ONERING_CLICKHOUSE_DATABASES": "analytics"}
    headers = world["tmp"] / "headers"
    headers.write_text("X-ClickHouse-User: oner_admin\nX-ClickHouse-Key: ch-secret\n")
    def sql(statement):
        return subprocess.run([str(shim), "-H", f"@{headers}", "http://clickhouse:8123", "--data-binary", statement],
                              capture_output=True, text=True, check=True, timeout=300).stdout.strip()
    sql("CREATE DATABASE analytics")
    sql("CREATE TABLE analytics.daily_revenue (day Date, revenue Decimal(18, 2)) ENGINE = MergeTree ORDER BY day")
    sql("INSERT INTO analytics.daily_revenue SELECT toDate('2026-01-01') + number, number * 10 FROM numbers(90)")
    return {"env": env, "sql": sql}


def script(name, env, *args):
    result = subprocess.run(["bash", str(SCRIPTS / name), *args], env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{name} {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def keys(s3, bucket, prefix=""):
    return sorted(o["Key"] for o in s3.list_objects_v2(Bucket=bucket, Prefix=prefix).get("Contents", []))


def test_a_run_dumps_every_database_and_copies_every_bucket_off_host(world, s3):
    output = script("backup.sh", world["env"])
    dumps = keys(s3, world["backups"], f"postgres/{world['database']}/")
    assert len(dumps) == 1 and dumps[0].endswith(".dump"), dumps
    assert not any(k.endswith(".partial") for k in keys(s3, world["backups"])), "a finished run leaves no partial dump"
    dump = s3.get_object(Bucket=world["backups"], Key=dumps[0])["Body"].read()
    assert dump.startswith(b"PGDMP"), "pg_dump's custom format"
    assert keys(s3, world["offsite"]) == sorted([f"daily/{world['gold']}/marts/revenue.parquet", f"daily/{world['backups']}/{dumps[0]}"])
    assert "complete" in output


def test_dumps_past_the_retention_go_and_newer_ones_stay(world, s3):
    # rclone keeps a file's modification time in the object's metadata and ages objects by it.
    old = world["tmp"] / "old.dump"
    old.write_bytes(b"PGDMP old")
    os.utime(old, (1_000_000_000, 1_000_000_000))
    remote_env = {**world["env"], "RCLONE_CONFIG": "/dev/null", **_rclone_remote(world["env"])}
    aged = f"{world['backups']}/postgres/{world['database']}/20010909T014640Z.dump"
    subprocess.run(["rclone", "copyto", str(old), f"platform:{aged}"], env=remote_env, check=True, capture_output=True)
    assert len(keys(s3, world["backups"], "postgres/")) == 1
    script("backup.sh", world["env"])
    remaining = keys(s3, world["backups"], "postgres/")
    assert len(remaining) == 1 and not remaining[0].endswith("20010909T014640Z.dump"), remaining
    assert f"daily/{world['backups']}/postgres/{world['database']}/20010909T014640Z.dump" not in keys(s3, world["offsite"]), \
        "the off-host copy mirrors the retention"


def test_restore_brings_a_database_back_from_its_newest_dump(world):
    script("backup.sh", world["env"])
    with superuser(world["database"]) as connection:
        connection.execute("DELETE FROM orders WHERE id > 10")
        connection.execute("UPDATE orders SET amount = 0")
    script("restore.sh", world["env"], "postgres", world["database"])
    with superuser(world["database"]) as connection:
        assert connection.execute("SELECT count(*), sum(amount) FROM orders").fetchone() == (500, 187875)


def test_restore_of_the_buckets_refills_an_emptied_object_store(world, s3):
    script("backup.sh", world["env"])
    s3.delete_object(Bucket=world["gold"], Key="marts/revenue.parquet")
    script("restore.sh", world["env"], "buckets")
    assert s3.get_object(Bucket=world["gold"], Key="marts/revenue.parquet")["Body"].read() == b"parquet bytes"


def test_clickhouse_is_backed_up_to_the_object_store_and_restored_from_it(world, clickhouse, s3):
    script("backup.sh", clickhouse["env"])
    backup = keys(s3, world["backups"], "clickhouse/analytics/")
    stamps = {key.split("/")[2] for key in backup}
    assert len(stamps) == 1 and any(key.endswith("/.backup") for key in backup), backup
    assert any(key.startswith(f"daily/{world['backups']}/clickhouse/analytics/") for key in keys(s3, world["offsite"])), \
        "ClickHouse's backup goes off-host with the rest"
    clickhouse["sql"]("DROP DATABASE analytics SYNC")
    script("restore.sh", clickhouse["env"], "clickhouse", "analytics", stamps.pop())
    assert clickhouse["sql"]("SELECT count(), sum(revenue) FROM analytics.daily_revenue FORMAT TSV") == "90\t40050"


def test_wrong_clickhouse_credentials_fail_the_run(world, clickhouse):
    Path(clickhouse["env"]["ONERING_CLICKHOUSE_PASSWORD_FILE"]).write_text("not the password")
    result = subprocess.run(["bash", str(SCRIPTS / "backup.sh")], env=clickhouse["env"], capture_output=True, text=True, timeout=600)
    assert result.returncode != 0 and "Authentication failed" in result.stderr, result.stderr


def test_a_database_without_a_dump_is_named_and_nothing_is_touched(world):
    result = subprocess.run(["bash", str(SCRIPTS / "restore.sh"), "postgres", world["database"]], env=world["env"],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 1 and f"no dump of {world['database']}" in result.stderr, result.stderr
    with superuser(world["database"]) as connection:
        assert connection.execute("SELECT count(*) FROM orders").fetchone() == (500,)


def _rclone_remote(env):
    """The platform remote as settings.sh defines it, for placing a file the way an earlier run would have."""
    return {"RCLONE_CONFIG_PLATFORM_TYPE": "s3", "RCLONE_CONFIG_PLATFORM_PROVIDER": "Other",
            "RCLONE_CONFIG_PLATFORM_ENDPOINT": env["ONERING_OBJECT_STORE_ENDPOINT"],
            "RCLONE_CONFIG_PLATFORM_REGION": env["ONERING_OBJECT_STORE_REGION"],
            "RCLONE_CONFIG_PLATFORM_FORCE_PATH_STYLE": "true",
            "RCLONE_CONFIG_PLATFORM_ACCESS_KEY_ID": os.environ["ONERING_TEST_S3_ACCESS_KEY"],
            "RCLONE_CONFIG_PLATFORM_SECRET_ACCESS_KEY": os.environ["ONERING_TEST_S3_SECRET_KEY"]}
