"""Scan a gzipped Coursera clickstream for the users it mentions, as the MWE does."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from morf_pipeline.dumps import open_maybe_gzip
from morf_pipeline.errors import InputDataError

log = logging.getLogger(__name__)

# Invalid lines logged one by one before the log only counts them.
LOGGED_INVALID_LINES = 20


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


def _parse_line(line: bytes) -> object:
    """``json.loads(line.decode("utf-8"))`` with orjson's speed and json's exact verdicts."""
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError:
        # orjson rejects a few things json accepts (NaN, huge ints, lone surrogates): ask json.
        return json.loads(line.decode("utf-8"))


def scan_users(path: Path) -> ClickstreamUsers:
    """Every ``username`` in the clickstream; invalid lines are skipped, logged and counted."""
    result = ClickstreamUsers()
    try:
        with open_maybe_gzip(path) as stream:
            for number, line in enumerate(stream, start=1):
                result.lines = number
                try:
                    user = _parse_line(line).get("username")  # type: ignore[attr-defined]
                    if isinstance(user, dict | list):
                        raise TypeError(f"unhashable username {user!r}")
                except (ValueError, AttributeError, TypeError) as error:  # not JSON, no object
                    result.invalid_lines += 1
                    if result.invalid_lines <= LOGGED_INVALID_LINES:
                        log.warning(
                            "%s, line %d: invalid log line skipped: %s", path, number, error
                        )
                    continue
                if user is None:
                    result.has_null_user = True
                else:
                    result.users.add(str(user))
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
