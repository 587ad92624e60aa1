"""A session's dropout labels: learners who post in the MWE's counted weeks drop out less."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from morf_sample_data import seeds
from morf_sample_data.plan import SessionPlan
from morf_sample_data.rows import ForumComment, ForumPost, LabelRow

LABEL_TYPES: Final = ("dropout", "dropout_current_week")
# Weeks 1-4 are the MWE's counted feature weeks (week k covers (start+7k, start+7k+7] days).
FEATURE_WEEKS: Final = 4
# P(dropout) by the number of posts and comments in weeks 1-4.
_DROPOUT_BY_POSTS: Final = (0.86, 0.72, 0.56, 0.42, 0.3, 0.22, 0.15, 0.1)


@dataclass
class ForumActivity:
    """Per forum user_id: posts and comments the MWE counts, first and last post time."""

    counted: dict[int, int] = field(default_factory=dict)
    first_post: dict[int, int] = field(default_factory=dict)
    last_post: dict[int, int] = field(default_factory=dict)


def forum_activity(
    plan: SessionPlan, posts: Sequence[ForumPost], comments: Sequence[ForumComment]
) -> ForumActivity:
    activity = ForumActivity()
    rows = [(row.user_id, row.post_time, row.is_spam) for row in posts]
    rows += [(row.user_id, row.post_time, row.is_spam) for row in comments]
    for poster_id, post_time, is_spam in rows:
        if poster_id is None:
            continue
        mwe_week = plan.mwe_week(post_time)
        if not is_spam and mwe_week and mwe_week <= FEATURE_WEEKS:
            activity.counted[poster_id] = activity.counted.get(poster_id, 0) + 1
        activity.last_post[poster_id] = max(activity.last_post.get(poster_id, post_time), post_time)
        first = activity.first_post.get(poster_id, post_time)
        activity.first_post[poster_id] = min(first, post_time)
    return activity


def _dropout_probability(posts_in_weeks_1_to_4: int) -> float:
    return _DROPOUT_BY_POSTS[min(posts_in_weeks_1_to_4, len(_DROPOUT_BY_POSTS) - 1)]


@dataclass(frozen=True)
class Labels:
    rows: tuple[LabelRow, ...]  # both label types, in the labels files' order
    dropout: dict[str, int]  # session_user_id -> the 'dropout' label
    label_only: tuple[str, ...]  # userIDs with labels that appear nowhere else


def draw_labels(
    rng: random.Random,
    seed: int,
    plan: SessionPlan,
    labelled: Sequence[str],
    user_ids: dict[str, int],
    activity: ForumActivity,
) -> Labels:
    """Both labels of the ``labelled`` learners, and of three learners known nowhere else."""
    dropout: dict[str, int] = {}
    current: dict[str, int] = {}
    for user in labelled:
        dropped = rng.random() < _dropout_probability(activity.counted.get(user_ids[user], 0))
        dropout[user] = int(dropped)
        current[user] = int(rng.random() < (0.3 if dropped else 0.04))
    label_only = tuple(
        seeds.hex_id(seed, plan.course, plan.session, "label-only", str(i)) for i in range(3)
    )
    for user in label_only:
        dropout[user] = 1
        current[user] = int(rng.random() < 0.5)
    rows = tuple(
        LabelRow(user, plan.course, plan.session, label_type, values[user])
        for label_type, values in zip(LABEL_TYPES, (dropout, current), strict=True)
        for user in (*labelled, *label_only)
    )
    return Labels(rows, dropout, label_only)
