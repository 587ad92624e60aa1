"""Tests of the port of the original MWE job (tests/tools/original_job.py), on a hand-made course.

The course ``testcourse`` has one session, ``001``, running 2015-01-05 to 2015-01-24: 19 days,
so n_weeks = 3, weeks start on Jan 5, 12 and 19, and each user gets weeks 0..3. All times below
are unix seconds, UTC.
"""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
import pytest

from conftest import load_original_job

oj = load_original_job()

pytestmark = pytest.mark.skipif(
    shutil.which("mariadbd") is None and not Path("/usr/sbin/mariadbd").exists(),
    reason="needs the MariaDB server",
)

COURSE = "testcourse"
SESSION = "001"

# user ids (session_user_id = clickstream username = labels userID)
A = "a" * 40  # user_id 1
B = "b" * 40  # user_id 2
C = "c" * 40  # user_id 3: posts, but never in the clickstream
D = "d" * 40  # clickstream only, no posts
EXTRA = [f"e{i:039x}" for i in range(12)]  # clickstream only, so the model has data

START = 1420416000  # 2015-01-05 00:00
DAY = 86400
JAN_01 = START - 4 * DAY
JAN_07 = START + 2 * DAY
JAN_13 = START + 8 * DAY
JAN_14 = START + 9 * DAY
JAN_15 = START + 10 * DAY
JAN_19 = START + 14 * DAY  # exactly the start of week 2
JAN_20 = START + 15 * DAY
JAN_21 = START + 16 * DAY
FEB_01 = START + 27 * DAY  # after the course end (Jan 24)

# forum_posts: (id, thread_id, user_id, post_time, is_spam)
POSTS = [
    (1, 10, 1, JAN_07, 0),  # week 0: never counted (the `if week:` quirk)
    (2, 10, 1, JAN_19, 0),  # on the week-2 boundary: week 1
    (3, 11, 2, JAN_13, 0),  # week 1
    (4, 11, 2, FEB_01, 0),  # after the end: week n_weeks - 1 = 2
    (5, 12, 3, JAN_20, 0),  # week 2, a forum-only user
    (6, 12, 1, JAN_20, 1),  # spam: not exported
    (7, 12, 1, JAN_01, 0),  # before the start: no week
    (8, 13, 9, JAN_14, 0),  # user_id 9 is not in hash_mapping: user "NULL", week 1
]
# forum_comments: (id, thread_id, post_id, user_id, post_time, is_spam)
COMMENTS = [
    (1, 10, 1, 1, JAN_15, 0),  # week 1
    (2, 11, 3, 2, JAN_15, 1),  # spam: not exported
    (3, 13, 8, "NULL", JAN_21, 0),  # NULL user_id: user "NULL", week 2
    (4, 10, 1, 2, START, 0),  # exactly the start: no week
]
# hash_mapping: (user_id, eventing_user_id, session_user_id, public_user_id)
HASH_MAPPING = [(1, "evt1", A, "pub1"), (2, "evt2", B, "pub2"), (3, "evt3", C, "pub3")]

DUMP_HEADER = """-- MySQL dump 10.13  Distrib 5.5.41, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: testcourse_001
-- ------------------------------------------------------
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8 */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
"""
DUMP_FOOTER = """/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;

-- Dump completed on 2015-03-01 12:00:00
"""


def _sql_value(value: object) -> str:
    if value == "NULL" or isinstance(value, int):
        return str(value)
    return f"'{value}'"


def _table(name: str, create_body: str, rows: Sequence[tuple[object, ...]]) -> str:
    values = ",".join("(" + ",".join(_sql_value(v) for v in row) + ")" for row in rows)
    return (
        f"\n--\n-- Table structure for table `{name}`\n--\n\n"
        f"DROP TABLE IF EXISTS `{name}`;\n"
        f"CREATE TABLE `{name}` (\n{create_body}\n) ENGINE=InnoDB DEFAULT CHARSET=utf8;\n\n"
        f"LOCK TABLES `{name}` WRITE;\n"
        f"INSERT INTO `{name}` VALUES {values};\n"
        "UNLOCK TABLES;\n"
    )


def _forum_dump() -> str:
    posts = _table(
        "forum_posts",
        "  `id` int(11) NOT NULL AUTO_INCREMENT,\n  `thread_id` int(11) NOT NULL,\n"
        "  `user_id` int(11) DEFAULT NULL,\n  `post_time` int(11) NOT NULL,\n"
        "  `is_spam` int(1) NOT NULL DEFAULT '0',\n  `post_text` text,\n  PRIMARY KEY (`id`)",
        [(*row, "hello, world") for row in POSTS],
    )
    comments = _table(
        "forum_comments",
        "  `id` int(11) NOT NULL AUTO_INCREMENT,\n  `thread_id` int(11) NOT NULL,\n"
        "  `post_id` int(11) NOT NULL,\n  `user_id` int(11) DEFAULT NULL,\n"
        "  `post_time` int(11) NOT NULL,\n  `is_spam` int(1) NOT NULL DEFAULT '0',\n"
        "  PRIMARY KEY (`id`)",
        COMMENTS,
    )
    return DUMP_HEADER + posts + comments + DUMP_FOOTER


def _hash_mapping_dump() -> str:
    table = _table(
        "hash_mapping",
        "  `user_id` int(11) NOT NULL,\n  `eventing_user_id` varchar(40) NOT NULL,\n"
        "  `session_user_id` varchar(40) NOT NULL,\n  `public_user_id` varchar(40) NOT NULL,\n"
        "  PRIMARY KEY (`user_id`)",
        list(HASH_MAPPING),
    )
    return DUMP_HEADER + table + DUMP_FOOTER


def _click(username: str) -> bytes:
    entry = {"key": "pageview", "username": username, "timestamp": (START + DAY) * 1000}
    return json.dumps(entry).encode() + b"\n"


CLICKSTREAM_LINES = [
    _click(A),
    b"\n",  # blank: JSONDecodeError
    b"not json{\n",  # JSONDecodeError
    b'{"key": "pageview", "timestamp": 1420502400000}\n',  # no username: user None
    b"[1, 2]\n",  # not an object: AttributeError
    _click(B),
    _click(D),
    b'{"username": "\xff\xfe"}\n',  # not UTF-8: UnicodeDecodeError
    *[_click(user) for user in EXTRA],
    _click(A),
]

# label_value per user; the first six EXTRA users are in labels-test
LABELS = {A: 1, B: 0, C: 1, D: 0, **{user: i % 2 for i, user in enumerate(EXTRA)}}


def _build_tree(root: Path) -> Path:
    data_dir = root / "data"
    session_dir = data_dir / COURSE / SESSION
    session_dir.mkdir(parents=True)
    title = f"Test Course ({COURSE}-{SESSION})"
    with gzip.open(session_dir / f"{title}_SQL_anonymized_forum.sql.gz", "wb") as handle:
        handle.write(_forum_dump().encode())
    (session_dir / f"{title}_SQL_hash_mapping.sql").write_text(_hash_mapping_dump())
    # Not used: selection takes the name containing "anonymized_forum" and the session id.
    with gzip.open(session_dir / f"{title}_SQL_anonymized_general.sql.gz", "wb") as handle:
        handle.write(b"this is not SQL\n")
    with gzip.open(session_dir / f"{COURSE}-{SESSION}_clickstream_export.gz", "wb") as handle:
        handle.write(b"".join(CLICKSTREAM_LINES))
    (data_dir / "coursera_course_dates.csv").write_bytes(
        b"course,fullname,start_date,end_date\n"
        b'othercourse-001,"Other, Caf\xe9",2/2/15,4/1/15\n'
        + f'{COURSE}-{SESSION},"Test, Course",1/5/15,1/24/15\n'.encode()
    )
    header = "userID,course,session,label_type,label_value\n"
    train = [f"{user},{COURSE},{SESSION},dropout,{label}" for user, label in LABELS.items()]
    test = train[10:]
    train = train[:10]
    noise = [
        f"{A},{COURSE},{SESSION},dropout_current_week,0",
        f"{B},othercourse,001,dropout,1",
    ]
    (data_dir / "labels-train.csv").write_text(header + "\n".join(train + noise) + "\n")
    (data_dir / "labels-test.csv").write_text(header + "\n".join(test) + "\n")
    return data_dir


@pytest.fixture(scope="module")
def job(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Run the whole job once with a 3-week feature window (the course has 3 weeks)."""
    root = tmp_path_factory.mktemp("original_job")
    data_dir = _build_tree(root)
    work_dir, output_dir = root / "work", root / "output"
    oj.run_original_job(data_dir, COURSE, work_dir, output_dir, n_feature_weeks=3)
    return data_dir, work_dir, output_dir


def test_list_sessions_sorts_by_last_three_characters(tmp_path: Path) -> None:
    for name in ["2013-002", "001", "2012-003", "2011-001"]:
        (tmp_path / "c" / name).mkdir(parents=True)
    (tmp_path / "c" / "notes.txt").write_text("not a session")
    assert oj.list_sessions(tmp_path, "c") == ["001", "2011-001", "2013-002", "2012-003"]


def test_forum_csvs(job: tuple[Path, Path, Path]) -> None:
    _, work_dir, _ = job
    session_dir = work_dir / COURSE / SESSION
    assert (session_dir / "forum_posts.csv").read_text() == (
        "id,thread_id,post_time,user_id,public_user_id,session_user_id,eventing_user_id\n"
        f"7,12,{JAN_01},1,pub1,{A},evt1\n"
        f"1,10,{JAN_07},1,pub1,{A},evt1\n"
        f"3,11,{JAN_13},2,pub2,{B},evt2\n"
        f"8,13,{JAN_14},9,NULL,NULL,NULL\n"
        f"2,10,{JAN_19},1,pub1,{A},evt1\n"
        f"5,12,{JAN_20},3,pub3,{C},evt3\n"
        f"4,11,{FEB_01},2,pub2,{B},evt2\n"
    )
    assert (session_dir / "forum_comments.csv").read_text().splitlines() == [
        "thread_id,post_time,session_user_id",
        f"10,{START},{B}",
        f"10,{JAN_15},{A}",
        f"13,{JAN_21},NULL",
    ]


def test_extract_users(job: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, _, _ = job
    clickstream = data_dir / COURSE / SESSION / f"{COURSE}-{SESSION}_clickstream_export.gz"
    assert oj.extract_users(clickstream) == {A, B, D, None, *EXTRA}
    warnings = [line for line in capsys.readouterr().out.splitlines() if "Warning" in line]
    assert [line.split(": ")[1] for line in warnings] == [
        f"invalid log line {n}" for n in (1, 2, 4, 7)
    ]


def test_weekly_counts(job: tuple[Path, Path, Path]) -> None:
    data_dir, work_dir, _ = job
    session_dir = work_dir / COURSE / SESSION
    start, end = oj.fetch_start_end_date(data_dir / "coursera_course_dates.csv", COURSE, SESSION)
    assert oj.course_weeks(start, end)[0] == 3
    users = {A, B, D, None, *EXTRA}
    counts = oj.count_weekly_posts(
        session_dir / "forum_posts.csv", session_dir / "forum_comments.csv", users, start, end
    )
    zeros = {0: 0, 1: 0, 2: 0, 3: 0}
    expected: dict[object, dict[int, int]] = {
        None: zeros,
        A: {0: 0, 1: 2, 2: 0, 3: 0},
        B: {0: 0, 1: 1, 2: 1, 3: 0},
        D: zeros,
        **dict.fromkeys(EXTRA, zeros),
        # forum-only users, in the order met: posts first, then comments
        "NULL": {0: 0, 1: 1, 2: 1, 3: 0},
        C: {0: 0, 1: 0, 2: 1, 3: 0},
    }
    assert counts == expected
    assert list(counts) == list(expected)  # clickstream users sorted, None first


def test_features_file(job: tuple[Path, Path, Path]) -> None:
    _, work_dir, _ = job
    features = (work_dir / COURSE / SESSION / "morf_mwe_feats.csv").read_text()
    assert features == (
        "userID,week_0_forum_posts,week_1_forum_posts,week_2_forum_posts,week_3_forum_posts\n"
        ",0,0,0,0\n"
        "NULL,0,1,1,0\n"
        f"{A},0,2,0,0\n"
        f"{B},0,1,1,0\n"
        f"{C},0,0,1,0\n"
        f"{D},0,0,0,0\n" + "".join(f"{user},0,0,0,0\n" for user in EXTRA)
    )


def test_feature_window_longer_than_course_is_empty(
    job: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    data_dir, work_dir, _ = job
    scratch = tmp_path / "work"
    shutil.copytree(work_dir / COURSE / SESSION, scratch / COURSE / SESSION)
    features = oj.extract_features(data_dir, COURSE, SESSION, scratch)  # default window: 4 weeks
    assert features.read_text() == (
        "userID,week_0_forum_posts,week_1_forum_posts,week_2_forum_posts,"
        "week_3_forum_posts,week_4_forum_posts\n"
    )


def test_course_dataset(job: tuple[Path, Path, Path]) -> None:
    _, work_dir, _ = job
    dataset = pd.read_csv(work_dir / COURSE / "course_dataset.csv")
    assert list(dataset.columns) == [f"week_{w}_forum_posts" for w in range(4)] + ["label_value"]
    # NULL and None users have no label; the other-course and other-label-type rows are filtered
    assert len(dataset) == len(LABELS)
    assert sorted(dataset["label_value"].tolist()) == sorted(LABELS.values())
    assert dataset["week_1_forum_posts"].sum() == 3  # A: 2, B: 1


def test_output(job: tuple[Path, Path, Path]) -> None:
    _, _, output_dir = job
    output = pd.read_csv(output_dir / COURSE / "output.csv")
    assert list(output.columns) == ["y_true", "y_pred", "y_score"]
    assert len(output) == 4  # a quarter of the 16 labelled users
    assert sorted(output["y_true"].tolist()) == [0, 0, 1, 1]  # stratified
    assert output["y_score"].between(0, 1).all()


def test_server_stops_and_is_removed_on_error() -> None:
    with pytest.raises(KeyError, match="boom"), oj.mariadb_server() as server:
        server_dir = server.socket.parent
        assert server.process.poll() is None
        raise KeyError("boom")
    assert server.process.poll() is not None
    assert not server_dir.exists()
