"""Dropout labels of one course from MORF's ``labels-train.csv`` and ``labels-test.csv``."""

from __future__ import annotations

import csv
import hashlib
import io
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

from morf_pipeline.errors import CheckPolicy, InputDataError
from morf_pipeline.files import atomic_text_output

# The learner column of the label files, which every feature table repeats to join them.
USER_COLUMN = "userID"
LABEL_COLUMNS = (USER_COLUMN, "course", "session", "label_type", "label_value")
LABEL_VALUES = ("0", "1")


@dataclass(frozen=True, slots=True)
class LabelRow:
    """One label row as written in its file (text kept verbatim), with where it came from."""

    fields: tuple[str, ...]
    path: Path
    line: int

    @property
    def user_session(self) -> tuple[str, str]:
        return (self.fields[0], self.fields[2])

    @property
    def session(self) -> str:
        return self.fields[2]

    @property
    def where(self) -> str:
        return f"{self.path}, line {self.line}"


def _utf8_text(path: Path) -> io.TextIOWrapper:
    """The file as text for the csv module, without a byte order mark (Excel's "CSV UTF-8");
    content that is not UTF-8 fails naming its line."""
    content = path.read_bytes()
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as error:
        line = content.count(b"\n", 0, error.start) + 1
        raise InputDataError(f"{path}, line {line}: not UTF-8 text ({error.reason})") from None
    return io.TextIOWrapper(io.BytesIO(content), encoding="utf-8-sig", newline="")


def read_label_rows(
    label_files: list[Path], label_type: str, course: str | None = None
) -> dict[str, list[LabelRow]]:
    """Rows of ``label_type`` grouped by course (only ``course``'s if given), files in the given
    order, columns in ``LABEL_COLUMNS`` order; a missing column or a value other than 0/1 (in any
    course) fails naming the line."""
    by_course: dict[str, list[LabelRow]] = defaultdict(list)
    for path in label_files:
        if not path.is_file():
            raise InputDataError(f"labels file {path} does not exist")
        with _utf8_text(path) as handle:
            reader = csv.reader(handle)
            header = next(reader, [])
            # A repeated column name means its last column, as for csv.DictReader.
            position = {name: index for index, name in enumerate(header)}
            missing = [c for c in LABEL_COLUMNS if c not in position]
            if missing:
                raise InputDataError(f"{path}: missing column(s) {', '.join(missing)}")
            pick = itemgetter(*(position[c] for c in LABEL_COLUMNS))
            width = len(header)
            for row in reader:
                if len(row) < width:
                    if not row:  # a blank line
                        continue
                    row += [""] * (width - len(row))
                fields: tuple[str, ...] = pick(row)
                _, row_course, _, row_type, value = fields
                if row_type != label_type:
                    continue
                if value not in LABEL_VALUES:
                    raise InputDataError(
                        f"{path}, line {reader.line_num}: label_value {value!r} is not 0 or 1"
                    )
                if course is None or row_course == course:
                    by_course[row_course].append(LabelRow(fields, path, reader.line_num))
    return by_course


def label_digest(rows: list[LabelRow]) -> str:
    """A fingerprint of a course's labels, so only courses whose labels changed rerun."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join(row.fields).encode() + b"\n")
    return digest.hexdigest()


def check_unique_user_sessions(rows: list[LabelRow]) -> None:
    first_seen: dict[tuple[str, str], LabelRow] = {}
    for row in rows:
        earlier = first_seen.setdefault(row.user_session, row)
        if earlier is not row:
            raise InputDataError(
                f"{row.path}, line {row.line}: duplicate label for userID {row.fields[0]!r} "
                f"in session {row.fields[2]!r} (first at {earlier.path}, line {earlier.line})"
            )


@dataclass(frozen=True)
class LabelSessions:
    """How a course's label rows name its session directories."""

    # A session written as a number without the directory's zero padding (Excel writes 3 for
    # 003) -> the one session directory of that number.
    renamed: dict[str, str]
    # The rows whose session is not a directory name, by the session as written.
    misnamed: dict[str, list[LabelRow]]

    @property
    def unmatched(self) -> dict[str, list[LabelRow]]:
        """Rows naming no session directory, by the session as written."""
        return {text: rows for text, rows in self.misnamed.items() if text not in self.renamed}

    @property
    def renamed_rows(self) -> dict[str, int]:
        """Per session directory, the rows that name it without its zero padding."""
        counts: Counter[str] = Counter()
        for text, session in self.renamed.items():
            counts[session] += len(self.misnamed[text])
        return dict(counts)

    def findings(self, course: str, unmatched_policy: CheckPolicy) -> list[str]:
        """Warnings to show; with the ``error`` policy, rows naming no session directory (which
        the join on userID and session would drop) are an InputDataError instead."""
        missing = [
            f"{rows[0].where}: {len(rows)} label row(s) of course {course!r} name session "
            f"{text!r}, which is not a session directory of the course"
            for text, rows in self.unmatched.items()
        ]
        if missing and unmatched_policy is CheckPolicy.ERROR:
            shown = "; ".join(missing[:3])
            more = f"; and {len(missing) - 3} more session(s)" if len(missing) > 3 else ""
            raise InputDataError(
                f"{shown}{more} (data_checks: {{label_session_unmatched: warn}} leaves them out)"
            )
        renamed = []
        for session, count in self.renamed_rows.items():
            texts = [text for text, target in self.renamed.items() if target == session]
            renamed.append(
                f"{self.misnamed[texts[0]][0].where}: {count} label row(s) of course {course!r} "
                f"name session {' or '.join(map(repr, texts))}, read as session {session!r}"
            )
        return [*renamed, *(f"{finding}: left out" for finding in missing)]


def _same_number(text: str, session: str) -> bool:
    return text.isdigit() and session.isdigit() and int(text) == int(session)


def match_label_sessions(rows: Sequence[LabelRow], sessions: Sequence[str]) -> LabelSessions:
    """Match each row's session to the course's session directories: as written, or else the
    one directory of the same number (``3`` or ``0003`` for ``003``)."""
    known = set(sessions)
    misnamed: dict[str, list[LabelRow]] = defaultdict(list)
    for row in rows:
        if row.session not in known:
            misnamed[row.session].append(row)
    renamed = {}
    for text in misnamed:
        candidates = [session for session in sessions if _same_number(text, session)]
        if len(candidates) == 1:
            renamed[text] = candidates[0]
    return LabelSessions(renamed, dict(misnamed))


def write_course_labels(
    label_files: list[Path],
    course: str,
    label_type: str,
    destination: Path,
    require_unique: bool,
    session_renames: Mapping[str, str] | None = None,
) -> int:
    """Write the course's labels of ``label_type`` to ``destination``, sessions renamed as
    ``session_renames`` says (see ``match_label_sessions``); returns the row count."""
    rows = read_label_rows(label_files, label_type, course).get(course, [])
    if not rows:
        files = ", ".join(str(p) for p in label_files)
        raise InputDataError(f"course {course!r}: no {label_type!r} labels in {files}")
    if renames := session_renames or {}:
        rows = [
            LabelRow((*row.fields[:2], renames[row.session], *row.fields[3:]), row.path, row.line)
            if row.session in renames
            else row
            for row in rows
        ]
    if require_unique:
        check_unique_user_sessions(rows)
    with atomic_text_output(destination) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(LABEL_COLUMNS)
        writer.writerows(row.fields for row in rows)
    return len(rows)
