"""Course weeks: which week of a session a time falls in, as the MWE and ``corrected`` count.

The one owner of the week arithmetic: the forum features, the clickstream activity and the
study's own features all bucket times into weeks here.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import ceil

import numpy as np
import numpy.typing as npt

from morf_pipeline.dates import SECONDS_PER_DAY, SessionDates

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
