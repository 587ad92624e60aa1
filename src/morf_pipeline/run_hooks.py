"""What Snakemake's main process runs when a run ends (the Snakefile's onsuccess/onerror)."""

from __future__ import annotations

import threading

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
