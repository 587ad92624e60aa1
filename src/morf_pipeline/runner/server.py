"""The run's warm worker: imports the steps' modules once and forks a child per job.

Started by the Snakefile when a run's jobs start (``onstart``), it listens on a Unix socket in
a private directory (``MORF_WORKER_SOCKET``), and exits, stopping any child, when the Snakemake
process is gone or it is told to (SIGTERM to its process group). It works in stages
(:data:`STAGES`), so that no job waits for an import it does not need: the first imports the
modules of the steps that start a run (~0.2 s) and takes jobs at once; each next stage is
forked from the one before once that one's imports are in, imports more (pandas, then
matplotlib, then scikit-learn: ~1.9 s of CPU in all) and then takes over the socket; the stage
before takes no more jobs, and ends after the next one. Until then a stage runs the jobs whose
script needs only what it has imported, and passes the others to the next (with their
connection and streams), which runs them once its imports are in: a course's dataset starts
when pandas is in, not after scikit-learn. Each stage is one thread, and forks only outside an
import.

A child takes the job's working directory, environment and standard streams, becomes the
leader of its own process group (so that stopping it stops what it started, e.g. a MariaDB
server), and runs the adapter (:func:`.job.run_script`). When it ends the client is sent its
exit status and what it cost; when the client is gone first (Snakemake stopped the job), the
child's process group is stopped.
"""

from __future__ import annotations

import ast
import atexit
import contextlib
import importlib
import json
import os
import random
import resource
import selectors
import signal
import socket
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from morf_pipeline.runner.client import receive_message, send_message

# The modules the scripts/ adapters import (tests/test_runner.py checks the list is complete):
# those of the steps that start a run (SQL, features, labels), without pandas (the import
# tests/test_job_imports.py keeps out of them), ...
LIGHT = (
    "morf_pipeline.logs",
    "morf_pipeline.files",
    "morf_pipeline.dates",
    "morf_pipeline.sql.queries",
    "morf_pipeline.features",
    "morf_pipeline.labels",
    "morf_pipeline.data_report",
)
# ... and the rest, for the course-level steps, in the order their jobs can start: a course's
# dataset (pandas), its figures (matplotlib), its model (scikit-learn).
STAGES = (
    LIGHT,
    ("pandas", "morf_pipeline.tables", "morf_pipeline.dataset", "morf_pipeline.custom_features"),
    (
        "matplotlib.pyplot",
        "morf_pipeline.plots",
        "morf_pipeline.comparison",
        "morf_pipeline.comparison_plots",
    ),
    (
        "sklearn.linear_model",
        "morf_pipeline.evaluation",
        "morf_pipeline.splits",
        "morf_pipeline.model",
        "morf_pipeline.performance_plots",
    ),
)
PRELOAD = tuple(module for stage in STAGES for module in stage)
# How often Snakemake's process is checked for where it cannot be watched (seconds).
PARENT_CHECK_S = 0.5
# A child still running when its client left is killed after this grace (seconds).
STOP_GRACE_S = 2.0
# The largest request one stage passes to the next (bytes; one datagram).
_MAX_PASSED_JOB = 16 << 20


@dataclass
class Running:
    """A forked job and the connection of the client waiting for it."""

    connection: socket.socket
    client_gone: bool = False
    kill_at: float | None = None


@dataclass(frozen=True)
class JobRequest:
    """A job as a stage holds it: the client's request, and its connection and standard
    streams (received from the client, or from the stage before)."""

    request: dict[str, object]
    connection: socket.socket
    fds: list[int]

    @property
    def script(self) -> str:
        argv = self.request["argv"]
        assert isinstance(argv, list)
        return str(argv[0])


@dataclass
class Successor:
    """A stage's side of the next (process ``pid``): ``ready`` becomes readable when its
    imports are in; jobs it is to run go through ``channel`` (a datagram each: the request, and
    the client's connection and streams), queued here while the channel is full."""

    pid: int
    ready: int
    channel: socket.socket
    queued: list[JobRequest] = field(default_factory=list)
    waiting: bool = False  # for room in the channel


class Worker:
    """One stage: takes jobs from ``listener`` (and jobs passed through ``passed_jobs`` by the
    stage before) until stopped, or Snakemake (``snakemake_pid``) is gone, or its successor is
    ready (then it takes no more jobs and returns when its own and those passed to it have
    ended)."""

    def __init__(
        self,
        listener: socket.socket,
        snakemake_pid: int,
        successor: Successor | None = None,
        passed_jobs: socket.socket | None = None,
    ) -> None:
        self.snakemake_pid = snakemake_pid
        self.listener: socket.socket | None = listener
        self.selector = selectors.DefaultSelector()
        self.selector.register(listener, selectors.EVENT_READ)
        self.running: dict[int, Running] = {}
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
        self.successor = successor
        if successor is not None:
            self.selector.register(successor.ready, selectors.EVENT_READ)
        self.passed_jobs = passed_jobs
        if passed_jobs is not None:
            self.selector.register(passed_jobs, selectors.EVENT_READ)
        # Readable when Snakemake's process ends (Linux >= 5.3); else it is polled.
        self.snakemake_exit: int | None = None
        with contextlib.suppress(OSError, AttributeError):
            self.snakemake_exit = os.pidfd_open(snakemake_pid)
            self.selector.register(self.snakemake_exit, selectors.EVENT_READ)

    def _stop(self, *_: object) -> None:
        self.stopping = True

    def serve(self) -> None:
        while not self.stopping and (
            self.listener is not None
            or self.running
            or self.passed_jobs is not None
            or (self.successor is not None and self.successor.queued)
        ):
            timeout = None if self.snakemake_exit is not None else PARENT_CHECK_S
            if self.running:
                timeout = min(timeout or STOP_GRACE_S, STOP_GRACE_S / 4)
            for key, _ in self.selector.select(timeout):
                if key.fileobj is self.listener:
                    self._accept()
                elif key.fileobj == self.wakeup_read:
                    _drain(self.wakeup_read)
                elif key.fileobj == self.snakemake_exit:
                    self.stopping = True
                elif self.successor is not None and key.fileobj == self.successor.ready:
                    self._hand_over()
                elif self.successor is not None and key.fileobj is self.successor.channel:
                    self._pass_queued()
                elif key.fileobj is self.passed_jobs:
                    self._take_passed_job()
                else:
                    self._client_readable(key.data)
            self._reap()
            self._kill_overdue()
            if self.snakemake_exit is None and not _alive(self.snakemake_pid):
                self.stopping = True
        self._stop_all()

    def _hand_over(self) -> None:
        """The successor takes the jobs from now on."""
        assert self.listener is not None and self.successor is not None
        self.selector.unregister(self.listener)
        self.selector.unregister(self.successor.ready)
        self.listener.close()
        self.listener = None

    def _run_or_pass(self, job: JobRequest) -> None:
        """Run the job, or pass it on if its script needs modules this stage lacks."""
        if self.successor is not None and not _has_imports_of(job.script):
            self.successor.queued.append(job)
            self._pass_queued()
        else:
            self._start_job(job.connection, job.request, job.fds)

    def _pass_queued(self) -> None:
        assert self.successor is not None
        successor = self.successor
        while successor.queued:
            job = successor.queued[0]
            try:
                socket.send_fds(
                    successor.channel,
                    [json.dumps(job.request).encode()],
                    [job.connection.fileno(), *job.fds],
                )
            except BlockingIOError:
                break
            # The successor has its own copies of the descriptors now.
            successor.queued.pop(0)
            job.connection.close()
            for fd in job.fds:
                os.close(fd)
        # Wait for room in the channel while jobs are queued.
        if successor.queued and not successor.waiting:
            self.selector.register(successor.channel, selectors.EVENT_WRITE)
        elif not successor.queued and successor.waiting:
            self.selector.unregister(successor.channel)
        successor.waiting = bool(successor.queued)

    def _take_passed_job(self) -> None:
        assert self.passed_jobs is not None
        data, fds, _, _ = socket.recv_fds(self.passed_jobs, _MAX_PASSED_JOB, 4)
        if not data:  # the stage before has ended
            self.selector.unregister(self.passed_jobs)
            self.passed_jobs.close()
            self.passed_jobs = None
            return
        connection = socket.socket(fileno=fds[0])
        connection.setblocking(True)
        self._run_or_pass(JobRequest(json.loads(data), connection, fds[1:]))

    def _accept(self) -> None:
        assert self.listener is not None
        try:
            connection, _ = self.listener.accept()
        except BlockingIOError:  # the other stage took it
            return
        connection.setblocking(True)
        try:
            request, fds = receive_message(connection, with_fds=True)
        except (OSError, EOFError, ValueError):
            connection.close()
            return
        assert isinstance(request, dict)
        self._run_or_pass(JobRequest(request, connection, fds))

    def _start_job(
        self, connection: socket.socket, request: dict[str, object], fds: list[int]
    ) -> None:
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
            if self.listener is not None:
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
        signal_group(pid, signal.SIGTERM)
        running.kill_at = time.monotonic() + STOP_GRACE_S

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
            # The child's own peak, including the pages it shares with this worker; what it
            # started and waited for (a MariaDB server) is in its own figures.
            "max_rss_mb": usage.ru_maxrss / 1024,
        }
        with contextlib.suppress(OSError):  # the client left as the job ended
            send_message(connection, reply)

    def _kill_overdue(self) -> None:
        for pid, running in self.running.items():
            if running.kill_at is not None and time.monotonic() >= running.kill_at:
                signal_group(pid, signal.SIGKILL)
                running.kill_at = None

    def _stop_all(self) -> None:
        for pid in self.running:
            signal_group(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_S
        while self.running and time.monotonic() < deadline:
            self._reap()
            if self.running:
                signal.sigtimedwait([signal.SIGCHLD], 0.05)
        for pid in self.running:
            signal_group(pid, signal.SIGKILL)


def signal_group(group: int, signum: int) -> bool:
    """Signal a process group; whether it still had a process (0 only asks)."""
    try:
        os.killpg(group, signum)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # it exists, but is not ours to signal
    return True


def _drain(fd: int) -> None:
    try:
        while os.read(fd, 512):
            pass
    except BlockingIOError:
        pass


@cache
def _script_imports(script: str) -> frozenset[str]:
    """The package modules a scripts/ adapter imports."""
    tree = ast.parse(Path(script).read_text(encoding="utf-8"))
    return frozenset(
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("morf")
    )


def _has_imports_of(script: str) -> bool:
    """Whether this process has imported the package modules the script imports."""
    try:
        return _script_imports(script) <= sys.modules.keys()
    except (OSError, SyntaxError):
        return True  # the job itself reports the script it cannot read


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _import(modules: Iterable[str]) -> None:
    for module in modules:
        importlib.import_module(module)


def main(argv: list[str]) -> None:
    """``LISTENER_FD SNAKEMAKE_PID``: the socket is bound and listening before this process
    starts (:class:`.worker.WorkerProcess`), so a job's client never finds it missing."""
    listener_fd, snakemake_pid = int(argv[0]), int(argv[1])
    listener = socket.socket(fileno=listener_fd)
    listener.setblocking(False)
    predecessor: tuple[socket.socket, int] | None = None  # passed jobs; "ready" pipe
    successor: Successor | None = None
    for index, modules in enumerate(STAGES):
        _import(modules)
        if predecessor is not None:
            os.write(predecessor[1], b"ready")
            os.close(predecessor[1])
        if index == len(STAGES) - 1:
            break
        ready_read, ready_write = os.pipe()
        to_next, passed_jobs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        next_pid = os.fork()
        if next_pid == 0:  # the next stage: imports its modules, on the next round
            os.close(ready_read)
            to_next.close()
            if predecessor is not None:
                predecessor[0].close()
            predecessor = (passed_jobs, ready_write)
            continue
        os.close(ready_write)
        passed_jobs.close()
        to_next.setblocking(False)
        successor = Successor(next_pid, ready_read, to_next)
        break
    Worker(
        listener,
        snakemake_pid,
        successor=successor,
        passed_jobs=predecessor[0] if predecessor is not None else None,
    ).serve()
    if successor is not None:
        # A stage ends after the next, so that what the stages cost is counted in the process
        # tree of Snakemake, which waits for the first (WorkerProcess.stop); the next stage
        # takes the end of this channel as the end of this stage's jobs.
        successor.channel.close()
        with contextlib.suppress(ChildProcessError):
            os.waitpid(successor.pid, 0)
    _exit()


def _exit() -> None:
    """Exit at once: the exit handlers run, but not the slow teardown of every imported module
    (Snakemake waits for the worker at the end of a run)."""
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
