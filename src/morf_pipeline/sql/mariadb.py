"""A private, throw-away MariaDB server for one job.

Each job gets its own server: a fresh datadir and unix socket inside a directory only the
job's user can enter, no TCP port (``--skip-networking``) and no password (the grant tables
are skipped; the socket's directory is the access control). The server is stopped when the
``with`` block ends, also on error, and dies with its parent if the job is killed.

A killed job cannot delete its server directory, so each directory records its owner (host,
boot id, pid and the pid's start time) and every new server first deletes the directories of
dead owners beside it.

Dumps of MySQL 8 are made loadable (:func:`mariadb_statements`): its ``GTID_PURGED`` setting is
left out and its ``utf8mb4_0900_*`` collations become MariaDB's equivalents; tables a
``--databases`` dump creates in its own databases are moved into the job's database. A dump
the client refuses is reported by file, line and MariaDB's error, never with the client's
echo of the statement, which holds the rows (learner ids, post texts).
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import pymysql

from morf_pipeline.errors import InputDataError
from morf_pipeline.files import atomic_text_output
from morf_pipeline.sql.dumps import DumpSource, open_dump_text_bytes
from morf_pipeline.sql.mysqldump import DumpPiece, dump_pieces

log = logging.getLogger(__name__)

DATABASE = "course"
SERVER_DIR_PREFIX = "morf-db-"
OWNER_FILE = "owner.json"
# A new server directory gets its owner file within microseconds; one without it for this long
# belongs to a job killed in between.
OWNERLESS_GRACE_SECONDS = 600.0
# Longest unix socket path the kernel accepts (sun_path is 108 bytes with its NUL).
MAX_SOCKET_PATH = 107
_PR_SET_PDEATHSIG = 1
_DUMP_CHUNK = 1 << 20
# pymysql's conversions of Python values into SQL, and none of results: datetime(6), TIME,
# DECIMAL, FLOAT values keep the server's text (Python's objects print otherwise).
TEXT_VALUES = dict(pymysql.converters.encoders)
SYSTEM_DATABASES = frozenset({"information_schema", "mysql", "performance_schema", "sys"})
# MySQL 8's collations and MariaDB's equivalents (MariaDB 11.4.5+ maps them the same way).
MYSQL8_COLLATIONS = {
    b"utf8mb4_0900_ai_ci": b"utf8mb4_uca1400_nopad_ai_ci",
    b"utf8mb4_0900_as_ci": b"utf8mb4_uca1400_nopad_as_ci",
    b"utf8mb4_0900_as_cs": b"utf8mb4_uca1400_nopad_as_cs",
    b"utf8mb4_0900_bin": b"utf8mb4_nopad_bin",
}
# A collation name outside strings and quoted names (kept as they are).
_COLLATION_OR_QUOTED = re.compile(
    rb"'(?:[^'\\]++|\\.|'')*+'|\"(?:[^\"\\]++|\\.|\"\")*+\"|`(?:[^`]++|``)*+`"
    rb"|\butf8mb4_0900_(?:ai_ci|as_ci|as_cs|bin)\b",
    re.DOTALL,
)
# What a dump holds if it has a statement to rewrite (the collations, GTID_PURGED).
_MYSQL8_MARKERS = (b"_0900_", b"GTID_PURGED", b"gtid_purged")
_GTID_PURGED = re.compile(rb"\s*SET\s+@@GLOBAL\.GTID_PURGED\s*=", re.IGNORECASE)
# The client's report of a failed statement: "ERROR 1064 (42000) at line 27: message".
_CLIENT_ERROR = re.compile(r"^ERROR (\d+) \((\w+)\) at line (\d+)(?: in file: .*?)?: (.*)$", re.M)
_QUOTED_TEXT = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
# Errors whose quoted words are names from the dump's schema, never values of its rows (not
# 1054, Unknown column: a bare word in VALUES is taken for a column's name).
_ERRORS_QUOTING_NAMES = frozenset(
    {
        1049,  # Unknown database
        1051,  # Unknown table
        1115,  # Unknown character set
        1146,  # Table doesn't exist
        1193,  # Unknown system variable
        1273,  # Unknown collation
    }
)


class MariaDBError(RuntimeError):
    """The private server failed to start, stop or run a statement."""


class DumpLoadError(MariaDBError, InputDataError):
    """A dump could not be loaded; the message names the file and, where known, the line."""


def _die_with_parent() -> None:
    """Ask the kernel to SIGKILL the server when the job that started it dies."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


def _boot_id() -> str:
    return Path("/proc/sys/kernel/random/boot_id").read_text().strip()


def process_start_ticks(pid: int) -> int | None:
    """The process's start time since boot (clock ticks), telling a reused pid apart."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    # Fields after the command name (which may hold spaces and parentheses); starttime is 22nd.
    return int(stat.rsplit(")", 1)[1].split()[19])


@dataclass(frozen=True)
class ServerOwner:
    """The job process that owns a server directory, identified across pid reuse and reboots."""

    host: str
    boot_id: str
    pid: int
    start_ticks: int

    @classmethod
    def current(cls) -> ServerOwner:
        pid = os.getpid()
        start_ticks = process_start_ticks(pid)
        assert start_ticks is not None  # this very process
        return cls(os.uname().nodename, _boot_id(), pid, start_ticks)

    def is_dead(self) -> bool:
        """Whether the owner is gone; only decidable on its host (a tmpdir may be shared)."""
        if self.host != os.uname().nodename:
            return False
        return self.boot_id != _boot_id() or process_start_ticks(self.pid) != self.start_ticks

    def write(self, server_dir: Path) -> None:
        with atomic_text_output(server_dir / OWNER_FILE) as handle:
            json.dump(vars(self), handle)

    @classmethod
    def read(cls, server_dir: Path) -> ServerOwner | None:
        """The recorded owner; None if the owner file is missing or unreadable."""
        try:
            return cls(**json.loads((server_dir / OWNER_FILE).read_text()))
        except (OSError, ValueError, TypeError):
            return None


def _is_stale(server_dir: Path) -> bool:
    owner = ServerOwner.read(server_dir)
    if owner is not None:
        return owner.is_dead()
    return time.time() - server_dir.stat().st_mtime > OWNERLESS_GRACE_SECONDS


def sweep_stale_server_dirs(parent_dir: Path) -> list[Path]:
    """Delete this user's server directories in ``parent_dir`` whose owning job is dead."""
    removed = []
    for server_dir in sorted(parent_dir.glob(f"{SERVER_DIR_PREFIX}*")):
        try:
            if server_dir.is_symlink() or not server_dir.is_dir():
                continue
            if server_dir.stat().st_uid != os.getuid() or not _is_stale(server_dir):
                continue
        except FileNotFoundError:  # removed meanwhile by its owner or another sweep
            continue
        shutil.rmtree(server_dir, ignore_errors=True)
        log.warning("removed %s, left behind by a killed job", server_dir)
        removed.append(server_dir)
    return removed


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
        # TIMESTAMP values read as written, whatever the machine's time zone (dumps are UTC).
        "--default-time-zone=+00:00",
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

    def connect(
        self, database: str | None = DATABASE, as_text: bool = False
    ) -> pymysql.connections.Connection:
        """A connection; ``as_text``: values as the server sends them, as the ``mariadb``
        client prints them (text, or bytes for binary columns), not as Python objects."""
        return pymysql.connect(
            unix_socket=str(self.socket),
            user="root",
            database=database,
            charset="utf8mb4",
            autocommit=True,
            # No TLS on a private unix socket (pymysql would build a TLS context per connection).
            ssl_disabled=True,
            **({"conv": TEXT_VALUES} if as_text else {}),
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
            # The client would echo a failing statement to stderr: the dump's rows.
            "--skip-print-query-on-error",
            database,
        ]

    def databases(self) -> set[str]:
        with self.connect(database=None) as connection, connection.cursor() as cursor:
            cursor.execute("SHOW DATABASES")
            return {row[0] for row in cursor.fetchall()} - SYSTEM_DATABASES

    def load_dump(self, dump: Path, database: str = DATABASE) -> None:
        """Stream a mysqldump file (plain or gzipped) through the ``mariadb`` client.

        Tables the dump creates in databases of its own (``--databases``, ``USE``) are moved
        into ``database``.
        """
        before = self.databases()
        try:
            whole_statements = _needs_statement_reading(dump)
        except InputDataError as error:  # corrupt, truncated or unreadable dump
            raise DumpLoadError(str(error)) from error
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
                    if whole_statements:
                        for data in mariadb_statements(source, dump):
                            client.stdin.write(data)
                    else:
                        while chunk := source.read(_DUMP_CHUNK):
                            client.stdin.write(chunk)
            except InputDataError as error:  # corrupt, truncated or unreadable dump
                client.kill()
                client.wait()
                raise DumpLoadError(str(error)) from error
            with suppress(BrokenPipeError):
                client.stdin.close()
            stderr = client.stderr.read().decode("utf-8", "replace") if client.stderr else ""
            if client.wait() != 0:
                raise DumpLoadError(_client_failure(dump, client.returncode, stderr))
        for other in sorted(self.databases() - before - {database}):
            self._move_tables(dump, other, database)

    def _move_tables(self, dump: Path, source: str, target: str) -> None:
        """Move the tables of database ``source`` into ``target`` (a later one replaces an
        earlier one of the same name, as in one database) and drop ``source``."""
        with self.connect(database=None) as connection, connection.cursor() as cursor:
            cursor.execute(
                "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = %s",
                (source,),
            )
            for (trigger,) in cursor.fetchall():  # a trigger cannot change database
                cursor.execute(f"DROP TRIGGER {_name(source)}.{_name(trigger)}")
            cursor.execute(
                "SELECT table_name FROM information_schema.tables "
                "WHERE table_schema = %s AND table_type != 'VIEW'",
                (source,),
            )
            for (table,) in cursor.fetchall():
                cursor.execute(f"DROP TABLE IF EXISTS {_name(target)}.{_name(table)}")
                cursor.execute(
                    f"RENAME TABLE {_name(source)}.{_name(table)} TO {_name(target)}.{_name(table)}"
                )
            cursor.execute(f"DROP DATABASE {_name(source)}")
        log.info("%s: moved the tables of its database %s into %s", dump, source, target)


def _name(identifier: str) -> str:
    return "`" + identifier.replace("`", "``") + "`"


def _needs_statement_reading(dump: Path) -> bool:
    """Whether the dump must be streamed statement by statement: it holds a MySQL 8 setting to
    rewrite, or it has no header (so no trailer: its last statement must be checked whole).

    A first pass over the bytes (the decompression costs ~1/8 of the statement reading); it
    also finds a truncated or corrupt dump before the client starts.
    """
    overlap = max(len(marker) for marker in _MYSQL8_MARKERS) - 1
    found = False
    with open_dump_text_bytes(dump, warn_headerless=False) as source:
        previous = b""
        while chunk := source.read(_DUMP_CHUNK):
            window = previous[-overlap:] + chunk
            found = found or any(marker in window for marker in _MYSQL8_MARKERS)
            previous = chunk
        return found or not source.has_header


def mariadb_statements(source: DumpSource, path: Path) -> Iterator[bytes]:
    """The dump's bytes, with MySQL 8's settings MariaDB does not know made MariaDB's.

    ``SET @@GLOBAL.GTID_PURGED=...`` (replication state, no table) becomes a no-op and the
    ``utf8mb4_0900_*`` collations of statements and routines outside their strings become
    MariaDB's equivalents; line numbers stay, rows pass unchanged. A statement the dump's end
    cuts off is an error, as in the embedded reader.
    """
    for piece in dump_pieces(source, path):
        if piece.kind == "unterminated":  # the client would run it, a cut-off table
            raise InputDataError(piece.unterminated_message())
        yield _mariadb_statement(piece) if piece.kind in ("statement", "routine") else piece.data


def _mariadb_statement(piece: DumpPiece) -> bytes:
    data = piece.data
    if data[:16].lstrip()[:1] in (b"I", b"i", b"R", b"r", b"("):  # INSERT, REPLACE: rows
        return data
    if _GTID_PURGED.match(data):
        return b"DO 0;" + b"\n" * piece.lines
    if b"_0900_" in data:
        return _COLLATION_OR_QUOTED.sub(
            lambda match: MYSQL8_COLLATIONS.get(match.group(), match.group()), data
        )
    return data


def _client_failure(dump: Path, returncode: int, stderr: str) -> str:
    """The client's error, without what it quotes of the statement (the rows)."""
    errors = list(_CLIENT_ERROR.finditer(stderr))
    if not errors:
        return (
            f"{dump}: the dump did not load (mariadb client exit code {returncode}; its "
            "message is not shown because it may quote the dump's rows)"
        )
    code, state, line, message = errors[-1].groups()
    if int(code) not in _ERRORS_QUOTING_NAMES:
        message = _QUOTED_TEXT.sub("'…'", message)
    return f"{dump}, line {line}: the dump did not load: MariaDB error {code} ({state}): {message}"


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
    server_dir = Path(tempfile.mkdtemp(prefix=SERVER_DIR_PREFIX, dir=parent_dir))  # mode 0700
    try:
        ServerOwner.current().write(server_dir)
        sweep_stale_server_dirs(server_dir.parent)
        socket = server_dir / "mariadbd.sock"
        if len(os.fsencode(socket)) > MAX_SOCKET_PATH:
            raise MariaDBError(
                f"socket path {socket} is longer than {MAX_SOCKET_PATH} bytes; "
                "point TMPDIR (or --default-resources tmpdir=...) at a shorter directory"
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
