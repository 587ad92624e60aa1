"""The embedded SQL backend: a session's dumps read into an in-memory SQLite database.

No server is started: :mod:`morf_pipeline.sql.mysqldump` streams the tables the queries need and
SQLite runs the queries. Values keep MySQL's meaning where the queries can see it: integers stay
integers (``is_spam != 1`` is NULL, hence false, for a NULL, as in MySQL), CHAR values lose their
trailing spaces as MySQL returns them, and NULL stays NULL through the LEFT JOIN.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import closing, contextmanager

from morf_pipeline.sql.mysqldump import Row, TableRows, TableSchema, read_dump

log = logging.getLogger(__name__)

# SQLite type affinity of MySQL's column types (anything else, e.g. dates and enums, is TEXT).
_INTEGER_TYPES = frozenset({"tinyint", "smallint", "mediumint", "int", "integer", "bigint", "bit"})
_REAL_TYPES = frozenset({"float", "double", "real"})
_NUMERIC_TYPES = frozenset({"decimal", "numeric", "dec", "fixed"})
_BLOB_TYPES = frozenset(
    {"binary", "varbinary", "blob", "tinyblob", "mediumblob", "longblob", "geometry"}
)


def sqlite_type(mysql_base_type: str) -> str:
    """The SQLite column type that gives values of a MySQL type the same affinity."""
    if mysql_base_type in _INTEGER_TYPES:
        return "INTEGER"
    if mysql_base_type in _REAL_TYPES:
        return "REAL"
    if mysql_base_type in _NUMERIC_TYPES:
        return "NUMERIC"
    if mysql_base_type in _BLOB_TYPES:
        return "BLOB"
    return "TEXT"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_table(connection: sqlite3.Connection, schema: TableSchema) -> None:
    """(Re)create a table, as the dump's DROP TABLE IF EXISTS + CREATE TABLE do."""
    columns = ", ".join(
        f"{_quote(column.name)} {sqlite_type(column.base_type)}" for column in schema.columns
    )
    connection.execute(f"DROP TABLE IF EXISTS {_quote(schema.name)}")
    connection.execute(f"CREATE TABLE {_quote(schema.name)} ({columns})")


def _without_char_padding(schema: TableSchema, rows: list[Row]) -> list[Row]:
    """MySQL returns CHAR(n) values without their trailing spaces."""
    padded = [i for i, column in enumerate(schema.columns) if column.base_type == "char"]
    if not padded:
        return rows
    stripped = []
    for row in rows:
        values = list(row)
        for i in padded:
            value = values[i]
            if isinstance(value, str):
                values[i] = value.rstrip(" ")
        stripped.append(tuple(values))
    return stripped


def load_dump(
    connection: sqlite3.Connection, dump: str | os.PathLike[str], tables: Collection[str]
) -> dict[str, int]:
    """Load ``tables`` of a mysqldump file; returns the number of rows read per table."""
    counts: dict[str, int] = {}
    for event in read_dump(dump, tables):
        if isinstance(event, TableSchema):
            _create_table(connection, event)
            counts[event.name] = 0
        else:
            _insert(connection, event)
            counts[event.table.name] += len(event.rows)
    return counts


def _insert(connection: sqlite3.Connection, batch: TableRows) -> None:
    schema = batch.table
    placeholders = ", ".join("?" * len(schema.columns))
    connection.executemany(
        f"INSERT INTO {_quote(schema.name)} VALUES ({placeholders})",
        _without_char_padding(schema, batch.rows),
    )


@contextmanager
def embedded_database() -> Iterator[sqlite3.Connection]:
    """A private in-memory database, gone when the block ends."""
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("BEGIN")  # one transaction: no per-statement commit
        yield connection
