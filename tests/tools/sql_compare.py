"""Compare what both SQL backends hold after loading a dump, cell by cell, as the query check
sees the values (integers, text, NULLs, bytes; REAL and DECIMAL, which no query may read, as
numbers), and check that each column or table the embedded backend refuses is named."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from morf_pipeline.errors import InputDataError
from morf_pipeline.sql.embedded import (
    BIT,
    BLOB,
    INTEGER,
    PADDED_INTEGER,
    EmbeddedDatabase,
    embedded_database,
    load_dump,
    value_type,
)
from morf_pipeline.sql.mariadb import PrivateMariaDB
from morf_pipeline.sql.portability import UnsupportedQuery, check_mysql_meaning

_NUMBERS = ("REAL", "NUMERIC")


@dataclass
class Comparison:
    """What loading one dump into both backends gave."""

    tables: int = 0  # compared
    cells: int = 0  # equal
    refused_columns: list[str] = field(default_factory=list)
    refused_tables: list[str] = field(default_factory=list)
    other_objects: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def mariadb_tables(server: PrivateMariaDB, database: str) -> dict[str, str]:
    """The tables, views and sequences MariaDB loaded: name -> table type."""
    with server.connect(None) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = %s",
            (database,),
        )
        return dict(cursor.fetchall())


def _mariadb_rows(
    server: PrivateMariaDB, database: str, table: str, columns: Sequence[str]
) -> list[tuple[object, ...]]:
    with server.connect(database, as_text=True) as connection, connection.cursor() as cursor:
        names = ", ".join(f"`{c.replace('`', '``')}`" for c in columns)
        cursor.execute(f"SELECT {names} FROM `{table}`")
        return list(cursor.fetchall())


def _as_checked(value_type: str, value: object) -> object:
    """A MariaDB value (text protocol) as the query check sees the column's values."""
    if value is None:
        return None
    if value_type in (INTEGER, PADDED_INTEGER):
        return int(str(value))
    if value_type == BIT:
        assert isinstance(value, bytes)
        return int.from_bytes(value, "big")
    if value_type in _NUMBERS:
        return float(str(value))
    if value_type == BLOB or isinstance(value, str):
        return value
    assert isinstance(value, bytes)
    return value.decode()


def _same(value_type: str, expected: object, actual: object) -> bool:
    if value_type in _NUMBERS and isinstance(expected, float):
        return isinstance(actual, int | float) and math.isclose(expected, actual, rel_tol=1e-15)
    return expected == actual


def _compare_table(
    server: PrivateMariaDB,
    database: str,
    embedded: EmbeddedDatabase,
    table: str,
    comparison: Comparison,
) -> None:
    types = {column.name: value_type(column) for column in embedded.schemas[table].columns}
    refused = embedded.refusals[table]
    for column, reason in refused.items():  # a query reading a refused column is refused
        with pytest.raises(UnsupportedQuery) as error:
            check_mysql_meaning(
                f"SELECT `{column}` FROM `{table}`", {table: types}, embedded.refusals
            )
        assert str(error.value) == reason and f"`{column}`" in reason
        comparison.refused_columns.append(reason)
    columns = [name for name in types if name not in refused]
    comparison.tables += 1
    if not columns:
        return
    expected = [
        tuple(_as_checked(types[c], v) for c, v in zip(columns, row, strict=True))
        for row in _mariadb_rows(server, database, table, columns)
    ]
    names = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
    actual = [
        tuple(
            float(v) if types[c] in _NUMBERS and v is not None else v
            for c, v in zip(columns, row, strict=True)
        )
        for row in embedded.connection.execute(f'SELECT {names} FROM "{table}"')
    ]
    if len(expected) != len(actual):
        comparison.problems.append(
            f"`{table}`: {len(expected)} rows in MariaDB, {len(actual)} embedded"
        )
        return
    differences = 0
    for i, column in enumerate(columns):  # each column's values, in one order
        want = sorted((row[i] for row in expected), key=repr)
        have = sorted((row[i] for row in actual), key=repr)
        differ = sum(not _same(types[column], w, h) for w, h in zip(want, have, strict=True))
        if differ:
            comparison.problems.append(
                f"`{table}`.`{column}` ({types[column]}): {differ} values differ"
            )
        differences += differ
    if not differences and Counter(map(repr, expected)) != Counter(map(repr, actual)):
        comparison.problems.append(f"`{table}`: the same values per column, in other rows")
    comparison.cells += len(expected) * len(columns) - differences


def _load_embedded(
    dump: Path, tables: Sequence[str]
) -> Iterator[tuple[EmbeddedDatabase, list[str], dict[str, str]]]:
    """The dump read into an embedded database: all tables at once, else table by table
    (yielding the tables each load covers and the message of each table it refused)."""
    with embedded_database() as database:
        try:
            load_dump(database, dump, tables)
        except InputDataError:
            pass
        else:
            yield database, list(tables), {}
            return
    for table in tables:
        with embedded_database() as database:
            try:
                load_dump(database, dump, [table])
            except InputDataError as error:
                yield database, [], {table: str(error)}
            else:
                yield database, [table], {}


def compare_backends(server: PrivateMariaDB, dump: Path, database: str) -> Comparison:
    """Load ``dump`` into a new MariaDB ``database`` and into SQLite and compare every table."""
    with server.connect(None) as connection, connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{database}`")
    server.load_dump(dump, database)
    loaded = mariadb_tables(server, database)
    assert loaded, f"MariaDB loaded no table from {dump.name}"
    comparison = Comparison()
    for embedded, tables, refused in _load_embedded(dump, sorted(loaded)):
        for message in refused.values():  # a table refused whole: the message says why
            assert dump.name in message and "mariadb backend" in message, message
            comparison.refused_tables.append(message)
        for table in tables:
            if loaded[table] in ("VIEW", "SEQUENCE"):
                assert embedded.other_objects.get(table) == loaded[table], table
                with pytest.raises(UnsupportedQuery, match=loaded[table]):
                    check_mysql_meaning(f"SELECT * FROM `{table}`", {}, {}, embedded.other_objects)
                comparison.other_objects.append(f"{loaded[table]} `{table}`")
                continue
            assert table in embedded.schemas, f"{table} ({loaded[table]}) not read"
            _compare_table(server, database, embedded, table, comparison)
    return comparison
