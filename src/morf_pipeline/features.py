"""Weekly forum-activity features of one session (``morf_mwe_feats.csv``), in both semantics
(:class:`~morf_pipeline.semantics.Semantics`)."""

from __future__ import annotations

import csv
import json
import logging
import re
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
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
    text) and ``post_time``; the first ``posts`` are the posts."""

    users: list[str]
    post_times: npt.NDArray[np.int64]
    posts: int


def _post_time(text: str) -> int:
    """An integer as pandas read it: ``100``, `` +100 ``, also ``100.0`` or ``1e2``."""
    try:  # not suppress(): a context manager per post costs more than the int
        return int(text)
    except ValueError:
        pass
    with suppress(ValueError):
        number = float(text)
        if number.is_integer():
            return int(number)
    raise ValueError(f"post_time {text!r} is not an integer")


def read_forum_activity(forum_posts_csv: Path, forum_comments_csv: Path) -> ForumActivity:
    """Posts then comments as ``session_user_id`` (``NULL`` kept as text) and ``post_time``."""
    users, post_times, posts = [], [], 0
    for path in (forum_posts_csv, forum_comments_csv):
        try:
            for user, post_time in read_export_rows(path, ("session_user_id", "post_time")):
                users.append(user)
                post_times.append(_post_time(post_time))
        except ValueError as error:  # also a UnicodeDecodeError
            raise InputDataError(f"{path}: not a forum query export: {error}") from error
        posts = posts or len(users)
    return ForumActivity(users, np.array(post_times, dtype=np.int64), posts)


def _has_poster(user: str) -> bool:
    """False for a poster missing from hash_mapping (SQL NULL) or mapped to an empty id."""
    return user not in (NULL_FIELD, "")


def forum_stats(activity: ForumActivity, dates: SessionDates) -> dict[str, int]:
    """The session's forum posts and comments, those outside the course's dates and those
    whose poster has no ``session_user_id``, for the data report."""
    times = activity.post_times
    return {
        "forum_posts": activity.posts,
        "forum_comments": len(activity.users) - activity.posts,
        "posts_before_start": int((times < dates.start_seconds).sum()),
        "posts_after_end": int((times >= dates.after_end_seconds).sum()),
        "posts_unmapped": sum(not _has_poster(user) for user in activity.users),
    }


def _features_table(rows: list[tuple[str | int, ...]], n_feature_weeks: int) -> Table:
    return Table([USER_COLUMN, *feature_columns(n_feature_weeks)], rows)


def _wide_counts(
    posts: Iterable[tuple[str, int]], users: list[str], n_feature_weeks: int
) -> list[tuple[str | int, ...]]:
    """One row per user (in the given order), one zero-filled column per feature week."""
    counts: dict[str, list[int]] = {}
    for user, week in posts:
        if 0 <= week <= n_feature_weeks:
            counts.setdefault(user, [0] * (n_feature_weeks + 1))[week] += 1
    no_posts = [0] * (n_feature_weeks + 1)
    return [(user, *counts.get(user, no_posts)) for user in users]


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
    """Week 0 counted, no ``NULL``/null/empty users, every poster kept, short courses
    zero-filled."""
    mapped = [_has_poster(user) for user in activity.users]
    if not all(mapped):
        log.warning(
            "dropped %d forum post(s)/comment(s) whose poster has no session_user_id "
            "(missing from hash_mapping)",
            mapped.count(False),
        )
    if clickstream.has_null_user:
        log.warning(
            "dropped the null user of clickstream lines without a username (%d line(s))",
            clickstream.null_user_lines,
        )
    if "" in clickstream.users:
        log.warning(
            "dropped the empty username of %d clickstream line(s)", clickstream.empty_user_lines
        )
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
    users = sorted(clickstream.users - {""} | set(posters))
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
    """One row per clickstream user (a username "" is none): events per key and feature week,
    zero-filled."""
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
            for user in sorted(clickstream.users - {""})
        ],
    )


def _all_zero(table: Table) -> bool:
    """True for a table with rows whose every feature value is 0."""
    return bool(table.rows) and not any(any(row[1:]) for row in table.rows)


def warn_all_zero_forum_features(
    features: Table, activity: ForumActivity, dates: SessionDates
) -> None:
    """Warn when every forum feature of the session is zero, with the counts that explain it
    (a dates row a year off puts every post outside the course)."""
    if not _all_zero(features):
        return
    if not activity.users:
        log.warning("every forum feature is zero: the session has no forum post or comment")
        return
    stats = forum_stats(activity, dates)
    log.warning(
        "every forum feature is zero although the session has %d forum posts and comments: "
        "%d before the course start (%s), %d after its end (%s), %d by posters missing from "
        "hash_mapping: is the session's row of the dates file right?",
        len(activity.users),
        stats["posts_before_start"],
        dates.start_date,
        stats["posts_after_end"],
        dates.end_date,
        stats["posts_unmapped"],
    )


def warn_all_zero_activity(
    clickstream: ClickstreamUsers, keys: Sequence[str], dates: SessionDates, n_feature_weeks: int
) -> None:
    """Warn when no event of the activity keys was counted, saying why (timestamps in
    seconds, where Coursera's are milliseconds, fall in January 1970)."""
    if clickstream.events or not clickstream.users - {""}:
        return
    if not clickstream.keyed_events:
        log.warning(
            "every clickstream activity feature is zero: no event of keys %s has a username",
            list(keys),
        )
        return
    first = clickstream.first_keyed_timestamp
    if isinstance(first, int | float) and not isinstance(first, bool):
        day = datetime.fromtimestamp(first / 1000, UTC).date().isoformat()
        why = f"the first one's timestamp, {first}, read as unix milliseconds is {day}"
    else:
        why = f"the first one's timestamp is {first!r}, not a number"
    log.warning(
        "every clickstream activity feature is zero: none of the %d events of keys %s falls in "
        "weeks 0..%d of the course (%s to %s); %s (Coursera's clickstream timestamps are "
        "milliseconds)",
        clickstream.keyed_events,
        list(keys),
        n_feature_weeks,
        dates.start_date,
        dates.end_date,
        why,
    )


def _warn_posts_outside_course(
    stats: dict[str, int], dates: SessionDates, semantics: Semantics
) -> None:
    before, after = stats["posts_before_start"], stats["posts_after_end"]
    if before or after:
        log.warning(
            "%d forum post(s)/comment(s) before the course start (%s) and %d after its end "
            "(%s): %s",
            before,
            dates.start_date,
            after,
            dates.end_date,
            "counted in no week"
            if semantics is Semantics.CORRECTED
            else "as the original, those after the end count in its last week",
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
    stats_destination: Path | None = None,
) -> Table:
    """Build one session's ``morf_mwe_feats.csv`` from its clickstream and forum exports, and,
    with ``activity_destination``, its clickstream activity in the same pass; with
    ``stats_destination``, what the data report counts of the session (JSON, no learner id)."""
    window = activity_window(dates, activity_keys, n_feature_weeks)
    clickstream = scan_users(clickstream_path, window if activity_destination else None)
    posts = read_forum_activity(forum_posts_csv, forum_comments_csv)
    features = weekly_features(posts, clickstream, dates, n_feature_weeks, semantics)
    stats = forum_stats(posts, dates)
    _warn_posts_outside_course(stats, dates, semantics)
    warn_all_zero_forum_features(features, posts, dates)
    features.write(destination)
    if activity_destination is not None:
        activity_features(clickstream, activity_keys, n_feature_weeks).write(activity_destination)
        warn_all_zero_activity(clickstream, activity_keys, dates, n_feature_weeks)
    if stats_destination is not None:
        session_stats = {
            "clickstream_lines": clickstream.lines,
            "invalid_lines": clickstream.invalid_lines,
            "null_user_lines": clickstream.null_user_lines,
            "empty_user_lines": clickstream.empty_user_lines,
            **stats,
            "learners": len(features.rows),
        }
        with atomic_text_output(stats_destination) as handle:
            json.dump(session_stats, handle, indent=1)
            handle.write("\n")
    return features
