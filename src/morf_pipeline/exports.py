"""The CSV format of the query exports: what the MWE's ``mysql -e ... | tr '\\t' ','`` writes.

Every SQL backend writes it; the feature steps read it (SQL NULL is the text ``NULL``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from morf_pipeline.files import atomic_text_output

NULL_FIELD = "NULL"
# The ``mariadb`` client's batch mode escapes these; the MWE's ``tr '\t' ','`` keeps them.
_BATCH_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\0": "\\0"})
_BATCH_ESCAPES_BUT_TAB = str.maketrans({"\\": "\\\\", "\n": "\\n", "\0": "\\0"})


def _batch_text(value: object) -> str:
    """A value as ``mariadb --batch`` prints it before escaping (NULL as the literal ``NULL``)."""
    if value is None:
        return NULL_FIELD
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def batch_csv_line(row: Sequence[object]) -> str:
    """One row as the MWE's CSV line: the client's batch fields, joined by commas.

    Where no field holds a tab, the fields are escaped all at once, as one tab-joined line.
    """
    fields = [value if type(value) is str else _batch_text(value) for value in row]
    line = "\t".join(fields)
    if line.count("\t") != len(fields) - 1:  # a field holds a tab: escape field by field
        return ",".join(field.translate(_BATCH_ESCAPES) for field in fields)
    if "\\" in line or "\n" in line or "\0" in line:  # translate is slow: only if needed
        line = line.translate(_BATCH_ESCAPES_BUT_TAB)
    return line.replace("\t", ",")


def write_batch_csv(
    header: Iterable[str], rows: Iterable[Sequence[object]], destination: Path
) -> int:
    """Write rows as the MWE's ``mysql -e ... | tr '\\t' ','`` does; returns the row count."""
    count = 0
    with atomic_text_output(destination) as handle:
        handle.write(",".join(header) + "\n")
        for row in rows:
            handle.write(batch_csv_line(row) + "\n")
            count += 1
    return count
