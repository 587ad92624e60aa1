"""Reading a study's queries from the config (unit level)."""

from pathlib import Path

import pytest

from morf_pipeline.errors import InputDataError
from morf_pipeline.sql.queries import FORUM_COMMENTS_QUERY
from morf_pipeline.study import configured_queries


def test_builtin_queries_come_first_and_config_adds_or_replaces(tmp_path: Path) -> None:
    sql_file = tmp_path / "threads.sql"
    sql_file.write_text("SELECT id FROM forum_threads ORDER BY id;\n")
    queries = configured_queries(
        {
            "threads": {"file": str(sql_file), "dumps": ["anonymized_forum"]},
            "forum_posts": {
                "sql": "SELECT id FROM forum_posts ORDER BY id",
                "dumps": ["anonymized_forum"],
                "backend": "mariadb",
            },
        }
    )
    assert list(queries) == ["forum_posts", "forum_comments", "threads"]
    assert queries["threads"].sql == "SELECT id FROM forum_threads ORDER BY id;"
    assert queries["threads"].dumps == ("anonymized_forum",)
    assert queries["forum_posts"].backend == "mariadb"
    assert queries["forum_comments"].sql == FORUM_COMMENTS_QUERY


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ({"x": {"file": "/nowhere/x.sql", "dumps": ["a"]}}, r"query 'x': cannot read /nowhere"),
        ({"morf_mwe_feats": {"sql": "SELECT 1", "dumps": ["a"]}}, "not a usable query name"),
        ({"clickstream_activity": {"sql": "SELECT 1", "dumps": ["a"]}}, "not a usable"),
    ],
)
def test_unusable_queries_are_named(declared: dict[str, dict[str, object]], message: str) -> None:
    with pytest.raises(InputDataError, match=message):
        configured_queries(declared)
