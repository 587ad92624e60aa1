"""What Snakemake's main process runs around a run (the Snakefile's hooks)."""

from __future__ import annotations

import gc
import operator
import threading

from snakemake.persistence import PersistenceBase

# Snakemake's process holds the workflow, then the DAG: hundreds of thousands of objects
# (jobs, files, named lists) that live until the run ends. With Python's default thresholds
# (a collection every 700 allocations, a full one every 100 of those) the collector traverses
# them again and again: 0.9 of the 7.5 CPU s of a no-op rerun of 1,000 sessions
# (perf/analysis.md). Rarer collections leave at most this many young objects uncollected.
_YOUNG_OBJECTS_BEFORE_COLLECTION = 50_000

# Snakemake (9.x) limits job starts to --max-jobs-per-timespan (default 100/1s): every
# scheduling round starts a threading.Timer that wakes the scheduler a timespan later. The
# timers are not daemon threads, so Python's exit waits for the last one: up to 1 s after the
# last job, on every run. Its only action is that wake-up, which nothing awaits once the run
# has ended.
SCHEDULER_WAKEUP = "JobScheduler._schedule_reevalutation.<locals>."


def cancel_scheduler_wakeups() -> int:
    """Cancel the pending wake-ups of Snakemake's finished scheduler, so that the process
    exits as soon as the run ends; the number cancelled."""
    timers = [
        thread
        for thread in threading.enumerate()
        if isinstance(thread, threading.Timer)
        and getattr(thread.function, "__qualname__", "").startswith(SCHEDULER_WAKEUP)
    ]
    for timer in timers:
        timer.cancel()
    return len(timers)


def collect_garbage_rarely() -> None:
    """Once the workflow is read: exempt what exists (modules, workflow, config: kept to the
    end) from collection, and collect the DAG's objects less often."""
    gc.freeze()
    gc.set_threshold(_YOUNG_OBJECTS_BEFORE_COLLECTION, 20, 20)


def skip_final_collection() -> None:
    """When the run ends: exempt everything from the collection at interpreter exit, which
    would traverse the whole DAG once more (~0.3 s on the sample) to free memory the process
    is about to give back."""
    gc.freeze()


def record_params_as_text() -> None:
    """Snakemake's params trigger records each param of a job as its ``repr``, and, if pandas
    is installed, a pandas object by its hash: for that it imports pandas (~0.3 s of every
    rerun) at the first job it checks. This workflow's params are text (``script_job``: JSON),
    recorded alike both ways; Snakemake then records them without importing pandas. A rule
    passing a pandas object as a param would see its changes ignored."""
    PersistenceBase._serialize_param = property(operator.attrgetter("_serialize_param_builtin"))
