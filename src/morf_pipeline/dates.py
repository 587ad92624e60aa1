"""Course session dates from MORF's ``coursera_course_dates.csv``."""

from __future__ import annotations

import calendar
import codecs
import csv
import io
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from math import ceil
from pathlib import Path

from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.semantics import Semantics

SECONDS_PER_DAY = 86_400
SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY
DATE_FORMAT = "%m/%d/%y"  # e.g. 2/2/15; Coursera's export does not zero-pad
REQUIRED_COLUMNS = ("course", "start_date", "end_date")
# The MWE reads this file as ISO-8859-1; only ASCII columns are used, so this never fails.
ENCODING = "ISO-8859-1"


@dataclass(frozen=True)
class SessionDates:
    """A session's start and end dates as written in the dates file, validated."""

    start_date: str
    end_date: str

    @property
    def start(self) -> datetime:
        return datetime.strptime(self.start_date, DATE_FORMAT)

    @property
    def end(self) -> datetime:
        return datetime.strptime(self.end_date, DATE_FORMAT)

    @property
    def start_seconds(self) -> int:
        """The start day's midnight as unix seconds, read as UTC (the MWE ran in UTC)."""
        return calendar.timegm(self.start.timetuple())

    @property
    def after_end_seconds(self) -> int:
        """The midnight after the end day, as unix seconds (UTC)."""
        return calendar.timegm(self.end.timetuple()) + SECONDS_PER_DAY


@dataclass(frozen=True)
class DatesRow:
    """A row of the dates file as written, unchecked, and its line."""

    line: int
    start_date: str
    end_date: str


def _parse(path: Path, line: int, key: str, column: str, value: str) -> datetime:
    try:
        return datetime.strptime(value, DATE_FORMAT)
    except ValueError:
        raise InputDataError(
            f"{path}, line {line}: {column} {value!r} of {key!r} is not a date like 2/2/15 "
            f"({DATE_FORMAT})"
        ) from None


def read_session_dates(path: Path) -> dict[str, list[DatesRow]]:
    """Every row keyed ``<course>-<session>``, in file order, checked only when a session uses
    it (``dates_for_session``): a blank row or dates still to be announced for a course that
    is not run stop nothing. A UTF-8 byte order mark (Excel's "CSV UTF-8") is skipped."""
    if not path.is_file():
        raise InputDataError(f"dates file {path} does not exist")
    content = path.read_bytes().removeprefix(codecs.BOM_UTF8).decode(ENCODING)
    reader = csv.DictReader(io.StringIO(content, newline=""), restval="")
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise InputDataError(f"{path}: missing column(s) {', '.join(missing)}")
    dates: dict[str, list[DatesRow]] = {}
    for row in reader:
        dates.setdefault(row["course"], []).append(
            DatesRow(reader.line_num, row["start_date"], row["end_date"])
        )
    return dates


def dates_for_session(
    dates: dict[str, list[DatesRow]], path: Path, course: str, session: str
) -> SessionDates:
    """The session's row, checked: dates like 2/2/15, the end not before the start, one row."""
    key = f"{course}-{session}"
    if key not in dates:
        raise InputDataError(
            f"course {course!r}, session {session!r}: no row {key!r} in dates file {path}"
        )
    row, *repeated = dates[key]
    start = _parse(path, row.line, key, "start_date", row.start_date)
    end = _parse(path, row.line, key, "end_date", row.end_date)
    if end < start:
        raise InputDataError(
            f"{path}, line {row.line}: {key!r} ends ({row.end_date}) before it starts "
            f"({row.start_date})"
        )
    if repeated:
        raise InputDataError(f"{path}, line {repeated[0].line}: {key!r} appears twice")
    return SessionDates(row.start_date, row.end_date)


def course_weeks(dates: SessionDates) -> int:
    """The MWE's course length: whole weeks, the last one possibly shorter."""
    return ceil((dates.end - dates.start).days / 7)


def check_feature_weeks(
    session_dates: Mapping[tuple[str, str], SessionDates],
    n_feature_weeks: int,
    semantics: Semantics,
) -> list[str]:
    """In ``mwe``, warnings for the sessions shorter than ``n_feature_weeks`` weeks, whose
    features have no rows (as the original's); a ConfigError if that is every session of a
    course (given by ``(course, session)``), which could then only fail for want of learners."""
    if semantics is not Semantics.MWE:
        return []
    short: dict[str, dict[str, int]] = {}
    sessions_per_course: Counter[str] = Counter()
    for (course, session), dates in session_dates.items():
        sessions_per_course[course] += 1
        if (weeks := course_weeks(dates)) < n_feature_weeks:
            short.setdefault(course, {})[session] = weeks
    for course, weeks_of in short.items():
        if len(weeks_of) == sessions_per_course[course]:
            listed = ", ".join(f"{session}: {weeks}" for session, weeks in weeks_of.items())
            raise ConfigError(
                f"semantics 'mwe': every session of course {course!r} is shorter than "
                f"n_feature_weeks={n_feature_weeks} weeks ({listed}), and the original job "
                "writes no features for such a session: set n_feature_weeks to at most "
                f"{min(weeks_of.values())}, or use semantics 'corrected' (which zero-fills the "
                "missing weeks)"
            )
    return [
        f"semantics 'mwe': session {session!r} of course {course!r} is {weeks} weeks long, "
        f"shorter than n_feature_weeks={n_feature_weeks}: as in the original job, its "
        "features have no rows"
        for course, weeks_of in short.items()
        for session, weeks in weeks_of.items()
    ]
