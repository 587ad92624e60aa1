"""A private, throw-away MariaDB server for one job.

Each job gets its own server: a fresh datadir and unix socket inside a directory only the
job's user can enter, no TCP port (``--skip-networking``) and no password (the grant tables
are skipped; the socket's directory is the access control). The server is stopped when the
``with`` block ends, also on error, and dies with its parent if the job is killed.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pymysql

from morf_pipeline.dumps import open_dump_text_bytes
from morf_pipeline.errors import InputDataError

log = logging.getLogger(__name__)

DATABASE = "course"
# Longest unix socket path the kernel accepts (sun_path is 108 bytes with its NUL).
MAX_SOCKET_PATH = 107
_PR_SET_PDEATHSIG = 1
_DUMP_CHUNK = 1 << 20


class MariaDBError(RuntimeError):
    """The private server failed to start, stop or run a statement."""


class DumpLoadError(MariaDBError, InputDataError):
    """A dump could not be loaded; the message names the file and, where known, the line."""


def _die_with_parent() -> None:
    """Ask the kernel to SIGKILL the server when the job that started it dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _server_command(server_dir: Path, socket: Path, buffer_pool_mb: int) -> list[str]:
    command = [
        shutil.which("mariadbd") or "/usr/sbin/mariadbd",
        "--no-defaults",  # must come first: ignore every my.cnf on the machine
        f"--datadir={server_dir / 'data'}",
        f"--socket={socket}",
        f"--pid-file={server_dir / 'mariadbd.pid'}",
        f"--log-error={server_dir / 'error.log'}",
        f"--tmpdir={server_dir}",
        "--skip-networking",
        "--skip-grant-tables",
        "--skip-log-bin",
        "--character-set-server=utf8mb4",
        "--collation-server=utf8mb4_general_ci",
        "--max-allowed-packet=1G",
        f"--innodb-buffer-pool-size={buffer_pool_mb}M",
        "--innodb-log-file-size=64M",
        # A throw-away database needs no crash safety: skip the costly flushes.
        "--innodb-flush-log-at-trx-commit=0",
        "--innodb-doublewrite=0",
    ]
    if os.geteuid() == 0:
        command.append("--user=root")
    return command


@dataclass
class PrivateMariaDB:
    """A running private server; use :func:`private_server` to get one."""

    server_dir: Path
    socket: Path
    process: subprocess.Popen[bytes]

    def connect(self, database: str | None = DATABASE) -> pymysql.connections.Connection:
        return pymysql.connect(
            unix_socket=str(self.socket),
            user="root",
            database=database,
            charset="utf8mb4",
            autocommit=True,
        )

    def error_log_tail(self, lines: int = 20) -> str:
        log_file = self.server_dir / "error.log"
        if not log_file.exists():
            return ""
        return "\n".join(log_file.read_text(errors="replace").splitlines()[-lines:])

    def client_command(self, database: str = DATABASE) -> list[str]:
        return [
            shutil.which("mariadb") or "/usr/bin/mariadb",
            "--no-defaults",
            f"--socket={self.socket}",
            "--user=root",
            "--default-character-set=utf8mb4",
            "--batch",
            database,
        ]

    def load_dump(self, dump: Path, database: str = DATABASE) -> None:
        """Stream a mysqldump file (plain or gzipped) through the ``mariadb`` client."""
        with open_dump_text_bytes(dump) as source:
            client = subprocess.Popen(
                self.client_command(database),
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            assert client.stdin is not None
            try:
                with suppress(BrokenPipeError):  # the client stopped reading: stderr says why
                    _copy_stream(source, client.stdin)
            except InputDataError as error:  # corrupt, truncated or unreadable dump
                client.kill()
                client.wait()
                raise DumpLoadError(str(error)) from error
            with suppress(BrokenPipeError):
                client.stdin.close()
            stderr = client.stderr.read().decode("utf-8", "replace") if client.stderr else ""
            if client.wait() != 0:
                raise DumpLoadError(f"{dump}: the dump did not load: {stderr.strip()}")


def _copy_stream(source: IO[bytes], sink: IO[bytes]) -> None:
    while chunk := source.read(_DUMP_CHUNK):
        sink.write(chunk)


def _wait_until_ready(server: PrivateMariaDB, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if server.process.poll() is not None:
            raise MariaDBError(
                f"mariadbd exited with code {server.process.returncode} during start-up:\n"
                + server.error_log_tail()
            )
        if server.socket.exists():
            try:
                server.connect(database=None).close()
                return
            except pymysql.err.OperationalError:
                pass
        if time.monotonic() > deadline:
            raise MariaDBError(
                f"mariadbd was not ready after {timeout:.0f} s:\n" + server.error_log_tail()
            )
        time.sleep(0.01)


def _stop(server: PrivateMariaDB, timeout: float) -> None:
    if server.process.poll() is None:
        server.process.terminate()  # SIGTERM: mariadbd's normal shutdown
        try:
            server.process.wait(timeout)
        except subprocess.TimeoutExpired:
            log.warning("mariadbd did not stop within %.0f s; killing it", timeout)
            server.process.kill()
            server.process.wait()


@contextmanager
def private_server(
    parent_dir: str | os.PathLike[str] | None = None,
    *,
    buffer_pool_mb: int = 256,
    startup_timeout: float = 60.0,
    shutdown_timeout: float = 60.0,
) -> Iterator[PrivateMariaDB]:
    """Start a private server with an empty ``course`` database; stop and delete it afterwards."""
    server_dir = Path(tempfile.mkdtemp(prefix="morf-db-", dir=parent_dir))  # mode 0700
    try:
        socket = server_dir / "mariadbd.sock"
        if len(os.fsencode(socket)) > MAX_SOCKET_PATH:
            raise MariaDBError(
                f"socket path {socket} is longer than {MAX_SOCKET_PATH} bytes; "
                "point TMPDIR (or the config key mariadb_tmpdir) at a shorter directory"
            )
        (server_dir / "data").mkdir()
        started = time.monotonic()
        process = subprocess.Popen(
            _server_command(server_dir, socket, buffer_pool_mb),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent,
        )
        server = PrivateMariaDB(server_dir=server_dir, socket=socket, process=process)
        try:
            _wait_until_ready(server, startup_timeout)
            log.info("private mariadbd ready in %.2f s", time.monotonic() - started)
            with server.connect(database=None) as connection, connection.cursor() as cursor:
                cursor.execute(f"CREATE DATABASE `{DATABASE}`")
            yield server
        finally:
            stopping = time.monotonic()
            _stop(server, shutdown_timeout)
            log.info("private mariadbd stopped in %.2f s", time.monotonic() - stopping)
    finally:
        shutil.rmtree(server_dir, ignore_errors=True)
