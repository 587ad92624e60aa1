"""The SLURM profile on a real single-node SLURM (Debian's slurm-wlm).

The cluster is ``tests/slurm/cluster.sh``'s: ``test.sh`` starts it before the workflow lane and
stops it after; run alone, this module starts it (and stops it) itself. The test runs the
workflow through ``profiles/slurm`` (every job an sbatch job) and checks that SLURM completed
each job. Skipped, saying why, only where the script says SLURM cannot run here (not root, no
apt-get, packages not installable, or a host that belongs to a SLURM cluster already).
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_DATA, VENV_BIN, Workflow

pytestmark = pytest.mark.workflow

CLUSTER = REPO / "tests" / "slurm" / "cluster.sh"
# setup.sh installs the SLURM plugins here, off the default path; the SLURM command adds it.
SLURM_PLUGINS = VENV_BIN.parent / "slurm"
UNAVAILABLE = 3  # cluster.sh's exit status where SLURM cannot run
START_TIMEOUT = 900  # an apt install included


def cluster(command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLUSTER), command], capture_output=True, text=True, timeout=START_TIMEOUT, check=False
    )


@pytest.fixture(scope="module")
def slurm_cluster() -> Iterator[None]:
    """A running single-node cluster, configured at SLURM's default path."""
    was_running = cluster("status").returncode == 0
    if not was_running:
        started = cluster("start")
        if started.returncode == UNAVAILABLE:
            pytest.skip(started.stderr.strip().splitlines()[-1])
        assert started.returncode == 0, started.stdout + started.stderr
        print(started.stdout)
    try:
        yield
    finally:
        if not was_running:
            stopped = cluster("stop")
            assert stopped.returncode == 0, stopped.stdout + stopped.stderr


def slurm_jobs() -> list[tuple[int, str, str]]:
    """(job id, comment, state) of every job SLURM still shows; the comment names the rule."""
    listing = subprocess.run(
        ["squeue", "-h", "-t", "all", "-o", "%i %k %T"], capture_output=True, text=True, check=True
    ).stdout
    jobs = []
    for line in listing.splitlines():
        job_id, comment, state = line.split()
        jobs.append((int(job_id), comment, state))
    return jobs


def test_workflow_runs_as_slurm_jobs_through_the_slurm_profile(
    slurm_cluster: None, tmp_path: Path
) -> None:
    workflow = Workflow(workdir=tmp_path / "work", cache=tmp_path / "cache")
    workflow.workdir.mkdir()
    # A cluster left running may list jobs of earlier runs (finished jobs stay for an hour).
    earlier = max((job_id for job_id, _, _ in slurm_jobs()), default=0)
    command = [
        *workflow.command(
            "--profile",
            str(REPO / "profiles" / "slurm"),
            # A test cluster has no accounting database: no account, job states from squeue.
            "--slurm-no-account",
            "--slurm-status-command",
            "squeue",
            "--slurm-init-seconds-before-status-checks",
            "1",
            "--seconds-between-status-checks",
            "1",
            "--config",
            f"data_dir={SAMPLE_DATA}",
            "courses=[accounting]",
        )
    ]
    env = workflow.environment()
    # As docs/slurm.md runs it: the plugins' directory first on PYTHONPATH.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SLURM_PLUGINS), env.get("PYTHONPATH")]))
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    jobs = [job for job in slurm_jobs() if job[0] > earlier]
    assert {state for _, _, state in jobs} == {"COMPLETED"}, jobs
    rules = sorted(comment.split("_wildcards_")[0] for _, comment, _ in jobs)
    assert rules == [
        "rule_course_dataset",
        "rule_course_labels",
        "rule_course_model",
        "rule_data_report",
        "rule_evaluate_all",
        "rule_plot_sessions",
        *["rule_sql_forum"] * 3,
        *["rule_weekly_features"] * 3,
    ], jobs
    assert (workflow.workdir / "output/accounting/output.csv").stat().st_size > 0
