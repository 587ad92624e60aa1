"""The CSV format of the query exports: what the MWE's ``mysql -e ... | tr '\\t' ','`` writes.

The one owner of the format: every SQL backend writes it here, and the feature steps read it
here (SQL NULL is the text ``NULL``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, cast

from morf_pipeline.files import atomic_text_output

if TYPE_CHECKING:
    import pandas as pd

NULL_FIELD = "NULL"
# The ``mariadb`` client's batch mode escapes these; the MWE's ``tr '\t' ','`` keeps them.
_BATCH_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\0": "\\0"})
# Rows formatted at once, column by column: at 8192, the batch's lists went back to the system
# and were mapped again for each batch (page faults ate the gain).
_BATCH_ROWS = 1024


def _batch_text(value: object) -> str:
    """A value as ``mariadb --batch`` prints it before escaping (NULL as the literal ``NULL``)."""
    if value is None:
        return NULL_FIELD
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _batch_column(values: tuple[object, ...]) -> Sequence[str]:
    """One column's values as the client's escaped batch fields."""
    kinds = set(map(type, values))
    if kinds <= {int}:  # digits and '-': nothing to escape
        return list(map(str, values))
    texts: Sequence[str]
    if kinds <= {str}:
        texts = cast(tuple[str, ...], values)
    else:
        texts = [_batch_text(value) for value in values]
    joined = "".join(texts)
    if "\\" in joined or "\t" in joined or "\n" in joined or "\0" in joined:
        return [text.translate(_BATCH_ESCAPES) for text in texts]
    return texts


def batch_csv_lines(rows: Sequence[Sequence[object]]) -> list[str]:
    """Rows (of one width) as the MWE's CSV lines: the client's batch fields (a backslash,
    tab, newline or NUL escaped), joined by commas. Column by column: str.translate, which is
    slow, runs only on a column holding one of those characters."""
    columns = [_batch_column(values) for values in zip(*rows, strict=True)]
    return list(map(",".join, zip(*columns, strict=True)))


def write_batch_csv(
    header: Iterable[str], rows: Iterable[Sequence[object]], destination: Path
) -> int:
    """Write rows as the MWE's ``mysql -e ... | tr '\\t' ','`` does; returns the row count."""
    count = 0
    batches = iter(rows)
    with atomic_text_output(destination) as handle:
        handle.write(",".join(header) + "\n")
        while batch := list(islice(batches, _BATCH_ROWS)):
            handle.write("\n".join(batch_csv_lines(batch)) + "\n")
            count += len(batch)
    return count


def _is_not_blank(row: list[str]) -> bool:
    return len(row) > 1 or bool(row and row[0].strip())


def read_export_rows(path: Path, columns: Sequence[str]) -> Iterator[tuple[str, ...]]:
    """The ``columns`` of each row of a query export, read as pandas read it: a UTF-8 BOM and
    blank lines skipped, fields of short rows empty; a ValueError for a row longer than the
    header or a missing column."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        rows = filter(_is_not_blank, reader)
        header = next(rows, [])
        if missing := [c for c in columns if c not in header]:
            raise ValueError(f"no column(s) {missing}")
        positions = [header.index(c) for c in columns]
        width = len(header)
        for row in rows:
            if len(row) != width:
                if len(row) > width:
                    raise ValueError(
                        f"line {reader.line_num}: {len(row)} fields, the header has {width}"
                    )
                row += [""] * (width - len(row))
            yield tuple(map(row.__getitem__, positions))


def read_export_frame(path: Path) -> pd.DataFrame:
    """A query export as a table of text; SQL NULL is a missing value."""
    # Imported here: the SQL and forum-feature jobs use this module without pandas.
    import pandas as pd

    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[NULL_FIELD])
