"""Dropout labels of one course from MORF's ``labels-train.csv`` and ``labels-test.csv``."""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
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
    """The label file's bytes without a byte order mark (Excel's "CSV UTF-8"), checked to be
    UTF-8: content that is not fails naming its line, as does a missing file."""
    if not path.is_file():
        raise InputDataError(f"labels file {path} does not exist")
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


_HEADER = ",".join(LABEL_COLUMNS).encode() + b"\n"
_HEADER_SIZE = len(_HEADER)  # where the rows of a plain file start


def _plain_text(content: bytes, label_type: str) -> bytes | None:
    """``content`` ending with a newline if it is plain text in which every row of
    ``label_type`` is a five-field line ending with ``,T,0`` or ``,T,1`` (see ``_plain_rows``),
    else None."""
    if not label_type or "," in label_type or "\n" in label_type:
        return None
    if not content.startswith(_HEADER):
        return None
    if not content.endswith(b"\n"):
        content += b"\n"
    if b'"' in content or b"\r" in content or b"\0" in content:
        return None
    body = _HEADER_SIZE
    if _has_long_line(content, body, csv.field_size_limit() - 1):
        return None
    kind = label_type.encode()
    valid_rows = sum(content.count(b",%s,%s\n" % (kind, v.encode()), body) for v in LABEL_VALUES)
    if (
        content.count(b",%s," % kind, body) != valid_rows
        or content.find(b",%s,%s," % (kind, kind), body) >= 0
        or content.find(b",%s\n" % kind, body) >= 0
    ):
        return None
    return content


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
    if "," in course or "\n" in course:
        return None
    plain = _plain_text(content, label_type)
    if plain is None:
        return None
    content = plain
    body = _HEADER_SIZE
    valid_ends = tuple(f",{label_type},{value}" for value in LABEL_VALUES)
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
        digest.update(_digest_line(row.fields))
    return digest.hexdigest()


def _digest_line(fields: Sequence[str]) -> bytes:
    """A row as ``label_digest`` hashes it: for a plain file's row, its line with every comma
    replaced by ``\x1f``."""
    return "\x1f".join(fields).encode() + b"\n"


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
    return _renamed_sessions(dict(misnamed), sessions)


def _renamed_sessions(
    misnamed: dict[str, list[LabelRow]], sessions: Sequence[str]
) -> LabelSessions:
    renamed = {}
    for text in misnamed:
        candidates = [session for session in sessions if _same_number(text, session)]
        if len(candidates) == 1:
            renamed[text] = candidates[0]
    return LabelSessions(renamed, misnamed)


@dataclass(frozen=True)
class LabelIndex:
    """What a run's start-up needs of the rows of one label type."""

    # ``label_digest`` of each course's rows, for every course with rows.
    digests: dict[str, str]
    # ``match_label_sessions`` of each given course's rows (none: no renames, no misnamed).
    sessions: dict[str, LabelSessions]


def _is_run(text: bytes, start: int, end: int, mark: bytes) -> bool:
    """Whether the lines from ``start`` to ``end`` of a plain file (``_plain_text``) are all
    rows ``u,C,S,T,v`` of one course and session, ``mark`` being ``,C,S,T,``: a line holds
    ``,T,`` at most once, at its end, so the marks count one per line, and with four commas a
    line has no other field."""
    lines = text.count(b"\n", start, end)
    return text.count(mark, start, end) == lines and text.count(b",", start, end) == 4 * lines


# _run_end's first step in bytes; a run shorter than it has the next _LINES_READ bytes read line
# by line (a file of short runs costs about a split per line, not a search per run).
_FIRST_STEP = 1 << 12
_LINES_READ = 1 << 16


def _run_end(text: bytes, start: int, mark: bytes) -> int:
    """Where the run of rows of ``mark`` (see ``_is_run``) starting with the row at ``start``
    ends: galloping forward, then halving, so a long run costs a few C-level passes."""
    good, step = text.index(b"\n", start) + 1, _FIRST_STEP
    while good < len(text):
        end = text.index(b"\n", min(good + step, len(text) - 1)) + 1
        if not _is_run(text, good, end, mark):
            break
        good, step = end, step * 2
    else:
        return good
    bad = end  # from good to bad is not one run; good's next line may be
    while True:
        middle = text.index(b"\n", (good + bad) // 2) + 1
        if middle >= bad:
            middle = text.index(b"\n", good) + 1
            if middle >= bad:
                return good
        if _is_run(text, good, middle, mark):
            good = middle
        else:
            bad = middle


def _plain_runs(text: bytes, label_type: str) -> Iterator[tuple[str, str, int, int]]:
    """(course, session, start, end) of runs of consecutive rows of ``label_type`` of one
    course and session in a plain file (``_plain_text``), in file order, covering its rows."""
    kind = b",%s," % label_type.encode()
    position = _HEADER_SIZE
    while (found := text.find(kind, position)) >= 0:
        start = text.rfind(b"\n", 0, found) + 1
        end = text.index(b"\n", found) + 1
        fields = text[start : end - 1].split(b",")
        if len(fields) != len(LABEL_COLUMNS):  # its 4th field is not the label type
            position = end
            continue
        position = _run_end(text, start, b",%s,%s%s" % (fields[1], fields[2], kind))
        yield fields[1].decode(), fields[2].decode(), start, position
        if position - start < _FIRST_STEP:
            lines_end = text.find(b"\n", position + _LINES_READ) + 1 or len(text)
            yield from _line_runs(text, position, lines_end, label_type.encode())
            position = lines_end


def _line_runs(
    text: bytes, start: int, end: int, kind: bytes
) -> Iterator[tuple[str, str, int, int]]:
    """``_plain_runs`` of the lines from ``start`` to ``end``, read line by line."""
    run: tuple[bytes, bytes] | None = None
    run_start = run_end = start
    for line in text[start:end].split(b"\n")[:-1]:
        line_start, start = start, start + len(line) + 1
        fields = line.split(b",")
        if len(fields) != len(LABEL_COLUMNS) or fields[3] != kind:
            continue
        if (fields[1], fields[2]) != run or line_start != run_end:
            if run is not None:
                yield run[0].decode(), run[1].decode(), run_start, run_end
            run, run_start = (fields[1], fields[2]), line_start
        run_end = start
    if run is not None:
        yield run[0].decode(), run[1].decode(), run_start, run_end


def label_index(
    label_files: list[Path], label_type: str, course_sessions: Mapping[str, Sequence[str]]
) -> LabelIndex:
    """The ``label_digest`` and ``match_label_sessions`` (against ``course_sessions``) of the
    courses' rows that ``read_label_rows(label_files, label_type)`` reads, and its errors,
    without a LabelRow per row: a plain file (``_plain_text``) is hashed a run of lines of one
    course and session at a time, only the rows of misnamed sessions are made LabelRows; any
    other file is read by the csv module."""
    known = {course: set(sessions) for course, sessions in course_sessions.items()}
    digests: dict[str, hashlib._Hash] = {}
    misnamed: dict[str, dict[str, list[LabelRow]]] = {course: {} for course in known}

    def is_misnamed(course: str, session: str) -> bool:
        return course in known and session not in known[course]

    def add_file(path: Path) -> None:  # its text freed before the next file's is read
        content = _utf8_content(path)
        plain = _plain_text(content, label_type)
        if plain is None:
            for line, fields in _csv_rows(path, content, label_type, None):
                course, session = fields[1], fields[2]
                digests.setdefault(course, hashlib.sha256()).update(_digest_line(fields))
                if is_misnamed(course, session):
                    misnamed[course].setdefault(session, []).append(LabelRow(fields, path, line))
            return
        counted, line = _HEADER_SIZE, 2  # the line at offset ``counted``
        for course, session, start, end in _plain_runs(plain, label_type):
            run = plain[start:end]
            digests.setdefault(course, hashlib.sha256()).update(run.replace(b",", b"\x1f"))
            if is_misnamed(course, session):
                line += plain.count(b"\n", counted, start)
                counted = start
                texts = run.decode().split("\n")[:-1]
                misnamed[course].setdefault(session, []).extend(
                    LabelRow(tuple(text.split(",")), path, number)
                    for number, text in enumerate(texts, start=line)
                )

    for path in label_files:
        add_file(path)
    return LabelIndex(
        {course: digest.hexdigest() for course, digest in digests.items()},
        {
            course: _renamed_sessions(misnamed[course], sessions)
            for course, sessions in course_sessions.items()
        },
    )


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
