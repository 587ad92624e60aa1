"""Weekly forum-activity features of one session (``morf_mwe_feats.csv``), in both semantics
(:class:`~morf_pipeline.semantics.Semantics`)."""

from __future__ import annotations

import csv
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from morf_pipeline.clickstream import ActivityWindow, ClickstreamUsers, scan_users
from morf_pipeline.dates import SessionDates
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.exports import NULL_FIELD, read_export_rows
from morf_pipeline.files import atomic_text_output
from morf_pipeline.labels import USER_COLUMN
from morf_pipeline.semantics import Semantics
from morf_pipeline.weeks import NO_WEEK, FeatureWeeks, corrected_weeks, course_weeks, mwe_weeks

log = logging.getLogger(__name__)


def feature_column(week: int) -> str:
    return f"week_{week}_forum_posts"


def feature_columns(n_feature_weeks: int) -> list[str]:
    """``week_0_forum_posts`` ... ``week_<n>_forum_posts``: n + 1 columns, as the MWE."""
    return [feature_column(week) for week in range(n_feature_weeks + 1)]


@dataclass(frozen=True)
class Table:
    """A CSV file's header and rows (text and integers)."""

    columns: list[str]
    rows: list[tuple[str | int, ...]]

    def write(self, destination: Path) -> None:
        """As pandas' ``to_csv(index=False)`` writes it: minimal quoting, ``\\n`` line ends."""
        with atomic_text_output(destination) as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(self.columns)
            writer.writerows(self.rows)
        log.info("wrote %d rows x %d columns to %s", len(self.rows), len(self.columns), destination)


@dataclass(frozen=True)
class ForumActivity:
    """Forum posts then comments: each one's poster (``session_user_id``, ``NULL`` kept as
    text) and ``post_time``."""

    users: list[str]
    post_times: npt.NDArray[np.int64]


def _post_time(text: str) -> int:
    """An integer as pandas read it: ``100``, `` +100 ``, also ``100.0`` or ``1e2``."""
    with suppress(ValueError):
        return int(text)
    with suppress(ValueError):
        number = float(text)
        if number.is_integer():
            return int(number)
    raise ValueError(f"post_time {text!r} is not an integer")


def read_forum_activity(forum_posts_csv: Path, forum_comments_csv: Path) -> ForumActivity:
    """Posts then comments as ``session_user_id`` (``NULL`` kept as text) and ``post_time``."""
    users, post_times = [], []
    for path in (forum_posts_csv, forum_comments_csv):
        try:
            for user, post_time in read_export_rows(path, ("session_user_id", "post_time")):
                users.append(user)
                post_times.append(_post_time(post_time))
        except ValueError as error:  # also a UnicodeDecodeError
            raise InputDataError(f"{path}: not a forum query export: {error}") from error
    return ForumActivity(users, np.array(post_times, dtype=np.int64))


def _features_table(rows: list[tuple[str | int, ...]], n_feature_weeks: int) -> Table:
    return Table([USER_COLUMN, *feature_columns(n_feature_weeks)], rows)


def _wide_counts(
    posts: Iterable[tuple[str, int]], users: list[str], n_feature_weeks: int
) -> list[tuple[str | int, ...]]:
    """One row per user (in the given order), one zero-filled column per feature week."""
    counts = Counter((user, week) for user, week in posts if week <= n_feature_weeks)
    weeks = range(n_feature_weeks + 1)
    return [(user, *(counts[(user, week)] for week in weeks)) for user in users]


def mwe_features(
    activity: ForumActivity,
    clickstream: ClickstreamUsers,
    dates: SessionDates,
    n_feature_weeks: int,
) -> Table:
    """Exactly the original job's features (rows sorted by userID; its order was arbitrary)."""
    weeks = mwe_weeks(activity.post_times, dates).tolist()
    # The MWE's ``if week:`` skips week 0 as well as posts without a week.
    counted = [(user, week) for user, week in zip(activity.users, weeks, strict=True) if week >= 1]
    n_weeks = course_weeks(dates)
    if n_feature_weeks > n_weeks:
        # The MWE holds weeks 0..n_weeks per user and inner-merges weeks 0..n_feature_weeks.
        log.warning(
            "course is %d weeks long, fewer than n_feature_weeks=%d: the MWE writes no rows",
            n_weeks,
            n_feature_weeks,
        )
        return _features_table([], n_feature_weeks)
    # Forum posters are added only when one of their posts was counted.
    users = sorted(clickstream.users | {user for user, _ in counted})
    rows = _wide_counts(counted, users, n_feature_weeks)
    if clickstream.has_null_user:  # a line without username: the MWE's None user, written empty
        rows.insert(0, ("", *[0] * (n_feature_weeks + 1)))
    return _features_table(rows, n_feature_weeks)


def corrected_features(
    activity: ForumActivity,
    clickstream: ClickstreamUsers,
    dates: SessionDates,
    n_feature_weeks: int,
) -> Table:
    """Week 0 counted, no ``NULL``/null users, every poster kept, short courses zero-filled."""
    mapped = [user != NULL_FIELD for user in activity.users]
    if not all(mapped):
        log.warning(
            "dropped %d forum post(s)/comment(s) whose poster is missing from hash_mapping",
            mapped.count(False),
        )
    if clickstream.has_null_user:
        log.warning("dropped the null user of clickstream lines without a username")
    posters = [user for user, keep in zip(activity.users, mapped, strict=True) if keep]
    weeks = corrected_weeks(activity.post_times[np.array(mapped, dtype=bool)], dates).tolist()
    counted = [(user, week) for user, week in zip(posters, weeks, strict=True) if week != NO_WEEK]
    n_weeks = course_weeks(dates)
    if n_feature_weeks >= n_weeks:
        log.warning(
            "course is %d weeks long, fewer than the %d feature weeks: later weeks zero-filled",
            n_weeks,
            n_feature_weeks + 1,
        )
    users = sorted(clickstream.users | set(posters))
    return _features_table(_wide_counts(counted, users, n_feature_weeks), n_feature_weeks)


def weekly_features(
    activity: ForumActivity,
    clickstream: ClickstreamUsers,
    dates: SessionDates,
    n_feature_weeks: int,
    semantics: Semantics,
) -> Table:
    build = mwe_features if semantics is Semantics.MWE else corrected_features
    return build(activity, clickstream, dates, n_feature_weeks)


def activity_window(
    dates: SessionDates, keys: Sequence[str], n_feature_weeks: int
) -> ActivityWindow:
    """Count the events of ``keys`` in the feature weeks of the course (corrected weeks)."""
    return ActivityWindow(frozenset(keys), FeatureWeeks.of_session(dates, n_feature_weeks))


def activity_column(week: int, key: str) -> str:
    """``week_0_pageview``, ``week_1_user_video_lecture_action``, ..."""
    return f"week_{week}_" + re.sub(r"\W+", "_", key).strip("_")


def activity_features(
    clickstream: ClickstreamUsers, keys: Sequence[str], n_feature_weeks: int
) -> Table:
    """One row per clickstream user: events per key and feature week, zero-filled."""
    columns = {
        (key, week): activity_column(week, key)
        for key in keys
        for week in range(n_feature_weeks + 1)
    }
    if len(set(columns.values())) < len(columns):
        raise ConfigError(
            f"clickstream_activity.keys {list(keys)}: two keys give the same column name"
        )
    return Table(
        [USER_COLUMN, *columns.values()],
        [
            (user, *(clickstream.events[(user, key, week)] for key, week in columns))
            for user in sorted(clickstream.users)
        ],
    )


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
) -> Table:
    """Build one session's ``morf_mwe_feats.csv`` from its clickstream and forum exports, and,
    with ``activity_destination``, its clickstream activity in the same pass."""
    window = activity_window(dates, activity_keys, n_feature_weeks)
    clickstream = scan_users(clickstream_path, window if activity_destination else None)
    posts = read_forum_activity(forum_posts_csv, forum_comments_csv)
    features = weekly_features(posts, clickstream, dates, n_feature_weeks, semantics)
    features.write(destination)
    if activity_destination is not None:
        activity_features(clickstream, activity_keys, n_feature_weeks).write(activity_destination)
    return features
