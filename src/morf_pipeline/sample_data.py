"""Deterministic generator of realistic MORF-style Coursera data trees.

:func:`generate` writes what MORF mounts at ``/morf-data`` for ``spec.courses`` courses of
``spec.sessions_per_course`` sessions each::

    coursera_course_dates.csv               ISO-8859-1; dates like 2/2/15; quoted commas
    labels-train.csv, labels-test.csv       test = each course's last session (last 3 chars)
    <course>/<session>/<Full Name> (<course>-<session>)_SQL_anonymized_forum.sql.gz
    <course>/<session>/<Full Name> (<course>-<session>)_SQL_hash_mapping.sql.gz
    <course>/<session>/<Full Name> (<course>-<session>)_SQL_anonymized_general.sql.gz  (unused)
    <course>/<session>/<Full Name> (<course>-<session>)_demographics.csv                 (unused)
    <course>/<session>/<course>-<session>_clickstream_export.gz

The first course uses session ids ``001``, ``002``...; the second ``2012-001``-style ids (the
start year) and plain ``.sql`` forum and hash_mapping dumps; further courses alternate (gzipped).
Courses 1, 3, ... get MySQL-5.5-style dumps (every tuple of an INSERT on one line); courses 2, 4,
... mariadb-dump-style dumps (one tuple per line), where the 2nd, 4th, ... session's dumps start
with the new sandbox-mode line. Dumps with text say ``SET NAMES utf8mb4`` (a 4-byte emoji cannot
pass a ``utf8`` connection); the ASCII-only MySQL-5.5 hash_mapping dumps say ``SET NAMES utf8``.

Every session carries the quirks of real exports (see :class:`ForumQuirks` and
:class:`ClickstreamQuirks`). The same :class:`SampleSpec` always gives byte-identical files: all
randomness comes from ``random.Random`` instances seeded from the spec (only ``random()`` and
integer draws, no libm-dependent distributions), and gzip headers carry no name and mtime 0.

:func:`build_session` returns the rows a session's files hold, so tests can compare what a
database loaded with what was meant to be written.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import gzip
import hashlib
import io
import json
import os
import queue
import random
import shutil
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from operator import attrgetter
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self

SqlValue = int | str | None

DAY: Final = 86_400
WEEK: Final = 7 * DAY
DATES_FILE: Final = "coursera_course_dates.csv"
LABELS_TRAIN_FILE: Final = "labels-train.csv"
LABELS_TEST_FILE: Final = "labels-test.csv"
LABEL_TYPES: Final = ("dropout", "dropout_current_week")
DATES_ENCODING: Final = "iso-8859-1"
# Weeks 1-4 are the MWE's counted feature weeks (week k covers (start+7k, start+7k+7] days).
FEATURE_WEEKS: Final = 4
# zlib levels (stable output; the clickstream deflates on a thread, overlapping formatting).
DUMP_GZIP_LEVEL: Final = 6
CLICKSTREAM_GZIP_LEVEL: Final = 6
# mysqldump starts a new INSERT statement once the current one would exceed this many bytes.
INSERT_LIMIT: Final = 8_192
_CLICK_CHUNK_LINES: Final = 8_192

# (slug, full name for the dates file: commas and latin-1 accents, file-name title: ASCII)
COURSE_CATALOGUE: Final = (
    (
        "accounting",
        "An Introduction to Financial Accounting, Première Partie",
        "An Introduction to Financial Accounting",
    ),
    (
        "globalenergy",
        "Global Energy, Resources & Sustainability: Überblick",
        "Global Energy Resources and Sustainability",
    ),
    (
        "introfinance",
        "Introduction to Finance, Año Académico",
        "Introduction to Finance",
    ),
    (
        "gametheory",
        "Game Theory, Strategy & Équilibre",
        "Game Theory",
    ),
    (
        "datascience",
        "Data Science, Análisis y Práctica",
        "Data Science Analysis and Practice",
    ),
    (
        "modernpoetry",
        "Modern & Contemporary Poetry, Lyrique Française",
        "Modern and Contemporary American Poetry",
    ),
)

# ---------------------------------------------------------------------------------------------
# Spec and plan


@dataclass(frozen=True)
class SampleSpec:
    """What to generate. The same spec always yields byte-identical files."""

    seed: int = 0
    courses: int = 2  # number of courses
    sessions_per_course: int = 3
    users_per_session: int = 60  # learners in a session
    clicks_per_user: int = 15  # average clickstream lines per learner

    def validate(self) -> None:
        if self.courses < 1:
            raise ValueError("courses must be at least 1")
        if not 1 <= self.sessions_per_course <= 999:
            raise ValueError("sessions_per_course must be between 1 and 999")
        if self.users_per_session < 10:
            raise ValueError("users_per_session must be at least 10 (quirks need learners)")
        if self.clicks_per_user < 1:
            raise ValueError("clicks_per_user must be at least 1")


class DumpStyle(Enum):
    """Which dump tool a session's SQL files imitate."""

    MYSQL55 = "mysql55"  # mysqldump 10.13 / MySQL 5.5.41: all tuples of an INSERT on one line
    MARIADB = "mariadb"  # mariadb-dump 10.19 / MariaDB 10.11: one tuple per line


@dataclass(frozen=True)
class SessionPlan:
    """One course session: its ids, dates, dump format and roster of learners."""

    course: str
    session: str
    index: int  # position of the session within its course
    course_index: int
    fullname: str  # as in coursera_course_dates.csv
    file_title: str  # the "<Full Name>" part of file names
    start: date
    end: date
    dump_style: DumpStyle
    sandbox_line: bool  # the dump starts with mariadb-dump's sandbox-mode comment
    gzip_dumps: bool  # forum and hash_mapping dumps gzipped (.sql.gz) or plain (.sql)
    learners: tuple[str, ...]  # session_user_ids of the clickstream learners, roster order
    returning: tuple[str, ...]  # learners also enrolled in the previous session

    @property
    def key(self) -> str:
        return f"{self.course}-{self.session}"

    @property
    def start_ts(self) -> int:
        """Course start, 00:00:00 UTC, in unix seconds."""
        return _midnight_utc(self.start)

    @property
    def end_ts(self) -> int:
        """Course end date, 00:00:00 UTC, in unix seconds."""
        return _midnight_utc(self.end)

    @property
    def n_weeks(self) -> int:
        return -(-(self.end - self.start).days // 7)

    @property
    def relative_dir(self) -> Path:
        return Path(self.course) / self.session

    def _sql_name(self, kind: str, gzipped: bool) -> str:
        return f"{self.file_title} ({self.key})_SQL_{kind}.sql" + (".gz" if gzipped else "")

    @property
    def forum_dump_name(self) -> str:
        return self._sql_name("anonymized_forum", self.gzip_dumps)

    @property
    def hash_mapping_dump_name(self) -> str:
        return self._sql_name("hash_mapping", self.gzip_dumps)

    @property
    def general_dump_name(self) -> str:
        return self._sql_name("anonymized_general", True)

    @property
    def demographics_name(self) -> str:
        return f"{self.file_title} ({self.key})_demographics.csv"

    @property
    def clickstream_name(self) -> str:
        return f"{self.key}_clickstream_export.gz"


@dataclass(frozen=True)
class CoursePlan:
    slug: str
    fullname: str
    file_title: str
    index: int
    sessions: tuple[SessionPlan, ...]

    @property
    def test_session(self) -> SessionPlan:
        """MORF's holdout session: the last one when ordered by the id's last three characters."""
        return max(self.sessions, key=lambda plan: plan.session[-3:])


def _midnight_utc(day: date) -> int:
    return int(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


def _rng(seed: int, *parts: str) -> random.Random:
    """An independent, platform-stable random stream for one purpose of one spec."""
    digest = hashlib.sha256("\x1f".join([str(seed), *parts]).encode()).digest()
    return random.Random(int.from_bytes(digest[:16], "big"))


def _hex_id(seed: int, *parts: str) -> str:
    """A 40-hex identifier (like Coursera's session_user_id) derived from the spec."""
    return hashlib.sha1("/".join(["morf-sample", str(seed), *parts]).encode()).hexdigest()


def _course_identity(index: int) -> tuple[str, str, str]:
    slug, fullname, file_title = COURSE_CATALOGUE[index % len(COURSE_CATALOGUE)]
    cycle = index // len(COURSE_CATALOGUE)
    if cycle:
        return f"{slug}{cycle + 1}", f"{fullname} {cycle + 1}", f"{file_title} {cycle + 1}"
    return slug, fullname, file_title


def plan_courses(spec: SampleSpec) -> tuple[CoursePlan, ...]:
    """Course slugs, session ids, dates, file formats and rosters for a spec."""
    spec.validate()
    courses = []
    for course_index in range(spec.courses):
        slug, fullname, file_title = _course_identity(course_index)
        rng = _rng(spec.seed, slug, "plan")
        users = spec.users_per_session
        n_returning = min(max(2, users // 20), users // 2)
        next_user = 0
        previous: tuple[str, ...] = ()
        start = date(2012, 2, 6) + timedelta(days=19 * course_index + rng.randrange(0, 10))
        sessions = []
        for index in range(spec.sessions_per_course):
            if index:
                start += timedelta(days=rng.randrange(140, 190))
            start += timedelta(days=(7 - start.weekday()) % 7)  # courses start on Mondays
            weeks = rng.randrange(6, 10)
            # Session 0 lasts whole weeks; the others do not.
            days = 7 * weeks + (0 if index == 0 else rng.randrange(1, 7))
            if course_index % 2 == 0:
                session_id = f"{index + 1:03d}"
            else:
                session_id = f"{start.year}-{index + 1:03d}"
            returning = tuple(rng.sample(previous, n_returning)) if previous else ()
            new = tuple(
                _hex_id(spec.seed, slug, "user", str(next_user + i))
                for i in range(users - len(returning))
            )
            next_user += len(new)
            learners = returning + new
            mariadb = course_index % 2 == 1
            sessions.append(
                SessionPlan(
                    course=slug,
                    session=session_id,
                    index=index,
                    course_index=course_index,
                    fullname=fullname,
                    file_title=file_title,
                    start=start,
                    end=start + timedelta(days=days),
                    dump_style=DumpStyle.MARIADB if mariadb else DumpStyle.MYSQL55,
                    sandbox_line=mariadb and index % 2 == 1,
                    gzip_dumps=course_index != 1,
                    learners=learners,
                    returning=returning,
                )
            )
            previous = learners
        courses.append(CoursePlan(slug, fullname, file_title, course_index, tuple(sessions)))
    return tuple(courses)


# ---------------------------------------------------------------------------------------------
# Rows (field order = column order in the dumps)


@dataclass(frozen=True, slots=True)
class ForumForum:
    id: int
    parent_id: int
    name: str
    description: str | None
    open: int
    deleted: int
    display_order: int | None
    can_post: int | None


@dataclass(frozen=True, slots=True)
class ForumThread:
    id: int
    forum_id: int
    user_id: int | None
    title: str
    posted_time: int
    last_updated_time: int | None
    last_updated_user: int | None
    num_posts: int
    num_views: int
    votes: int | None
    is_spam: int
    deleted: int
    stickied: int | None
    approved: int | None
    unanswered: int | None
    instructor_replied: int | None
    anonymous: int | None


@dataclass(frozen=True, slots=True)
class ForumPost:
    id: int
    thread_id: int
    user_id: int | None
    post_time: int
    edit_time: int | None
    deleted: int
    is_spam: int
    original: int | None
    stickied: int | None
    approved: int | None
    anonymous: int | None
    votes: int | None
    post_text: str
    user_agent: str | None
    text_type: str | None


@dataclass(frozen=True, slots=True)
class ForumComment:
    id: int
    thread_id: int
    post_id: int
    user_id: int | None
    post_time: int
    deleted: int
    is_spam: int
    votes: int | None
    anonymous: int | None
    comment_text: str
    user_agent: str | None
    text_type: str | None


@dataclass(frozen=True, slots=True)
class HashMapping:
    user_id: int
    eventing_user_id: str | None
    session_user_id: str | None
    public_user_id: str | None


@dataclass(frozen=True, slots=True)
class Announcement:
    id: int
    title: str
    message: str
    post_time: int
    open_time: int | None
    email_sent: int
    deleted: int


@dataclass(frozen=True, slots=True)
class LabelRow:
    userID: str  # the CSV column's name
    course: str
    session: str
    label_type: str
    label_value: int


@dataclass(frozen=True, slots=True)
class ClickPlan:
    """How much, and when, one learner clicks (unix milliseconds)."""

    username: str
    clicks: int
    first_ms: int
    last_ms: int


@dataclass(frozen=True)
class ForumQuirks:
    """How many rows of each quirk every session's forum dump holds (counts of rows)."""

    spam_posts: int = 3  # is_spam=1; one by a poster who posts nothing but spam
    spam_comments: int = 2
    deleted_posts: int = 3  # deleted=1, still counted by the MWE
    deleted_comments: int = 2
    null_user_posts: int = 2  # user_id NULL
    null_user_comments: int = 1
    unmapped_posts: int = 2  # user_id absent from hash_mapping (2 such users)
    unmapped_comments: int = 1
    before_start: int = 3  # 2 posts, 1 comment before the course start
    at_start: int = 2  # 1 post, 1 comment exactly at start 00:00:00 UTC
    on_boundary: int = 5  # at start + 7k days, k = 1..5 (posts for odd k, comments for even)
    after_boundary: int = 5  # one second later (comments for odd k, posts for even)
    after_window: int = 3  # posts in week >= 5, before the course end
    after_end: int = 2  # 1 post, 1 comment after the course end
    tie_groups: int = 2  # rows sharing one post_time: 3 rows of 3 users, 2 posts of 1 user
    forum_only_posters: int = 4  # in hash_mapping, never in the clickstream (2 only in week 0)


@dataclass(frozen=True)
class ClickstreamQuirks:
    """How many lines of each quirk every session's clickstream holds."""

    blank: int = 2
    truncated: int = 2  # a real line cut short: invalid JSON
    garbage: int = 2  # not JSON at all: invalid JSON
    invalid_utf8: int = 2  # otherwise valid JSON with latin-1 bytes
    no_username: int = 2  # valid object without a "username" key
    null_username: int = 2  # "username": null
    non_object: int = 3  # valid JSON that is not an object: [1, 2], "text", 17
    trap: int = 3  # value string embeds \"username\": \"<id>\" of an id found nowhere else
    reordered: int = 2  # "username" first, compact separators
    spaced: int = 2  # extra spaces around ":" and ","

    @property
    def invalid_json(self) -> int:
        return self.truncated + self.garbage

    @property
    def total(self) -> int:
        return (
            self.blank
            + self.truncated
            + self.garbage
            + self.invalid_utf8
            + self.no_username
            + self.null_username
            + self.non_object
            + self.trap
            + self.reordered
            + self.spaced
        )


FORUM_QUIRKS: Final = ForumQuirks()
CLICKSTREAM_QUIRKS: Final = ClickstreamQuirks()


@dataclass(frozen=True)
class SessionData:
    """Everything one session's files hold (the clickstream as a plan: it is written lazily)."""

    plan: SessionPlan
    forums: tuple[ForumForum, ...]
    threads: tuple[ForumThread, ...]
    posts: tuple[ForumPost, ...]
    comments: tuple[ForumComment, ...]
    hash_mapping: tuple[HashMapping, ...]
    announcements: tuple[Announcement, ...]
    labels: tuple[LabelRow, ...]
    clicks: tuple[ClickPlan, ...]
    forum_only: tuple[str, ...]  # session_user_ids that post but never click
    unmapped_user_ids: tuple[int, ...]  # forum user_ids missing from hash_mapping
    trap_ids: tuple[str, ...]  # ids that only occur inside clickstream value strings
    label_only: tuple[str, ...]  # userIDs with labels that appear nowhere else
    kitchen_sink: str  # a text with every special character, in one post and one comment

    def table_rows(self) -> dict[str, tuple[Any, ...]]:
        """Rows per table name, as dumped."""
        return {
            "forum_comments": self.comments,
            "forum_forums": self.forums,
            "forum_posts": self.posts,
            "forum_threads": self.threads,
            "hash_mapping": self.hash_mapping,
            "announcements": self.announcements,
        }


# ---------------------------------------------------------------------------------------------
# SQL dump writing


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # e.g. "int(11)", "text", "varchar(40)"
    not_null: bool = False
    default: str | None = None  # a literal default (written quoted by MySQL 5.5)
    auto_increment: bool = False

    def render(self, style: DumpStyle) -> str:
        parts = [f"`{self.name}`", self.type]
        if self.not_null:
            parts.append("NOT NULL")
        if self.auto_increment:
            parts.append("AUTO_INCREMENT")
        elif self.default is not None:
            quoted = f"'{self.default}'" if style is DumpStyle.MYSQL55 else self.default
            parts.append(f"DEFAULT {quoted}")
        elif not self.not_null and (style is DumpStyle.MARIADB or self.type != "text"):
            parts.append("DEFAULT NULL")  # MySQL 5.5 omits it for TEXT columns
        return " ".join(parts)


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    keys: tuple[str, ...]  # index lines such as "PRIMARY KEY (`id`)"

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)

    @property
    def auto_increment(self) -> bool:
        return any(column.auto_increment for column in self.columns)


def _int(name: str, *, not_null: bool = False, default: str | None = None) -> Column:
    return Column(name, "int(11)", not_null=not_null, default=default)


def _id() -> Column:
    return Column("id", "int(11)", not_null=True, auto_increment=True)


FORUM_POSTS: Final = TableSpec(
    "forum_posts",
    (
        _id(),
        _int("thread_id", not_null=True),
        _int("user_id"),
        _int("post_time", not_null=True),
        _int("edit_time"),
        _int("deleted", not_null=True, default="0"),
        _int("is_spam", not_null=True, default="0"),
        _int("original"),
        _int("stickied"),
        _int("approved"),
        _int("anonymous"),
        _int("votes"),
        Column("post_text", "text"),
        Column("user_agent", "text"),
        Column("text_type", "varchar(20)"),
    ),
    ("PRIMARY KEY (`id`)", "KEY `thread_id` (`thread_id`)", "KEY `user_id` (`user_id`)"),
)
FORUM_COMMENTS: Final = TableSpec(
    "forum_comments",
    (
        _id(),
        _int("thread_id", not_null=True),
        _int("post_id", not_null=True),
        _int("user_id"),
        _int("post_time", not_null=True),
        _int("deleted", not_null=True, default="0"),
        _int("is_spam", not_null=True, default="0"),
        _int("votes"),
        _int("anonymous"),
        Column("comment_text", "text"),
        Column("user_agent", "text"),
        Column("text_type", "varchar(20)"),
    ),
    ("PRIMARY KEY (`id`)", "KEY `post_id` (`post_id`)", "KEY `user_id` (`user_id`)"),
)
FORUM_THREADS: Final = TableSpec(
    "forum_threads",
    (
        _id(),
        _int("forum_id", not_null=True),
        _int("user_id"),
        Column("title", "varchar(255)"),
        _int("posted_time", not_null=True),
        _int("last_updated_time"),
        _int("last_updated_user"),
        _int("num_posts", not_null=True, default="0"),
        _int("num_views", not_null=True, default="0"),
        _int("votes"),
        _int("is_spam", not_null=True, default="0"),
        _int("deleted", not_null=True, default="0"),
        _int("stickied"),
        _int("approved"),
        _int("unanswered"),
        _int("instructor_replied"),
        _int("anonymous"),
    ),
    ("PRIMARY KEY (`id`)", "KEY `forum_id` (`forum_id`)"),
)
FORUM_FORUMS: Final = TableSpec(
    "forum_forums",
    (
        _id(),
        _int("parent_id", not_null=True, default="0"),
        Column("name", "varchar(255)"),
        Column("description", "text"),
        _int("open", not_null=True, default="1"),
        _int("deleted", not_null=True, default="0"),
        _int("display_order"),
        _int("can_post"),
    ),
    ("PRIMARY KEY (`id`)",),
)
HASH_MAPPING: Final = TableSpec(
    "hash_mapping",
    (
        _int("user_id", not_null=True),
        Column("eventing_user_id", "varchar(40)"),
        Column("session_user_id", "varchar(40)"),
        Column("public_user_id", "varchar(40)"),
    ),
    ("PRIMARY KEY (`user_id`)",),
)
ANNOUNCEMENTS: Final = TableSpec(
    "announcements",
    (
        _id(),
        Column("title", "varchar(255)"),
        Column("message", "text"),
        _int("post_time", not_null=True),
        _int("open_time"),
        _int("email_sent", not_null=True, default="0"),
        _int("deleted", not_null=True, default="0"),
    ),
    ("PRIMARY KEY (`id`)",),
)
# mysqldump writes tables in alphabetical order.
FORUM_TABLES: Final = (FORUM_COMMENTS, FORUM_FORUMS, FORUM_POSTS, FORUM_THREADS)

_SQL_ESCAPES: Final = str.maketrans(
    {
        "\0": "\\0",
        "'": "\\'",
        '"': '\\"',
        "\\": "\\\\",
        "\n": "\\n",
        "\r": "\\r",
        "\x1a": "\\Z",
    }
)


def sql_literal(value: SqlValue) -> str:
    """A value as mysqldump writes it: NULL bare, numbers bare, strings quoted and escaped."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    return "'" + value.translate(_SQL_ESCAPES) + "'"


def _insert_statements(
    table: TableSpec, rows: Sequence[Any], style: DumpStyle, limit: int = INSERT_LIMIT
) -> Iterator[str]:
    """Extended INSERTs of at most about ``limit`` bytes each, as mysqldump splits them."""
    getter = attrgetter(*table.column_names)
    if style is DumpStyle.MYSQL55:
        prefix, separator = f"INSERT INTO `{table.name}` VALUES ", ","
    else:
        prefix, separator = f"INSERT INTO `{table.name}` VALUES\n", ",\n"
    batch: list[str] = []
    size = len(prefix)
    for row in rows:
        values = getter(row)
        rendered = "(" + ",".join([sql_literal(value) for value in values]) + ")"
        length = len(rendered) if rendered.isascii() else len(rendered.encode())
        if batch and size + len(separator) + length + 2 > limit:
            yield prefix + separator.join(batch) + ";\n"
            batch, size = [], len(prefix)
        batch.append(rendered)
        size += length + len(separator)
    if batch:
        yield prefix + separator.join(batch) + ";\n"


def _dump_header(plan: SessionPlan, style: DumpStyle, names: str, sandbox: bool) -> str:
    database = plan.key.replace("-", "_")
    if style is DumpStyle.MYSQL55:
        tool = "-- MySQL dump 10.13  Distrib 5.5.41, for debian-linux-gnu (x86_64)"
        server = "-- Server version\t5.5.41-0ubuntu0.14.04.1-log"
    else:
        tool = "-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)"
        server = "-- Server version\t10.11.6-MariaDB-0+deb12u1-log"
    lines = [
        *(["/*M!999999\\- enable the sandbox mode */ "] if sandbox else []),
        tool,
        "--",
        f"-- Host: localhost    Database: {database}",
        "-- ------------------------------------------------------",
        server,
        "",
        "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
        "/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;",
        "/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;",
        f"/*!40101 SET NAMES {names} */;",
        "/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;",
        "/*!40103 SET TIME_ZONE='+00:00' */;",
        "/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;",
        "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;",
        "/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;",
        "/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;",
        "",
    ]
    return "\n".join(lines) + "\n"


def _dump_footer(dumped_at: datetime) -> str:
    lines = [
        "/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;",
        "",
        "/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;",
        "/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;",
        "/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;",
        "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;",
        "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;",
        "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;",
        "/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;",
        "",
        f"-- Dump completed on {dumped_at:%Y-%m-%d %H:%M:%S}",
    ]
    return "\n".join(lines) + "\n"


def _table_section(
    table: TableSpec, rows: Sequence[Any], style: DumpStyle, charset: str
) -> Iterator[str]:
    name = table.name
    client_charset = "utf8" if style is DumpStyle.MYSQL55 else "utf8mb4"
    definitions = [column.render(style) for column in table.columns] + list(table.keys)
    options = "ENGINE=InnoDB"
    if table.auto_increment and rows:
        options += f" AUTO_INCREMENT={max(row.id for row in rows) + 1}"
    options += f" DEFAULT CHARSET={charset}"
    if style is DumpStyle.MARIADB:
        options += f" COLLATE={charset}_general_ci"
    yield (
        f"--\n-- Table structure for table `{name}`\n--\n\n"
        f"DROP TABLE IF EXISTS `{name}`;\n"
        "/*!40101 SET @saved_cs_client     = @@character_set_client */;\n"
        f"/*!40101 SET character_set_client = {client_charset} */;\n"
        f"CREATE TABLE `{name}` (\n  " + ",\n  ".join(definitions) + f"\n) {options};\n"
        "/*!40101 SET character_set_client = @saved_cs_client */;\n\n"
        f"--\n-- Dumping data for table `{name}`\n--\n\n"
        f"LOCK TABLES `{name}` WRITE;\n"
        f"/*!40000 ALTER TABLE `{name}` DISABLE KEYS */;\n"
    )
    yield from _insert_statements(table, rows, style)
    yield f"/*!40000 ALTER TABLE `{name}` ENABLE KEYS */;\nUNLOCK TABLES;\n"


def render_dump(
    plan: SessionPlan,
    tables: Sequence[tuple[TableSpec, Sequence[Any]]],
    *,
    utf8mb4: bool = True,
) -> str:
    """A complete dump of ``tables`` in the session's dump style.

    ``utf8mb4=False`` writes ``SET NAMES utf8`` and ``DEFAULT CHARSET=utf8`` as MySQL 5.5 did;
    only use it for ASCII data (a 4-byte character cannot pass a utf8 connection).
    """
    style = plan.dump_style
    charset = "utf8mb4" if utf8mb4 or style is DumpStyle.MARIADB else "utf8"
    pieces = [_dump_header(plan, style, charset, plan.sandbox_line)]
    for index, (table, rows) in enumerate(tables):
        if index:
            pieces.append("\n")
        pieces.extend(_table_section(table, rows, style, charset))
    dumped_at = datetime(plan.end.year, plan.end.month, plan.end.day, 12) + timedelta(days=30)
    pieces.append(_dump_footer(dumped_at))
    return "".join(pieces)


def _write_gzip_bytes(path: Path, payload: bytes, level: int = DUMP_GZIP_LEVEL) -> None:
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0, compresslevel=level) as out,
    ):
        out.write(payload)


# ---------------------------------------------------------------------------------------------
# Text banks

THREAD_TITLES: Final = (
    "Week 1 quiz, question 3",
    "Can't play the videos on Safari",
    'What does "accrual basis" mean?',
    "Study group in São Paulo",
    "Slides for lecture 2.4?",
    "Path C:\\coursera\\week2 not found",
    "学习小组 (Chinese study group)",
    "Thanks everyone 😀",
    "Deadline extension?",
    "Typo in lecture 3 notes",
    "Introduce yourself here!",
    "Peer assessment rubric",
    "Certificate of accomplishment",
    "Problème avec le quiz",
    "¿Hay subtítulos en español?",
    "Homework 4: 50% or 100%?",
)
FRAGMENTS: Final = (
    "I can't find the week 2 quiz.",
    'The lecturer said "accrual basis" twice, what does it mean?',
    "Windows path: C:\\Users\\me\\Downloads\\week1.pdf",
    "Merci, c'était très clair !",
    "Danke für die Erklärung, schön!",
    "这门课很有意思。",
    "Great lecture 😀",
    "¿Alguien más tiene problemas con el vídeo?",
    "NPV = CF / (1 + r)^t",
    "Line one\nLine two",
    "Pasted from Word\r\nwith CRLF",
    "col1\tcol2\tcol3",
    "<p>HTML <b>bold</b> &amp; entities</p>",
    "Half done; 'single' and \"double\" quotes.",
    "See lecture 3.2 at 04:15.",
    "Regex: \\d+\\.\\d*",
    "Anyone from Zürich? 🇨🇭",
    "Thanks!",
    "I agree with the previous post.",
    "The answer key for Q7 looks wrong to me.",
    "Can we use Excel for the assignment?",
    "Great course so far, learning a lot.",
    "Video 4 stops at 3:12 for me.",
    "Good luck everyone 🎉",
    "Résumé of week 1: revenue recognition, matching principle.",
    "A backslash at the end \\",
)
RARE_FRAGMENTS: Final = ("Copied from an old DOS file\x1a", "end of text \x1a\x1a ok")
SPAM_TEXTS: Final = (
    "Cheap essays!!! visit http://spam.example.com 💰💰",
    "BUY FOLLOWERS NOW -> http://spam.example.net",
    "Earn $$$ from home, click here",
)
KITCHEN_SINK: Final = (
    'Kitchen sink: it\'s "quoted" \\ back\\slash\nnew line\r\ncarriage return\ttab '
    "café naïve 中文 😀 ctrl-Z:\x1a end"
)
FORUMS: Final = (
    ForumForum(1, 0, "General Discussion", "Talk about anything course-related.", 1, 0, 1, 1),
    ForumForum(2, 0, "Lecture Videos", "Questions about the lectures, week by week.", 1, 0, 2, 1),
    ForumForum(3, 0, "Assignments & Quizzes", 'No "answers" please!', 1, 0, 3, 1),
    ForumForum(4, 0, "Technical Issues", "Video, browser \\ plug-in problems.", 1, 0, 4, 1),
    ForumForum(5, 0, "Study Groups", "Find classmates near you: à bientôt 😀", 1, 0, 5, 1),
    ForumForum(6, 1, "Introductions", None, 1, 0, 1, 1),
    ForumForum(
        7, 0, "Course Feedback", "Tell the staff what\nworked and what didn't.", 0, 0, None, 0
    ),
)
_FORUM_WEIGHTS: Final = (30, 25, 25, 10, 5, 4, 1)
USER_AGENTS: Final = (
    "Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/40.0.2214.115 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_10_2) AppleWebKit/600.3.18 (KHTML, like Gecko) "
    "Version/8.0.3 Safari/600.3.18",
    "Mozilla/5.0 (Windows NT 6.3; WOW64; rv:35.0) Gecko/20100101 Firefox/35.0",
    "Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:35.0) Gecko/20100101 Firefox/35.0",
    "Mozilla/5.0 (iPad; CPU OS 8_1_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) "
    "Version/8.0 Mobile/12B466 Safari/600.1.4",
)
LANGUAGES: Final = (
    "en-US,en;q=0.8",
    "en-GB,en;q=0.8,en-US;q=0.6",
    "es-ES,es;q=0.8,en;q=0.6",
    "zh-CN,zh;q=0.8,en;q=0.6",
    "fr-FR,fr;q=0.8,en-US;q=0.6,en;q=0.4",
    "de-DE,de;q=0.8,en;q=0.6",
    "pt-BR,pt;q=0.8,en;q=0.6",
)
SEARCH_QUERIES: Final = ("week 2 quiz", "café", "中文 字幕", 'the "matching" principle', "NPV")


# ---------------------------------------------------------------------------------------------
# Building one session's rows


@dataclass
class _Contribution:
    """A forum post or comment before ids and threads are assigned."""

    time: int
    user_id: int | None
    comment: bool
    deleted: int = 0
    spam: int = 0
    text: str | None = None
    stickied: int = 0
    title: str | None = None


@dataclass
class _ThreadBuilder:
    id: int
    forum_id: int
    user_id: int | None
    title: str
    posted_time: int
    spam: int
    stickied: int
    anonymous: int
    last_updated_time: int = 0
    last_updated_user: int | None = None
    num_posts: int = 0
    staff_replied: bool = False


def _text(rng: random.Random) -> str:
    count = 1 + int(rng.random() * rng.random() * 5)
    parts = rng.sample(FRAGMENTS, count)
    if rng.random() < 0.03:
        parts.append(rng.choice(RARE_FRAGMENTS))
    return " ".join(parts)


def _week_weights(n_weeks: int, decay: float) -> list[float]:
    """Cumulative weights decaying week by week (no pow(): libm may differ by platform)."""
    weights = [1.0]
    for _ in range(n_weeks - 1):
        weights.append(weights[-1] * decay)
    for week in range(1, n_weeks):
        weights[week] += weights[week - 1]
    return weights


def _organic_time(rng: random.Random, start: int, cumulative: list[float]) -> int:
    """A time strictly inside a course week (never on a boundary), weeks drawn by weight."""
    week = bisect.bisect_right(cumulative, rng.random() * cumulative[-1])
    week = min(week, len(cumulative) - 1)
    return start + week * WEEK + 1 + int(rng.random() * (WEEK - 2))


def _mwe_counted_week(plan: SessionPlan, post_time: int) -> int | None:
    """The MWE's week of a post: k for start+7k < t <= start+7k+7; None at or before start."""
    if post_time <= plan.start_ts:
        return None
    week = (post_time - plan.start_ts - 1) // WEEK
    return min(week, plan.n_weeks - 1)


# P(dropout) by the number of posts and comments in weeks 1-4.
_DROPOUT_BY_POSTS: Final = (0.86, 0.72, 0.56, 0.42, 0.3, 0.22, 0.15, 0.1)


def _dropout_probability(posts_in_weeks_1_to_4: int) -> float:
    return _DROPOUT_BY_POSTS[min(posts_in_weeks_1_to_4, len(_DROPOUT_BY_POSTS) - 1)]


def build_session(spec: SampleSpec, plan: SessionPlan) -> SessionData:
    """All rows of one session, as its files will hold them."""
    rng = _rng(spec.seed, plan.course, plan.session, "forum")
    start, end = plan.start_ts, plan.end_ts
    learners = plan.learners
    n_learners = len(learners)
    n_registered_only = max(2, n_learners // 30)
    forum_only = tuple(
        _hex_id(spec.seed, plan.course, plan.session, "forum-only", str(i))
        for i in range(FORUM_QUIRKS.forum_only_posters)
    )
    staff = _hex_id(spec.seed, plan.course, plan.session, "staff")
    spammer = _hex_id(spec.seed, plan.course, plan.session, "spammer")
    registered_only = tuple(
        _hex_id(spec.seed, plan.course, plan.session, "registered", str(i))
        for i in range(n_registered_only)
    )
    mapped_users = (*learners, *forum_only, staff, spammer, *registered_only)
    n_unmapped = 2
    forum_ids = rng.sample(range(100_000, 9_999_999), len(mapped_users) + n_unmapped)
    user_ids = dict(zip(mapped_users, forum_ids, strict=False))
    unmapped = tuple(forum_ids[len(mapped_users) :])
    learner_ids = [user_ids[learner] for learner in learners]
    hash_mapping = tuple(
        sorted(
            (
                HashMapping(
                    user_id=user_ids[user],
                    eventing_user_id=_hex_id(spec.seed, plan.key, "eventing", user),
                    session_user_id=user,
                    public_user_id=_hex_id(spec.seed, plan.key, "public", user),
                )
                for user in mapped_users
            ),
            key=attrgetter("user_id"),
        )
    )

    def learner() -> int:
        return learner_ids[int(rng.random() * n_learners)]

    def in_weeks(first: int, last: int) -> int:
        """A time inside weeks first..last (MWE numbering), never on a boundary."""
        week = first + int(rng.random() * (last - first + 1))
        return start + week * WEEK + 1 + int(rng.random() * (WEEK - 2))

    contributions: list[_Contribution] = []
    add = contributions.append

    # Organic activity: most learners post little, a minority a lot, mostly early.
    heavy_weeks = _week_weights(plan.n_weeks, 0.55)
    light_weeks = _week_weights(plan.n_weeks, 0.8)
    for user_id in learner_ids:
        draw = rng.random()
        if draw < 0.58:
            continue
        heavy = draw >= 0.88
        count = 4 + int(rng.random() * rng.random() * 30) if heavy else 1 + int(rng.random() * 3)
        for _ in range(count):
            when = _organic_time(rng, start, heavy_weeks if heavy else light_weeks)
            add(_Contribution(when, user_id, rng.random() < 0.35))

    # Staff and the forum-only posters (in hash_mapping, never in the clickstream).
    staff_id = user_ids[staff]
    welcome = "Welcome to the course! Please introduce yourself 😀\nThe staff"
    add(
        _Contribution(
            start - 5 * DAY + 9 * 3600,
            staff_id,
            False,
            text=welcome,
            stickied=1,
            title="Welcome to the course!",
        )
    )
    add(_Contribution(start, staff_id, False, text="Week 1 is now open."))  # exactly at start
    for _ in range(2):
        add(_Contribution(in_weeks(0, 0), staff_id, False))
    add(_Contribution(in_weeks(2, 2), staff_id, True))
    for poster in forum_only[:2]:  # week 0 only
        for _ in range(1 + int(rng.random() * 2)):
            add(_Contribution(in_weeks(0, 0), user_ids[poster], rng.random() < 0.3))
    for poster in forum_only[2:]:
        for week in (0, 1, 3):
            add(_Contribution(in_weeks(week, week), user_ids[poster], week == 3))

    # Before and exactly at the course start.
    add(_Contribution(start - 2 * DAY + 4321, learner(), False))
    add(_Contribution(start - DAY + 77, learner(), True))
    add(_Contribution(start, learner(), True))
    # Exactly on week boundaries, and one second later.
    for k in range(1, 6):
        add(_Contribution(start + k * WEEK, learner(), k % 2 == 0))
        add(_Contribution(start + k * WEEK + 1, learner(), k % 2 == 1))
    # After the feature window (week >= 5) but before the end, and after the end.
    for offset in (3600, 2 * DAY, 5 * DAY + 1234):
        add(_Contribution(start + 5 * WEEK + offset, learner(), False))
    add(_Contribution(end + 3 * DAY + 100, learner(), False))
    add(_Contribution(end + 10 * DAY, learner(), True))
    # Spam (one poster posts nothing else), deleted rows, NULL and unmapped user_ids.
    add(_Contribution(in_weeks(1, 1), user_ids[spammer], False, spam=1, text=SPAM_TEXTS[0]))
    for text in SPAM_TEXTS[1:]:
        add(_Contribution(in_weeks(1, 3), learner(), False, spam=1, text=text))
    add(_Contribution(in_weeks(1, 2), user_ids[spammer], True, spam=1, text=SPAM_TEXTS[1]))
    add(_Contribution(in_weeks(1, 3), learner(), True, spam=1, text=SPAM_TEXTS[2]))
    for is_comment in (False, False, False, True, True):
        add(_Contribution(in_weeks(1, 4), learner(), is_comment, deleted=1))
    for is_comment in (False, False, True):
        add(_Contribution(in_weeks(1, 3), None, is_comment))
    for unmapped_id, is_comment in zip((*unmapped, unmapped[0]), (False, False, True), strict=True):
        add(_Contribution(in_weeks(1, 3), unmapped_id, is_comment))
    # Ties: three users at one instant; one user posting twice in the same second.
    tie = start + 9 * DAY + 3 * 3600 + 17
    for is_comment in (False, False, True):
        add(_Contribution(tie, learner(), is_comment))
    tie, twice = start + 16 * DAY + 5 * 3600 + 42, learner()
    add(_Contribution(tie, twice, False))
    add(_Contribution(tie, twice, False))
    # Every special character, in one post and one comment.
    add(_Contribution(in_weeks(1, 2), learner(), False, text=KITCHEN_SINK))
    add(_Contribution(in_weeks(1, 2), learner(), True, text=KITCHEN_SINK))

    threads, posts, comments = _assign_threads(rng, contributions, staff_id)

    # Labels: learners who post in weeks 1-4 drop out less.
    counted: dict[int, int] = {}
    last_post: dict[int, int] = {}
    first_post: dict[int, int] = {}
    activity = [(row.user_id, row.post_time, row.is_spam) for row in posts]
    activity += [(row.user_id, row.post_time, row.is_spam) for row in comments]
    for poster_id, post_time, is_spam in activity:
        if poster_id is None:
            continue
        mwe_week = _mwe_counted_week(plan, post_time)
        if not is_spam and mwe_week and mwe_week <= FEATURE_WEEKS:
            counted[poster_id] = counted.get(poster_id, 0) + 1
        last_post[poster_id] = max(last_post.get(poster_id, post_time), post_time)
        first_post[poster_id] = min(first_post.get(poster_id, post_time), post_time)
    labelled = (*learners, forum_only[1], forum_only[2])
    dropout: dict[str, int] = {}
    current: dict[str, int] = {}
    for user in labelled:
        dropped = rng.random() < _dropout_probability(counted.get(user_ids[user], 0))
        dropout[user] = int(dropped)
        current[user] = int(rng.random() < (0.3 if dropped else 0.04))
    label_only = tuple(
        _hex_id(spec.seed, plan.course, plan.session, "label-only", str(i)) for i in range(3)
    )
    for user in label_only:
        dropout[user] = 1
        current[user] = int(rng.random() < 0.5)
    labels = tuple(
        LabelRow(user, plan.course, plan.session, label_type, values[user])
        for label_type, values in zip(LABEL_TYPES, (dropout, current), strict=True)
        for user in (*labelled, *label_only)
    )

    # Clickstream activity: completers click more and longer than dropouts.
    weights: list[float] = []
    windows: list[tuple[int, int]] = []
    for user in learners:
        join = start - 3 * DAY + int(rng.random() * 5 * DAY)
        if dropout[user]:
            leave = join + 3600 + int(rng.random() * 3 * WEEK)
            weights.append(0.4 + rng.random())
        else:
            leave = end + int(rng.random() * 3 * DAY)
            weights.append(1.2 + 2 * rng.random())
        user_id = user_ids[user]
        if user_id in first_post:
            join = min(join, first_post[user_id] - 60)
            leave = max(leave, last_post[user_id] + 60)
        windows.append((join, leave))
    total_weight = sum(weights)
    total_clicks = n_learners * spec.clicks_per_user
    clicks = tuple(
        ClickPlan(user, max(1, int(total_clicks * weight / total_weight + 0.5)), a * 1000, b * 1000)
        for user, weight, (a, b) in zip(learners, weights, windows, strict=True)
    )

    announcements = (
        Announcement(
            1, "Welcome!", "Welcome to the course 😀\nSee you in week 1.", start, start, 1, 0
        ),
        Announcement(
            2, 'Quiz 1 "deadline"', "Extended by 2 days.\r\nSorry!", start + WEEK, None, 1, 0
        ),
        Announcement(
            3, "NUL test", "a NUL byte: \0 and ctrl-Z: \x1a", start + 2 * WEEK, None, 0, 1
        ),
    )
    trap_ids = tuple(
        _hex_id(spec.seed, plan.course, plan.session, "trap", str(i))
        for i in range(CLICKSTREAM_QUIRKS.trap)
    )
    return SessionData(
        plan=plan,
        forums=FORUMS,
        threads=threads,
        posts=posts,
        comments=comments,
        hash_mapping=hash_mapping,
        announcements=announcements,
        labels=labels,
        clicks=clicks,
        forum_only=forum_only,
        unmapped_user_ids=unmapped,
        trap_ids=trap_ids,
        label_only=label_only,
        kitchen_sink=KITCHEN_SINK,
    )


def _assign_threads(
    rng: random.Random, contributions: list[_Contribution], staff_id: int
) -> tuple[tuple[ForumThread, ...], tuple[ForumPost, ...], tuple[ForumComment, ...]]:
    """Turn contributions into threads, posts and comments with ids in time order."""
    contributions.sort(key=attrgetter("time"))  # stable: ties keep their creation order
    builders: list[_ThreadBuilder] = []
    posts: list[ForumPost] = []
    comments: list[ForumComment] = []
    for item in contributions:
        agent = USER_AGENTS[int(rng.random() * len(USER_AGENTS))] if rng.random() < 0.9 else None
        anonymous = int(rng.random() < 0.05)
        text = item.text if item.text is not None else _text(rng)
        votes = int(rng.random() * rng.random() * 6) - (1 if rng.random() < 0.05 else 0)
        text_type = "html" if rng.random() < 0.8 else "markdown"
        if item.comment and posts:
            if item.spam or rng.random() < 0.3:
                parent = posts[-1 - int(rng.random() * min(len(posts), 20))]
            else:
                parent = posts[-1 - int(rng.random() * rng.random() * len(posts))]
            thread = builders[parent.thread_id - 1]
            comments.append(
                ForumComment(
                    id=len(comments) + 1,
                    thread_id=thread.id,
                    post_id=parent.id,
                    user_id=item.user_id,
                    post_time=item.time,
                    deleted=item.deleted,
                    is_spam=item.spam,
                    votes=votes,
                    anonymous=anonymous,
                    comment_text=text,
                    user_agent=agent,
                    text_type=text_type,
                )
            )
        else:
            new = bool(item.spam) or not builders or rng.random() < 0.3
            if item.stickied:
                new = True
            if new:
                thread = _ThreadBuilder(
                    id=len(builders) + 1,
                    forum_id=rng.choices(range(1, len(FORUMS) + 1), _FORUM_WEIGHTS)[0],
                    user_id=item.user_id,
                    title=item.title
                    or (SPAM_TEXTS[0][:40] if item.spam else rng.choice(THREAD_TITLES)),
                    posted_time=item.time,
                    spam=item.spam,
                    stickied=item.stickied,
                    anonymous=anonymous,
                )
                builders.append(thread)
            else:
                thread = builders[-1 - int(rng.random() * rng.random() * len(builders))]
            edit_draw = rng.random()
            if edit_draw < 0.7:
                edit_time: int | None = 0
            elif edit_draw < 0.9:
                edit_time = item.time + 60 + int(rng.random() * 2 * DAY)
            else:
                edit_time = None
            posts.append(
                ForumPost(
                    id=len(posts) + 1,
                    thread_id=thread.id,
                    user_id=item.user_id,
                    post_time=item.time,
                    edit_time=edit_time,
                    deleted=item.deleted,
                    is_spam=item.spam,
                    original=int(new),
                    stickied=item.stickied,
                    approved=1,
                    anonymous=anonymous,
                    votes=votes,
                    post_text=text,
                    user_agent=agent,
                    text_type=text_type,
                )
            )
        thread.num_posts += 1
        thread.last_updated_time = item.time
        thread.last_updated_user = item.user_id
        thread.staff_replied |= item.user_id == staff_id and thread.user_id != staff_id
    threads = tuple(
        ForumThread(
            id=builder.id,
            forum_id=builder.forum_id,
            user_id=builder.user_id,
            title=builder.title,
            posted_time=builder.posted_time,
            last_updated_time=builder.last_updated_time,
            last_updated_user=builder.last_updated_user,
            num_posts=builder.num_posts,
            num_views=builder.num_posts * (3 + int(rng.random() * 40)),
            votes=int(rng.random() * 4),
            is_spam=builder.spam,
            deleted=0,
            stickied=builder.stickied,
            approved=1,
            unanswered=int(builder.num_posts == 1),
            instructor_replied=int(builder.staff_replied),
            anonymous=builder.anonymous,
        )
        for builder in builders
    )
    return threads, tuple(posts), tuple(comments)


# ---------------------------------------------------------------------------------------------
# Clickstream

# Clickstream events are packed into ints that sort by server time: (ms, burst, position).
_POSITION_BITS: Final = 5
_MAX_BURST: Final = 1 << _POSITION_BITS
_VIDEO_TYPES: Final = ("heartbeat", "heartbeat", "heartbeat", "pause", "play", "seeked")
_KIND_LECTURE, _KIND_FORUM, _KIND_QUIZ, _KIND_HOME = range(4)


class _ThreadedGzipWriter:
    """Gzip on a background thread: zlib releases the GIL, so deflate overlaps formatting."""

    def __init__(self, path: Path, level: int) -> None:
        self._raw = open(path, "wb")  # noqa: SIM115 (closed in close())
        self._gzip = gzip.GzipFile(
            fileobj=self._raw, mode="wb", filename="", mtime=0, compresslevel=level
        )
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="gzip-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._gzip.write(chunk)
                except BaseException as error:  # reported by write()/close()
                    self._error = error

    def write(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        try:
            self._gzip.close()
        finally:
            self._raw.close()
        if self._error is not None:
            raise self._error

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _json_string_body(text: str) -> str:
    """``text`` as the inside of a JSON string literal (no surrounding quotes)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


@dataclass(frozen=True, slots=True)
class _Burst:
    """One browsing session of one learner: the parts of its lines that do not change."""

    kind: int
    item: int  # lecture, thread or quiz number
    username: str
    first_url: str
    next_url: str
    first_rest: str  # from '"client"' to the user agent, for the burst's first line
    next_rest: str  # the same for its other lines (another "from")


def _plan_bursts(
    rng: random.Random, plan: SessionPlan, clicks: Sequence[ClickPlan]
) -> tuple[list[_Burst], list[int]]:
    """Every learner's bursts of clicks, and all events as packed, time-sorted ints."""
    base = f"https://class.coursera.org/{plan.key}"
    n_items = min(6 * plan.n_weeks, 120)
    bursts: list[_Burst] = []
    events: list[int] = []
    append = events.append
    random_ = rng.random
    total = sum(item.clicks for item in clicks)
    burst_bits = max(1, total.bit_length())  # there are at most as many bursts as clicks
    time_shift = _POSITION_BITS + burst_bits
    for learner in clicks:
        ip = f"10.{int(random_() * 256)}.{int(random_() * 256)}.{int(random_() * 254) + 1}"
        language = LANGUAGES[int(random_() * len(LANGUAGES))]
        agent = json.dumps(USER_AGENTS[int(random_() * len(USER_AGENTS))])
        session_base = 1_000_000_000 + int(random_() * 8_999_999_999)
        remaining, first, span = (
            learner.clicks,
            learner.first_ms,
            learner.last_ms - learner.first_ms,
        )
        local = 0
        while remaining > 0:
            size = min(remaining, 3 + int(random_() * 20))
            draw = random_()
            kind = (
                _KIND_LECTURE
                if draw < 0.55
                else _KIND_FORUM
                if draw < 0.8
                else _KIND_QUIZ
                if draw < 0.93
                else _KIND_HOME
            )
            item = 1 + int(random_() * n_items)
            if kind == _KIND_LECTURE:
                first_url = f"{base}/lecture/view?lecture_id={item}"
                next_url = f"{base}/lecture/{item}"
                first_from, next_from = f"{base}/lecture/index", first_url
            elif kind == _KIND_FORUM:
                first_url = next_url = f"{base}/forum/thread?thread_id={item}"
                first_from = next_from = f"{base}/forum/index"
            elif kind == _KIND_QUIZ:
                first_url = f"{base}/quiz/index"
                next_url = f"{base}/quiz/attempt?quiz_id={item % 12 + 1}"
                first_from, next_from = f"{base}/", first_url
            else:
                first_url, next_url = f"{base}/class/index", f"{base}/wiki/view?page=syllabus"
                first_from, next_from = f"{base}/", first_url
            rest = (
                f'"client": "spark", "session": "{session_base}-{local}", "language": "{language}"'
            )
            tail = f'", "user_ip": "{ip}", "user_agent": {agent}'
            index = len(bursts)
            bursts.append(
                _Burst(
                    kind,
                    item,
                    learner.username,
                    first_url,
                    next_url,
                    f'{rest}, "from": "{first_from}{tail}',
                    f'{rest}, "from": "{next_from}{tail}',
                )
            )
            head = index << _POSITION_BITS
            t = first + int(random_() * span)
            for position in range(size):
                append(t << time_shift | head | position)
                t += 3000 + int(random_() * 87_000)
            remaining -= size
            local += 1
    events.sort()
    return bursts, events


def _clickstream_lines(
    rng: random.Random, plan: SessionPlan, clicks: Sequence[ClickPlan]
) -> Iterator[str]:
    """Normal clickstream lines (with their newline), sorted by server time."""
    bursts, events = _plan_bursts(rng, plan, clicks)
    time_shift = _POSITION_BITS + max(1, sum(item.clicks for item in clicks).bit_length())
    burst_mask = (1 << (time_shift - _POSITION_BITS)) - 1
    searches = [
        _json_string_body(json.dumps({"query": query}, ensure_ascii=False))
        for query in SEARCH_QUERIES
    ]
    search_url = f"https://class.coursera.org/{plan.key}/forum/search?q=week"
    random_ = rng.random
    for event in events:
        position = event & (_MAX_BURST - 1)
        burst = bursts[event >> _POSITION_BITS & burst_mask]
        server_ms = event >> time_shift
        lag = server_ms % 4093  # client clocks run a little behind the server's
        client_ms = server_ms - lag
        key, value = "pageview", ""
        if position == 0:
            url, rest = burst.first_url, burst.first_rest
        else:
            url, rest = burst.next_url, burst.next_rest
            if burst.kind == _KIND_LECTURE:
                key = "user.video.lecture.action"
                seconds = position * 30 + lag % 30
                value = (
                    f'{{\\"currentTime\\": {seconds}.{lag % 10}, \\"playbackRate\\": 1, '
                    '\\"paused\\": false, \\"error\\": null, \\"networkState\\": 1, '
                    f'\\"readyState\\": 4, \\"lectureID\\": {burst.item}, '
                    f'\\"eventTimestamp\\": {client_ms}, '
                    f'\\"initTimestamp\\": {client_ms - position * 30_000}, '
                    f'\\"type\\": \\"{_VIDEO_TYPES[position % len(_VIDEO_TYPES)]}\\", '
                    f'\\"prevTime\\": {seconds - 5}.{lag % 10}}}'
                )
            elif burst.kind == _KIND_FORUM and position == 1 and random_() < 0.5:
                key, url = "user.forum.search", search_url
                value = searches[burst.item % len(searches)]
        yield (
            f'{{"key": "{key}", "value": "{value}", "username": "{burst.username}", '
            f'"timestamp": {client_ms}, "page_url": "{url}", {rest}, '
            f'"12": [], "13": 0, "14": {server_ms}, "30": {position}}}\n'
        )


def _quirk_lines(data: SessionData, rng: random.Random) -> list[bytes]:
    """The odd lines every session's clickstream gets, in a fixed order of kinds."""
    plan, quirks = data.plan, CLICKSTREAM_QUIRKS
    base = f"https://class.coursera.org/{plan.key}"
    learners = data.plan.learners

    def learner() -> str:
        return learners[int(rng.random() * len(learners))]

    def moment() -> int:
        return (plan.start_ts + int(rng.random() * plan.n_weeks * WEEK)) * 1000 + 123

    def record(username: str | None, *, key: str = "pageview", value: str = "") -> dict[str, Any]:
        stamp = moment()
        entry: dict[str, Any] = {"key": key, "value": value}
        if username != "":
            entry["username"] = username
        entry.update(
            {
                "timestamp": stamp,
                "page_url": f"{base}/class/index",
                "client": "spark",
                "session": f"{1_000_000_000 + int(rng.random() * 8e9)}-0",
                "language": LANGUAGES[0],
                "from": f"{base}/",
                "user_ip": "10.0.0.1",
                "user_agent": USER_AGENTS[0],
                "12": [],
                "13": 0,
                "14": stamp,
                "30": 0,
            }
        )
        return entry

    def line(entry: object, **options: Any) -> bytes:
        return (json.dumps(entry, ensure_ascii=False, **options) + "\n").encode()

    lines: list[bytes] = []
    lines += [b"\n"] * quirks.blank
    for _ in range(quirks.truncated):
        full = line(record(learner()))
        lines.append(full[: len(full) * 2 // 3] + b"\n")
    garbage = (b"<html><body>502 Bad Gateway</body></html>\n", b'{"key": "pageview", "value": }\n')
    lines += garbage[: quirks.garbage]
    for index in range(quirks.invalid_utf8):
        entry = record(learner())
        entry["page_url"] = f"{base}/wiki/view?page=caf@@"
        raw = line(entry).replace(b"caf@@", b"caf\xe9" if index % 2 == 0 else b"\xff\xfe")
        lines.append(raw)
    lines += [line(record("")) for _ in range(quirks.no_username)]
    lines += [line(record(None)) for _ in range(quirks.null_username)]
    lines += [b"[1, 2]\n", b'"text"\n', b"17\n"][: quirks.non_object]
    for trap_id in data.trap_ids:
        value = json.dumps({"mentioned": {"username": trap_id, "display": "Ana"}, "thread_id": 12})
        lines.append(line(record(learner(), key="user.forum.mention", value=value)))
    for _ in range(quirks.reordered):
        entry = record(learner())
        reordered = {"username": entry.pop("username"), **entry}
        lines.append(line(reordered, separators=(",", ":")))
    for _ in range(quirks.spaced):
        lines.append(line(record(learner()), separators=(" , ", " : ")).replace(b"{", b"{ ", 1))
    return lines


def write_clickstream(path: Path, spec: SampleSpec, data: SessionData) -> None:
    """Write the session's clickstream: sorted normal lines with the quirk lines in between."""
    rng = _rng(spec.seed, data.plan.course, data.plan.session, "clickstream")
    quirks = _quirk_lines(data, rng)
    n_lines = sum(item.clicks for item in data.clicks)
    # Quirk lines go before the normal line with their position (several may share one).
    positions = sorted(int(rng.random() * (n_lines + 1)) for _ in quirks)
    rng.shuffle(quirks)
    pending = list(zip(positions, quirks, strict=True))
    pending.append((n_lines + 1, b""))  # sentinel
    cursor = 0
    next_position = pending[0][0]
    with _ThreadedGzipWriter(path, CLICKSTREAM_GZIP_LEVEL) as out:
        batch: list[str] = []
        for written, text in enumerate(_clickstream_lines(rng, data.plan, data.clicks)):
            if written == next_position:
                out.write("".join(batch).encode())
                batch = []
                while pending[cursor][0] == written:
                    out.write(pending[cursor][1])
                    cursor += 1
                next_position = pending[cursor][0]
            batch.append(text)
            if len(batch) >= _CLICK_CHUNK_LINES:
                out.write("".join(batch).encode())
                batch = []
        out.write("".join(batch).encode())
        for _, extra in pending[cursor:]:
            out.write(extra)


# ---------------------------------------------------------------------------------------------
# Files


def format_course_date(day: date) -> str:
    """MORF's ``%m/%d/%y`` without zero padding of month and day: ``2/2/15``."""
    return f"{day.month}/{day.day}/{day.year % 100:02d}"


def _csv_text(rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _demographics(spec: SampleSpec, data: SessionData) -> str:
    rng = _rng(spec.seed, data.plan.course, data.plan.session, "demographics")
    rows: list[list[object]] = [["session_user_id", "age_range", "gender", "country_cd", "degree"]]
    for user in data.plan.learners:
        if rng.random() < 0.4:
            rows.append(
                [
                    user,
                    rng.choice(("18-24", "25-34", "35-44", "45-54", "55+", "")),
                    rng.choice(("female", "male", "other", "")),
                    rng.choice(("US", "IN", "BR", "CN", "ES", "DE", "FR", "")),
                    rng.choice(("Bachelor's", "Master's", "High school", "Doctorate", "")),
                ]
            )
    return _csv_text(rows)


def write_session(spec: SampleSpec, data: SessionData, session_dir: Path) -> None:
    """Write one session's five files into ``session_dir``."""
    plan = data.plan
    session_dir.mkdir(parents=True, exist_ok=True)
    forum = render_dump(
        plan,
        [
            (FORUM_COMMENTS, data.comments),
            (FORUM_FORUMS, data.forums),
            (FORUM_POSTS, data.posts),
            (FORUM_THREADS, data.threads),
        ],
    ).encode()
    mapping = render_dump(plan, [(HASH_MAPPING, data.hash_mapping)], utf8mb4=False).encode()
    for name, payload in ((plan.forum_dump_name, forum), (plan.hash_mapping_dump_name, mapping)):
        if plan.gzip_dumps:
            _write_gzip_bytes(session_dir / name, payload)
        else:
            (session_dir / name).write_bytes(payload)
    general = render_dump(plan, [(ANNOUNCEMENTS, data.announcements)]).encode()
    _write_gzip_bytes(session_dir / plan.general_dump_name, general)
    (session_dir / plan.demographics_name).write_text(_demographics(spec, data), encoding="utf-8")
    write_clickstream(session_dir / plan.clickstream_name, spec, data)


def generate(out_dir: Path, spec: SampleSpec) -> None:
    """Write a whole MORF-style data tree; ``out_dir`` must be empty or absent."""
    spec.validate()
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise FileExistsError(f"{out_dir} exists and is not an empty directory")
    courses = plan_courses(spec)
    out_dir.mkdir(parents=True, exist_ok=True)
    dates: list[list[object]] = [["course", "fullname", "start_date", "end_date"]]
    header: list[object] = ["userID", "course", "session", "label_type", "label_value"]
    train: list[list[object]] = [header]
    test: list[list[object]] = [header]
    for course in courses:
        holdout = course.test_session
        for plan in course.sessions:
            dates.append(
                [
                    plan.key,
                    plan.fullname,
                    format_course_date(plan.start),
                    format_course_date(plan.end),
                ]
            )
            data = build_session(spec, plan)
            write_session(spec, data, out_dir / plan.relative_dir)
            target = test if plan is holdout else train
            target.extend(
                [row.userID, row.course, row.session, row.label_type, row.label_value]
                for row in data.labels
            )
    (out_dir / DATES_FILE).write_bytes(_csv_text(dates).encode(DATES_ENCODING))
    (out_dir / LABELS_TRAIN_FILE).write_text(_csv_text(train), encoding="utf-8")
    (out_dir / LABELS_TEST_FILE).write_text(_csv_text(test), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Command line


def _clear_directory(path: Path) -> None:
    resolved = path.resolve()
    here = Path.cwd().resolve()
    if resolved == Path(resolved.anchor) or resolved == Path.home().resolve():
        raise SystemExit(f"refusing to clear {path}")
    if here == resolved or resolved in here.parents:
        raise SystemExit(f"refusing to clear {path}: it contains the working directory")
    if path.is_dir() and not path.is_symlink():
        for child in path.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    elif path.exists() or path.is_symlink():
        path.unlink()


def _parser() -> argparse.ArgumentParser:
    defaults = SampleSpec()
    parser = argparse.ArgumentParser(
        prog="morf-sample-data",
        description="Write a deterministic, realistic MORF-style Coursera data tree.",
    )
    parser.add_argument("out_dir", type=Path, help="directory to create (must be empty)")
    parser.add_argument("--seed", type=int, default=defaults.seed)
    parser.add_argument("--courses", type=int, default=defaults.courses)
    parser.add_argument(
        "--sessions", type=int, default=defaults.sessions_per_course, help="sessions per course"
    )
    parser.add_argument(
        "--users", type=int, default=defaults.users_per_session, help="learners per session"
    )
    parser.add_argument(
        "--clicks-per-user",
        type=int,
        default=defaults.clicks_per_user,
        help="average clickstream lines per learner",
    )
    parser.add_argument("--force", action="store_true", help="delete the contents of OUT_DIR first")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    spec = SampleSpec(
        seed=args.seed,
        courses=args.courses,
        sessions_per_course=args.sessions,
        users_per_session=args.users,
        clicks_per_user=args.clicks_per_user,
    )
    try:
        spec.validate()
    except ValueError as error:
        print(f"morf-sample-data: {error}", file=sys.stderr)
        return 2
    out_dir: Path = args.out_dir
    if args.force and out_dir.exists():
        _clear_directory(out_dir)
    started = time.monotonic()
    try:
        generate(out_dir, spec)
    except FileExistsError as error:
        print(f"morf-sample-data: {error} (use --force to replace it)", file=sys.stderr)
        return 1
    size = sum(os.path.getsize(p) for p in out_dir.rglob("*") if p.is_file())
    print(
        f"wrote {out_dir}: {spec.courses} course(s) x {spec.sessions_per_course} session(s), "
        f"{size / 1e6:.1f} MB in {time.monotonic() - started:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
