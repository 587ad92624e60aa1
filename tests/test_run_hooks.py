"""The Snakefile's end-of-run hook against the installed Snakemake's own scheduler timers."""

from __future__ import annotations

import threading

from snakemake.scheduling.job_scheduler import JobScheduler

from morf_pipeline.run_hooks import cancel_scheduler_wakeups


class _Scheduler:
    """What ``_schedule_reevalutation`` touches of a scheduler: the semaphore it releases."""

    def __init__(self) -> None:
        self._open_jobs = threading.Semaphore(0)


def test_the_pending_wakeups_of_snakemakes_scheduler_are_cancelled() -> None:
    scheduler = _Scheduler()
    # Snakemake's own method: a non-daemon timer that the interpreter's exit would wait for.
    JobScheduler._schedule_reevalutation(scheduler, 600)
    timers = [t for t in threading.enumerate() if isinstance(t, threading.Timer)]
    assert len(timers) == 1 and not timers[0].daemon

    assert cancel_scheduler_wakeups() == 1
    timers[0].join(timeout=10)
    assert not timers[0].is_alive()
    assert not scheduler._open_jobs.acquire(blocking=False)  # the wake-up never ran


def test_other_timers_are_left_alone() -> None:
    fired = threading.Event()
    timer = threading.Timer(0.2, fired.set)
    timer.start()
    assert cancel_scheduler_wakeups() == 0
    assert fired.wait(timeout=10)
