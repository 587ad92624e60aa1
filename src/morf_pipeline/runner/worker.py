"""The warm worker as Snakemake's process sees it: started when a run's jobs start, stopped
when the run ends (see the Snakefile's ``onstart``/``onsuccess``/``onerror``)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from morf_pipeline.runner.client import SOCKET_ENV
from morf_pipeline.runner.server import signal_group

# AF_UNIX socket paths are limited to 107 bytes on Linux.
_MAX_SOCKET_PATH = 107
# Snakemake sets these to a job's threads in a shell job's environment; numerical libraries read
# them once, when the worker imports them, so the worker gets a one-thread job's (every rule's).
_THREAD_VARIABLES = (
    "OMP_NUM_THREADS",
    "GOTO_NUM_THREADS",
    "OPENBLAS_NUM_THREADS",
    "MKL_NUM_THREADS",
    "VECLIB_MAXIMUM_THREADS",
    "NUMEXPR_NUM_THREADS",
)
# How long the worker gets to stop its jobs and end before it is killed (seconds).
_STOP_WAIT_S = 10.0


@dataclass(frozen=True)
class WorkerProcess:
    process: subprocess.Popen[bytes]
    directory: Path

    @classmethod
    def start(cls, log_path: Path) -> WorkerProcess:
        """A worker whose socket jobs started from this process find (``MORF_WORKER_SOCKET``);
        its own messages (none unless it fails) go to ``log_path``."""
        parent = None if len(tempfile.gettempdir()) < _MAX_SOCKET_PATH - 40 else "/tmp"
        directory = Path(tempfile.mkdtemp(prefix="morf-worker-", dir=parent))  # mode 0700
        socket_path = directory / "socket"
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(socket_path))
        listener.listen(64)
        log_path.parent.mkdir(parents=True, exist_ok=True)
        with listener, open(log_path, "wb") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "morf_pipeline.runner.server",
                    str(listener.fileno()),
                    str(os.getpid()),
                ],
                env={**os.environ, **dict.fromkeys(_THREAD_VARIABLES, "1")},
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                pass_fds=[listener.fileno()],
                start_new_session=True,
            )
        os.environ[SOCKET_ENV] = str(socket_path)
        return cls(process, directory)

    def stop(self) -> None:
        """Stop both stages (the process group this process started) and any job of theirs,
        and wait for them (a moment: they skip the teardown of their modules), so that what
        they cost is counted in this process's children."""
        os.environ.pop(SOCKET_ENV, None)
        signal_group(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=_STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            signal_group(self.process.pid, signal.SIGKILL)
            self.process.wait()
        shutil.rmtree(self.directory, ignore_errors=True)

    def stopped(self, timeout_s: float = _STOP_WAIT_S) -> bool:
        """Whether both stages have ended within ``timeout_s`` (for tests)."""
        deadline = time.monotonic() + timeout_s
        while signal_group(self.process.pid, 0) and time.monotonic() < deadline:
            time.sleep(0.02)
        return not signal_group(self.process.pid, 0)
