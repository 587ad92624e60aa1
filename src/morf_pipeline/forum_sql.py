"""The MWE's SQL step: load a session's dumps into a private server and export two queries."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from pathlib import Path

import pymysql

from morf_pipeline.atomic import atomic_text_output
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


def export_query(server: PrivateMariaDB, query: str, destination: Path, dumps: str) -> int:
    """Run ``query`` and write its result to ``destination``; returns the row count."""
    with server.connect() as connection, connection.cursor(pymysql.cursors.SSCursor) as cursor:
        try:
            cursor.execute(query)
        except pymysql.MySQLError as error:
            raise InputDataError(f"{dumps}: the forum query failed: {error.args[-1]}") from error
        header = [column[0] for column in cursor.description]
        return write_batch_csv(header, cursor, destination)


def extract_forum_csvs(
    forum_dump: Path,
    hash_mapping_dump: Path,
    forum_posts_csv: Path,
    forum_comments_csv: Path,
    server_parent_dir: str | os.PathLike[str] | None = None,
    buffer_pool_mb: int = 256,
) -> None:
    """Load one session's two dumps into its own private server and export both queries."""
    dumps = f"{forum_dump} + {hash_mapping_dump}"
    with private_server(server_parent_dir, buffer_pool_mb=buffer_pool_mb) as server:
        for dump in (forum_dump, hash_mapping_dump):
            server.load_dump(dump)
            log.info("loaded %s", dump)
        comments = export_query(server, FORUM_COMMENTS_QUERY, forum_comments_csv, dumps)
        posts = export_query(server, FORUM_POSTS_QUERY, forum_posts_csv, dumps)
    log.info("exported %d forum posts and %d forum comments (spam excluded)", posts, comments)
