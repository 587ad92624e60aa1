"""Open mysqldump files as MORF ships them: gzipped or plain, checked for completeness.

A dump whose header comment (``-- MySQL dump ...``, ``-- MariaDB dump ...``) is there must end
with the trailer comment ``-- Dump completed ...``; else it is truncated. A dump written without
comments (``--skip-comments``, ``--compact``) has neither: it is read with a warning that its
completeness rests on its last statement being whole (a dump cut between two statements cannot
be told from a whole one).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from morf_pipeline.errors import InputDataError
from morf_pipeline.files import open_maybe_gzip

log = logging.getLogger(__name__)

# mysqldump and mariadb-dump end every complete dump with this comment line...
DUMP_TRAILER = b"-- Dump completed"
# ... if they wrote comments, which start with one of these lines (MySQL Workbench writes a
# CREATE DATABASE before it).
DUMP_HEADERS = (b"-- MySQL dump ", b"-- MariaDB dump ")
_TAIL_BYTES = 4096
_HEAD_BYTES = 65536


class _TrailerCheckingReader:
    """Pass bytes through and, at the end, insist on the dump's closing comment."""

    def __init__(self, source: IO[bytes], path: Path) -> None:
        self._source = source
        self._path = path
        self._head = b""
        self._tail = b""

    def read(self, size: int = -1) -> bytes:
        try:
            chunk = self._source.read(size)
        except (OSError, EOFError) as error:
            raise InputDataError(f"{self._path}: cannot decompress the dump: {error}") from error
        if chunk:
            if len(self._head) < _HEAD_BYTES:
                self._head += chunk[: _HEAD_BYTES - len(self._head)]
            self._tail = (self._tail + chunk)[-_TAIL_BYTES:]
        else:
            self._check_complete()
        return chunk

    def _check_complete(self) -> None:
        last_lines = self._tail.rstrip().splitlines()[-1:]
        if last_lines and last_lines[0].startswith(DUMP_TRAILER):
            return
        lines = self._head.splitlines()
        if any(line.startswith(DUMP_HEADERS) for line in lines[:-1] or lines):
            raise InputDataError(
                f"{self._path}: truncated dump: it does not end with mysqldump's "
                f"'{DUMP_TRAILER.decode()} ...' line"
            )
        log.warning(
            "%s has no mysqldump header or '%s' trailer (written with --skip-comments or "
            "--compact?): only a cut in its last statement shows it truncated",
            self._path,
            DUMP_TRAILER.decode(),
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
