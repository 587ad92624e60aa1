"""Weekly forum-activity features of one session (``morf_mwe_feats.csv``), in both semantics
(:class:`~morf_pipeline.semantics.Semantics`)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from math import ceil
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from morf_pipeline.atomic import atomic_text_output
from morf_pipeline.clickstream import ActivityWindow, ClickstreamUsers, scan_users
from morf_pipeline.dates import SECONDS_PER_WEEK, SessionDates
from morf_pipeline.errors import InputDataError
from morf_pipeline.exports import NULL_FIELD
from morf_pipeline.labels import USER_COLUMN
from morf_pipeline.semantics import Semantics

log = logging.getLogger(__name__)

NO_WEEK = -1


def feature_column(week: int) -> str:
    return f"week_{week}_forum_posts"


def feature_columns(n_feature_weeks: int) -> list[str]:
    """``week_0_forum_posts`` ... ``week_<n>_forum_posts``: n + 1 columns, as the MWE."""
    return [feature_column(week) for week in range(n_feature_weeks + 1)]


def course_weeks(dates: SessionDates) -> int:
    """The MWE's course length: whole weeks, the last one possibly shorter."""
    return ceil((dates.end - dates.start).days / 7)


def read_forum_activity(forum_posts_csv: Path, forum_comments_csv: Path) -> pd.DataFrame:
    """Posts then comments as ``session_user_id`` (``NULL`` kept as text) and ``post_time``."""
    frames = []
    for path in (forum_posts_csv, forum_comments_csv):
        try:
            frame = pd.read_csv(
                path,
                usecols=["post_time", "session_user_id"],
                dtype={"session_user_id": "str", "post_time": "int64"},
                keep_default_na=False,
            )
        except (ValueError, KeyError) as error:
            raise InputDataError(f"{path}: not a forum query export: {error}") from error
        frames.append(frame[["session_user_id", "post_time"]])
    return pd.concat(frames, ignore_index=True)


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


def _wide_counts(counted: pd.DataFrame, users: list[str], n_feature_weeks: int) -> pd.DataFrame:
    """One row per user (in the given order), one zero-filled column per feature week."""
    counts = (
        counted[counted["week"] <= n_feature_weeks]
        .groupby(["session_user_id", "week"])
        .size()
        .unstack(fill_value=0)
        .reindex(index=users, columns=range(n_feature_weeks + 1), fill_value=0)
    )
    counts.columns = feature_columns(n_feature_weeks)
    counts.index.name = USER_COLUMN
    return counts.astype("int64").reset_index()


def _empty_features(n_feature_weeks: int) -> pd.DataFrame:
    return pd.DataFrame(columns=[USER_COLUMN, *feature_columns(n_feature_weeks)])


def mwe_features(
    activity: pd.DataFrame,
    clickstream: ClickstreamUsers,
    dates: SessionDates,
    n_feature_weeks: int,
) -> pd.DataFrame:
    """Exactly the original job's features (rows sorted by userID; its order was arbitrary)."""
    weeks = mwe_weeks(activity["post_time"].to_numpy(), dates)
    # The MWE's ``if week:`` skips week 0 as well as posts without a week.
    counted = activity.assign(week=weeks)[weeks >= 1]
    n_weeks = course_weeks(dates)
    if n_feature_weeks > n_weeks:
        # The MWE holds weeks 0..n_weeks per user and inner-merges weeks 0..n_feature_weeks.
        log.warning(
            "course is %d weeks long, fewer than n_feature_weeks=%d: the MWE writes no rows",
            n_weeks,
            n_feature_weeks,
        )
        return _empty_features(n_feature_weeks)
    # Forum posters are added only when one of their posts was counted.
    users = sorted(clickstream.users | set(counted["session_user_id"]))
    features = _wide_counts(counted, users, n_feature_weeks)
    if clickstream.has_null_user:  # a line without username: the MWE's None user, written empty
        null_row = pd.DataFrame({USER_COLUMN: [""], **{c: [0] for c in features.columns[1:]}})
        features = pd.concat([null_row, features], ignore_index=True)
    return features


def corrected_features(
    activity: pd.DataFrame,
    clickstream: ClickstreamUsers,
    dates: SessionDates,
    n_feature_weeks: int,
) -> pd.DataFrame:
    """Week 0 counted, no ``NULL``/null users, every poster kept, short courses zero-filled."""
    unmapped = activity["session_user_id"] == NULL_FIELD
    if unmapped.any():
        log.warning(
            "dropped %d forum post(s)/comment(s) whose poster is missing from hash_mapping",
            int(unmapped.sum()),
        )
    if clickstream.has_null_user:
        log.warning("dropped the null user of clickstream lines without a username")
    activity = activity[~unmapped]
    weeks = corrected_weeks(activity["post_time"].to_numpy(), dates)
    counted = activity.assign(week=weeks)[weeks != NO_WEEK]
    n_weeks = course_weeks(dates)
    if n_feature_weeks >= n_weeks:
        log.warning(
            "course is %d weeks long, fewer than the %d feature weeks: later weeks zero-filled",
            n_weeks,
            n_feature_weeks + 1,
        )
    users = sorted(clickstream.users | set(activity["session_user_id"]))
    return _wide_counts(counted, users, n_feature_weeks)


def weekly_features(
    activity: pd.DataFrame,
    clickstream: ClickstreamUsers,
    dates: SessionDates,
    n_feature_weeks: int,
    semantics: Semantics,
) -> pd.DataFrame:
    build = mwe_features if semantics is Semantics.MWE else corrected_features
    return build(activity, clickstream, dates, n_feature_weeks)


def activity_window(
    dates: SessionDates, keys: Sequence[str], n_feature_weeks: int
) -> ActivityWindow:
    """Count the events of ``keys`` in the feature weeks of the course (corrected weeks)."""
    return ActivityWindow(
        keys=frozenset(keys),
        start_seconds=dates.start_seconds,
        end_seconds=dates.after_end_seconds,
        last_week=n_feature_weeks,
    )


def activity_column(week: int, key: str) -> str:
    """``week_0_pageview``, ``week_1_user_video_lecture_action``, ..."""
    return f"week_{week}_" + re.sub(r"\W+", "_", key).strip("_")


def activity_features(
    clickstream: ClickstreamUsers, keys: Sequence[str], n_feature_weeks: int
) -> pd.DataFrame:
    """One row per clickstream user: events per key and feature week, zero-filled."""
    users = sorted(clickstream.users)
    columns = {
        (key, week): activity_column(week, key)
        for key in keys
        for week in range(n_feature_weeks + 1)
    }
    events = pd.DataFrame(
        [(user, columns[(key, week)], n) for (user, key, week), n in clickstream.events.items()],
        columns=[USER_COLUMN, "column", "events"],
    )
    counts = (
        events.pivot(index=USER_COLUMN, columns="column", values="events")
        .reindex(index=pd.Index(users, name=USER_COLUMN), columns=list(columns.values()))
        .fillna(0)
        .astype("int64")
    )
    counts.columns.name = None
    return counts.reset_index()


def _write_csv(frame: pd.DataFrame, destination: Path) -> None:
    with atomic_text_output(destination) as handle:
        frame.to_csv(handle, index=False)
    log.info("wrote %d rows x %d columns to %s", len(frame), frame.shape[1], destination)


def write_session_features(
    clickstream_path: Path,
    forum_posts_csv: Path,
    forum_comments_csv: Path,
    dates: SessionDates,
    n_feature_weeks: int,
    semantics: Semantics,
    destination: Path,
    activity_keys: Sequence[str] = (),
    activity_destination: Path | None = None,
) -> pd.DataFrame:
    """Build one session's ``morf_mwe_feats.csv`` from its clickstream and forum exports, and,
    with ``activity_destination``, its clickstream activity in the same pass."""
    window = activity_window(dates, activity_keys, n_feature_weeks)
    clickstream = scan_users(clickstream_path, window if activity_destination else None)
    posts = read_forum_activity(forum_posts_csv, forum_comments_csv)
    features = weekly_features(posts, clickstream, dates, n_feature_weeks, semantics)
    _write_csv(features, destination)
    if activity_destination is not None:
        _write_csv(
            activity_features(clickstream, activity_keys, n_feature_weeks), activity_destination
        )
    return features
