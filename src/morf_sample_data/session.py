"""All rows of one session: its people and hash_mapping, forum, labels and clickstream plan."""

from __future__ import annotations

import random
from dataclasses import dataclass
from operator import attrgetter

from morf_sample_data import forum, seeds
from morf_sample_data.clickstream import plan_clicks
from morf_sample_data.labels import draw_labels, forum_activity
from morf_sample_data.plan import WEEK, SampleSpec, SessionPlan
from morf_sample_data.quirks import CLICKSTREAM_QUIRKS, FORUM_QUIRKS
from morf_sample_data.rows import Announcement, HashMapping, SessionData
from morf_sample_data.texts import KITCHEN_SINK


@dataclass(frozen=True)
class _People:
    """Everyone in the session's hash_mapping, their forum user_ids, and who is unmapped."""

    forum_only: tuple[str, ...]  # session_user_ids that post but never click
    user_ids: dict[str, int]  # session_user_id -> forum user_id
    posters: forum.Posters
    hash_mapping: tuple[HashMapping, ...]


def _people(spec: SampleSpec, plan: SessionPlan, rng: random.Random) -> _People:
    def session_id(*parts: str) -> str:
        return seeds.hex_id(spec.seed, plan.course, plan.session, *parts)

    forum_only = tuple(
        session_id("forum-only", str(i)) for i in range(FORUM_QUIRKS.forum_only_posters)
    )
    staff, spammer = session_id("staff"), session_id("spammer")
    n_registered_only = max(2, len(plan.learners) // 30)
    registered_only = tuple(session_id("registered", str(i)) for i in range(n_registered_only))
    mapped_users = (*plan.learners, *forum_only, staff, spammer, *registered_only)
    n_unmapped = 2
    forum_ids = rng.sample(range(100_000, 9_999_999), len(mapped_users) + n_unmapped)
    user_ids = dict(zip(mapped_users, forum_ids, strict=False))
    hash_mapping = tuple(
        sorted(
            (
                HashMapping(
                    user_id=user_ids[user],
                    eventing_user_id=seeds.hex_id(spec.seed, plan.key, "eventing", user),
                    session_user_id=user,
                    public_user_id=seeds.hex_id(spec.seed, plan.key, "public", user),
                )
                for user in mapped_users
            ),
            key=attrgetter("user_id"),
        )
    )
    posters = forum.Posters(
        learners=tuple(user_ids[learner] for learner in plan.learners),
        staff=user_ids[staff],
        spammer=user_ids[spammer],
        forum_only=tuple(user_ids[user] for user in forum_only),
        unmapped=tuple(forum_ids[len(mapped_users) :]),
    )
    return _People(forum_only, user_ids, posters, hash_mapping)


def _announcements(start: int) -> tuple[Announcement, ...]:
    return (
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


def build_session(spec: SampleSpec, plan: SessionPlan) -> SessionData:
    """All rows of one session, as its files will hold them."""
    rng = seeds.rng(spec.seed, plan.course, plan.session, "forum")
    people = _people(spec, plan, rng)
    posters = people.posters
    contributions = forum.contributions(rng, plan, posters)
    threads, posts, comments = forum.assign_threads(rng, contributions, posters.staff)
    activity = forum_activity(plan, posts, comments)
    labelled = (*plan.learners, people.forum_only[1], people.forum_only[2])
    labels = draw_labels(rng, spec.seed, plan, labelled, people.user_ids, activity)
    clicks = plan_clicks(rng, spec, plan, people.user_ids, labels.dropout, activity)
    trap_ids = tuple(
        seeds.hex_id(spec.seed, plan.course, plan.session, "trap", str(i))
        for i in range(CLICKSTREAM_QUIRKS.trap)
    )
    return SessionData(
        plan=plan,
        forums=forum.FORUMS,
        threads=threads,
        posts=posts,
        comments=comments,
        hash_mapping=people.hash_mapping,
        announcements=_announcements(plan.start_ts),
        labels=labels.rows,
        clicks=clicks,
        forum_only=people.forum_only,
        unmapped_user_ids=posters.unmapped,
        trap_ids=trap_ids,
        label_only=labels.label_only,
        kitchen_sink=KITCHEN_SINK,
    )
