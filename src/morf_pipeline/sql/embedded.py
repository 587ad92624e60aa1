"""The embedded SQL backend: a session's dumps read into an in-memory SQLite database.

No server is started: :mod:`morf_pipeline.sql.mysqldump` streams the tables the queries need and
SQLite runs the queries. Values keep MySQL's meaning where the queries can see it: integers stay
integers (``is_spam != 1`` is NULL, hence false, for a NULL, as in MySQL), CHAR values lose their
trailing spaces as MySQL returns them, and NULL stays NULL through the LEFT JOIN. A column whose
values SQLite cannot hold as MariaDB does (a BIGINT UNSIGNED beyond 2^63 - 1, a generated column
it does not compute, ...) is loaded but refused: :attr:`EmbeddedDatabase.refusals` says why, and
the query check refuses every query that reads it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Collection, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field

from morf_pipeline.errors import InputDataError
from morf_pipeline.sql.mysqldump import OtherObject, TableRows, read_dump
from morf_pipeline.sql.schema import SQLITE_MAX_INTEGER, Column, Row, TableSchema

log = logging.getLogger(__name__)

# SQLite type affinity of MySQL's column kinds (anything else, e.g. dates and enums, is TEXT).
_REAL_TYPES = frozenset({"float", "double", "real"})
_NUMERIC_TYPES = frozenset({"decimal", "numeric", "dec", "fixed"})
_AFFINITY = {"integer": "INTEGER", "bit": "INTEGER", "binary": "BLOB", "text": "TEXT"}
# How the query check sees a column's values (see portability): integers it may compare and
# print, integers MySQL prints otherwise (BIT as bytes, ZEROFILL padded), text, bytes.
INTEGER, PADDED_INTEGER, BIT, TEXT, BLOB = "INTEGER", "ZEROFILL", "BIT", "TEXT", "BLOB"
_INSERT_SQL = {
    "INSERT": "INSERT",
    "REPLACE": "INSERT OR REPLACE",
    "INSERT IGNORE": "INSERT OR IGNORE",
}


def sqlite_type(column: Column) -> str:
    """The SQLite column type that gives values of a MySQL column the same affinity."""
    affinity = _AFFINITY.get(column.kind)
    if affinity is not None:
        return affinity
    if column.base_type in _REAL_TYPES:
        return "REAL"
    if column.base_type in _NUMERIC_TYPES:
        return "NUMERIC"
    return "TEXT"


def value_type(column: Column) -> str:
    """How the query check sees the column's values: INTEGER, ZEROFILL, BIT, TEXT, BLOB, or
    the SQLite type of values it keeps out of queries (REAL, NUMERIC)."""
    kind = column.kind
    if kind == "integer":
        return PADDED_INTEGER if " zerofill" in column.type else INTEGER
    return {"bit": BIT, "binary": BLOB}.get(kind) or sqlite_type(column)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass
class EmbeddedDatabase:
    """An in-memory SQLite database holding the tables read from dumps."""

    connection: sqlite3.Connection
    schemas: dict[str, TableSchema] = field(default_factory=dict)
    # Per table, the columns whose values differ from MariaDB's, and why.
    refusals: dict[str, dict[str, str]] = field(default_factory=dict)
    # Views and sequences the dumps create: name -> VIEW or SEQUENCE.
    other_objects: dict[str, str] = field(default_factory=dict)

    def column_types(self) -> dict[str, dict[str, str]]:
        """Each table's columns and how the query check sees their values."""
        return {
            name: {column.name: value_type(column) for column in schema.columns}
            for name, schema in self.schemas.items()
        }

    def create_table(self, schema: TableSchema) -> None:
        """(Re)create a table, as the dump's DROP TABLE IF EXISTS + CREATE TABLE do."""
        columns = ", ".join(
            f"{_quote(column.name)} {sqlite_type(column)}" for column in schema.columns
        )
        self.connection.execute(f"DROP TABLE IF EXISTS {_quote(schema.name)}")
        self.connection.execute(f"CREATE TABLE {_quote(schema.name)} ({columns})")
        self.schemas[schema.name] = schema
        self.refusals[schema.name] = dict(schema.refusals)

    def insert(self, dump: str | os.PathLike[str], batch: TableRows) -> None:
        schema = batch.table
        self.refusals[schema.name].update(batch.refusals)
        if batch.mode != "INSERT":
            self._index_unique_keys(dump, batch)
        rows = _without_char_padding(schema, batch.rows)
        sql = (
            f"{_INSERT_SQL[batch.mode]} INTO {_quote(schema.name)} "
            f"VALUES ({', '.join('?' * len(schema.columns))})"
        )
        try:
            self.connection.executemany(sql, rows)
        except OverflowError:  # integers beyond SQLite's: stored as REAL (the column is refused)
            self.connection.executemany(sql, [_beyond_int64_as_real(row) for row in rows])

    def _index_unique_keys(self, dump: str | os.PathLike[str], batch: TableRows) -> None:
        """Unique indexes on the table's keys, which REPLACE and INSERT IGNORE rows obey.

        Only keys of integer columns: MySQL compares text keys with their collation.
        """
        schema = batch.table
        kinds = {column.name: column.kind for column in schema.columns}
        for number, key in enumerate(schema.unique_keys):
            if not all(kinds.get(name) in ("integer", "bit") for name in key):
                raise InputDataError(
                    f"{dump}, line {batch.line}: {batch.mode} into `{schema.name}`, whose "
                    f"unique key ({', '.join(f'`{name}`' for name in key)}) is not made of "
                    "integer columns: MySQL finds its duplicates with the text's collation, "
                    "which the embedded backend does not; the mariadb backend reads this table "
                    "(`sql_backend: mariadb`)"
                )
            index = _quote(f"{schema.name} unique key {number}")
            columns = ", ".join(_quote(name) for name in key)
            table = _quote(schema.name)
            try:
                self.connection.execute(
                    f"CREATE UNIQUE INDEX IF NOT EXISTS {index} ON {table} ({columns})"
                )
            except sqlite3.IntegrityError as error:
                raise InputDataError(
                    f"{dump}, line {batch.line}: {batch.mode} into `{schema.name}` after INSERTs "
                    f"that repeat its unique key ({columns}), which MariaDB refuses"
                ) from error


def _beyond_int64_as_real(row: Row) -> tuple[object, ...]:
    return tuple(
        float(value)
        if type(value) is int and not -SQLITE_MAX_INTEGER - 1 <= value <= SQLITE_MAX_INTEGER
        else value
        for value in row
    )


def _without_char_padding(schema: TableSchema, rows: list[Row]) -> list[Row]:
    """MySQL returns CHAR(n) values without their trailing spaces."""
    padded = schema.char_columns
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
    database: EmbeddedDatabase,
    dump: str | os.PathLike[str],
    tables: Collection[str],
    columns: Collection[str] | None = None,
) -> dict[str, int]:
    """Load ``tables`` of a mysqldump file; returns the number of rows read per table.

    ``columns``: those the queries may read (None: all), whose values are checked.
    """
    counts: dict[str, int] = {}
    for event in read_dump(dump, tables, columns):
        if isinstance(event, TableSchema):
            database.create_table(event)
            counts[event.name] = 0
        elif isinstance(event, OtherObject):
            database.other_objects[event.name] = event.construct
        else:
            database.insert(dump, event)
            counts[event.table.name] += len(event.rows)
    return counts


@contextmanager
def embedded_database() -> Iterator[EmbeddedDatabase]:
    """A private in-memory database, gone when the block ends."""
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("BEGIN")  # one transaction: no per-statement commit
        yield EmbeddedDatabase(connection)
