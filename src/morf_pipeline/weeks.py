"""Course weeks: which week of a session a time falls in, as the MWE and ``corrected`` count.

The one owner of the week arithmetic: the forum features, the clickstream activity and the
study's own features all bucket times into weeks here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from math import ceil

import numpy as np
import numpy.typing as npt

from morf_pipeline.dates import SECONDS_PER_DAY, SessionDates
from morf_pipeline.errors import ConfigError
from morf_pipeline.semantics import Semantics

SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY
NO_WEEK = -1


def course_weeks(dates: SessionDates) -> int:
    """The MWE's course length: whole weeks, the last one possibly shorter."""
    return ceil((dates.end - dates.start).days / 7)


def mwe_weeks(post_times: npt.NDArray[np.int64], dates: SessionDates) -> npt.NDArray[np.int64]:
    """The MWE's ``bisect_left(week_starts, t) - 1``: week k is (start+7k, start+7k+7]."""
    week_starts = dates.start_seconds + SECONDS_PER_WEEK * np.arange(course_weeks(dates))
    return np.searchsorted(week_starts, post_times, side="left").astype(np.int64) - 1


def corrected_weeks(
    post_times: npt.NDArray[np.int64], dates: SessionDates
) -> npt.NDArray[np.int64]:
    """Week k is [start+7k, start+7k+7); posts before the start or after the end day: none."""
    offsets = post_times - dates.start_seconds
    after_course = post_times >= dates.after_end_seconds
    weeks = offsets // SECONDS_PER_WEEK
    return np.where((offsets < 0) | after_course, NO_WEEK, weeks).astype(np.int64)


@dataclass(frozen=True)
class FeatureWeeks:
    """The corrected weeks 0..``last_week`` of a session, asked one event at a time.

    Week k is [start + 7k days, start + 7k + 7 days); times before the start, after the end day
    or past ``last_week`` are in none.
    """

    start_seconds: int
    end_seconds: int  # exclusive: the day after the end date
    last_week: int

    @classmethod
    def of_session(cls, dates: SessionDates, n_feature_weeks: int) -> FeatureWeeks:
        return cls(dates.start_seconds, dates.after_end_seconds, n_feature_weeks)

    def week(self, timestamp_ms: object) -> int | None:
        """The week of a clickstream ``timestamp`` (milliseconds), or None."""
        if not isinstance(timestamp_ms, int | float) or isinstance(timestamp_ms, bool):
            return None
        seconds = timestamp_ms / 1000
        if not self.start_seconds <= seconds < self.end_seconds:
            return None
        week = int((seconds - self.start_seconds) // SECONDS_PER_WEEK)
        return week if week <= self.last_week else None


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
