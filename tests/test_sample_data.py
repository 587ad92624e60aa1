"""Tests of the MORF-style sample data generator (the morf_sample_data package)."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import itertools
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

import pymysql
import pytest

from morf_pipeline.files import open_maybe_gzip
from morf_sample_data.cli import main
from morf_sample_data.dumps import ANNOUNCEMENTS, FORUM_TABLES, HASH_MAPPING, sql_literal
from morf_sample_data.labels import LABEL_TYPES
from morf_sample_data.plan import (
    DAY,
    WEEK,
    CoursePlan,
    DumpStyle,
    SampleSpec,
    SessionPlan,
    plan_courses,
)
from morf_sample_data.quirks import CLICKSTREAM_QUIRKS, FORUM_QUIRKS
from morf_sample_data.rows import ForumComment, ForumPost, SessionData
from morf_sample_data.session import build_session
from morf_sample_data.tree import format_course_date, generate

SPEC = SampleSpec()
HEX40 = re.compile(r"^[0-9a-f]{40}$")


# ---------------------------------------------------------------------------------------------
# Fixtures


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sample") / "morf-data"
    generate(out, SPEC)
    return out


@pytest.fixture(scope="module")
def courses() -> tuple[CoursePlan, ...]:
    return plan_courses(SPEC)


@pytest.fixture(scope="module")
def sessions(courses: tuple[CoursePlan, ...]) -> list[SessionData]:
    return [build_session(SPEC, plan) for course in courses for plan in course.sessions]


def _digest_tree(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def _read_csv(path: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def _clickstream_lines(tree: Path, plan: SessionPlan) -> list[bytes]:
    data = gzip.decompress((tree / plan.relative_dir / plan.clickstream_name).read_bytes())
    assert data.endswith(b"\n")
    return data[:-1].split(b"\n")


# ---------------------------------------------------------------------------------------------
# Determinism and layout


def test_same_spec_gives_identical_bytes_and_another_seed_differs(
    tree: Path, tmp_path: Path
) -> None:
    generate(tmp_path / "again", SPEC)
    assert _digest_tree(tmp_path / "again") == _digest_tree(tree)
    generate(tmp_path / "other", SampleSpec(seed=1))
    other = _digest_tree(tmp_path / "other")
    assert other.keys() == _digest_tree(tree).keys()  # same layout...
    changed = [name for name, digest in other.items() if _digest_tree(tree)[name] != digest]
    assert len(changed) == len(other)  # ...but every file differs


def test_generate_refuses_a_non_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "keep.txt").write_text("x")
    with pytest.raises(FileExistsError, match="exists and is not an empty directory"):
        generate(tmp_path, SPEC)
    assert [path.name for path in tmp_path.iterdir()] == ["keep.txt"]


def test_tree_layout_and_file_names(tree: Path, courses: tuple[CoursePlan, ...]) -> None:
    assert [course.slug for course in courses] == ["accounting", "globalenergy"]
    assert [plan.session for plan in courses[0].sessions] == ["001", "002", "003"]
    assert [plan.session for plan in courses[1].sessions] == ["2012-001", "2012-002", "2013-003"]
    expected = {"coursera_course_dates.csv", "labels-train.csv", "labels-test.csv"}
    for course in courses:
        for plan in course.sessions:
            folder = f"{course.slug}/{plan.session}"
            title = f"{course.file_title} ({course.slug}-{plan.session})"
            suffix = ".sql.gz" if course.index != 1 else ".sql"
            expected |= {
                f"{folder}/{title}_SQL_anonymized_forum{suffix}",
                f"{folder}/{title}_SQL_hash_mapping{suffix}",
                f"{folder}/{title}_SQL_anonymized_general.sql.gz",
                f"{folder}/{title}_demographics.csv",
                f"{folder}/{course.slug}-{plan.session}_clickstream_export.gz",
            }
    written = set(_digest_tree(tree))
    assert written == expected
    # Spelled out, not derived from the plan: a title with spaces, a plain dump, a year id.
    assert {
        "accounting/001/An Introduction to Financial Accounting (accounting-001)"
        "_SQL_anonymized_forum.sql.gz",
        "accounting/001/accounting-001_clickstream_export.gz",
        "globalenergy/2012-001/Global Energy Resources and Sustainability "
        "(globalenergy-2012-001)_SQL_hash_mapping.sql",
    } <= written


def test_gzip_files_have_no_name_or_mtime_and_plain_dumps_are_plain(tree: Path) -> None:
    for path in tree.rglob("*"):
        head = path.read_bytes()[:20] if path.is_file() else b""
        if path.name.endswith(".gz"):
            assert head[:3] == b"\x1f\x8b\x08"
            assert head[3] == 0, f"{path.name}: FNAME or other header flags set"
            assert head[4:8] == b"\0\0\0\0", f"{path.name}: mtime is set"
        elif path.name.endswith(".sql"):
            assert head.startswith((b"-- MariaDB dump", b"/*M!999999")), path.name


def test_default_tree_is_small(tree: Path) -> None:
    total = sum(path.stat().st_size for path in tree.rglob("*") if path.is_file())
    assert total < 2_000_000


def test_more_courses_get_new_slugs_and_alternate_styles() -> None:
    plans = plan_courses(SampleSpec(courses=8, sessions_per_course=1, users_per_session=10))
    slugs = [course.slug for course in plans]
    assert len(set(slugs)) == 8
    assert slugs[:4] == ["accounting", "globalenergy", "introfinance", "gametheory"]
    assert slugs[6:] == ["accounting2", "globalenergy2"]
    assert [course.sessions[0].dump_style for course in plans[:3]] == [
        DumpStyle.MYSQL55,
        DumpStyle.MARIADB,
        DumpStyle.MYSQL55,
    ]
    assert plans[2].sessions[0].session == "001"
    assert re.fullmatch(r"\d{4}-001", plans[3].sessions[0].session)
    assert [course.sessions[0].gzip_dumps for course in plans[:4]] == [True, False, True, True]


def test_spec_validation(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^users_per_session must be at least 10 "):
        plan_courses(SampleSpec(users_per_session=3))
    with pytest.raises(ValueError, match=r"^courses must be at least 1$"):
        plan_courses(SampleSpec(courses=0))
    with pytest.raises(ValueError, match=r"^sessions_per_course must be between 1 and 999$"):
        plan_courses(SampleSpec(sessions_per_course=1000))
    with pytest.raises(ValueError, match=r"^clicks_per_user must be at least 1$"):
        generate(tmp_path / "never", SampleSpec(clicks_per_user=0))
    assert not (tmp_path / "never").exists()


# ---------------------------------------------------------------------------------------------
# Dates and labels


def test_dates_file(tree: Path, courses: tuple[CoursePlan, ...]) -> None:
    raw = (tree / "coursera_course_dates.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")  # latin-1, as MORF ships it
    text = raw.decode("iso-8859-1")
    assert text.splitlines()[0] == "course,fullname,start_date,end_date"
    assert '"An Introduction to Financial Accounting, Première Partie"' in text
    rows = _read_csv(tree / "coursera_course_dates.csv", encoding="iso-8859-1")
    plans = {plan.key: plan for course in courses for plan in course.sessions}
    assert [row["course"] for row in rows] == list(plans)
    durations = []
    for row in rows:
        plan = plans[row["course"]]
        assert "," in row["fullname"]
        assert not row["fullname"].isascii()
        for field, day in (("start_date", plan.start), ("end_date", plan.end)):
            assert re.fullmatch(r"[1-9]\d?/[1-9]\d?/\d\d", row[field]), row[field]
            assert datetime.strptime(row[field], "%m/%d/%y").date() == day
        durations.append((plan.end - plan.start).days)
    assert all(42 <= days <= 70 for days in durations)
    assert any(days % 7 for days in durations) and any(days % 7 == 0 for days in durations)
    for course in courses:
        assert len({plan.start for plan in course.sessions}) == len(course.sessions)
    assert format_course_date(datetime(2015, 2, 2).date()) == "2/2/15"


def test_labels_files(
    tree: Path, courses: tuple[CoursePlan, ...], sessions: list[SessionData]
) -> None:
    train = _read_csv(tree / "labels-train.csv")
    test = _read_csv(tree / "labels-test.csv")
    header = "userID,course,session,label_type,label_value"
    for name in ("labels-train.csv", "labels-test.csv"):
        assert (tree / name).read_text().splitlines()[0] == header
    assert {(row["course"], row["session"]) for row in test} == {
        ("accounting", "003"),
        ("globalenergy", "2013-003"),
    }
    assert {(row["course"], row["session"]) for row in train} == {
        (course.slug, plan.session)
        for course in courses
        for plan in course.sessions
        if plan is not course.test_session
    }
    assert "accounting,001,dropout," in (tree / "labels-train.csv").read_text()
    everything = train + test
    assert {row["label_type"] for row in everything} == {"dropout", "dropout_current_week"}
    assert {row["label_value"] for row in everything} == {"0", "1"}
    by_session: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in everything:
        by_session.setdefault((row["course"], row["session"]), []).append(row)
    for data in sessions:
        plan = data.plan
        rows = by_session[(plan.course, plan.session)]
        written = [(row["userID"], row["label_type"], int(row["label_value"])) for row in rows]
        assert written == [(r.userID, r.label_type, r.label_value) for r in data.labels]
        for label_type in LABEL_TYPES:
            users = {row["userID"] for row in rows if row["label_type"] == label_type}
            assert set(plan.learners) <= users
            assert set(data.label_only) <= users
        dropout = {r.userID: r.label_value for r in data.labels if r.label_type == "dropout"}
        current = {r.userID: r.label_value for r in data.labels if r.label_type != "dropout"}
        assert dropout != current  # filtering by label_type matters
    rate = sum(int(r["label_value"]) for r in everything if r["label_type"] == "dropout") / sum(
        r["label_type"] == "dropout" for r in everything
    )
    assert 0.5 <= rate <= 0.8


def test_test_session_is_last_by_last_three_characters() -> None:
    plans = plan_courses(SampleSpec(courses=2, sessions_per_course=4, users_per_session=10))
    assert plans[0].test_session.session == "004"
    assert plans[1].test_session.session.endswith("-004")


def test_labels_correlate_with_forum_activity(sessions: list[SessionData]) -> None:
    posters: list[int] = []
    silent: list[int] = []
    for data in sessions:
        mapping = {row.user_id: row.session_user_id for row in data.hash_mapping}
        counted: Counter[str | None] = Counter()
        for user_id, post_time, spam in [
            *((r.user_id, r.post_time, r.is_spam) for r in data.posts),
            *((r.user_id, r.post_time, r.is_spam) for r in data.comments),
        ]:
            week = data.plan.mwe_week(post_time)
            if not spam and week is not None and 1 <= week <= 4:
                counted[mapping.get(user_id)] += 1  # type: ignore[arg-type]
        for row in data.labels:
            if row.label_type == "dropout" and row.userID in data.plan.learners:
                (posters if counted[row.userID] else silent).append(row.label_value)
    assert sum(posters) / len(posters) + 0.2 < sum(silent) / len(silent)


# ---------------------------------------------------------------------------------------------
# Forum and hash_mapping rows


def test_identifiers(sessions: list[SessionData], courses: tuple[CoursePlan, ...]) -> None:
    for data in sessions:
        for row in data.hash_mapping:
            for value in (row.session_user_id, row.eventing_user_id, row.public_user_id):
                assert value is not None and HEX40.match(value)
        assert len({row.user_id for row in data.hash_mapping}) == len(data.hash_mapping)
    per_course = [
        {user for plan in course.sessions for user in plan.learners} for course in courses
    ]
    assert not per_course[0] & per_course[1]  # users overlap only within a course
    for course in courses:
        for previous, plan in zip(course.sessions, course.sessions[1:], strict=False):
            both = set(previous.learners) & set(plan.learners)
            assert both and both == set(plan.returning)


def test_forum_quirks_in_every_session(sessions: list[SessionData]) -> None:
    quirks = FORUM_QUIRKS
    for data in sessions:
        plan, start, end = data.plan, data.plan.start_ts, data.plan.end_ts
        rows: list[ForumPost | ForumComment] = [*data.posts, *data.comments]
        mapped = {row.user_id: row.session_user_id for row in data.hash_mapping}
        assert sum(p.is_spam for p in data.posts) >= quirks.spam_posts
        assert sum(c.is_spam for c in data.comments) >= quirks.spam_comments
        assert sum(p.deleted for p in data.posts) >= quirks.deleted_posts
        assert sum(c.deleted for c in data.comments) >= quirks.deleted_comments
        assert sum(p.user_id is None for p in data.posts) == quirks.null_user_posts
        assert sum(c.user_id is None for c in data.comments) == quirks.null_user_comments
        unmapped = [r for r in rows if r.user_id is not None and r.user_id not in mapped]
        assert len(unmapped) == quirks.unmapped_posts + quirks.unmapped_comments
        assert {r.user_id for r in unmapped} == set(data.unmapped_user_ids)
        assert sum(r.post_time < start for r in rows) >= quirks.before_start
        assert sum(r.post_time == start for r in rows) >= quirks.at_start
        for k in range(1, 6):
            assert any(r.post_time == start + k * WEEK for r in rows)
            assert any(r.post_time == start + k * WEEK + 1 for r in rows)
        after_window = [r for r in rows if start + 5 * WEEK < r.post_time <= end]
        assert len(after_window) >= quirks.after_window
        assert sum(r.post_time > end + DAY for r in rows) >= quirks.after_end
        times = Counter(r.post_time for r in rows)
        assert sum(count >= 2 for count in times.values()) >= quirks.tie_groups
        # Forum-only posters: mapped, post, never click; two post only in week 0.
        clickers = set(plan.learners)
        posters = {mapped[r.user_id] for r in rows if r.user_id in mapped and not r.is_spam}
        assert set(data.forum_only) <= posters and not set(data.forum_only) & clickers
        week0_only = 0
        for user in data.forum_only:
            weeks = {
                plan.mwe_week(r.post_time)
                for r in rows
                if r.user_id is not None and mapped.get(r.user_id) == user
            }
            week0_only += weeks == {0}
        assert week0_only >= 2
        assert clickers - posters  # clickstream users who never post
        # A poster who posts nothing but spam.
        spam_only = {r.user_id for r in rows if r.is_spam} - {
            r.user_id for r in rows if not r.is_spam
        }
        assert spam_only & set(mapped)
        # Ids ascend with time; comments point at earlier posts of the same thread.
        assert [p.post_time for p in data.posts] == sorted(p.post_time for p in data.posts)
        posts = {p.id: p for p in data.posts}
        for comment in data.comments:
            parent = posts[comment.post_id]
            assert parent.thread_id == comment.thread_id and parent.post_time <= comment.post_time
        texts = [p.post_text for p in data.posts] + [c.comment_text for c in data.comments]
        assert sum(text == data.kitchen_sink for text in texts) == 2
        for needle in ("'", '"', "\\", "\n", "\r", "\t", "é", "中文", "😀", "\x1a"):
            assert needle in data.kitchen_sink
        assert any("\n" in text and text != data.kitchen_sink for text in texts)


def test_sql_literal_escapes_like_mysqldump() -> None:
    assert sql_literal(None) == "NULL"
    assert sql_literal(42) == "42"
    assert sql_literal("a\0b'c\"d\\e\nf\rg\x1ah\ti😀") == ("'a\\0b\\'c\\\"d\\\\e\\nf\\rg\\Zh\ti😀'")


# ---------------------------------------------------------------------------------------------
# SQL dumps: format, and a real load into MariaDB


def _dump_text(path: Path) -> str:
    with open_maybe_gzip(path) as handle:
        return handle.read().decode("utf-8")


def test_dump_formats(tree: Path, courses: tuple[CoursePlan, ...]) -> None:
    for course in courses:
        for plan in course.sessions:
            folder = tree / plan.relative_dir
            forum = _dump_text(folder / plan.forum_dump_name)
            mapping = _dump_text(folder / plan.hash_mapping_dump_name)
            for text in (forum, mapping, _dump_text(folder / plan.general_dump_name)):
                assert text.rstrip("\n").splitlines()[-1].startswith("-- Dump completed on ")
                assert "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;" in text
                assert text.startswith("/*M!999999\\- enable the sandbox mode */") == (
                    plan.sandbox_line
                )
            assert "/*!40101 SET NAMES utf8mb4 */;" in forum
            assert "DROP TABLE IF EXISTS `forum_posts`;" in forum
            assert "LOCK TABLES `forum_comments` WRITE;" in forum
            assert "/*!40000 ALTER TABLE `forum_threads` DISABLE KEYS */;" in forum
            assert re.search(r"\) ENGINE=InnoDB AUTO_INCREMENT=\d+ DEFAULT CHARSET=utf8mb4", forum)
            inserts = [line for line in forum.splitlines() if line.startswith("INSERT INTO")]
            assert sum("`forum_posts`" in line for line in inserts) >= 2  # split statements
            if plan.dump_style is DumpStyle.MYSQL55:
                assert forum.startswith("-- MySQL dump 10.13  Distrib 5.5.41")
                assert "-- Server version\t5.5.41-0ubuntu0.14.04.1-log" in forum
                assert all(line.endswith(");") and "),(" in line for line in inserts[:1])
                assert "/*!40101 SET NAMES utf8 */;" in mapping  # ASCII-only data
                assert "`deleted` int(11) NOT NULL DEFAULT '0'," in forum
            else:
                assert "-- MariaDB dump" in forum
                assert all(line.endswith("VALUES") for line in inserts)
                assert "\n(1,0,'General Discussion'," in forum
                assert "`post_text` text DEFAULT NULL," in forum
    styles = {plan.sandbox_line for course in courses for plan in course.sessions}
    assert styles == {True, False}


def _mariadb_available() -> bool:
    return bool(shutil.which("mariadbd") or Path("/usr/sbin/mariadbd").exists())


def _assert_loaded_as_built(connection: pymysql.connections.Connection, data: SessionData) -> None:
    """Every table holds the rows the session was built with; the MWE's queries see the quirks."""
    specs = {spec.name: spec for spec in (*FORUM_TABLES, HASH_MAPPING, ANNOUNCEMENTS)}
    with connection.cursor() as cursor:
        for table, rows in data.table_rows().items():
            spec = specs[table]
            key = spec.columns[0].name
            cursor.execute(f"SELECT * FROM `{table}` ORDER BY `{key}`")
            loaded = list(cursor.fetchall())
            getter = attrgetter(*spec.column_names)
            assert loaded == [getter(row) for row in rows], f"{data.plan.key}: {table}"
        cursor.execute("SELECT post_text FROM forum_posts WHERE post_text LIKE 'Kitchen%'")
        assert cursor.fetchall() == ((data.kitchen_sink,),)
        cursor.execute("SELECT message FROM announcements WHERE id = 3")
        (message,) = cursor.fetchone()
        assert "\0" in message and "\x1a" in message
        # The MWE's two queries: spam is excluded, NULL and unmapped users give NULL.
        cursor.execute(
            "SELECT thread_id, post_time, b.session_user_id FROM forum_comments AS a "
            "LEFT JOIN hash_mapping AS b ON a.user_id = b.user_id "
            "WHERE a.is_spam != 1 ORDER BY post_time"
        )
        comments = cursor.fetchall()
        assert len(comments) == sum(not c.is_spam for c in data.comments)
        cursor.execute(
            "SELECT id, thread_id, post_time, a.user_id, public_user_id, session_user_id, "
            "eventing_user_id FROM forum_posts AS a LEFT JOIN hash_mapping AS b "
            "ON a.user_id = b.user_id WHERE is_spam != 1 ORDER BY post_time"
        )
        posts = cursor.fetchall()
        assert len(posts) == sum(not p.is_spam for p in data.posts)
        null_users = sum(row[5] is None for row in posts) + sum(row[2] is None for row in comments)
        quirks = FORUM_QUIRKS
        assert null_users == (
            quirks.null_user_posts
            + quirks.null_user_comments
            + quirks.unmapped_posts
            + quirks.unmapped_comments
        )


def _dump_names(plan: SessionPlan) -> tuple[str, str, str]:
    return plan.forum_dump_name, plan.hash_mapping_dump_name, plan.general_dump_name


@pytest.mark.skipif(not _mariadb_available(), reason="MariaDB server not installed")
def test_every_dump_loads_into_mariadb_and_round_trips(
    tree: Path, sessions: list[SessionData]
) -> None:
    from morf_pipeline.sql.mariadb import private_server

    with private_server() as server:
        connection = server.connect()
        for data in sessions:
            for name in _dump_names(data.plan):
                server.load_dump(tree / data.plan.relative_dir / name)
            _assert_loaded_as_built(connection, data)
        connection.close()


# MORF's flavour: mysqldump 8.0.19 of its MySQL 5.7.38 server.
MORF_SPEC = SampleSpec(
    courses=2, sessions_per_course=2, users_per_session=20, dump_style=DumpStyle.MORF_MYSQL8
)
GTID_LINE = "SET @@GLOBAL.GTID_PURGED=/*!80000 '+'*/ '';"


@pytest.fixture(scope="module")
def morf_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("morf") / "morf-data"
    generate(out, MORF_SPEC)
    return out


def _create_table(dump: str, table: str) -> str:
    return dump.split(f"CREATE TABLE `{table}` (\n")[1].split(";\n")[0]


def test_morf_mysql8_dumps_have_the_shape_of_morfs_own(morf_tree: Path, tmp_path: Path) -> None:
    for course in plan_courses(MORF_SPEC):
        for plan in course.sessions:
            assert plan.dump_style is DumpStyle.MORF_MYSQL8 and not plan.sandbox_line
            folder = morf_tree / plan.relative_dir
            forum, mapping, general = (_dump_text(folder / n) for n in _dump_names(plan))
            for text in (forum, mapping, general):
                lines = text.splitlines()
                assert lines[0] == "-- MySQL dump 10.13  Distrib 8.0.19, for Win64 (x86_64)"
                assert lines[4] == "-- Server version\t5.7.38-log"
                assert "/*!50503 SET NAMES utf8mb4 */;" in lines
                assert "/*!50503 SET character_set_client = utf8mb4 */;" in lines
                assert lines.count(GTID_LINE) == 1
                assert "DROP TABLE" not in text  # MORF's dumps do not drop tables
                assert lines[-1].startswith("-- Dump completed on ")
                inserts = [line for line in lines if line.startswith("INSERT INTO")]
                assert inserts and all(line.endswith(");") for line in inserts)
            assert _create_table(mapping, "hash_mapping") == (
                "  `user_id` int(11) NOT NULL,\n"
                "  `eventing_user_id` varchar(255) NOT NULL,\n"
                "  `session_user_id` varchar(255) NOT NULL,\n"
                "  `public_user_id` varchar(255) NOT NULL,\n"
                "  PRIMARY KEY (`user_id`)\n"
                ") ENGINE=InnoDB DEFAULT CHARSET=latin1"
            )
            for table in ("forum_posts", "forum_comments"):
                create = _create_table(forum, table)
                assert "  `text_type` enum('markdown','html') NOT NULL DEFAULT 'markdown'" in create
                assert "  `is_spam` tinyint(4) NOT NULL DEFAULT '0'" in create
                assert create.endswith(" DEFAULT CHARSET=utf8mb4")
    # Only the dumps differ from the default styles' tree of the same spec.
    generate(tmp_path / "default", SampleSpec(**{**MORF_SPEC.__dict__, "dump_style": None}))
    default, morf = _digest_tree(tmp_path / "default"), _digest_tree(morf_tree)
    assert morf.keys() == default.keys()
    changed = {name for name, digest in morf.items() if default[name] != digest}
    assert changed == {name for name in morf if "_SQL_" in name}


@pytest.mark.skipif(not _mariadb_available(), reason="MariaDB server not installed")
def test_morf_mysql8_dumps_load_into_mariadb_as_built_without_their_gtid_line(
    morf_tree: Path, tmp_path: Path
) -> None:
    """MariaDB has no GTID_PURGED variable, so this loads copies without that one line: the
    rest of MORF's flavour (tinyint, enum, a latin1 table, SQL_LOG_BIN) loads every value."""
    from morf_pipeline.sql.mariadb import private_server

    with private_server() as server:
        connection = server.connect()
        for course in plan_courses(MORF_SPEC):
            for plan in course.sessions:
                database = plan.key.replace("-", "_")
                with connection.cursor() as cursor:
                    cursor.execute(f"CREATE DATABASE `{database}`")
                for name in _dump_names(plan):
                    text = _dump_text(morf_tree / plan.relative_dir / name)
                    assert GTID_LINE + "\n" in text
                    copy = tmp_path / name.removesuffix(".gz")
                    copy.write_text(text.replace(GTID_LINE + "\n", ""), encoding="utf-8")
                    server.load_dump(copy, database)
                connection.select_db(database)
                _assert_loaded_as_built(connection, build_session(MORF_SPEC, plan))
        connection.close()


# ---------------------------------------------------------------------------------------------
# Clickstream


def _classify(line: bytes, trap_ids: tuple[str, ...]) -> str:
    if not line.strip():
        return "blank"
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return "invalid_utf8"
    try:
        entry: Any = json.loads(text)
    except ValueError:
        truncated = text.startswith('{"key": "pageview", "value": "", "username": "')
        return "truncated" if truncated else "garbage"
    if not isinstance(entry, dict):
        return "non_object"
    if "username" not in entry:
        return "no_username"
    if entry["username"] is None:
        return "null_username"
    if any(trap in entry["value"] for trap in trap_ids):
        return "trap"
    if next(iter(entry)) != "key":
        return "reordered"
    if text.startswith("{ "):
        return "spaced"
    return "normal"


def test_clickstream_quirks_and_users(tree: Path, sessions: list[SessionData]) -> None:
    quirks = CLICKSTREAM_QUIRKS
    expected = {
        name: getattr(quirks, name)
        for name in (
            "blank",
            "truncated",
            "garbage",
            "invalid_utf8",
            "no_username",
            "null_username",
            "non_object",
            "trap",
            "reordered",
            "spaced",
        )
    }
    for data in sessions:
        plan = data.plan
        lines = _clickstream_lines(tree, plan)
        kinds = Counter(_classify(line, data.trap_ids) for line in lines)
        assert {kind: kinds[kind] for kind in expected} == expected, plan.key
        assert kinds["normal"] == sum(item.clicks for item in data.clicks)
        assert len(lines) == kinds["normal"] + quirks.total
        # A strict JSON parse finds exactly the roster (plus None for the null/missing users).
        users: set[str | None] = set()
        in_window = 0
        stamps: list[int] = []
        for line in lines:
            try:
                entry = json.loads(line.decode("utf-8"))
            except ValueError:
                continue
            if isinstance(entry, dict):
                users.add(entry.get("username"))
                assert isinstance(entry["value"], str)
                stamps.append(entry["timestamp"])
                in_window += (
                    (plan.start_ts - 7 * DAY) * 1000
                    <= entry["timestamp"]
                    <= (plan.end_ts + 7 * DAY) * 1000
                )
        assert users == {*plan.learners, None}
        assert in_window >= 0.95 * len(stamps)
        inversions = sum(a > b for a, b in itertools.pairwise(stamps))
        assert inversions < 0.2 * len(stamps)  # roughly sorted
        # Key order of normal lines is Coursera's.
        normal = next(line for line in lines if _classify(line, data.trap_ids) == "normal")
        assert list(json.loads(normal)) == [
            "key",
            "value",
            "username",
            "timestamp",
            "page_url",
            "client",
            "session",
            "language",
            "from",
            "user_ip",
            "user_agent",
            "12",
            "13",
            "14",
            "30",
        ]
        # The trap: a naive scan for "username" finds ids a JSON parse does not.
        raw = b"\n".join(lines).decode("utf-8", "replace")
        naive = set(re.findall(r'username\\?"\s*:\s*\\?"([0-9a-f]{40})', raw))
        assert set(data.trap_ids) <= naive
        assert not set(data.trap_ids) & set(plan.learners)
        assert any(b'"key": "user.video.lecture.action"' in line for line in lines)


def test_trap_ids_occur_nowhere_else(tree: Path, sessions: list[SessionData]) -> None:
    traps = {trap.encode() for data in sessions for trap in data.trap_ids}
    for path in tree.rglob("*"):
        if not path.is_file():
            continue
        content = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        found = {trap for trap in traps if trap in content}
        if path.name.endswith("_clickstream_export.gz"):
            for trap in found:
                for line in content.split(b"\n"):
                    if trap in line:
                        assert json.loads(line)["username"] != trap.decode()
        else:
            assert not found, path


def test_demographics_csv(tree: Path, sessions: list[SessionData]) -> None:
    for data in sessions:
        path = tree / data.plan.relative_dir / data.plan.demographics_name
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
        assert rows[0][0] == "session_user_id"
        assert {row[0] for row in rows[1:]} <= set(data.plan.learners)


# ---------------------------------------------------------------------------------------------
# Command line


def test_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli"
    args = [str(out), "--seed", "3", "--courses", "1", "--sessions", "2", "--users", "12"]
    args += ["--clicks-per-user", "4"]
    assert main(args) == 0
    first = _digest_tree(out)
    assert "accounting/002/accounting-002_clickstream_export.gz" in first
    assert main(args) == 1  # exists, no --force
    assert "--force" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0
    assert _digest_tree(out) == first
    assert main([str(tmp_path / "bad"), "--users", "2"]) == 2
    expected = SampleSpec(seed=3, courses=1, sessions_per_course=2, users_per_session=12)
    generate(tmp_path / "api", SampleSpec(**{**expected.__dict__, "clicks_per_user": 4}))
    assert _digest_tree(tmp_path / "api") == first
    morf_args = [str(tmp_path / "cli-morf"), *args[1:], "--dump-style", "morf-mysql8"]
    assert main(morf_args) == 0
    generate(
        tmp_path / "api-morf",
        SampleSpec(
            **{**expected.__dict__, "clicks_per_user": 4, "dump_style": DumpStyle.MORF_MYSQL8}
        ),
    )
    assert _digest_tree(tmp_path / "cli-morf") == _digest_tree(tmp_path / "api-morf") != first


def test_python_dash_m_runs_the_command(tmp_path: Path) -> None:
    out = tmp_path / "module"
    args = [str(out), "--courses", "1", "--sessions", "1", "--users", "10"]
    result = subprocess.run(
        [sys.executable, "-m", "morf_sample_data", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        rf"wrote {re.escape(str(out))}: 1 course\(s\) x 1 session\(s\), .*\n", result.stderr
    )
    assert (out / "labels-train.csv").read_text().startswith("userID,course,session,")
