"""The clickstream user scan: exact MWE verdicts on every kind of line."""

import gzip
from pathlib import Path

import pytest

from morf_pipeline.clickstream import scan_users
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
