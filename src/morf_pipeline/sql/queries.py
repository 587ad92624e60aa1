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

import pymysql

from morf_pipeline.errors import InputDataError
from morf_pipeline.exports import write_batch_csv
from morf_pipeline.sql.catalog import FORUM_COMMENTS_QUERY as FORUM_COMMENTS_QUERY
from morf_pipeline.sql.catalog import FORUM_POSTS_QUERY as FORUM_POSTS_QUERY
from morf_pipeline.sql.catalog import MWE_QUERIES as MWE_QUERIES
from morf_pipeline.sql.catalog import Query as Query
from morf_pipeline.sql.catalog import SqlBackend as SqlBackend
from morf_pipeline.sql.embedded import EmbeddedDatabase, embedded_database, load_dump
from morf_pipeline.sql.mariadb import PrivateMariaDB, private_server
from morf_pipeline.sql.portability import (
    NotOneStatement,
    UnknownName,
    UnsupportedQuery,
    check_mysql_meaning,
    table_names,
)

log = logging.getLogger(__name__)


# A query's column names and rows, valid while the context is open (rows may stream).
QueryResult = tuple[list[str], Iterable[Sequence[object]]]
QueryRunner = Callable[["Query"], AbstractContextManager[QueryResult]]


def _query_failed(where: str, query: str, error: Exception) -> InputDataError:
    return InputDataError(f"{where}: query {query!r} failed: {error.args[-1]}")


def _mariadb_runner(server: PrivateMariaDB, where: str) -> QueryRunner:
    @contextmanager
    def run(query: Query) -> Iterator[QueryResult]:
        with (
            server.connect(as_text=True) as connection,
            connection.cursor(pymysql.cursors.SSCursor) as cursor,
        ):
            try:
                cursor.execute(query.sql)
            except pymysql.MySQLError as error:
                raise _query_failed(where, query.name, error) from error
            yield [column[0] for column in cursor.description], cursor

    return run


def _sqlite_runner(connection: sqlite3.Connection, where: str) -> QueryRunner:
    @contextmanager
    def run(query: Query) -> Iterator[QueryResult]:
        try:
            cursor = connection.execute(query.sql)
        except sqlite3.Error as error:
            raise _query_failed(where, query.name, error) from error
        yield [column[0] for column in cursor.description], cursor

    return run


def _check_embedded(database: EmbeddedDatabase, queries: Sequence[Query], where: str) -> None:
    for query in queries:
        try:
            check_mysql_meaning(
                query.sql, database.column_types(), database.refusals, database.other_objects
            )
        except (UnknownName, NotOneStatement) as error:
            raise _query_failed(where, query.name, error) from error
        except UnsupportedQuery as error:
            try:
                database.connection.execute(f"EXPLAIN {query.sql}")
            except sqlite3.Error as sqlite_error:
                if "syntax error" in str(sqlite_error):  # not valid SQL in any dialect
                    raise _query_failed(where, query.name, sqlite_error) from error
            raise InputDataError(
                f"{where}: query {query.name!r} uses {error}, which the embedded backend "
                "(SQLite) would not evaluate with MySQL's meaning; run it on MariaDB instead: "
                f"set `backend: mariadb` for {query.name!r} under `queries:` in the config "
                "(or `sql_backend: mariadb` for every query)"
            ) from error


@contextmanager
def _loaded_database(
    dumps: Sequence[Path],
    queries: Sequence[Query],
    backend: SqlBackend,
    where: str,
    server_parent_dir: str | os.PathLike[str] | None,
    buffer_pool_mb: int,
) -> Iterator[QueryRunner]:
    """The dumps loaded into a private database, as a runner of the queries' SQL."""
    if backend == "mariadb":
        with private_server(server_parent_dir, buffer_pool_mb=buffer_pool_mb) as server:
            for dump in dumps:
                server.load_dump(dump)
                log.info("loaded %s into MariaDB", dump)
            yield _mariadb_runner(server, where)
    else:
        # The queries' names: the tables and columns they read (all columns after a '*').
        wanted = set().union(*(table_names(query.sql) for query in queries))
        columns = None if any("*" in query.sql for query in queries) else wanted
        with embedded_database() as database:
            for dump in dumps:
                counts = load_dump(database, dump, wanted, columns)
                log.info("read %s: rows per table %s", dump, counts)
            _check_embedded(database, queries, where)
            yield _sqlite_runner(database.connection, where)


def export_session_queries(
    exports: Sequence[tuple[Query, Path]],
    dumps: Sequence[Path],
    where: str,
    backend: SqlBackend = "embedded",
    server_parent_dir: str | os.PathLike[str] | None = None,
    buffer_pool_mb: int = 256,
) -> dict[str, int]:
    """Load a session's dumps once into a private database and write each query's CSV.

    Returns the row count of each query; errors name ``where`` (course, session) and the query.
    """
    queries = [query for query, _ in exports]
    counts = {}
    with _loaded_database(dumps, queries, backend, where, server_parent_dir, buffer_pool_mb) as run:
        for query, destination in exports:
            with run(query) as (header, rows):
                counts[query.name] = write_batch_csv(header, rows, destination)
            log.info("query %s: %d rows to %s", query.name, counts[query.name], destination)
    return counts


def extract_forum_csvs(
    forum_dump: Path,
    hash_mapping_dump: Path,
    forum_posts_csv: Path,
    forum_comments_csv: Path,
    server_parent_dir: str | os.PathLike[str] | None = None,
    buffer_pool_mb: int = 256,
    backend: SqlBackend = "embedded",
) -> None:
    """The MWE's SQL step for one session: both forum queries from its two dumps."""
    posts, comments = MWE_QUERIES
    export_session_queries(
        [(posts, forum_posts_csv), (comments, forum_comments_csv)],
        [forum_dump, hash_mapping_dump],
        f"{forum_dump} + {hash_mapping_dump}",
        backend,
        server_parent_dir,
        buffer_pool_mb,
    )
