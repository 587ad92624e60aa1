"""Snakemake's own costs in every command: the SLURM plugins kept off the default path, and
the hooks of its main process (morf_pipeline.run_hooks) against the installed Snakemake."""

from __future__ import annotations

import os
import subprocess
import sys
import threading

from snakemake.persistence.file import FilePersistence
from snakemake.scheduling.job_scheduler import JobScheduler

from conftest import VENV_BIN
from morf_pipeline.run_hooks import cancel_scheduler_wakeups
from morf_pipeline.runner.job import encode
from morf_pipeline.semantics import Semantics

SLURM_PLUGINS = ["snakemake_executor_plugin_slurm", "snakemake_executor_plugin_slurm_jobstep"]


def plugins_found(pythonpath: str | None) -> list[bool]:
    """Whether the venv's Python finds each SLURM plugin, with this PYTHONPATH."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    code = (
        f"import importlib.util as u; print([u.find_spec(m) is not None for m in {SLURM_PLUGINS}])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return [found == "True" for found in result.stdout.strip(" []\n").split(", ")]


def test_the_slurm_plugins_are_found_only_on_the_slurm_commands_path() -> None:
    # Snakemake imports every executor plugin it finds, on every command (docs/slurm.md).
    assert plugins_found(None) == [False, False], "run ./setup.sh: it moves them to .venv/slurm"
    assert plugins_found(str(VENV_BIN.parent / "slurm")) == [True, True]


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


def run_python(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_params_are_recorded_as_snakemake_would_without_importing_pandas() -> None:
    # What script_job passes: JSON text. Snakemake records it alike with and without pandas.
    values = encode({"semantics": Semantics.MWE, "sessions": ["001", "002"], "weeks": 4})
    persistence = FilePersistence.__new__(FilePersistence)  # its serialisers use no state
    with_pandas = persistence._serialize_param_pandas(values)
    assert with_pandas == persistence._serialize_param_builtin(values) == repr(values)

    imported = run_python(
        "import sys; from snakemake.persistence.file import FilePersistence;"
        "from morf_pipeline.run_hooks import record_params_as_text; record_params_as_text();"
        "persistence = FilePersistence.__new__(FilePersistence);"
        f"assert persistence._serialize_param({values!r}) == {repr(values)!r};"
        "print('pandas' in sys.modules)"
    )
    assert imported == "False"


def test_the_garbage_collector_skips_what_outlives_the_run() -> None:
    # The workflow's objects are exempt from collection and young ones collected in batches.
    state = run_python(
        "import gc; from morf_pipeline.run_hooks import collect_garbage_rarely;"
        "before = gc.get_freeze_count(); collect_garbage_rarely();"
        "print(before, gc.get_freeze_count() > 10_000, gc.get_threshold()[0])"
    )
    assert state == "0 True 50000"
