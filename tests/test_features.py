"""Weekly features on hand-computed data, in both semantics."""

import calendar
import gzip
import json
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from morf_pipeline.clickstream import ClickstreamUsers, scan_users
from morf_pipeline.dates import SessionDates
from morf_pipeline.errors import ConfigError
from morf_pipeline.features import (
    ForumActivity,
    Table,
    activity_features,
    activity_window,
    feature_columns,
    forum_stats,
    read_forum_activity,
    warn_all_zero_activity,
    warn_all_zero_forum_features,
    weekly_features,
    write_session_features,
)
from morf_pipeline.semantics import Semantics
from morf_pipeline.weeks import check_feature_weeks, course_weeks

START = calendar.timegm(datetime(2015, 1, 5).timetuple())
WEEK = 7 * 86_400
FOUR_WEEKS = SessionDates("1/5/15", "2/2/15")  # 28 days
THREE_WEEKS = SessionDates("1/5/15", "1/26/15")  # 21 days

POSTS = [
    ("a", START),  # exactly at the start
    ("a", START + 1),
    ("a", START + WEEK),  # exactly on the first week boundary
    ("a", START + WEEK + 1),
    ("b", START + 3 * WEEK + 5),
    ("b", START + 10 * WEEK),  # long after the course end
    ("NULL", START + WEEK + 1),  # poster missing from hash_mapping
    ("c", START + 100),  # not in the clickstream, posts in week 0 only
    ("d", START + 2 * WEEK + 1),  # not in the clickstream
]
ACTIVITY = ForumActivity(
    [user for user, _ in POSTS], np.array([time for _, time in POSTS], dtype=np.int64), len(POSTS)
)
CLICKSTREAM = ClickstreamUsers(users={"a", "b", "e"}, has_null_user=True, lines=10)


def rows(table: Table) -> dict[object, list[object]]:
    return {row[0]: list(row[1:]) for row in table.rows}


def test_course_weeks_rounds_up() -> None:
    assert course_weeks(FOUR_WEEKS) == 4
    assert course_weeks(SessionDates("1/5/15", "2/3/15")) == 5


def test_mwe_semantics_reproduce_the_original_quirks() -> None:
    features = weekly_features(ACTIVITY, CLICKSTREAM, FOUR_WEEKS, 4, Semantics.MWE)
    assert features.columns == ["userID", *feature_columns(4)]
    assert rows(features) == {
        "": [0, 0, 0, 0, 0],  # the None user of lines without username
        "NULL": [0, 1, 0, 0, 0],  # counted as a user named NULL
        "a": [0, 1, 0, 0, 0],  # week 0 never counted; the boundary post is in week 0
        "b": [0, 0, 0, 2, 0],  # the post after the end falls in the last week
        "d": [0, 0, 1, 0, 0],  # forum-only poster with a counted post
        "e": [0, 0, 0, 0, 0],
    }
    users = [row[0] for row in features.rows]
    assert users == sorted(map(str, users))


def test_corrected_semantics_fix_the_quirks() -> None:
    features = weekly_features(ACTIVITY, CLICKSTREAM, FOUR_WEEKS, 4, Semantics.CORRECTED)
    assert rows(features) == {
        "a": [2, 2, 0, 0, 0],  # week 0 counted; weeks are [start + 7k, start + 7k + 7)
        "b": [0, 0, 0, 1, 0],  # the post after the course end is not counted
        "c": [1, 0, 0, 0, 0],  # every forum poster is a user
        "d": [0, 0, 1, 0, 0],
        "e": [0, 0, 0, 0, 0],
    }


def test_short_course_is_empty_in_mwe_and_zero_filled_when_corrected(
    caplog: pytest.LogCaptureFixture,
) -> None:
    mwe = weekly_features(ACTIVITY, CLICKSTREAM, THREE_WEEKS, 4, Semantics.MWE)
    assert not mwe.rows and mwe.columns == ["userID", *feature_columns(4)]
    corrected = weekly_features(ACTIVITY, CLICKSTREAM, THREE_WEEKS, 4, Semantics.CORRECTED)
    assert rows(corrected)["a"] == [2, 2, 0, 0, 0]
    assert "zero-filled" in caplog.text


def test_mwe_keeps_rows_when_course_has_exactly_n_feature_weeks() -> None:
    # The MWE holds weeks 0..n_weeks for each user, so 4 course weeks give weeks 0..4.
    features = weekly_features(ACTIVITY, CLICKSTREAM, FOUR_WEEKS, 4, Semantics.MWE)
    assert len(features.rows) == 6
    assert not weekly_features(ACTIVITY, CLICKSTREAM, FOUR_WEEKS, 5, Semantics.MWE).rows


def test_read_forum_activity_keeps_null_as_text(tmp_path: Path) -> None:
    posts = tmp_path / "forum_posts.csv"
    posts.write_text(
        "id,thread_id,post_time,user_id,public_user_id,session_user_id,eventing_user_id\n"
        "1,1,100,7,p,u1,e\n2,1,200,8,NULL,NULL,NULL\n"
    )
    comments = tmp_path / "forum_comments.csv"
    comments.write_text("thread_id,post_time,session_user_id\n1,150,u2\n")
    activity = read_forum_activity(posts, comments)
    assert activity.users == ["u1", "NULL", "u2"]
    assert activity.post_times.tolist() == [100, 200, 150]


def test_read_forum_activity_names_a_malformed_file(tmp_path: Path) -> None:
    posts = tmp_path / "forum_posts.csv"
    posts.write_text("id,thread_id\n1,2\n")
    comments = tmp_path / "forum_comments.csv"
    comments.write_text("thread_id,post_time,session_user_id\n")
    with pytest.raises(ValueError, match=r"forum_posts\.csv"):
        read_forum_activity(posts, comments)


def test_read_forum_activity_reads_an_export_as_pandas_did(tmp_path: Path) -> None:
    posts = tmp_path / "forum_posts.csv"
    posts.write_bytes(
        "\ufeff\nid,post_time,session_user_id\r\n"  # a BOM, a blank line before the header
        '1, +100 ,"a,b"\r\n'  # an integer with blanks and sign, a quoted comma
        "  \r\n"  # a blank line
        "2,2e2\r\n"  # an integral float; a short row: no session_user_id
        '3,300,"x\r\ny"\r\n'.encode()  # a field across lines
    )
    comments = tmp_path / "forum_comments.csv"
    comments.write_text("thread_id,post_time,session_user_id\n")
    activity = read_forum_activity(posts, comments)
    assert activity.users == ["a,b", "", "x\r\ny"]
    assert activity.post_times.tolist() == [100, 200, 300]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("1,100,u,extra", r"line 2: 4 fields, the header has 3"),
        ("1,100.5,u", r"post_time '100\.5' is not an integer"),
        ("1,NULL,u", r"post_time 'NULL' is not an integer"),
    ],
)
def test_read_forum_activity_names_a_bad_row(tmp_path: Path, row: str, message: str) -> None:
    posts = tmp_path / "forum_posts.csv"
    posts.write_text(f"id,post_time,session_user_id\n{row}\n")
    with pytest.raises(ValueError, match=rf"forum_posts\.csv: not a forum query export: {message}"):
        read_forum_activity(posts, posts)


def test_tables_are_written_as_pandas_wrote_them(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    Table(["userID", "week_0"], [("", 0), ('a,"b"', 1), ("x\ny", 2)]).write(path)
    assert path.read_bytes() == b'userID,week_0\n,0\n"a,""b""",1\n"x\ny",2\n'
    Table(["userID", "week_0"], []).write(path)
    assert path.read_bytes() == b"userID,week_0\n"


def test_clickstream_activity_counts_keys_per_week_in_the_same_scan(tmp_path: Path) -> None:
    start_ms = START * 1000
    day_ms = 86_400_000
    lines = [
        {"key": "pageview", "username": "a", "timestamp": start_ms},
        {"key": "pageview", "username": "a", "timestamp": start_ms + 8 * day_ms},
        {"key": "pageview", "username": "a", "timestamp": start_ms + 9 * day_ms},
        {"key": "user.video.lecture.action", "username": "b", "timestamp": start_ms + 1},
        {"key": "pageview", "username": "b", "timestamp": start_ms - 1},  # before the start
        {"key": "pageview", "username": "b", "timestamp": start_ms + 40 * day_ms},  # past weeks
        {"key": "other", "username": "c", "timestamp": start_ms},  # key not counted
        {"key": "pageview", "username": "c", "timestamp": "soon"},  # no usable timestamp
    ]
    path = tmp_path / "x_clickstream_export.gz"
    with gzip.open(path, "wt") as handle:
        handle.write("\n".join(json.dumps(line) for line in lines) + "\nnot json\n")
    keys = ["pageview", "user.video.lecture.action"]
    scan = scan_users(path, activity_window(FOUR_WEEKS, keys, 2))
    assert scan.users == {"a", "b", "c"} and scan.invalid_lines == 1
    activity = activity_features(scan, keys, 2)
    assert activity.columns == [
        "userID",
        "week_0_pageview",
        "week_1_pageview",
        "week_2_pageview",
        "week_0_user_video_lecture_action",
        "week_1_user_video_lecture_action",
        "week_2_user_video_lecture_action",
    ]
    assert rows(activity) == {"a": [1, 2, 0, 0, 0, 0], "b": [0, 0, 0, 1, 0, 0], "c": [0] * 6}


def test_clickstream_activity_keys_must_give_distinct_columns() -> None:
    with pytest.raises(ConfigError, match=r"\['a\.b', 'a_b'\]: two keys give the same column"):
        activity_features(CLICKSTREAM, ["a.b", "a_b"], 1)


def test_an_empty_username_is_no_learner_when_corrected(caplog: pytest.LogCaptureFixture) -> None:
    """Lines with ``"username": ""`` and posters with an empty session_user_id."""
    clickstream = ClickstreamUsers(users={"a", ""}, lines=5, empty_user_lines=2)
    activity = ForumActivity(["", "a"], np.array([START + 1, START + 2], dtype=np.int64), posts=2)
    corrected = weekly_features(activity, clickstream, FOUR_WEEKS, 1, Semantics.CORRECTED)
    assert rows(corrected) == {"a": [1, 0]}
    assert "dropped the empty username of 2 clickstream line(s)" in caplog.text
    assert "dropped 1 forum post(s)/comment(s) whose poster has no session_user_id" in caplog.text
    mwe = weekly_features(activity, clickstream, FOUR_WEEKS, 1, Semantics.MWE)
    assert [row[0] for row in mwe.rows] == ["", "a"]  # as the original: a user named ""


def test_forum_activity_is_counted_for_the_data_report() -> None:
    stats = forum_stats(ACTIVITY, FOUR_WEEKS)
    assert stats == {
        "forum_posts": 9,
        "forum_comments": 0,
        "posts_before_start": 0,
        "posts_after_end": 1,
        "posts_unmapped": 1,
    }
    moved = SessionDates("1/5/14", "2/2/14")  # the dates row a year early
    assert forum_stats(ACTIVITY, moved)["posts_after_end"] == 9


def test_all_zero_forum_features_are_a_warning_naming_the_likely_cause(
    caplog: pytest.LogCaptureFixture,
) -> None:
    moved = SessionDates("1/5/14", "2/2/14")  # the dates row a year early
    features = weekly_features(ACTIVITY, CLICKSTREAM, moved, 4, Semantics.CORRECTED)
    assert all(value == 0 for row in features.rows for value in row[1:])
    warn_all_zero_forum_features(features, ACTIVITY, moved)
    assert (
        "every forum feature is zero although the session has 9 forum posts and comments: "
        "0 before the course start (1/5/14), 9 after its end (2/2/14), 1 by posters missing "
        "from hash_mapping: is the session's row of the dates file right?"
    ) in caplog.text


def test_all_zero_activity_from_timestamps_in_seconds_is_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Coursera's clickstream timestamps are milliseconds; seconds fall in January 1970."""
    path = tmp_path / "x_clickstream_export.gz"
    lines = [{"key": "pageview", "username": "a", "timestamp": START + 60 * i} for i in range(3)]
    with gzip.open(path, "wt") as handle:
        handle.write("\n".join(json.dumps(line) for line in lines) + "\n")
    scan = scan_users(path, activity_window(FOUR_WEEKS, ["pageview"], 2))
    assert scan.keyed_events == 3 and not scan.events
    warn_all_zero_activity(scan, ["pageview"], FOUR_WEEKS, 2)
    assert (
        "every clickstream activity feature is zero: none of the 3 events of keys ['pageview'] "
        "falls in weeks 0..2 of the course (1/5/15 to 2/2/15); the first one's timestamp, "
        f"{START}, read as unix milliseconds is 1970-01-17 (Coursera's clickstream "
        "timestamps are milliseconds)"
    ) in caplog.text


def test_a_session_writes_its_counts_beside_its_features(tmp_path: Path) -> None:
    click = tmp_path / "x_clickstream_export.gz"
    with gzip.open(click, "wt") as handle:
        handle.write('{"username": "a"}\n{"username": ""}\n{"key": "k"}\nnot json\n')
    posts = tmp_path / "forum_posts.csv"
    posts.write_text(f"post_time,session_user_id\n{START + 5},a\n{START - 5},NULL\n")
    comments = tmp_path / "forum_comments.csv"
    comments.write_text(f"post_time,session_user_id\n{START + 10 * WEEK},a\n")
    stats = tmp_path / "session_stats.json"
    write_session_features(
        click,
        posts,
        comments,
        FOUR_WEEKS,
        1,
        Semantics.CORRECTED,
        tmp_path / "morf_mwe_feats.csv",
        stats_destination=stats,
    )
    assert json.loads(stats.read_text()) == {
        "clickstream_lines": 4,
        "invalid_lines": 1,
        "null_user_lines": 1,
        "empty_user_lines": 1,
        "forum_posts": 2,
        "forum_comments": 1,
        "posts_before_start": 1,
        "posts_after_end": 1,
        "posts_unmapped": 1,
        "learners": 1,
    }


def test_mwe_refuses_feature_weeks_beyond_every_session_of_a_course() -> None:
    """The original writes no features for a session shorter than n_feature_weeks weeks:
    if that is every session of a course, say so before any job, not 'no learner'."""
    dates = {("acc", "001"): THREE_WEEKS, ("acc", "002"): THREE_WEEKS, ("fin", "1"): FOUR_WEEKS}
    with pytest.raises(ConfigError) as error:
        check_feature_weeks(dates, 4, Semantics.MWE)
    assert str(error.value) == (
        "semantics 'mwe': every session of course 'acc' is shorter than n_feature_weeks=4 "
        "weeks (001: 3, 002: 3), and the original job writes no features for such a session: "
        "set n_feature_weeks to at most 3, or use semantics 'corrected' (which zero-fills the "
        "missing weeks)"
    )
    assert check_feature_weeks(dates, 3, Semantics.MWE) == []
    assert check_feature_weeks(dates, 4, Semantics.CORRECTED) == []
    dates[("acc", "002")] = FOUR_WEEKS
    assert check_feature_weeks(dates, 4, Semantics.MWE) == [
        "semantics 'mwe': session '001' of course 'acc' is 3 weeks long, shorter than "
        "n_feature_weeks=4: as in the original job, its features have no rows"
    ]
