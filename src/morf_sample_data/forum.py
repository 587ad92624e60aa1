"""A session's forum: who posts when (with every quirk of real exports), then threads and ids."""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass
from operator import attrgetter
from typing import Final

from morf_sample_data.plan import DAY, WEEK, SessionPlan
from morf_sample_data.rows import ForumComment, ForumForum, ForumPost, ForumThread
from morf_sample_data.texts import (
    FRAGMENTS,
    KITCHEN_SINK,
    RARE_FRAGMENTS,
    SPAM_TEXTS,
    THREAD_TITLES,
    USER_AGENTS,
)

FORUMS: Final = (
    ForumForum(1, 0, "General Discussion", "Talk about anything course-related.", 1, 0, 1, 1),
    ForumForum(2, 0, "Lecture Videos", "Questions about the lectures, week by week.", 1, 0, 2, 1),
    ForumForum(3, 0, "Assignments & Quizzes", 'No "answers" please!', 1, 0, 3, 1),
    ForumForum(4, 0, "Technical Issues", "Video, browser \\ plug-in problems.", 1, 0, 4, 1),
    ForumForum(5, 0, "Study Groups", "Find classmates near you: à bientôt 😀", 1, 0, 5, 1),
    ForumForum(6, 1, "Introductions", None, 1, 0, 1, 1),
    ForumForum(
        7, 0, "Course Feedback", "Tell the staff what\nworked and what didn't.", 0, 0, None, 0
    ),
)
_FORUM_WEIGHTS: Final = (30, 25, 25, 10, 5, 4, 1)


@dataclass(frozen=True)
class Posters:
    """The forum user_ids of a session's posters, by role."""

    learners: tuple[int, ...]  # the clickstream learners, roster order
    staff: int
    spammer: int  # posts nothing but spam
    forum_only: tuple[int, ...]  # in hash_mapping, never in the clickstream
    unmapped: tuple[int, ...]  # absent from hash_mapping


@dataclass
class Contribution:
    """A forum post or comment before ids and threads are assigned."""

    time: int
    user_id: int | None
    comment: bool
    deleted: int = 0
    spam: int = 0
    text: str | None = None
    stickied: int = 0
    title: str | None = None


@dataclass(frozen=True)
class _Draws:
    """The session's random stream, drawing learners and times inside course weeks."""

    rng: random.Random
    start: int
    learners: tuple[int, ...]

    def learner(self) -> int:
        return self.learners[int(self.rng.random() * len(self.learners))]

    def in_weeks(self, first: int, last: int) -> int:
        """A time inside weeks first..last (MWE numbering), never on a boundary."""
        week = first + int(self.rng.random() * (last - first + 1))
        return self.start + week * WEEK + 1 + int(self.rng.random() * (WEEK - 2))


def contributions(rng: random.Random, plan: SessionPlan, posters: Posters) -> list[Contribution]:
    """Every post and comment of the session, in creation order (not yet in time order)."""
    draws = _Draws(rng, plan.start_ts, posters.learners)
    return [
        *_organic(rng, plan, posters.learners),
        *_staff_and_forum_only(draws, plan.start_ts, posters),
        *_around_the_weeks(draws, plan),
        *_spam_deleted_and_unknown_users(draws, posters),
        *_ties_and_special_characters(draws, plan.start_ts),
    ]


def _week_weights(n_weeks: int, decay: float) -> list[float]:
    """Cumulative weights decaying week by week (no pow(): libm may differ by platform)."""
    weights = [1.0]
    for _ in range(n_weeks - 1):
        weights.append(weights[-1] * decay)
    for week in range(1, n_weeks):
        weights[week] += weights[week - 1]
    return weights


def _organic_time(rng: random.Random, start: int, cumulative: list[float]) -> int:
    """A time strictly inside a course week (never on a boundary), weeks drawn by weight."""
    week = bisect.bisect_right(cumulative, rng.random() * cumulative[-1])
    week = min(week, len(cumulative) - 1)
    return start + week * WEEK + 1 + int(rng.random() * (WEEK - 2))


def _organic(
    rng: random.Random, plan: SessionPlan, learners: tuple[int, ...]
) -> list[Contribution]:
    """Most learners post little, a minority a lot, mostly early."""
    heavy_weeks = _week_weights(plan.n_weeks, 0.55)
    light_weeks = _week_weights(plan.n_weeks, 0.8)
    added = []
    for user_id in learners:
        draw = rng.random()
        if draw < 0.58:
            continue
        heavy = draw >= 0.88
        count = 4 + int(rng.random() * rng.random() * 30) if heavy else 1 + int(rng.random() * 3)
        for _ in range(count):
            when = _organic_time(rng, plan.start_ts, heavy_weeks if heavy else light_weeks)
            added.append(Contribution(when, user_id, rng.random() < 0.35))
    return added


def _staff_and_forum_only(draws: _Draws, start: int, posters: Posters) -> list[Contribution]:
    """The staff's posts, and the forum-only posters' (two of them post only in week 0)."""
    rng, in_weeks, staff = draws.rng, draws.in_weeks, posters.staff
    welcome = "Welcome to the course! Please introduce yourself 😀\nThe staff"
    added = [
        Contribution(
            start - 5 * DAY + 9 * 3600,
            staff,
            False,
            text=welcome,
            stickied=1,
            title="Welcome to the course!",
        ),
        Contribution(start, staff, False, text="Week 1 is now open."),  # exactly at start
    ]
    for _ in range(2):
        added.append(Contribution(in_weeks(0, 0), staff, False))
    added.append(Contribution(in_weeks(2, 2), staff, True))
    for poster in posters.forum_only[:2]:  # week 0 only
        for _ in range(1 + int(rng.random() * 2)):
            added.append(Contribution(in_weeks(0, 0), poster, rng.random() < 0.3))
    for poster in posters.forum_only[2:]:
        for week in (0, 1, 3):
            added.append(Contribution(in_weeks(week, week), poster, week == 3))
    return added


def _around_the_weeks(draws: _Draws, plan: SessionPlan) -> list[Contribution]:
    """Before and exactly at the start, on week boundaries, after the window and the end."""
    learner, start, end = draws.learner, plan.start_ts, plan.end_ts
    added = [
        Contribution(start - 2 * DAY + 4321, learner(), False),
        Contribution(start - DAY + 77, learner(), True),
        Contribution(start, learner(), True),
    ]
    # Exactly on week boundaries, and one second later.
    for k in range(1, 6):
        added.append(Contribution(start + k * WEEK, learner(), k % 2 == 0))
        added.append(Contribution(start + k * WEEK + 1, learner(), k % 2 == 1))
    # After the feature window (week >= 5) but before the end, and after the end.
    for offset in (3600, 2 * DAY, 5 * DAY + 1234):
        added.append(Contribution(start + 5 * WEEK + offset, learner(), False))
    added.append(Contribution(end + 3 * DAY + 100, learner(), False))
    added.append(Contribution(end + 10 * DAY, learner(), True))
    return added


def _spam_deleted_and_unknown_users(draws: _Draws, posters: Posters) -> list[Contribution]:
    """Spam (one poster posts nothing else), deleted rows, NULL and unmapped user_ids."""
    learner, in_weeks, spammer = draws.learner, draws.in_weeks, posters.spammer
    added = [Contribution(in_weeks(1, 1), spammer, False, spam=1, text=SPAM_TEXTS[0])]
    for text in SPAM_TEXTS[1:]:
        added.append(Contribution(in_weeks(1, 3), learner(), False, spam=1, text=text))
    added.append(Contribution(in_weeks(1, 2), spammer, True, spam=1, text=SPAM_TEXTS[1]))
    added.append(Contribution(in_weeks(1, 3), learner(), True, spam=1, text=SPAM_TEXTS[2]))
    for is_comment in (False, False, False, True, True):
        added.append(Contribution(in_weeks(1, 4), learner(), is_comment, deleted=1))
    for is_comment in (False, False, True):
        added.append(Contribution(in_weeks(1, 3), None, is_comment))
    unmapped = posters.unmapped
    for unmapped_id, is_comment in zip((*unmapped, unmapped[0]), (False, False, True), strict=True):
        added.append(Contribution(in_weeks(1, 3), unmapped_id, is_comment))
    return added


def _ties_and_special_characters(draws: _Draws, start: int) -> list[Contribution]:
    """Three users at one instant, one user twice in one second; every special character."""
    learner, in_weeks = draws.learner, draws.in_weeks
    tie = start + 9 * DAY + 3 * 3600 + 17
    added = [Contribution(tie, learner(), is_comment) for is_comment in (False, False, True)]
    tie, twice = start + 16 * DAY + 5 * 3600 + 42, learner()
    added.append(Contribution(tie, twice, False))
    added.append(Contribution(tie, twice, False))
    added.append(Contribution(in_weeks(1, 2), learner(), False, text=KITCHEN_SINK))
    added.append(Contribution(in_weeks(1, 2), learner(), True, text=KITCHEN_SINK))
    return added


# ---------------------------------------------------------------------------------------------
# Threads, posts and comments


@dataclass
class _ThreadBuilder:
    id: int
    forum_id: int
    user_id: int | None
    title: str
    posted_time: int
    spam: int
    stickied: int
    anonymous: int
    last_updated_time: int = 0
    last_updated_user: int | None = None
    num_posts: int = 0
    staff_replied: bool = False


@dataclass(frozen=True)
class _Details:
    """What every post or comment draws: browser, anonymity, text, votes, text type."""

    agent: str | None
    anonymous: int
    text: str
    votes: int
    text_type: str


def _text(rng: random.Random) -> str:
    count = 1 + int(rng.random() * rng.random() * 5)
    parts = rng.sample(FRAGMENTS, count)
    if rng.random() < 0.03:
        parts.append(rng.choice(RARE_FRAGMENTS))
    return " ".join(parts)


def _details(rng: random.Random, item: Contribution) -> _Details:
    agent = USER_AGENTS[int(rng.random() * len(USER_AGENTS))] if rng.random() < 0.9 else None
    anonymous = int(rng.random() < 0.05)
    text = item.text if item.text is not None else _text(rng)
    votes = int(rng.random() * rng.random() * 6) - (1 if rng.random() < 0.05 else 0)
    text_type = "html" if rng.random() < 0.8 else "markdown"
    return _Details(agent, anonymous, text, votes, text_type)


class _Forum:
    """Threads, posts and comments as contributions arrive in time order."""

    def __init__(self, rng: random.Random, staff_id: int) -> None:
        self.rng = rng
        self.staff_id = staff_id
        self.builders: list[_ThreadBuilder] = []
        self.posts: list[ForumPost] = []
        self.comments: list[ForumComment] = []

    def add(self, item: Contribution) -> None:
        details = _details(self.rng, item)
        if item.comment and self.posts:
            thread = self._comment(item, details)
        else:
            thread = self._post(item, details)
        thread.num_posts += 1
        thread.last_updated_time = item.time
        thread.last_updated_user = item.user_id
        thread.staff_replied |= item.user_id == self.staff_id and thread.user_id != self.staff_id

    def _comment(self, item: Contribution, details: _Details) -> _ThreadBuilder:
        rng, posts = self.rng, self.posts
        if item.spam or rng.random() < 0.3:
            parent = posts[-1 - int(rng.random() * min(len(posts), 20))]
        else:
            parent = posts[-1 - int(rng.random() * rng.random() * len(posts))]
        thread = self.builders[parent.thread_id - 1]
        self.comments.append(
            ForumComment(
                id=len(self.comments) + 1,
                thread_id=thread.id,
                post_id=parent.id,
                user_id=item.user_id,
                post_time=item.time,
                deleted=item.deleted,
                is_spam=item.spam,
                votes=details.votes,
                anonymous=details.anonymous,
                comment_text=details.text,
                user_agent=details.agent,
                text_type=details.text_type,
            )
        )
        return thread

    def _post(self, item: Contribution, details: _Details) -> _ThreadBuilder:
        rng, builders = self.rng, self.builders
        new = bool(item.spam) or not builders or rng.random() < 0.3
        if item.stickied:
            new = True
        if new:
            thread = self._new_thread(item, details.anonymous)
        else:
            thread = builders[-1 - int(rng.random() * rng.random() * len(builders))]
        edit_draw = rng.random()
        if edit_draw < 0.7:
            edit_time: int | None = 0
        elif edit_draw < 0.9:
            edit_time = item.time + 60 + int(rng.random() * 2 * DAY)
        else:
            edit_time = None
        self.posts.append(
            ForumPost(
                id=len(self.posts) + 1,
                thread_id=thread.id,
                user_id=item.user_id,
                post_time=item.time,
                edit_time=edit_time,
                deleted=item.deleted,
                is_spam=item.spam,
                original=int(new),
                stickied=item.stickied,
                approved=1,
                anonymous=details.anonymous,
                votes=details.votes,
                post_text=details.text,
                user_agent=details.agent,
                text_type=details.text_type,
            )
        )
        return thread

    def _new_thread(self, item: Contribution, anonymous: int) -> _ThreadBuilder:
        rng = self.rng
        thread = _ThreadBuilder(
            id=len(self.builders) + 1,
            forum_id=rng.choices(range(1, len(FORUMS) + 1), _FORUM_WEIGHTS)[0],
            user_id=item.user_id,
            title=item.title or (SPAM_TEXTS[0][:40] if item.spam else rng.choice(THREAD_TITLES)),
            posted_time=item.time,
            spam=item.spam,
            stickied=item.stickied,
            anonymous=anonymous,
        )
        self.builders.append(thread)
        return thread

    def threads(self) -> tuple[ForumThread, ...]:
        rng = self.rng
        return tuple(
            ForumThread(
                id=builder.id,
                forum_id=builder.forum_id,
                user_id=builder.user_id,
                title=builder.title,
                posted_time=builder.posted_time,
                last_updated_time=builder.last_updated_time,
                last_updated_user=builder.last_updated_user,
                num_posts=builder.num_posts,
                num_views=builder.num_posts * (3 + int(rng.random() * 40)),
                votes=int(rng.random() * 4),
                is_spam=builder.spam,
                deleted=0,
                stickied=builder.stickied,
                approved=1,
                unanswered=int(builder.num_posts == 1),
                instructor_replied=int(builder.staff_replied),
                anonymous=builder.anonymous,
            )
            for builder in self.builders
        )


def assign_threads(
    rng: random.Random, contributions: list[Contribution], staff_id: int
) -> tuple[tuple[ForumThread, ...], tuple[ForumPost, ...], tuple[ForumComment, ...]]:
    """Turn contributions into threads, posts and comments with ids in time order."""
    forum = _Forum(rng, staff_id)
    # sorted() is stable: ties keep their creation order.
    for item in sorted(contributions, key=attrgetter("time")):
        forum.add(item)
    return forum.threads(), tuple(forum.posts), tuple(forum.comments)
