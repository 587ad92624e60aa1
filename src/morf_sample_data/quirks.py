"""How many odd rows and lines of each kind every session gets: the quirks of real exports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class ForumQuirks:
    """How many rows of each quirk every session's forum dump holds (counts of rows)."""

    spam_posts: int = 3  # is_spam=1; one by a poster who posts nothing but spam
    spam_comments: int = 2
    deleted_posts: int = 3  # deleted=1, still counted by the MWE
    deleted_comments: int = 2
    null_user_posts: int = 2  # user_id NULL
    null_user_comments: int = 1
    unmapped_posts: int = 2  # user_id absent from hash_mapping (2 such users)
    unmapped_comments: int = 1
    before_start: int = 3  # 2 posts, 1 comment before the course start
    at_start: int = 2  # 1 post, 1 comment exactly at start 00:00:00 UTC
    on_boundary: int = 5  # at start + 7k days, k = 1..5 (posts for odd k, comments for even)
    after_boundary: int = 5  # one second later (comments for odd k, posts for even)
    after_window: int = 3  # posts in week >= 5, before the course end
    after_end: int = 2  # 1 post, 1 comment after the course end
    tie_groups: int = 2  # rows sharing one post_time: 3 rows of 3 users, 2 posts of 1 user
    forum_only_posters: int = 4  # in hash_mapping, never in the clickstream (2 only in week 0)


@dataclass(frozen=True)
class ClickstreamQuirks:
    """How many lines of each quirk every session's clickstream holds."""

    blank: int = 2
    truncated: int = 2  # a real line cut short: invalid JSON
    garbage: int = 2  # not JSON at all: invalid JSON
    invalid_utf8: int = 2  # otherwise valid JSON with latin-1 bytes
    no_username: int = 2  # valid object without a "username" key
    null_username: int = 2  # "username": null
    non_object: int = 3  # valid JSON that is not an object: [1, 2], "text", 17
    trap: int = 3  # value string embeds \"username\": \"<id>\" of an id found nowhere else
    reordered: int = 2  # "username" first, compact separators
    spaced: int = 2  # extra spaces around ":" and ","

    @property
    def invalid_json(self) -> int:
        return self.truncated + self.garbage

    @property
    def total(self) -> int:
        return (
            self.blank
            + self.truncated
            + self.garbage
            + self.invalid_utf8
            + self.no_username
            + self.null_username
            + self.non_object
            + self.trap
            + self.reordered
            + self.spaced
        )


FORUM_QUIRKS: Final = ForumQuirks()
CLICKSTREAM_QUIRKS: Final = ClickstreamQuirks()
