"""What a tree holds: the spec, and each course's sessions (ids, dates, dump format, roster)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Final

from morf_sample_data import seeds

DAY: Final = 86_400
WEEK: Final = 7 * DAY

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


class DumpStyle(Enum):
    """Which dump tool a session's SQL files imitate."""

    MYSQL55 = "mysql55"  # mysqldump 10.13 / MySQL 5.5.41: all tuples of an INSERT on one line
    MARIADB = "mariadb"  # mariadb-dump 10.19 / MariaDB 10.11: one tuple per line
    # What MORF serves today: mysqldump 8.0.19 of a MySQL 5.7.38 server (GTID line, MORF's types).
    MORF_MYSQL8 = "morf-mysql8"


@dataclass(frozen=True)
class SampleSpec:
    """What to generate. The same spec always yields byte-identical files."""

    seed: int = 0
    courses: int = 2  # number of courses
    sessions_per_course: int = 3
    users_per_session: int = 60  # learners in a session
    clicks_per_user: int = 15  # average clickstream lines per learner
    # One style for every session; None alternates MySQL 5.5 and MariaDB by course.
    dump_style: DumpStyle | None = None

    def validate(self) -> None:
        if self.courses < 1:
            raise ValueError("courses must be at least 1")
        if not 1 <= self.sessions_per_course <= 999:
            raise ValueError("sessions_per_course must be between 1 and 999")
        if self.users_per_session < 10:
            raise ValueError("users_per_session must be at least 10 (quirks need learners)")
        if self.clicks_per_user < 1:
            raise ValueError("clicks_per_user must be at least 1")


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

    def mwe_week(self, post_time: int) -> int | None:
        """The MWE's week of a post: k for start+7k < t <= start+7k+7; None at or before start."""
        if post_time <= self.start_ts:
            return None
        week = (post_time - self.start_ts - 1) // WEEK
        return min(week, self.n_weeks - 1)

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


def _course_identity(index: int) -> tuple[str, str, str]:
    slug, fullname, file_title = COURSE_CATALOGUE[index % len(COURSE_CATALOGUE)]
    cycle = index // len(COURSE_CATALOGUE)
    if cycle:
        return f"{slug}{cycle + 1}", f"{fullname} {cycle + 1}", f"{file_title} {cycle + 1}"
    return slug, fullname, file_title


def _dump_format(spec: SampleSpec, course_index: int, index: int) -> tuple[DumpStyle, bool]:
    """A session's dump style, and whether its dumps start with the sandbox-mode line."""
    alternate = DumpStyle.MARIADB if course_index % 2 == 1 else DumpStyle.MYSQL55
    style = spec.dump_style or alternate
    return style, style is DumpStyle.MARIADB and index % 2 == 1


def plan_courses(spec: SampleSpec) -> tuple[CoursePlan, ...]:
    """Course slugs, session ids, dates, file formats and rosters for a spec."""
    spec.validate()
    return tuple(_plan_course(spec, course_index) for course_index in range(spec.courses))


def _plan_course(spec: SampleSpec, course_index: int) -> CoursePlan:
    slug, fullname, file_title = _course_identity(course_index)
    rng = seeds.rng(spec.seed, slug, "plan")
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
            seeds.hex_id(spec.seed, slug, "user", str(next_user + i))
            for i in range(users - len(returning))
        )
        next_user += len(new)
        learners = returning + new
        dump_style, sandbox_line = _dump_format(spec, course_index, index)
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
                dump_style=dump_style,
                sandbox_line=sandbox_line,
                gzip_dumps=course_index != 1,
                learners=learners,
                returning=returning,
            )
        )
        previous = learners
    return CoursePlan(slug, fullname, file_title, course_index, tuple(sessions))
