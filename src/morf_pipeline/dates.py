"""Course session dates from MORF's ``coursera_course_dates.csv``."""

from __future__ import annotations

import calendar
import codecs
import csv
import io
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from morf_pipeline.errors import InputDataError

SECONDS_PER_DAY = 86_400
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
