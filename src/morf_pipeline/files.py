"""Neutral file helpers: outputs that never stay half-written, inputs gzipped or plain, CSV files
of one header concatenated."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO, TextIO, cast

from isal import igzip

from morf_pipeline.errors import InputDataError

GZIP_MAGIC = b"\x1f\x8b"


def _remove_stale_partials(target: Path) -> None:
    """Remove what writers of ``target`` killed before they could clean up left behind.

    Safe because a file has one writer at a time: Snakemake runs one job per output and locks
    the working directory against a second run."""
    prefix = f".{target.name}.partial-"
    for stale in target.parent.glob(glob.escape(prefix) + "*"):
        if stale.name.removeprefix(prefix).isdigit():
            stale.unlink(missing_ok=True)


@contextmanager
def _partial_file(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary sibling of ``path`` that replaces it only if the block succeeds."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(target)
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        yield partial
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


@contextmanager
def atomic_text_output(path: str | os.PathLike[str], encoding: str = "utf-8") -> Iterator[TextIO]:
    """Yield a text handle whose content replaces ``path`` only if the block succeeds."""
    with (
        _partial_file(path) as partial,
        open(partial, "w", encoding=encoding, newline="") as handle,
    ):
        yield handle


@contextmanager
def atomic_binary_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Like ``atomic_text_output``, for binary content (figures)."""
    with _partial_file(path) as partial, open(partial, "wb") as handle:
        yield handle


def is_gzip(path: str | os.PathLike[str]) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def open_maybe_gzip(path: str | os.PathLike[str]) -> IO[bytes]:
    """Open a file for binary reading, decompressing it if it is gzip (by content, not name)."""
    if is_gzip(path):
        return cast(IO[bytes], igzip.open(path, "rb"))  # type: ignore[no-untyped-call]
    return open(path, "rb")


def write_concatenated_csv(sources: Iterable[Path], destination: Path) -> None:
    """CSV files of one header as one table: the header once, then each file's rows as written
    (nothing is parsed and printed again, so every value stays exactly its file's)."""
    first_header = None
    with atomic_text_output(destination) as handle:
        for source in sources:
            with source.open(encoding="utf-8", newline="") as table:
                header = table.readline()
                rows = table.read()
            if first_header is None:
                first_header = header
                handle.write(header)
            elif header != first_header:
                raise InputDataError(
                    f"{source}: its header {header.rstrip()!r} differs from the first file's "
                    f"{first_header.rstrip()!r}"
                )
            handle.write(rows if not rows or rows.endswith("\n") else rows + "\n")
