"""Scan a gzipped Coursera clickstream for the users it mentions, as the MWE does."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, cast

import simdjson

from morf_pipeline.dates import SECONDS_PER_WEEK
from morf_pipeline.dumps import open_maybe_gzip
from morf_pipeline.errors import InputDataError

log = logging.getLogger(__name__)

# Invalid lines logged one by one before the log only counts them.
LOGGED_INVALID_LINES = 20
READ_BLOCK = 1 << 22
USERNAME_KEY = b'"username"'
UTF8_BOM = b"\xef\xbb\xbf"
UNICODE_ESCAPE = b"\\u"


@dataclass
class ClickstreamUsers:
    """Users of one clickstream and what the scan had to skip.

    ``has_null_user`` records lines that are JSON objects without a (non-null) ``username``:
    the MWE adds a ``None`` user for them.
    """

    users: set[str] = field(default_factory=set)
    has_null_user: bool = False
    lines: int = 0
    invalid_lines: int = 0
    # (user, event key, week) -> number of events, for an ActivityWindow's keys and weeks
    events: Counter[tuple[str, str, int]] = field(default_factory=Counter)


@dataclass(frozen=True)
class ActivityWindow:
    """The events to count per user and week: their ``key`` values and the course's weeks.

    Week k is [start + 7k days, start + 7k + 7 days) of the ``timestamp`` (milliseconds);
    events before the start, after the end day or past ``last_week`` are not counted.
    """

    keys: frozenset[str]
    start_seconds: int
    end_seconds: int  # exclusive: the day after the end date
    last_week: int

    def week(self, timestamp_ms: object) -> int | None:
        if not isinstance(timestamp_ms, int | float) or isinstance(timestamp_ms, bool):
            return None
        seconds = timestamp_ms / 1000
        if not self.start_seconds <= seconds < self.end_seconds:
            return None
        week = int((seconds - self.start_seconds) // SECONDS_PER_WEEK)
        return week if week <= self.last_week else None


def _json_record(line: bytes, extra_fields: tuple[str, ...]) -> object:
    """Exactly the MWE's ``json.loads(line.decode("utf-8")).get("username")`` (and extras)."""
    entry = json.loads(line.decode("utf-8"))
    user = entry.get("username")
    return (user, *map(entry.get, extra_fields)) if extra_fields else user


_CONTAINERS = (simdjson.Object, simdjson.Array)


def _usernames(lines: Iterable[bytes], extra_fields: tuple[str, ...] = ()) -> Iterator[object]:
    """Per line, the MWE's ``username`` (or the exception that made the MWE skip the line);
    with ``extra_fields``, a tuple of the username and those fields' values.

    simdjson, much faster than ``json``, accepts a subset of what ``json`` accepts (it rejects
    NaN, huge numbers and lone surrogates, which ``json`` takes); every line simdjson rejects,
    and every line it might read differently, goes to ``json``, so verdicts and messages stay
    exactly the MWE's.
    """
    parse = simdjson.Parser().parse
    for line in lines:
        # json keeps the last of duplicate keys (simdjson the first; a key spelt with \\u
        # escapes may duplicate "username" unseen) and rejects a BOM.
        if (
            line.count(USERNAME_KEY) < 2
            and not line.startswith(UTF8_BOM)
            and UNICODE_ESCAPE not in line
        ):
            try:
                document = parse(line)
            except (ValueError, RuntimeError):
                document = None
            if type(document) is simdjson.Object:
                user = document.get("username")
                if type(user) not in _CONTAINERS:
                    if extra_fields:
                        # Scalars only: a proxy into the parser's buffer would block its reuse.
                        extras = [document.get(name) for name in extra_fields]
                        yield (user, *(None if type(v) in _CONTAINERS else v for v in extras))
                    else:
                        yield user
                    del document  # the parser reuses its buffer only once no proxy refers to it
                    continue
            del document
        try:
            yield _json_record(line, extra_fields)
        except (ValueError, AttributeError, RecursionError) as error:
            yield error


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    """The stream's lines without their newline, split as ``for line in stream`` splits them."""
    rest = b""
    while block := stream.read(READ_BLOCK):
        lines = (rest + block).split(b"\n")
        rest = lines.pop()
        yield from lines
    if rest:
        yield rest


def scan_users(path: Path, activity: ActivityWindow | None = None) -> ClickstreamUsers:
    """Every ``username`` in the clickstream; invalid lines are skipped, logged and counted.

    With ``activity``, the same pass also counts each user's events per key and week.
    """
    result = ClickstreamUsers()
    extra_fields = ("key", "timestamp") if activity else ()
    try:
        with open_maybe_gzip(path) as stream:
            for number, record in enumerate(_usernames(_lines(stream), extra_fields), start=1):
                result.lines = number
                if isinstance(record, Exception):
                    user: object = record
                elif activity is not None:
                    user, key, timestamp = cast(tuple[object, object, object], record)
                else:
                    user = record
                if isinstance(user, dict | list):  # unhashable: the MWE's set.add fails
                    user = TypeError(f"unhashable username {user!r}")
                if isinstance(user, Exception):
                    result.invalid_lines += 1
                    if result.invalid_lines <= LOGGED_INVALID_LINES:
                        log.warning("%s, line %d: invalid log line skipped: %s", path, number, user)
                elif user is None:
                    result.has_null_user = True
                else:
                    result.users.add(str(user))
                    if activity is not None and key in activity.keys:
                        week = activity.week(timestamp)
                        if week is not None:
                            result.events[(str(user), key, week)] += 1
    except (OSError, EOFError) as error:
        raise InputDataError(f"{path}: cannot read the clickstream: {error}") from error
    if result.invalid_lines:
        log.warning(
            "%s: skipped %d invalid line(s) of %d", path, result.invalid_lines, result.lines
        )
    if not result.users:
        raise InputDataError(
            f"{path}: no line of the clickstream names a user "
            f"({result.lines} lines, {result.invalid_lines} invalid)"
        )
    log.info("%s: %d users in %d lines", path, len(result.users), result.lines)
    return result
