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


class DumpSource:
    """A dump's bytes; at the end it insists on the closing comment if the dump has comments."""

    def __init__(self, source: IO[bytes], path: Path, warn_headerless: bool) -> None:
        self._source = source
        self._path = path
        self._warn_headerless = warn_headerless
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

    @property
    def has_header(self) -> bool:
        """Whether mysqldump's header comment is there (known once the first bytes are read)."""
        lines = self._head.splitlines()
        return any(line.startswith(DUMP_HEADERS) for line in lines[:-1] or lines)

    def _check_complete(self) -> None:
        last_lines = self._tail.rstrip().splitlines()[-1:]
        if last_lines and last_lines[0].startswith(DUMP_TRAILER):
            return
        if self.has_header:
            raise InputDataError(
                f"{self._path}: truncated dump: it does not end with mysqldump's "
                f"'{DUMP_TRAILER.decode()} ...' line"
            )
        if self._warn_headerless:
            log.warning(
                "%s has no mysqldump header or '%s' trailer (written with --skip-comments or "
                "--compact?): only a cut in its last statement shows it truncated",
                self._path,
                DUMP_TRAILER.decode(),
            )


@contextmanager
def open_dump_text_bytes(
    path: str | os.PathLike[str], warn_headerless: bool = True
) -> Iterator[DumpSource]:
    """Yield the dump's SQL bytes; reading past the end raises if the dump is truncated (or
    warns, unless told not to, that a dump without comments cannot show it)."""
    dump = Path(path)
    try:
        source = open_maybe_gzip(dump)
    except OSError as error:
        raise InputDataError(f"{dump}: cannot open the dump: {error}") from error
    with source:
        yield DumpSource(source, dump, warn_headerless)
