"""The rows a session's files hold (field order = column order in the dumps)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from morf_sample_data.plan import SessionPlan


@dataclass(frozen=True, slots=True)
class ForumForum:
    id: int
    parent_id: int
    name: str
    description: str | None
    open: int
    deleted: int
    display_order: int | None
    can_post: int | None


@dataclass(frozen=True, slots=True)
class ForumThread:
    id: int
    forum_id: int
    user_id: int | None
    title: str
    posted_time: int
    last_updated_time: int | None
    last_updated_user: int | None
    num_posts: int
    num_views: int
    votes: int | None
    is_spam: int
    deleted: int
    stickied: int | None
    approved: int | None
    unanswered: int | None
    instructor_replied: int | None
    anonymous: int | None


@dataclass(frozen=True, slots=True)
class ForumPost:
    id: int
    thread_id: int
    user_id: int | None
    post_time: int
    edit_time: int | None
    deleted: int
    is_spam: int
    original: int | None
    stickied: int | None
    approved: int | None
    anonymous: int | None
    votes: int | None
    post_text: str
    user_agent: str | None
    text_type: str | None


@dataclass(frozen=True, slots=True)
class ForumComment:
    id: int
    thread_id: int
    post_id: int
    user_id: int | None
    post_time: int
    deleted: int
    is_spam: int
    votes: int | None
    anonymous: int | None
    comment_text: str
    user_agent: str | None
    text_type: str | None


@dataclass(frozen=True, slots=True)
class HashMapping:
    user_id: int
    eventing_user_id: str | None
    session_user_id: str | None
    public_user_id: str | None


@dataclass(frozen=True, slots=True)
class Announcement:
    id: int
    title: str
    message: str
    post_time: int
    open_time: int | None
    email_sent: int
    deleted: int


@dataclass(frozen=True, slots=True)
class LabelRow:
    userID: str  # the CSV column's name
    course: str
    session: str
    label_type: str
    label_value: int


@dataclass(frozen=True, slots=True)
class ClickPlan:
    """How much, and when, one learner clicks (unix milliseconds)."""

    username: str
    clicks: int
    first_ms: int
    last_ms: int


@dataclass(frozen=True)
class SessionData:
    """Everything one session's files hold (the clickstream as a plan: it is written lazily)."""

    plan: SessionPlan
    forums: tuple[ForumForum, ...]
    threads: tuple[ForumThread, ...]
    posts: tuple[ForumPost, ...]
    comments: tuple[ForumComment, ...]
    hash_mapping: tuple[HashMapping, ...]
    announcements: tuple[Announcement, ...]
    labels: tuple[LabelRow, ...]
    clicks: tuple[ClickPlan, ...]
    forum_only: tuple[str, ...]  # session_user_ids that post but never click
    unmapped_user_ids: tuple[int, ...]  # forum user_ids missing from hash_mapping
    trap_ids: tuple[str, ...]  # ids that only occur inside clickstream value strings
    label_only: tuple[str, ...]  # userIDs with labels that appear nowhere else
    kitchen_sink: str  # a text with every special character, in one post and one comment

    def table_rows(self) -> dict[str, tuple[Any, ...]]:
        """Rows per table name, as dumped."""
        return {
            "forum_comments": self.comments,
            "forum_forums": self.forums,
            "forum_posts": self.posts,
            "forum_threads": self.threads,
            "hash_mapping": self.hash_mapping,
            "announcements": self.announcements,
        }
