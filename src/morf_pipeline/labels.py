"""Dropout labels of one course from MORF's ``labels-train.csv`` and ``labels-test.csv``."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, repeat
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


def _utf8_content(path: Path) -> bytes:
    """The file's bytes without a byte order mark (Excel's "CSV UTF-8"), checked to be UTF-8:
    content that is not fails naming its line."""
    content = path.read_bytes()
    if not content.isascii():
        try:
            content.decode("utf-8")
        except UnicodeDecodeError as error:
            line = content.count(b"\n", 0, error.start) + 1
            raise InputDataError(f"{path}, line {line}: not UTF-8 text ({error.reason})") from None
    return content.removeprefix(codecs.BOM_UTF8)


def _has_long_line(text: bytes, start: int, limit: int) -> bool:
    """Whether a line from ``start`` on is longer than ``limit`` bytes: jumps from line to
    line ``limit`` bytes at a time (every line starting before the last newline of a window is
    within it)."""
    while len(text) - start > limit:
        newline = text.rfind(b"\n", start, start + limit + 1)
        if newline < 0:
            return True
        start = newline + 1
    return False


def _plain_rows(
    content: bytes, label_type: str, course: str
) -> list[tuple[int, tuple[str, ...]]] | None:
    """The (line, fields) of the rows of ``label_type`` of ``course``, read without parsing
    other courses' rows where that provably reads what the csv module reads, else None.

    With ``LABEL_COLUMNS`` as the header and no quote, carriage return, NUL or line beyond the
    csv module's field size limit, csv reads a line as ``line.split(",")`` (blank: no row),
    padded with empty fields, its first five fields being the columns. T, the label type, and
    the course hold no comma or newline (and T is not empty). With no ``,T,T,`` in the text,
    occurrences of ``,T,`` do not overlap, so where there are as many as lines ending with
    ``,T,0`` or ``,T,1``, each line holding ``,T,`` holds it once, at its end: a row of type T
    (``,T,`` at its 4th field) has exactly five fields and a valid value; a row of type T of
    four fields ends with ``,T``, which no line may. So every row of type T (in any course) is
    valid, and only the lines from the course's first ``,C,`` to its last need reading.
    (The rows are found by offsets into ``content``: a copy of a large file costs.)
    """
    if not label_type or any("," in name or "\n" in name for name in (label_type, course)):
        return None
    header = ",".join(LABEL_COLUMNS).encode() + b"\n"
    if not content.startswith(header):
        return None
    if not content.endswith(b"\n"):
        content += b"\n"
    if b'"' in content or b"\r" in content or b"\0" in content:
        return None
    body = len(header)  # where the rows start
    if _has_long_line(content, body, csv.field_size_limit() - 1):
        return None
    kind = label_type.encode()
    valid_ends = tuple(f",{label_type},{value}" for value in LABEL_VALUES)
    valid_rows = sum(content.count(f"{end}\n".encode(), body) for end in valid_ends)
    if (
        content.count(b",%s," % kind, body) != valid_rows
        or content.find(b",%s,%s," % (kind, kind), body) >= 0
        or content.find(b",%s\n" % kind, body) >= 0
    ):
        return None
    needle = f",{course},".encode()
    first, last = content.find(needle, body), content.rfind(needle, body)
    if first < 0:
        return []
    first, last = content.rfind(b"\n", body, first) + 1, content.find(b"\n", last)
    first = max(first, body)
    line = 2 + content.count(b"\n", body, first)
    lines = content[first:last].decode("utf-8").split("\n")
    rows = []
    for number, text in compress(
        enumerate(lines, start=line), map(str.endswith, lines, repeat(valid_ends))
    ):
        fields = text.split(",")
        if len(fields) == len(LABEL_COLUMNS) and fields[3] == label_type and fields[1] == course:
            rows.append((number, tuple(fields)))
    return rows


def _csv_rows(
    path: Path, text: bytes, label_type: str, course: str | None
) -> list[tuple[int, tuple[str, ...]]]:
    """The (line, fields) of the rows of ``label_type`` (of ``course`` if given), read by the
    csv module; a missing column or a value other than 0/1 (in any course) fails naming the
    line."""
    reader = csv.reader(io.StringIO(text.decode("utf-8"), newline=""))
    header = next(reader, [])
    # A repeated column name means its last column, as for csv.DictReader.
    position = {name: index for index, name in enumerate(header)}
    missing = [c for c in LABEL_COLUMNS if c not in position]
    if missing:
        raise InputDataError(f"{path}: missing column(s) {', '.join(missing)}")
    pick = itemgetter(*(position[c] for c in LABEL_COLUMNS))
    width = len(header)
    rows = []
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
            rows.append((reader.line_num, fields))
    return rows


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
        text = _utf8_content(path)
        # All courses' rows (course None) cost the same either way: the csv module reads them.
        rows = None if course is None else _plain_rows(text, label_type, course)
        if rows is None:
            rows = _csv_rows(path, text, label_type, course)
        for line, fields in rows:
            by_course[fields[1]].append(LabelRow(fields, path, line))
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
