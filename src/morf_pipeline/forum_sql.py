"""The MWE's SQL step: load a session's dumps into a database and export two queries.

Two backends give byte-identical files: ``embedded`` reads the dumps into an in-process SQLite
database (no server); ``mariadb`` loads them into a private MariaDB server, the reference.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Literal

import pymysql

from morf_pipeline.atomic import atomic_text_output
from morf_pipeline.embedded_sql import embedded_database, load_dump
from morf_pipeline.errors import InputDataError
from morf_pipeline.mariadb import PrivateMariaDB, private_server

log = logging.getLogger(__name__)

# The walkthrough's queries verbatim, plus ``id`` as a tie-breaker so reruns are byte-identical.
FORUM_COMMENTS_QUERY = (
    "SELECT thread_id , post_time , b.session_user_id FROM forum_comments as a "
    "LEFT JOIN hash_mapping as b ON a.user_id = b.user_id WHERE a.is_spam != 1 "
    "ORDER BY post_time, a.id;"
)
FORUM_POSTS_QUERY = (
    "SELECT id , thread_id , post_time , a.user_id , public_user_id , session_user_id , "
    "eventing_user_id FROM forum_posts as a LEFT JOIN hash_mapping as b ON a.user_id = b.user_id "
    "WHERE is_spam != 1 ORDER BY post_time, a.id;"
)
# The tables the queries read, by dump (the embedded backend loads only these).
FORUM_TABLES = ("forum_posts", "forum_comments")
HASH_MAPPING_TABLES = ("hash_mapping",)
SqlBackend = Literal["embedded", "mariadb"]
NULL_FIELD = "NULL"
# The ``mariadb`` client's batch mode escapes these; the MWE's ``tr '\t' ','`` keeps them.
_BATCH_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\0": "\\0"})


def batch_field(value: object) -> str:
    """Format one value as ``mariadb --batch`` prints it (NULL as the literal ``NULL``)."""
    if value is None:
        return NULL_FIELD
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).translate(_BATCH_ESCAPES)


def write_batch_csv(
    header: Iterable[str], rows: Iterable[Iterable[object]], destination: Path
) -> int:
    """Write rows as the MWE's ``mysql -e ... | tr '\\t' ','`` does; returns the row count."""
    count = 0
    with atomic_text_output(destination) as handle:
        handle.write(",".join(header) + "\n")
        for row in rows:
            handle.write(",".join(batch_field(v) for v in row) + "\n")
            count += 1
    return count


# A query's column names and rows, valid while the context is open (rows may stream).
QueryResult = tuple[list[str], Iterable[Sequence[object]]]
QueryRunner = Callable[[str], AbstractContextManager[QueryResult]]


def _query_failed(dumps: str, error: Exception) -> InputDataError:
    return InputDataError(f"{dumps}: the forum query failed: {error.args[-1]}")


def _mariadb_runner(server: PrivateMariaDB, dumps: str) -> QueryRunner:
    @contextmanager
    def run(query: str) -> Iterator[QueryResult]:
        with server.connect() as connection, connection.cursor(pymysql.cursors.SSCursor) as cursor:
            try:
                cursor.execute(query)
            except pymysql.MySQLError as error:
                raise _query_failed(dumps, error) from error
            yield [column[0] for column in cursor.description], cursor

    return run


def _sqlite_runner(connection: sqlite3.Connection, dumps: str) -> QueryRunner:
    @contextmanager
    def run(query: str) -> Iterator[QueryResult]:
        try:
            cursor = connection.execute(query)
        except sqlite3.Error as error:
            raise _query_failed(dumps, error) from error
        yield [column[0] for column in cursor.description], cursor

    return run


def export_queries(
    run: QueryRunner, forum_posts_csv: Path, forum_comments_csv: Path
) -> tuple[int, int]:
    """Write both queries' results as batch CSVs; returns the (posts, comments) row counts."""
    counts = []
    for query, destination in (
        (FORUM_COMMENTS_QUERY, forum_comments_csv),
        (FORUM_POSTS_QUERY, forum_posts_csv),
    ):
        with run(query) as (header, rows):
            counts.append(write_batch_csv(header, rows, destination))
    return counts[1], counts[0]


def extract_forum_csvs(
    forum_dump: Path,
    hash_mapping_dump: Path,
    forum_posts_csv: Path,
    forum_comments_csv: Path,
    server_parent_dir: str | os.PathLike[str] | None = None,
    buffer_pool_mb: int = 256,
    backend: SqlBackend = "embedded",
) -> None:
    """Load one session's two dumps into a private database and export both queries."""
    dumps = f"{forum_dump} + {hash_mapping_dump}"
    if backend == "mariadb":
        with private_server(server_parent_dir, buffer_pool_mb=buffer_pool_mb) as server:
            for dump in (forum_dump, hash_mapping_dump):
                server.load_dump(dump)
                log.info("loaded %s into MariaDB", dump)
            posts, comments = export_queries(
                _mariadb_runner(server, dumps), forum_posts_csv, forum_comments_csv
            )
    else:
        with embedded_database() as connection:
            for dump, tables in (
                (forum_dump, FORUM_TABLES),
                (hash_mapping_dump, HASH_MAPPING_TABLES),
            ):
                counts = load_dump(connection, dump, tables)
                log.info("read %s: rows per table %s", dump, counts)
            posts, comments = export_queries(
                _sqlite_runner(connection, dumps), forum_posts_csv, forum_comments_csv
            )
    log.info("exported %d forum posts and %d forum comments (spam excluded)", posts, comments)
