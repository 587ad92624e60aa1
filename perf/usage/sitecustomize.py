"""Record what each Python process of a benchmarked run cost (imported at start-up by Python).

``perf/run.py`` puts this directory first on ``PYTHONPATH`` and names a file in
``MORF_USAGE_LOG``; every Python process of the run (Snakemake's own and each job's) then
appends one JSON line at exit: its command line, the rule and wildcards it ran (a ``script:``
job's ``snakemake`` object), its CPU time and peak RSS, its own and its waited-for children's
(a job's MariaDB server, whose ``ru_maxrss`` includes the job's RSS when it forked it).
Snakemake's benchmark TSVs sample the process tree twice a second, so they miss most of a short
job's CPU time; this does not. Without ``MORF_USAGE_LOG`` it does nothing.
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import sys
import time

_STARTED = time.perf_counter()
_STARTED_AT = time.time()


def _peak_rss_kb() -> int:
    """This program's peak RSS. Not ``ru_maxrss``: Linux carries a parent's RSS at the fork
    over into the child's, so every job would show Snakemake's ~130 MB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _record(log_path: str) -> None:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    job = getattr(sys.modules.get("__main__"), "snakemake", None)
    record = {
        "argv": sys.argv,
        "rule": getattr(job, "rule", None),
        "wildcards": dict(job.wildcards.items()) if job is not None else {},
        "pid": os.getpid(),
        "started_at": _STARTED_AT,
        "wall_s": time.perf_counter() - _STARTED,
        "cpu_s": own.ru_utime + own.ru_stime,
        "children_cpu_s": children.ru_utime + children.ru_stime,
        "max_rss_mb": _peak_rss_kb() / 1024,
        "children_max_rss_mb": children.ru_maxrss / 1024,
    }
    # One short write per process: concurrent appends to the same file do not interleave.
    with open(log_path, "a", encoding="utf-8") as log:
        log.write(json.dumps(record) + "\n")


if _log_path := os.environ.get("MORF_USAGE_LOG"):
    atexit.register(_record, _log_path)
