"""Open mysqldump files as MORF ships them: gzipped or plain, checked for completeness."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from morf_pipeline.errors import InputDataError
from morf_pipeline.files import open_maybe_gzip

# mysqldump and mariadb-dump end every complete dump with this comment line.
DUMP_TRAILER = b"-- Dump completed"
_TAIL_BYTES = 4096


class _TrailerCheckingReader:
    """Pass bytes through and, at the end, insist on the dump's closing comment."""

    def __init__(self, source: IO[bytes], path: Path) -> None:
        self._source = source
        self._path = path
        self._tail = b""

    def read(self, size: int = -1) -> bytes:
        try:
            chunk = self._source.read(size)
        except (OSError, EOFError) as error:
            raise InputDataError(f"{self._path}: cannot decompress the dump: {error}") from error
        if chunk:
            self._tail = (self._tail + chunk)[-_TAIL_BYTES:]
        else:
            self._check_complete()
        return chunk

    def _check_complete(self) -> None:
        last_lines = self._tail.rstrip().splitlines()[-1:]
        if not last_lines or not last_lines[0].startswith(DUMP_TRAILER):
            raise InputDataError(
                f"{self._path}: truncated dump: it does not end with mysqldump's "
                f"'{DUMP_TRAILER.decode()} ...' line"
            )


@contextmanager
def open_dump_text_bytes(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Yield the dump's SQL bytes; reading past the end raises if the dump is truncated."""
    dump = Path(path)
    try:
        source = open_maybe_gzip(dump)
    except OSError as error:
        raise InputDataError(f"{dump}: cannot open the dump: {error}") from error
    with source:
        yield _TrailerCheckingReader(source, dump)  # type: ignore[misc]
