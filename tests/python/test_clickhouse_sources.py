"""ClickHouse reads seed 004's PostgreSQL source tables through the platform's named collection (seed 004-15).

On the real engines: chDB (the ClickHouse engine in-process) applies every changeset of the platform's ClickHouse
changelog, whose `postgres_sources` database opens the named collection that ClickHouse.java writes to
`config.d/postgres-sources.xml` (read from the offline plan of the built jar), pointed at the PostgreSQL test server.
There the source tables come from the platform's own PostgreSQL changelog (its migrations hook), and the login gets
exactly the grants the plan declares for `clickhouse_source`. Read back with psycopg.
"""
from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET

import pytest

from conftest import CONFIG, REPO_ROOT, migrated_database, offline_plan, required_env

CHANGELOG = CONFIG / "liquibase" / "clickhouse" / "changelog.xml"
COLLECTION_FILE = "/etc/clickhouse-server/config.d/postgres-sources.xml"
PLANNED_ROLE = "clickhouse_source"
SOURCE_TABLES = ("user_activities", "inventory", "payment_transactions")
LIQUIBASE = "{http://www.liquibase.org/xml/ns/dbchangelog}"
pytestmark = pytest.mark.skipif(not (REPO_ROOT / "target" / "onering.jar").exists(),
                                reason="needs the built jar (mvn package) for the plan and the migrations hook")


@pytest.fixture(scope="module")
def pg():
    return required_env("ONERING_TEST_PG_HOST", "ONERING_TEST_PG_PORT", "ONERING_TEST_PG_USER", "ONERING_TEST_PG_PASSWORD")


@pytest.fixture(scope="module")
def plan():
    return offline_plan("dev")


def _collection(plan) -> dict[str, str]:
    clickhouse = next(r for r in plan if r["type"] == "docker:index/container:Container" and r["name"] == "clickhouse")
    content = next(u["content"] for u in clickhouse["inputs"]["uploads"] if u["file"] == COLLECTION_FILE)
    collection = ET.fromstring(content).find("named_collections/postgres_sources")
    return {element.tag: element.text for element in collection}


def _grant_statements(plan, database: str, role: str) -> list[str]:
    """The plan's Grant resources of the login, as the SQL the postgresql provider runs for them."""
    statements = []
    for grant in (r["inputs"] for r in plan if r["type"] == "postgresql:index/grant:Grant"):
        if grant["role"] != PLANNED_ROLE:
            continue
        privileges = ", ".join(grant["privileges"])
        target = {"database": f'DATABASE "{database}"', "schema": f'SCHEMA "{grant.get("schema")}"',
                  "table": f'ALL TABLES IN SCHEMA "{grant.get("schema")}"'}[grant["objectType"]]
        statements.append(f'GRANT {privileges} ON {target} TO "{role}"')
    return statements


def _changesets() -> list[tuple[str, list[str]]]:
    changesets = []
    for changeset in ET.parse(CHANGELOG).getroot().iter(LIQUIBASE + "changeSet"):
        changes = list(changeset)
        assert all(c.tag == LIQUIBASE + "sql" for c in changes), f"{changeset.get('id')}: only <sql> changes run here"
        changesets.append((changeset.get("id"), [c.text.strip() for c in changes]))
    return changesets


@pytest.fixture
def sources(pg, plan):
    """A migrated copy of the curated database and a login with the planned grants; yields (database, role, password)."""
    import psycopg

    def connect(dbname: str):
        return psycopg.connect(host=pg["ONERING_TEST_PG_HOST"], port=pg["ONERING_TEST_PG_PORT"], user=pg["ONERING_TEST_PG_USER"],
                               password=pg["ONERING_TEST_PG_PASSWORD"], dbname=dbname, autocommit=True)

    role, password = f"chsrc_{uuid.uuid4().hex[:10]}", uuid.uuid4().hex
    with migrated_database(pg, "chsrc", connect) as database:
        with connect(database) as admin:
            admin.execute(f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{password}'")
            try:
                for statement in _grant_statements(plan, database, role):
                    admin.execute(statement)
                yield database, role, password, admin
            finally:
                admin.execute(f'DROP OWNED BY "{role}"')
        with connect("postgres") as cluster:
            cluster.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_the_collection_and_the_grants_are_the_ones_planned(plan):
    collection = _collection(plan)
    assert {k: v for k, v in collection.items() if k != "password"} == {
        "host": "postgres", "port": "5432", "database": "curated", "schema": "bronze", "user": PLANNED_ROLE}
    assert collection["password"].startswith("{{secret:clickhouse-postgres-password@")
    assert sorted(_grant_statements(plan, "curated", "r")) == [
        'GRANT CONNECT ON DATABASE "curated" TO "r"', 'GRANT SELECT ON ALL TABLES IN SCHEMA "bronze" TO "r"',
        'GRANT USAGE ON SCHEMA "bronze" TO "r"']


def test_clickhouse_reads_the_source_tables_through_the_collection_and_cannot_write_or_see_other_layers(pg, plan, sources):
    from chdb import session

    database, role, password, admin = sources
    collection = _collection(plan)
    # The collection as ClickHouse.java writes it, with the address and login of this test's server.
    collection.update(host=pg["ONERING_TEST_PG_HOST"], port=pg["ONERING_TEST_PG_PORT"], database=database, user=role, password=password)
    engine = session.Session()
    try:
        engine.query("CREATE NAMED COLLECTION postgres_sources AS "
                     + ", ".join(f"{key} = '{value}'" for key, value in collection.items()))
        applied = []
        for changeset_id, statements in _changesets():
            for statement in statements:
                engine.query(statement)
            applied.append(changeset_id)
        assert "004-postgres-sources" in applied

        assert sorted(str(engine.query("SHOW TABLES FROM postgres_sources", "CSV")).replace('"', "").split()) == sorted(SOURCE_TABLES)
        for table in SOURCE_TABLES:
            expected = admin.execute(f"SELECT count(*) FROM bronze.{table}").fetchone()[0]
            assert expected > 0, table
            assert int(str(engine.query(f"SELECT count() FROM postgres_sources.{table}", "CSV")).strip()) == expected, table
        # Values, not only counts, cross the engines: the seed's three warehouses.
        warehouses = str(engine.query("SELECT arraySort(groupUniqArray(warehouse)) FROM postgres_sources.inventory", "CSV")).strip()
        expected = admin.execute("SELECT array_agg(DISTINCT warehouse ORDER BY warehouse) FROM bronze.inventory").fetchone()[0]
        assert len(expected) == 3 and all(w in warehouses for w in expected), warehouses
        created = str(engine.query("SHOW CREATE DATABASE postgres_sources", "CSV"))
        assert "PostgreSQL(postgres_sources)" in created
        assert password not in created and role not in created, "the metadata names the collection, not the login"

        with pytest.raises(Exception, match="permission denied for table user_activities"):
            engine.query("INSERT INTO postgres_sources.user_activities (activity_id) VALUES (999999)")
        with pytest.raises(Exception, match="permission denied for schema gold"):
            engine.query("SELECT count() FROM postgresql(postgres_sources, schema = 'gold', table = 'orders_snapshot')")
    finally:
        engine.close()
