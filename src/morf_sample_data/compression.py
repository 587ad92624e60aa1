"""Reproducible gzip files: no file name and mtime 0 in the header, a fixed level."""

from __future__ import annotations

import gzip
import queue
import threading
from pathlib import Path
from types import TracebackType
from typing import Self


def write_gzip_bytes(path: Path, payload: bytes, level: int) -> None:
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0, compresslevel=level) as out,
    ):
        out.write(payload)


class ThreadedGzipWriter:
    """Gzip on a background thread: zlib releases the GIL, so deflate overlaps formatting."""

    def __init__(self, path: Path, level: int) -> None:
        self._raw = open(path, "wb")  # noqa: SIM115 (closed in close())
        self._gzip = gzip.GzipFile(
            fileobj=self._raw, mode="wb", filename="", mtime=0, compresslevel=level
        )
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=8)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="gzip-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._gzip.write(chunk)
                except BaseException as error:  # reported by write()/close()
                    self._error = error

    def write(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        try:
            self._gzip.close()
        finally:
            self._raw.close()
        if self._error is not None:
            raise self._error

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
