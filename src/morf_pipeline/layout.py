"""Find each session's inputs in a MORF data tree (``<data_dir>/<course>/<session>/``)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from morf_pipeline.errors import InputDataError

DATES_FILE = "coursera_course_dates.csv"
LABELS_TRAIN_FILE = "labels-train.csv"
LABELS_TEST_FILE = "labels-test.csv"
SQL_DUMP_SUFFIXES = (".sql", ".sql.gz")
CLICKSTREAM_SUFFIX = "clickstream_export.gz"
# Name markers of the dumps the MWE's queries read.
FORUM_DUMP = "anonymized_forum"
HASH_MAPPING_DUMP = "hash_mapping"
MWE_DUMPS = (FORUM_DUMP, HASH_MAPPING_DUMP)


@dataclass(frozen=True)
class SessionInputs:
    """The raw files of one course session that the pipeline reads."""

    course: str
    session: str
    dumps: Mapping[str, Path]  # by name marker, e.g. "anonymized_forum"
    clickstream: Path

    @property
    def forum_dump(self) -> Path:
        return self.dumps[FORUM_DUMP]

    @property
    def hash_mapping_dump(self) -> Path:
        return self.dumps[HASH_MAPPING_DUMP]


def session_sort_key(session: str) -> tuple[str, str]:
    """MORF orders sessions by their last three characters (``2012-001`` < ``2013-002``)."""
    return (session[-3:], session)


def _subdirectories(directory: Path) -> list[str]:
    # scandir: the entry types come with the listing, no stat per entry (symlinks followed).
    with os.scandir(directory) as entries:
        return [e.name for e in entries if e.is_dir() and not e.name.startswith(".")]


def require_data_dir(data_dir: Path) -> None:
    if data_dir.is_dir():
        return
    message = f"data_dir {data_dir} does not exist or is not a directory"
    if not data_dir.is_absolute():
        message += (
            ": a relative data_dir is read from the working directory "
            f"(here {data_dir.absolute()}), which snakemake's --directory (-d) sets: give an "
            "absolute path, e.g. --config data_dir=/path/to/data"
        )
    raise InputDataError(message)


def list_courses(data_dir: Path, courses: str | Sequence[str]) -> list[str]:
    """The configured courses (``"all"``: every course directory), each checked to exist."""
    require_data_dir(data_dir)
    if courses == "all":
        found = sorted(_subdirectories(data_dir))
        if not found:
            raise InputDataError(f"data_dir {data_dir} holds no course directories")
        return found
    for course in courses:
        if not (data_dir / course).is_dir():
            raise InputDataError(f"course {course!r}: no directory {data_dir / course}")
    return list(courses)


def list_sessions(data_dir: Path, course: str) -> list[str]:
    sessions = sorted(_subdirectories(data_dir / course), key=session_sort_key)
    if not sessions:
        raise InputDataError(f"course {course!r}: {data_dir / course} holds no session directories")
    return sessions


def _single_match(
    session_dir: Path,
    names: Sequence[str],
    course: str,
    session: str,
    what: str,
    matches: Callable[[str], bool],
) -> Path:
    found = sorted(name for name in names if matches(name))
    if len(found) != 1:
        problem = "no file" if not found else f"{len(found)} files ({', '.join(found)})"
        raise InputDataError(
            f"course {course!r}, session {session!r}: expected exactly one {what} "
            f"in {session_dir}, found {problem}"
        )
    return session_dir / found[0]


def _is_dump(marker: str, session: str) -> Callable[[str], bool]:
    return lambda name: marker in name and session in name and name.endswith(SQL_DUMP_SUFFIXES)


def session_inputs(
    data_dir: Path, course: str, session: str, dump_markers: Iterable[str] = MWE_DUMPS
) -> SessionInputs:
    """Select a session's dumps and clickstream as the MWE does, but insist on one match each.

    A dump is the ``.sql[.gz]`` file whose name holds its marker and the session id.
    """
    session_dir = data_dir / course / session
    # Listed once: every start-up discovers every session (thousands in a large tree).
    names = os.listdir(session_dir)
    return SessionInputs(
        course=course,
        session=session,
        dumps={
            marker: _single_match(
                session_dir,
                names,
                course,
                session,
                f"{marker} dump (*{marker}*.sql[.gz])",
                _is_dump(marker, session),
            )
            for marker in dict.fromkeys(dump_markers)
        },
        clickstream=_single_match(
            session_dir,
            names,
            course,
            session,
            f"clickstream (*{CLICKSTREAM_SUFFIX})",
            lambda name: name.endswith(CLICKSTREAM_SUFFIX),
        ),
    )


def discover(
    data_dir: Path, courses: str | Sequence[str], dump_markers: Iterable[str] = MWE_DUMPS
) -> dict[str, list[SessionInputs]]:
    """Every configured course's sessions, in MORF order, with their input files."""
    markers = tuple(dump_markers)
    return {
        course: [
            session_inputs(data_dir, course, session, markers)
            for session in list_sessions(data_dir, course)
        ]
        for course in list_courses(data_dir, courses)
    }
