"""The embedded backend's check that SQLite gives a query MySQL's meaning."""

import pytest

from morf_pipeline.sql.portability import (
    NotOneStatement,
    UnknownName,
    UnsupportedQuery,
    check_mysql_meaning,
    table_names,
)
from morf_pipeline.sql.queries import FORUM_COMMENTS_QUERY, FORUM_POSTS_QUERY

TABLES = {
    "forum_posts": {"id": "INTEGER", "thread_id": "INTEGER", "user_id": "INTEGER",
                    "post_time": "INTEGER", "is_spam": "INTEGER", "post_text": "TEXT",
                    "votes": "INTEGER"},
    "forum_comments": {"id": "INTEGER", "thread_id": "INTEGER", "user_id": "INTEGER",
                       "post_time": "INTEGER", "is_spam": "INTEGER"},
    "hash_mapping": {"user_id": "INTEGER", "session_user_id": "TEXT",
                     "public_user_id": "TEXT", "eventing_user_id": "TEXT"},
    "grades": {"user_id": "INTEGER", "score": "REAL"},
}  # fmt: skip


@pytest.mark.parametrize(
    "sql",
    [
        FORUM_POSTS_QUERY,
        FORUM_COMMENTS_QUERY,
        "SELECT * FROM hash_mapping",
        "select p.id, h.session_user_id as learner from forum_posts p "
        "inner join hash_mapping h on p.user_id = h.user_id "
        "where (p.votes >= 2 or p.votes is null) and not p.is_spam = 1 "
        "order by p.post_time desc, p.id limit 10 offset 5;",
        "SELECT DISTINCT user_id FROM `forum_posts` ORDER BY user_id",
        "SELECT COUNT(*) FROM forum_posts",
        "-- a comment line\nSELECT user_id, COUNT(*) AS n FROM forum_posts /* why */ "
        "WHERE votes IN (1, 2) OR votes BETWEEN -1 AND 5 GROUP BY user_id HAVING n > 1 "
        "ORDER BY n DESC, 1; -- done",
        "SELECT thread_id, SUM(votes), MIN(votes), MAX(post_time), COUNT(DISTINCT user_id), "
        "COUNT(post_text) FROM forum_posts GROUP BY thread_id HAVING COUNT(*) >= 2",
    ],
)
def test_portable_queries_pass(sql: str) -> None:
    check_mysql_meaning(sql, TABLES)


@pytest.mark.parametrize(
    ("sql", "construct"),
    [
        ("SELECT LENGTH(post_text) FROM forum_posts", "the function LENGTH()"),
        ("SELECT id FROM forum_posts WHERE post_text = 'x'", "the literal"),
        ("SELECT id FROM hash_mapping h JOIN forum_posts p ON h.session_user_id = p.id", "text"),
        ("SELECT session_user_id FROM hash_mapping ORDER BY session_user_id", "orders by"),
        ("SELECT score FROM grades", "'score' of type REAL"),
        ("SELECT DISTINCT session_user_id FROM hash_mapping", "DISTINCT over the text column"),
        ("SELECT post_text, COUNT(*) FROM forum_posts GROUP BY post_text", "groups by text"),
        ("SELECT thread_id, user_id FROM forum_posts GROUP BY thread_id", "outside GROUP BY"),
        ("SELECT MAX(post_text) FROM forum_posts", "MAX() of the column 'post_text'"),
        ("SELECT SUM(score) FROM grades", "SUM() of the column 'score' of type REAL"),
        ("SELECT SUM(DISTINCT votes) FROM forum_posts", "SUM(DISTINCT ...)"),
        ("SELECT id FROM forum_posts WHERE COUNT(*) > 1", "the aggregate COUNT() in WHERE"),
        ("SELECT * FROM forum_posts GROUP BY id", "* with GROUP BY"),
        ("SELECT id FROM forum_posts WHERE votes IN (1, 'a')", "the literal"),
        ("SELECT id FROM forum_posts # MySQL's comment", "'#' comment"),
        ("SELECT id FROM forum_posts WHERE votes = 1--1", "'--' without a space"),
        ("SELECT id /*!50000 , votes */ FROM forum_posts", "conditional comment"),
        ('SELECT "id" FROM forum_posts', "the string"),
        ("SELECT id FROM forum_posts WHERE post_text = 'a\\' -- '", "the string"),
        ("SELECT id FROM forum_posts WHERE votes > 1.5", "the literal '1.5'"),
        ("SELECT id FROM forum_posts WHERE post_time > 1 + 2", "'+'"),
    ],
)
def test_constructs_sqlite_would_change_are_named(sql: str, construct: str) -> None:
    with pytest.raises(UnsupportedQuery) as error:
        check_mysql_meaning(sql, TABLES)
    assert construct in str(error.value)


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("SELECT id FROM forum_threads", "no table 'forum_threads'"),
        ("SELECT nope FROM forum_posts", "unknown column 'nope'"),
        ("SELECT user_id FROM forum_posts p JOIN hash_mapping h ON p.user_id = h.user_id",
         "ambiguous column 'user_id'"),
        ("SELECT x.id FROM forum_posts p", "unknown table or alias 'x'"),
    ],
)  # fmt: skip
def test_unknown_names_are_not_portability_problems(sql: str, message: str) -> None:
    with pytest.raises(UnknownName, match=message):
        check_mysql_meaning(sql, TABLES)


def test_refused_columns_and_views_are_refused_naming_why() -> None:
    refused = {"forum_posts": {"votes": "the generated column `votes` (AS ...)"}}
    for sql in ("SELECT * FROM forum_posts", "SELECT COUNT(votes) FROM forum_posts"):
        with pytest.raises(UnsupportedQuery, match="the generated column `votes`"):
            check_mysql_meaning(sql, TABLES, refused)
    with pytest.raises(UnsupportedQuery, match="`v`, a VIEW in the dumps"):
        check_mysql_meaning("SELECT * FROM v", TABLES, {}, {"v": "VIEW"})


def test_more_than_one_statement_is_refused() -> None:
    with pytest.raises(NotOneStatement, match=r"more than one statement.*found 'DROP' after"):
        check_mysql_meaning("SELECT id FROM forum_posts; DROP TABLE forum_posts", TABLES)


def test_table_names_are_the_query_identifiers() -> None:
    assert {"forum_posts", "hash_mapping"} <= table_names(FORUM_POSTS_QUERY)
    assert "forum_comments" not in table_names(FORUM_POSTS_QUERY)
