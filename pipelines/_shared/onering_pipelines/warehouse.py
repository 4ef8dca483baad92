"""The pipeline's own PostgreSQL database, through its own role (libpq's PG* variables)."""

from __future__ import annotations

import io

import pandas as pd
import psycopg
from psycopg import sql


def connect() -> psycopg.Connection:
    return psycopg.connect(autocommit=False)


def replace_table(conn: psycopg.Connection, schema: str, table: str, frame: pd.DataFrame) -> int:
    """Replaces ``schema.table`` with the frame, every column as text (the raw layer keeps values as they came; the
    dbt staging models cast them), in one transaction so readers never see it half loaded. Returns the row count."""
    columns = [sql.Identifier(str(c)) for c in frame.columns]
    target = sql.Identifier(schema, table)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, header=False)
    with conn.transaction(), conn.cursor() as cur:
        cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(target))
        cur.execute(sql.SQL("CREATE TABLE {} ({})").format(
            target, sql.SQL(", ").join(sql.SQL("{} text").format(c) for c in columns)))
        with cur.copy(sql.SQL("COPY {} ({}) FROM STDIN WITH (FORMAT csv)").format(target, sql.SQL(", ").join(columns))) as copy:
            copy.write(buffer.getvalue())
    return len(frame)
