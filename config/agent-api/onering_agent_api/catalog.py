"""The curated tables as the API serves them: discovered from PostgreSQL's catalog, read through a read-only login.

A dataset is a table (or view) of the served schema that the API's role may SELECT; its description, columns and
primary key come from the catalog, so a table a migration adds is served without a change here. Search matches every
term (case-insensitive substring) against the dataset's text columns: a row is found when each term is in one of
them. Geometries and geographies come back as GeoJSON, times in UTC.
"""
from __future__ import annotations

import logging
import os
import queue
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import Callable, Iterator
from uuid import UUID

import psycopg
from psycopg import sql

LOG = logging.getLogger("agent-api")
_TEXT_TYPES = {"text", "varchar", "bpchar", "name", "citext"}
_SPATIAL_TYPES = {"geometry", "geography"}
MAX_TERMS = 8


class Unavailable(Exception):
    """The database cannot answer now (down, or every connection busy)."""


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    kind: str  # the pg_type name, which decides how the column is searched and rendered
    description: str | None
    key: bool

    def as_json(self) -> dict:
        return {"name": self.name, "type": self.type, "description": self.description}


@dataclass(frozen=True)
class Dataset:
    name: str
    description: str | None
    columns: tuple[Column, ...]

    @property
    def key(self) -> list[str]:
        return [c.name for c in self.columns if c.key]

    @property
    def searchable(self) -> list[str]:
        return [c.name for c in self.columns if c.kind in _TEXT_TYPES]


def connect_from_environment(password_file_variable: str = "AGENT_API_PG_PASSWORD_FILE") -> Callable[[], psycopg.Connection]:
    """A factory of read-only connections as libpq's PGHOST/PGPORT/PGDATABASE/PGUSER/PGAPPNAME say, with the password
    from the file the named variable gives. Every session is read-only, bounded in time and in UTC, whatever the role
    may do: the role's grants are the guarantee, the session settings a second one."""
    path = os.environ.get(password_file_variable, "").strip()

    def connect() -> psycopg.Connection:
        password = None
        if path:
            with open(path, encoding="utf-8") as file:
                password = file.read().strip()
        return psycopg.connect(password=password, autocommit=True, connect_timeout=5,
                               options="-c default_transaction_read_only=on -c statement_timeout=5000 -c TimeZone=UTC")

    return connect


class Pool:
    """At most `size` connections, reused; a broken one is dropped, so a restarted database costs one failed call."""

    def __init__(self, connect: Callable[[], psycopg.Connection], size: int = 4, wait_s: float = 10.0):
        self._connect = connect
        self._idle: queue.LifoQueue = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(size)
        self._wait_s = wait_s

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection]:
        if not self._slots.acquire(timeout=self._wait_s):
            raise Unavailable(f"every database connection stayed busy for {self._wait_s:.0f} s")
        connection = None
        try:
            try:
                connection = self._idle.get_nowait()
            except queue.Empty:
                pass
            if connection is None or connection.closed or connection.broken:
                try:
                    connection = self._connect()
                except psycopg.OperationalError as error:
                    raise Unavailable(f"cannot connect to the database: {str(error).strip()}") from None
            yield connection
        finally:
            if connection is not None:
                if connection.closed or connection.broken:
                    connection.close()
                else:
                    self._idle.put(connection)
            self._slots.release()

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


def json_value(value):
    """A database value as JSON: numbers as numbers, times in UTC (ISO 8601 with Z), dates as YYYY-MM-DD."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and value.as_tuple().exponent >= 0 else float(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.isoformat()
        return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, (bytes, memoryview)):
        return bytes(value).hex()
    if isinstance(value, list):
        return [json_value(v) for v in value]
    return value


def terms_of(query: str) -> list[str]:
    return query.split()


def _pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class Catalog:
    def __init__(self, pool: Pool, schema: str):
        self._pool = pool
        self.schema = schema

    def _run(self, work: Callable[[psycopg.Connection], object]):
        """`work` on a pooled connection; once more on a fresh one when the first was cut (a database restart)."""
        for attempt in (1, 2):
            try:
                with self._pool.connection() as connection:
                    return work(connection)
            except psycopg.OperationalError as error:
                if attempt == 2:
                    raise Unavailable(f"the database did not answer: {str(error).strip()}") from None
                LOG.warning("retrying on a new connection: %s", str(error).strip())

    def ping(self) -> None:
        self._run(lambda connection: connection.execute("SELECT 1").fetchone())

    def datasets(self) -> list[Dataset]:
        return self._run(self._datasets)

    def _datasets(self, connection: psycopg.Connection, name: str | None = None) -> list[Dataset]:
        tables = connection.execute(
            "SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = %s AND c.relkind IN ('r', 'p', 'v', 'm') AND has_table_privilege(c.oid, 'SELECT') "
            "AND (%s::text IS NULL OR c.relname = %s::text) ORDER BY c.relname",
            (self.schema, name, name)).fetchall()
        if not tables:
            return []
        columns: dict[int, list[Column]] = {}
        for oid, column, type_, kind, description, key in connection.execute(
                "SELECT a.attrelid::int8, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, "
                "col_description(a.attrelid, a.attnum), coalesce(a.attnum = ANY(i.indkey::int2[]), false) "
                "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
                "LEFT JOIN pg_index i ON i.indrelid = a.attrelid AND i.indisprimary "
                "WHERE a.attrelid = ANY(%s::oid[]) AND a.attnum > 0 AND NOT a.attisdropped "
                "AND has_column_privilege(a.attrelid, a.attnum, 'SELECT') ORDER BY a.attrelid, a.attnum",
                ([t[0] for t in tables],)):
            columns.setdefault(int(oid), []).append(Column(column, type_, kind, description, key))
        return [Dataset(relname, description, tuple(columns.get(int(oid), []))) for oid, relname, description in tables]

    def dataset(self, name: str) -> Dataset | None:
        found = self._run(lambda connection: self._datasets(connection, name))
        return found[0] if found else None

    def rows(self, dataset: Dataset) -> int:
        statement = sql.SQL("SELECT count(*) FROM {}.{}").format(sql.Identifier(self.schema), sql.Identifier(dataset.name))
        return self._run(lambda connection: connection.execute(statement).fetchone()[0])

    def describe(self, dataset: Dataset) -> dict:
        return {"name": dataset.name, "schema": self.schema, "description": dataset.description, "rows": self.rows(dataset),
                "key": dataset.key, "searchable": dataset.searchable, "columns": [c.as_json() for c in dataset.columns]}

    def search(self, terms: list[str], limit: int, datasets: list[Dataset]) -> tuple[list[dict], bool]:
        """Up to `limit` matches over `datasets` in their order, each dataset's in key order; and whether there are more."""
        results: list[dict] = []
        more = False
        for dataset in datasets:
            if not dataset.searchable:
                continue
            remaining = limit - len(results)
            found = self._run(lambda connection: self._search(connection, dataset, terms, remaining + 1))
            if len(found) > remaining:
                more = True
                found = found[:remaining]
            results.extend(found)
            if more:
                break
        return results, more

    def _search(self, connection: psycopg.Connection, dataset: Dataset, terms: list[str], limit: int) -> list[dict]:
        params = {f"t{i}": _pattern(term) for i, term in enumerate(terms)}

        def matches(column: str, term: str) -> sql.Composable:
            return sql.SQL("{} ILIKE {} ESCAPE '\\'").format(sql.Identifier(column), sql.Placeholder(term))

        # Every term in some text column; and, per row, the columns any term was found in.
        where = sql.SQL(" AND ").join(
            sql.SQL("({})").format(sql.SQL(" OR ").join(matches(c, t) for c in dataset.searchable)) for t in params)
        matched = sql.SQL(", ").join(
            sql.SQL("CASE WHEN {} THEN {} END").format(sql.SQL(" OR ").join(matches(c, t) for t in params), sql.Literal(c))
            for c in dataset.searchable)
        rendered = sql.SQL(", ").join(
            sql.SQL("ST_AsGeoJSON({0})::json AS {0}").format(sql.Identifier(c.name)) if c.kind in _SPATIAL_TYPES
            else sql.Identifier(c.name) for c in dataset.columns)
        order = sql.SQL(", ").join(sql.Identifier(c) for c in (dataset.key or [dataset.columns[0].name]))
        statement = sql.SQL("SELECT {rendered}, array_remove(ARRAY[{matched}]::text[], NULL) FROM {table} WHERE {where} "
                            "ORDER BY {order} LIMIT {limit}").format(
            rendered=rendered, matched=matched, table=sql.Identifier(self.schema, dataset.name), where=where,
            order=order, limit=sql.Literal(limit))
        names = [c.name for c in dataset.columns]
        found = []
        for row in connection.execute(statement, params).fetchall():
            record = {name: json_value(value) for name, value in zip(names, row)}
            found.append({"dataset": dataset.name, "key": {k: record[k] for k in dataset.key}, "matched": list(row[-1]),
                          "record": record})
        return found
