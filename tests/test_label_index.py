"""``label_index``, the start-up pass over the label files, gives what ``read_label_rows``,
``label_digest`` and ``match_label_sessions`` give (digests, sessions, errors with file and line),
on plain files and on the files the csv module reads."""

import random
from pathlib import Path

import pytest

from morf_pipeline.errors import InputDataError
from morf_pipeline.labels import (
    LabelIndex,
    _plain_text,
    _utf8_content,
    label_digest,
    label_index,
    match_label_sessions,
    read_label_rows,
)

HEADER = "userID,course,session,label_type,label_value"
SESSIONS = {"acc": ["001", "002", "003"], "fin": ["001"], "bio": []}


def index_from_rows(
    paths: list[Path], label_type: str, course_sessions: dict[str, list[str]]
) -> LabelIndex:
    rows = read_label_rows(paths, label_type)
    return LabelIndex(
        {course: label_digest(course_rows) for course, course_rows in rows.items()},
        {
            course: match_label_sessions(rows.get(course, []), sessions)
            for course, sessions in course_sessions.items()
        },
    )


def assert_same_index(
    paths: list[Path], label_type: str = "dropout", course_sessions: dict[str, list[str]] = SESSIONS
) -> LabelIndex | None:
    """The index equals the one from the rows (in the same order), or fails alike."""
    try:
        expected = index_from_rows(paths, label_type, course_sessions)
    except InputDataError as error:
        with pytest.raises(InputDataError) as raised:
            label_index(paths, label_type, course_sessions)
        assert str(raised.value) == str(error)
        return None
    index = label_index(paths, label_type, course_sessions)
    assert index == expected
    assert list(index.digests) == list(expected.digests)
    for course, sessions in index.sessions.items():
        assert list(sessions.misnamed) == list(expected.sessions[course].misnamed)
        assert list(sessions.renamed) == list(expected.sessions[course].renamed)
    return index


def is_plain(path: Path, label_type: str = "dropout") -> bool:
    return _plain_text(_utf8_content(path), label_type) is not None


AWKWARD_FILES = {
    # name: (file content, read by the plain path)
    "bom": (b"\xef\xbb\xbf" + f"{HEADER}\nu1,acc,001,dropout,1\n".encode(), True),
    "sessions to match": (
        (
            f"{HEADER}\nu1,acc,001,dropout,1\nu2,acc,3,dropout,0\nu3,acc,0003,dropout,1\n"
            "u4,acc,003,dropout,0\nu5,acc,7,dropout,1\nu6,acc,7,dropout,0\nu7,acc,,dropout,0\n"
            "u8,fin,1,dropout,1\nu9,zzz,1,dropout,1\nu10,acc,3,dropout,1\n"
        ).encode(),
        True,
    ),
    "blank lines, other types, no final newline": (
        (
            f"{HEADER}\n\nu1,acc,001,dropout,1\nu1,acc,001,dropout_current_week,0\n\n"
            "x,y,acc,001,dropout,1\nu2,fin,001,dropout,0\nu3,acc,001,dropout,0"
        ).encode(),
        True,
    ),
    "non-ASCII names": (
        f"{HEADER}\nü1,acc é,001,dropout,1\nu2,acc,00\u0661,dropout,0\n".encode(),
        True,
    ),
    "columns reordered, quoted, short rows": (
        b"session,course,label_type,userID,label_value,session\n"
        b'x,acc,dropout,u1,1,001,extra\n\n"a\nb",fin,dropout,u2,0,001\n'
        b"x,acc,dropout_current_week,u1,0,001\nx,acc\nx,acc,dropout,u3,0\n",
        False,
    ),
    "crlf": (f"{HEADER}\r\nu1,acc,001,dropout,1\r\nu2,acc,3,dropout,0\r\n".encode(), False),
    "a bad label of another course": (
        f"{HEADER}\nu1,acc,001,dropout,1\nu2,fin,001,dropout,2\n".encode(),
        False,
    ),
    "a row without its value": (f"{HEADER}\nu1,acc,001,dropout\n".encode(), False),
    "a value with more fields": (f"{HEADER}\nu1,acc,001,dropout,1,x\n".encode(), False),
    "a course named as the label type": (f"{HEADER}\nu1,dropout,001,dropout,1\n".encode(), False),
    "missing column": (b"userID,course,session,label_value\nu1,acc,001,1\n", False),
}


@pytest.mark.parametrize("name", AWKWARD_FILES)
def test_awkward_files_as_the_rows_read_them(tmp_path: Path, name: str) -> None:
    content, plain = AWKWARD_FILES[name]
    path = tmp_path / "labels-train.csv"
    path.write_bytes(content)
    assert is_plain(path) == plain
    assert_same_index([path])
    # Second in the list, after a plain file: rows and errors follow the files' order.
    first = tmp_path / "first.csv"
    first.write_text(f"{HEADER}\nu0,acc,3,dropout,1\nu0,bio,001,dropout,0\n")
    assert_same_index([first, path])


def test_files_that_fail_before_their_rows(tmp_path: Path) -> None:
    latin1 = tmp_path / "x.csv"
    latin1.write_bytes(f"{HEADER}\nu1,acc,001,dropout,1\n\xe9\n".encode("latin-1"))
    with pytest.raises(InputDataError, match=r"x\.csv, line 3: not UTF-8 text"):
        label_index([latin1], "dropout", SESSIONS)
    with pytest.raises(InputDataError, match=r"labels file .*absent\.csv does not exist"):
        label_index([tmp_path / "absent.csv"], "dropout", SESSIONS)
    assert_same_index([latin1])


def generated_rows(seed: int, rows: int, blocks: int, extras: float) -> list[str]:
    """About ``rows`` label rows of several courses, sessions (some misnamed) and types, in
    ``blocks`` blocks or shuffled, with a share ``extras`` of blank lines and six-field lines
    that end like a label."""
    rng = random.Random(seed)
    keys = [
        (course, session, label_type)
        for course in ("acc", "fin", "bio", "drop", "dropout_current_week")
        for session in ("001", "002", "3", "0003", "7", "")
        for label_type in ("dropout", "dropout_current_week")
    ]
    chosen = rng.sample(keys, blocks)
    lines = []
    for course, session, label_type in chosen:
        for user in range(rng.randint(1, max(1, 2 * rows // len(chosen)))):
            lines.append(f"{user:040x},{course},{session},{label_type},{rng.randint(0, 1)}")
            if rng.random() < extras:
                lines.append(rng.choice(["", f"x,y,{course},{session},{label_type},1"]))
    if seed % 2:
        rng.shuffle(lines)
    return lines


@pytest.mark.parametrize("seed", range(8))
def test_generated_files_plain_and_by_the_csv_module(tmp_path: Path, seed: int) -> None:
    if seed < 6:
        lines = generated_rows(seed, 3000, blocks=10 + 10 * seed, extras=0.01)
    else:  # runs of hundreds of KiB
        lines = generated_rows(seed, 20000, blocks=8, extras=0.0)
    half = len(lines) // 2
    indexes = []
    for ending in ("\n", "\r\n"):  # CR: read by the csv module, as the same rows
        folder = tmp_path / repr(ending)
        folder.mkdir()
        paths = [folder / "labels-train.csv", folder / "labels-test.csv"]
        for path, part in zip(paths, (lines[:half], lines[half:]), strict=True):
            path.write_bytes(ending.join([HEADER, *part, ""]).encode())
            assert is_plain(path) == (ending == "\n")
        for label_type in ("dropout", "dropout_current_week"):
            index = assert_same_index(paths, label_type, SESSIONS | {"drop": ["001"]})
            assert index is not None
            indexes.append(index.digests)
    assert indexes[:2] == indexes[2:]
