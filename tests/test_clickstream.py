"""The clickstream user scan: exact MWE verdicts on every kind of line."""

import gzip
import json
import random
from pathlib import Path

import pytest

from morf_pipeline import clickstream
from morf_pipeline.clickstream import LineEvent, UserEvent, _Reader, scan_users
from morf_pipeline.errors import InputDataError

LINES = [
    # The value string mentions another user: only a real JSON parse gets this right.
    b'{"key": "pageview", "value": "{\\"username\\": \\"trap\\"}", "username": "u1"}',
    b'{"username": "u2", "timestamp": 2}',
    b"",  # blank line: invalid for json.loads
    b'{"key": "pageview", "timestamp": 3}',  # no username: the null user
    b'{"username": null}',
    b"[1, 2]",  # JSON, but not an object
    b'"text"',
    b'{"username": "u1", "truncated": ',
    b'{"username": "caf\xc3\xa9"}',  # valid UTF-8, non-ASCII user
    b'{"username": "bad \xff byte"}',  # invalid UTF-8
    b'{"username": "u3", "n": NaN}',  # json accepts NaN, orjson does not
    b'{"username": {"nested": 1}}',  # an unhashable username: the MWE fails on the line
]


def write_clickstream(path: Path, lines: list[bytes]) -> Path:
    with gzip.open(path, "wb") as handle:
        handle.write(b"\n".join(lines) + b"\n")
    return path


def test_scan_matches_the_mwe_on_every_kind_of_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    result = scan_users(write_clickstream(tmp_path / "c_clickstream_export.gz", LINES))
    assert result.users == {"u1", "u2", "café", "u3"}
    assert result.has_null_user
    assert result.lines == len(LINES)
    assert result.invalid_lines == 6  # blank, list, string, truncated, bad UTF-8, nested
    assert "line 3: invalid log line skipped" in caplog.text
    assert "skipped 6 invalid line(s) of 12" in caplog.text


def test_plain_file_is_read_too(tmp_path: Path) -> None:
    path = tmp_path / "plain_clickstream_export.gz"
    path.write_bytes(b'{"username": "u1"}\n')
    assert scan_users(path).users == {"u1"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no line of the clickstream names a user"),
        (b"garbage\n\n", "no line of the clickstream names a user"),
    ],
)
def test_clickstream_without_users_is_an_error(
    tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "x_clickstream_export.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(content)
    with pytest.raises(InputDataError, match=message):
        scan_users(path)


def test_truncated_gzip_names_the_file(tmp_path: Path) -> None:
    whole = write_clickstream(
        tmp_path / "whole.gz", [b'{"username": "u%d"}' % i for i in range(5000)]
    )
    truncated = tmp_path / "t_clickstream_export.gz"
    truncated.write_bytes(whole.read_bytes()[:-200])
    with pytest.raises(InputDataError, match=r"t_clickstream_export\.gz: cannot read"):
        scan_users(truncated)


def json_reference(line: bytes) -> tuple[object, ...]:
    """The MWE's own per-line code, as the oracle."""
    try:
        user = json.loads(line.decode("utf-8")).get("username")
        hash(user)
        return ("user", user)
    except Exception:
        return ("invalid",)


def fast_verdict(event: LineEvent) -> object:
    if isinstance(event, Exception) or isinstance(event.username, dict | list):
        return ("invalid",)
    return ("user", event.username)


CORNER_LINES = [
    b'{"username": "a", "username": "b"}',  # json keeps the last duplicate
    b'{"username": "a", "user\\u006eame": "b"}',  # an escaped duplicate
    b'{"key": "username", "username": "u"}',  # the key's text twice, one key
    b'\xef\xbb\xbf{"username": "u"}',  # a BOM: json rejects it
    b'{"username": NaN}',
    b'{"username": "u", "x": 1e400}',
    b'{"username": 123456789012345678901234567890}',
    b'{"username": "\\ud800"}',  # lone surrogate: json accepts
    b'{"username": "\\u00e9\\n"}',
    b'{"username": [1]}',
    b'{"username": 1.5}',
    b'{"username": true}',
    b'{"key": "username"}',
    b'{"value": "{\\"username\\": \\"trap\\"}"}',
    b'  {"username": "spaced"}  \r',
    b'{"username": "u"} x',
    b'{"username": "u",}',
    b'{"a": "tab\tinside", "username": "u"}',
    b"{'username': 'u'}",
    b"[" * 2000 + b"]" * 2000,  # deeper than json's recursion limit
    b"",
    b"17",
]


# Lines that would merge with or split into their neighbours if a block were decoded as a
# plain stream of JSON documents: the frame must still give each line json's own verdict.
FRAMING_LINES = [
    b'{"username": "a", "x": [[1',
    b"2]]}",
    b'{"username": "b"}] [{"username": "c"}',
    b'{"username": "d"} {"username": "e"}',
    b'{"username": "f",',
    b'"g": 1}',
    b"   ",
    b"\r",
    b'{"username": "h"}\r',
    b"]",
    b"[",
]


def mutated_lines(count: int, seed: int) -> list[bytes]:
    """Valid lines with 1-3 random byte insertions, deletions or replacements."""
    rng = random.Random(seed)
    alphabet = b'{}[]":,\\ u0123456789abcdefnrtlsNa\xc3\xa9\xff\x00\r\x0c'
    lines = []
    for _ in range(count):
        line = bytearray(b'{"key": "pageview", "username": "u1", "timestamp": 12}')
        for _ in range(rng.randint(1, 3)):
            at = rng.randrange(len(line))
            action = rng.random()
            if action < 0.4:
                line.insert(at, rng.choice(alphabet))
            elif action < 0.7:
                del line[at]
            else:
                line[at] = rng.choice(alphabet)
        lines.append(bytes(line))
    return lines


def test_fast_path_agrees_with_json_on_corner_and_random_lines() -> None:
    lines = CORNER_LINES + FRAMING_LINES + mutated_lines(5000, seed=7)
    fast = [fast_verdict(event) for event in _Reader(UserEvent).lines_events(lines)]
    assert fast == [json_reference(line) for line in lines]


@pytest.mark.parametrize("block_size", [1, 7, 64, 1000, 1 << 16])
def test_scan_is_the_same_for_every_block_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block_size: int
) -> None:
    """Lines longer than a block, split multi-byte characters, frames across block ends."""
    rng = random.Random(block_size)
    valid = [b'{"username": "u%d", "q": "caf\xc3\xa9"}' % rng.randrange(50) for _ in range(3000)]
    lines = valid + CORNER_LINES + FRAMING_LINES + mutated_lines(300, seed=block_size)
    rng.shuffle(lines)
    lines.append(b'{"username": "last", "x": "' + b"y" * 3 * block_size + b'"}')
    verdicts = [json_reference(line) for line in lines]
    monkeypatch.setattr(clickstream, "READ_BLOCK", block_size)
    path = tmp_path / "s_clickstream_export.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b"\n".join(lines))  # no final newline: the last line still counts
    result = scan_users(path)
    named = {user for verdict in verdicts if verdict[0] == "user" for user in verdict[1:]}
    assert result.users == {str(user) for user in named if user is not None}
    assert result.has_null_user == (None in named)
    assert result.lines == len(lines)
    assert result.invalid_lines == verdicts.count(("invalid",))


def test_equal_usernames_count_once_as_in_the_mwe_set(tmp_path: Path) -> None:
    """The MWE adds raw values to a set: 1, 1.0 and true are one user, the first seen."""
    lines = [b'{"username": 1}', b'{"username": 1.0}', b'{"username": true}', b'{"username": "1"}']
    result = scan_users(write_clickstream(tmp_path / "n_clickstream_export.gz", lines))
    assert result.users == {"1"} and result.invalid_lines == 0


@pytest.mark.parametrize("with_invalid_line", [False, True])
def test_lines_without_a_username_are_counted(tmp_path: Path, with_invalid_line: bool) -> None:
    """Blocks of valid lines (one decode) and blocks with an invalid line (line by line)."""
    lines = [
        b'{"username": "u1"}',
        b'{"username": null}',
        b'{"key": "pageview"}',
        b'{"username": ""}',
        *([b"not json"] if with_invalid_line else []),
        b'{"username": "u2"}',
    ]
    result = scan_users(write_clickstream(tmp_path / "u_clickstream_export.gz", lines))
    assert (result.null_user_lines, result.empty_user_lines) == (2, 1)
    assert result.invalid_lines == with_invalid_line and result.users == {"u1", "u2", ""}
