"""A rule's job: handed to the run's warm worker, or run in a fresh Python without one.

Run by path with ``python -S`` (standard library only, no site-packages: ~15 ms), as
``client.py SCRIPT PARAMS_JSON FILES_JSON LOG...``. The worker's socket is named by
``MORF_WORKER_SOCKET``; the job's standard streams are passed to the worker's child with the
request, and the child's exit status is this process's.
"""

from __future__ import annotations

import json
import os
import socket
import struct
import sys
import time

SOCKET_ENV = "MORF_WORKER_SOCKET"
# Set by perf/run.py: each job appends a line of what it cost (the worker's child's figures).
USAGE_LOG_ENV = "MORF_USAGE_LOG"
_LENGTH = struct.Struct("!Q")


def send_message(sock: socket.socket, message: object, fds: list[int] | None = None) -> None:
    data = json.dumps(message).encode()
    payload = _LENGTH.pack(len(data)) + data
    if fds:
        socket.send_fds(sock, [payload[:1]], fds)
        payload = payload[1:]
    sock.sendall(payload)


def receive_message(sock: socket.socket, with_fds: bool = False) -> tuple[object, list[int]]:
    """A message and the file descriptors sent with it; ``EOFError`` if the peer closed."""
    fds: list[int] = []
    buffer = b""
    if with_fds:
        first, fds, _, _ = socket.recv_fds(sock, 1, 3)
        buffer = first
        if not first:
            raise EOFError
    while len(buffer) < _LENGTH.size:
        buffer += _receive(sock, _LENGTH.size - len(buffer))
    (length,) = _LENGTH.unpack(buffer[: _LENGTH.size])
    data = buffer[_LENGTH.size :]
    while len(data) < length:
        data += _receive(sock, min(1 << 20, length - len(data)))
    return json.loads(data), fds


def _receive(sock: socket.socket, size: int) -> bytes:
    chunk = sock.recv(size)
    if not chunk:
        raise EOFError
    return chunk


def run_in_worker(path: str, argv: list[str]) -> dict[str, float] | None:
    """The reply of the worker at ``path`` once its child ran the job; None if there is no
    worker to take it (none listening, or gone before it replied)."""
    try:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.connect(path)
    except OSError:
        return None
    with sock:
        request = {"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ)}
        try:
            send_message(sock, request, fds=[0, 1, 2])
            reply, _ = receive_message(sock)
        except (OSError, EOFError):
            print("morf worker: gone before the job ended; running it here", file=sys.stderr)
            return None
    assert isinstance(reply, dict)
    return reply


def record_usage(
    argv: list[str], files_json: str, log_path: str, started: float, reply: dict[str, float]
) -> None:
    usage_log = os.environ.get(USAGE_LOG_ENV)
    if not usage_log:
        return
    record = {
        "argv": argv,
        # The job's rule, as its log names it (sql_<query>, feature_<name>: the rule's query or
        # feature too).
        "rule": os.path.basename(log_path).removesuffix(".log"),
        "wildcards": json.loads(files_json)["wildcards"],
        "pid": reply["pid"],
        "started_at": started,
        "wall_s": time.time() - started,
        "cpu_s": reply["cpu_s"],
        "max_rss_mb": reply["max_rss_mb"],
        # The worker's figures of the child include what it waited for (a MariaDB server).
        "children_cpu_s": 0.0,
        "children_max_rss_mb": 0.0,
        "worker": True,
    }
    with open(usage_log, "a", encoding="utf-8") as log:
        log.write(json.dumps(record) + "\n")


def log_cost(log_path: str, started: float, reply: dict[str, float]) -> None:
    """What the job cost, at the end of its log: Snakemake's benchmark file of the job
    measures this client, not the worker's child that did the work."""
    if not os.path.exists(log_path):
        return
    with open(log_path, "a", encoding="utf-8") as log:
        log.write(
            f"{time.strftime('%Y-%m-%d %H:%M:%S')} INFO morf_pipeline.runner: ran in the warm "
            f"worker in {time.time() - started:.2f} s: {reply['cpu_s']:.2f} s of CPU, peak RSS "
            f"{reply['max_rss_mb']:.0f} MB (the pages it shares with the worker included)\n"
        )


def main(argv: list[str]) -> int:
    started = time.time()
    path = os.environ.get(SOCKET_ENV)
    reply = run_in_worker(path, argv) if path else None
    if reply is None:
        os.execv(sys.executable, [sys.executable, "-m", "morf_pipeline.runner", *argv])
    _script, _threads, _params_json, files_json, log_path, *_resources = argv
    log_cost(log_path, started, reply)
    record_usage(argv, files_json, log_path, started, reply)
    return int(reply["status"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
