"""The run's warm worker: imports the steps' modules once and forks a child per job.

Started by the Snakefile when a run's jobs start (``onstart``), with the Snakemake process as
its parent; it listens on a Unix socket in a private directory (``MORF_WORKER_SOCKET``), and
exits, stopping any child, when that parent is gone or it is told to (SIGTERM). It accepts jobs
at once and imports the modules of :data:`PRELOAD` in between, lightest first, so the
session jobs that start a run need not wait for scikit-learn. One thread: a child is forked
only between imports, never in the middle of one.

A child takes the job's working directory, environment and standard streams, becomes the
leader of its own process group (so that stopping it stops what it started, e.g. a MariaDB
server), and runs the adapter (:func:`.job.run_script`). When it ends the client is sent its
exit status and what it cost; when the client is gone first (Snakemake stopped the job), the
child's process group is stopped.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import random
import resource
import selectors
import signal
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field

from morf_pipeline.runner.client import receive_message, send_message

# Every module a scripts/ adapter imports (tests/test_runner.py checks the list is complete),
# lightest first: the SQL and feature steps start a run, the model's libraries are needed last.
PRELOAD = (
    "morf_pipeline.logs",
    "morf_pipeline.files",
    "morf_pipeline.dates",
    "morf_pipeline.sql.queries",
    "morf_pipeline.features",
    "morf_pipeline.labels",
    "morf_pipeline.custom_features",
    "pandas",
    "morf_pipeline.tables",
    "morf_pipeline.dataset",
    "morf_pipeline.data_report",
    "matplotlib.pyplot",
    "scipy.sparse",
    "scipy.optimize",
    "scipy.stats",
    "sklearn.linear_model",
    "morf_pipeline.evaluation",
    "morf_pipeline.splits",
    "morf_pipeline.model",
    "morf_pipeline.plots",
    "morf_pipeline.performance_plots",
    "morf_pipeline.comparison",
    "morf_pipeline.comparison_plots",
)
# How often the parent is checked for while idle (seconds).
PARENT_CHECK_S = 0.5
# A child still running when its client left is killed after this grace (seconds).
STOP_GRACE_S = 2.0


@dataclass
class Running:
    """A forked job and the connection of the client waiting for it."""

    connection: socket.socket
    client_gone: bool = False
    kill_at: float | None = None
    fds: list[int] = field(default_factory=list)


class Worker:
    def __init__(self, listener: socket.socket, parent_pid: int) -> None:
        self.parent_pid = parent_pid
        self.listener = listener
        self.selector = selectors.DefaultSelector()
        self.selector.register(self.listener, selectors.EVENT_READ)
        self.running: dict[int, Running] = {}
        self.to_import = list(PRELOAD)
        self.stopping = False
        # SIGCHLD and SIGTERM wake the loop through this pipe.
        self.wakeup_read, wakeup_write = os.pipe()
        os.set_blocking(self.wakeup_read, False)
        os.set_blocking(wakeup_write, False)
        signal.set_wakeup_fd(wakeup_write)
        signal.signal(signal.SIGCHLD, lambda *_: None)
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        self.selector.register(self.wakeup_read, selectors.EVENT_READ)

    def _stop(self, *_: object) -> None:
        self.stopping = True

    def serve(self) -> None:
        while not self.stopping and os.getppid() == self.parent_pid:
            timeout = 0 if self.to_import else PARENT_CHECK_S
            for key, _ in self.selector.select(timeout):
                if key.fileobj is self.listener:
                    self._accept()
                elif key.fileobj == self.wakeup_read:
                    _drain(self.wakeup_read)
                else:
                    self._client_readable(key.data)
            self._reap()
            self._kill_overdue()
            if self.to_import and not self.stopping:
                importlib.import_module(self.to_import.pop(0))
        self._stop_all()

    def _accept(self) -> None:
        connection, _ = self.listener.accept()
        try:
            request, fds = receive_message(connection, with_fds=True)
        except (OSError, EOFError, ValueError):
            connection.close()
            return
        assert isinstance(request, dict)
        pid = os.fork()
        if pid == 0:  # the job
            self._run_child(request, fds)
        for fd in fds:
            os.close(fd)
        self.running[pid] = Running(connection)
        self.selector.register(connection, selectors.EVENT_READ, pid)

    def _run_child(self, request: dict[str, object], fds: list[int]) -> None:
        status = 1
        try:
            from morf_pipeline.runner.job import Job, run_script

            os.setpgid(0, 0)
            signal.set_wakeup_fd(-1)
            for signum in (signal.SIGCHLD, signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, signal.SIG_DFL)
            self.selector.close()
            self.listener.close()
            for running in self.running.values():
                running.connection.close()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
                os.close(fd)
            os.chdir(str(request["cwd"]))
            env = request["env"]
            assert isinstance(env, dict)
            os.environ.clear()
            os.environ.update(env)
            # As a fresh process: its own random state, its own temporary directory.
            tempfile.tempdir = None
            random.seed()
            if "numpy" in sys.modules:
                sys.modules["numpy"].random.seed()
            argv = request["argv"]
            assert isinstance(argv, list)
            status = run_script(argv[0], Job.from_args(argv[1:]))
        except BaseException:  # a child must end here, whatever happened
            import traceback

            traceback.print_exc()
        finally:
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(Exception):  # a closed stream: nothing to flush
                    stream.flush()
            os._exit(status)

    def _client_readable(self, pid: int) -> None:
        """A client sends nothing after its request: readable means it is gone."""
        running = self.running[pid]
        self.selector.unregister(running.connection)
        running.client_gone = True
        _signal_group(pid, signal.SIGTERM)
        running.kill_at = _now() + STOP_GRACE_S

    def _reap(self) -> None:
        while self.running:
            try:
                pid, wait_status, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            running = self.running.pop(pid, None)
            if running is None:
                continue
            if not running.client_gone:
                self.selector.unregister(running.connection)
                self._reply(pid, running.connection, wait_status, usage)
            running.connection.close()

    def _reply(
        self, pid: int, connection: socket.socket, wait_status: int, usage: resource.struct_rusage
    ) -> None:
        code = os.waitstatus_to_exitcode(wait_status)
        reply = {
            "status": code if code >= 0 else 128 - code,
            "pid": pid,
            "cpu_s": usage.ru_utime + usage.ru_stime,
            # The child's own peak, including the pages it shares with this worker.
            "max_rss_mb": usage.ru_maxrss / 1024,
            # What it started and waited for (a MariaDB server) is in its own figures.
            "children_cpu_s": 0.0,
            "children_max_rss_mb": 0.0,
        }
        with contextlib.suppress(OSError):  # the client left as the job ended
            send_message(connection, reply)

    def _kill_overdue(self) -> None:
        for pid, running in self.running.items():
            if running.kill_at is not None and _now() >= running.kill_at:
                _signal_group(pid, signal.SIGKILL)
                running.kill_at = None

    def _stop_all(self) -> None:
        for pid in self.running:
            _signal_group(pid, signal.SIGTERM)
        deadline = _now() + STOP_GRACE_S
        while self.running and _now() < deadline:
            self._reap()
            if self.running:
                signal.sigtimedwait([signal.SIGCHLD], 0.05)
        for pid in self.running:
            _signal_group(pid, signal.SIGKILL)


def _signal_group(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signum)


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


def _now() -> float:
    return time.monotonic()


def main(argv: list[str]) -> None:
    """``LISTENER_FD PARENT_PID``: the socket is bound and listening before this process
    starts (:class:`.worker.WorkerProcess`), so a job's client never finds it missing."""
    listener_fd, parent_pid = int(argv[0]), int(argv[1])
    Worker(socket.socket(fileno=listener_fd), parent_pid).serve()


if __name__ == "__main__":
    main(sys.argv[1:])
