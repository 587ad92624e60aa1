"""Real-world dumps (../shared/realdumps, see its MANIFEST.md): the embedded backend reads each
table MariaDB loads with MariaDB's values, cell by cell as the query check sees them (integers,
text, NULLs, bytes), or refuses it (the table, or the column) naming the construct.

The dumps are read where they are; they are never copied into the project.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

import pymysql
import pytest

from conftest import REPO
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
from morf_pipeline.sql.mariadb import PrivateMariaDB, private_server
from morf_pipeline.sql.portability import UnsupportedQuery, check_mysql_meaning

REALDUMPS = next(
    (
        folder
        for folder in (REPO.parent / "shared" / "realdumps", Path("/work/shared/realdumps"))
        if folder.is_dir()
    ),
    None,
)
DUMPS = sorted(p for p in REALDUMPS.glob("*.sql*")) if REALDUMPS else []
pytestmark = pytest.mark.workflow  # ~20 s: 23 dumps, 1,000 tables into MariaDB

# The server's text protocol: every value as the mariadb client prints it (no conversion).
TEXT_PROTOCOL = dict(pymysql.converters.encoders)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PrivateMariaDB]:
    with private_server(tmp_path_factory.mktemp("realdumps")) as running:
        yield running


def mariadb_tables(server: PrivateMariaDB, database: str) -> dict[str, str]:
    """The tables, views and sequences MariaDB loaded: name -> table type."""
    with server.connect(None) as connection, connection.cursor() as cursor:
        cursor.execute(
            "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = %s",
            (database,),
        )
        return dict(cursor.fetchall())


def mariadb_rows(
    server: PrivateMariaDB, database: str, table: str, columns: Sequence[str]
) -> list[tuple[object, ...]]:
    connection = pymysql.connect(
        unix_socket=str(server.socket),
        user="root",
        database=database,
        charset="utf8mb4",
        conv=TEXT_PROTOCOL,
        ssl_disabled=True,
    )
    with connection, connection.cursor() as cursor:
        names = ", ".join(f"`{c.replace('`', '``')}`" for c in columns)
        cursor.execute(f"SELECT {names} FROM `{table}`")
        return list(cursor.fetchall())


def as_checked(value_type: str, value: object) -> object:
    """A MariaDB value (text protocol) as the query check sees the column's values."""
    if value is None:
        return None
    if value_type in (INTEGER, PADDED_INTEGER):
        return int(str(value))
    if value_type == BIT:
        assert isinstance(value, bytes)
        return int.from_bytes(value, "big")
    if value_type == BLOB:
        return value
    if value_type in ("REAL", "NUMERIC"):  # kept out of queries; compared as numbers
        return float(str(value))
    return value if isinstance(value, str) else bytes(value).decode()  # type: ignore[call-overload]


def same(value_type: str, expected: object, actual: object) -> bool:
    if value_type in ("REAL", "NUMERIC") and isinstance(expected, float):
        return isinstance(actual, int | float) and math.isclose(expected, actual, rel_tol=1e-15)
    return expected == actual


def compare_table(
    server: PrivateMariaDB, database: str, embedded: EmbeddedDatabase, table: str
) -> list[str]:
    """The differences between the table in MariaDB and in the embedded database."""
    types = {column.name: value_type(column) for column in embedded.schemas[table].columns}
    refused = embedded.refusals[table]
    for column, reason in refused.items():  # a query reading a refused column is refused
        with pytest.raises(UnsupportedQuery) as error:
            check_mysql_meaning(
                f"SELECT `{column}` FROM `{table}`",
                {table: types},
                embedded.refusals,
                embedded.other_objects,
            )
        assert str(error.value) == reason and f"`{column}`" in reason
    columns = [name for name in types if name not in refused]
    if not columns:
        return []
    expected = [
        tuple(as_checked(types[c], v) for c, v in zip(columns, row, strict=True))
        for row in mariadb_rows(server, database, table, columns)
    ]
    names = ", ".join('"' + c.replace('"', '""') + '"' for c in columns)
    actual = [
        tuple(
            float(v) if types[c] in ("REAL", "NUMERIC") and v is not None else v
            for c, v in zip(columns, row, strict=True)
        )
        for row in embedded.connection.execute(f'SELECT {names} FROM "{table}"')
    ]
    if len(expected) != len(actual):
        return [f"`{table}`: {len(expected)} rows in MariaDB, {len(actual)} embedded"]
    problems = []
    for i, column in enumerate(columns):  # each column's values, in one order
        want = sorted((row[i] for row in expected), key=repr)
        have = sorted((row[i] for row in actual), key=repr)
        differ = sum(not same(types[column], w, h) for w, h in zip(want, have, strict=True))
        if differ:
            problems.append(f"`{table}`.`{column}` ({types[column]}): {differ} values differ")
    if not problems and Counter(map(repr, expected)) != Counter(map(repr, actual)):
        problems.append(f"`{table}`: the same values per column, in other rows")
    return problems


def load_embedded(
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


@pytest.mark.skipif(REALDUMPS is None, reason="no ../shared/realdumps beside the repository")
@pytest.mark.parametrize("dump", DUMPS, ids=[dump.name for dump in DUMPS])
def test_embedded_reads_each_table_as_mariadb_loads_it(server: PrivateMariaDB, dump: Path) -> None:
    database = f"dump{DUMPS.index(dump)}"
    with server.connect(None) as connection, connection.cursor() as cursor:
        cursor.execute(f"CREATE DATABASE `{database}`")
    server.load_dump(dump, database)
    loaded = mariadb_tables(server, database)
    assert loaded, f"MariaDB loaded no table from {dump.name}"
    problems: list[str] = []
    for embedded, tables, refused in load_embedded(dump, sorted(loaded)):
        for message in refused.values():  # a table refused whole: the message says why
            assert dump.name in message and "mariadb backend" in message, message
        for table in tables:
            if loaded[table] in ("VIEW", "SEQUENCE"):
                assert embedded.other_objects.get(table) == loaded[table], table
                with pytest.raises(UnsupportedQuery, match=loaded[table]):
                    check_mysql_meaning(
                        f"SELECT * FROM `{table}`",
                        embedded.column_types(),
                        embedded.refusals,
                        embedded.other_objects,
                    )
                continue
            assert table in embedded.schemas, f"{table} ({loaded[table]}) not read"
            problems += compare_table(server, database, embedded, table)
    assert not problems, "\n".join(problems)
