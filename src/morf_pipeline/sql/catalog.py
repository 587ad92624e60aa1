"""The queries a study runs, as data: Snakemake's process reads them on every start-up to plan
the SQL jobs, without importing the query runner (pymysql, the dump readers; ~30 ms).
queries.py re-exports them, their home before."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from morf_pipeline.layout import MWE_DUMPS

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
SqlBackend = Literal["embedded", "mariadb"]


@dataclass(frozen=True)
class Query:
    """A named query: its SQL and the dumps (by name marker) whose tables it reads."""

    name: str
    sql: str
    dumps: tuple[str, ...] = MWE_DUMPS
    backend: SqlBackend | None = None  # overrides the configured sql_backend


MWE_QUERIES = (
    Query("forum_posts", FORUM_POSTS_QUERY),
    Query("forum_comments", FORUM_COMMENTS_QUERY),
)
