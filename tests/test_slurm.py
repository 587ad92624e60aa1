"""The SLURM profile on a real single-node SLURM (Debian's slurm-wlm), started by the test.

The test installs slurm-wlm and munge with apt if they are missing, writes a slurm.conf for this
host (its real CPUs and memory), starts munged, slurmctld and slurmd with private state on unused
ports, runs the workflow through ``profiles/slurm`` (every job an sbatch job), then stops the
daemons and removes the configuration. The slurm.conf must sit at SLURM's default path: the job
steps' ``srun`` does not inherit SLURM_CONF. Skipped, saying why, only where SLURM cannot be
installed (not root, no apt-get) or this host already has a SLURM configuration.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_DATA, Workflow

pytestmark = pytest.mark.workflow

PACKAGES = ("slurm-wlm", "munge")
SLURM_CONF = Path("/etc/slurm/slurm.conf")
INSTALL_TIMEOUT = 900
START_TIMEOUT = 60


def install_slurm() -> None:
    """Install the packages, or skip the test saying why they cannot be."""
    missing = [p for p in PACKAGES if not installed(p)]
    if not missing:
        return
    if os.geteuid() != 0:
        pytest.skip(f"SLURM test needs root to install {', '.join(missing)}")
    if shutil.which("apt-get") is None:
        pytest.skip(f"SLURM test needs apt-get to install {', '.join(missing)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    started = time.monotonic()
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
    ):
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=INSTALL_TIMEOUT, check=False
        )
        if result.returncode != 0:
            pytest.skip(f"cannot install {', '.join(missing)}: {result.stderr.strip()[-500:]}")
    print(f"installed {', '.join(missing)} in {time.monotonic() - started:.0f} s")


def installed(package: str) -> bool:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
    )
    return status.stdout == "install ok installed"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def node_line() -> str:
    """``slurmd -C``'s description of this host (name, CPUs, real memory)."""
    report = subprocess.run(["slurmd", "-C"], capture_output=True, text=True, check=True).stdout
    return report.splitlines()[0]


def slurm_conf(root: Path, munge_socket: Path) -> str:
    node = node_line()
    host = node.split()[0].removeprefix("NodeName=")
    return f"""\
ClusterName=morftest
SlurmctldHost={host}
SlurmctldPort={free_port()}
SlurmdPort={free_port()}
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket={munge_socket}
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
# No accounting database: finished jobs stay visible to squeue for the status checks.
MinJobAge=3600
StateSaveLocation={root}/state
SlurmdSpoolDir={root}/spool
SlurmctldPidFile={root}/slurmctld.pid
SlurmdPidFile={root}/slurmd.pid
SlurmctldLogFile={root}/slurmctld.log
SlurmdLogFile={root}/slurmd.log
{node} State=UNKNOWN
PartitionName=test Nodes={host} Default=YES MaxTime=INFINITE State=UP
"""


def wait_until(condition: str, check: list[str]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        result = subprocess.run(check, capture_output=True, text=True, check=False)
        if result.returncode == 0 and "idle" in result.stdout:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"{condition} not ready: {result.stdout}{result.stderr}")
        time.sleep(0.5)


@pytest.fixture
def slurm_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A running single-node cluster, configured at SLURM's default path."""
    install_slurm()
    if SLURM_CONF.exists():
        pytest.skip(f"{SLURM_CONF} exists: this host belongs to a SLURM cluster already")
    started = time.monotonic()
    root = tmp_path_factory.mktemp("slurm")
    for directory in ("state", "spool"):
        (root / directory).mkdir()
    munge_socket = root / "munge.socket"
    SLURM_CONF.write_text(slurm_conf(root, munge_socket))
    daemons = [
        [
            "munged",
            "--foreground",
            "--force",
            f"--socket={munge_socket}",
            f"--pid-file={root}/munged.pid",
            f"--log-file={root}/munged.log",
            f"--seed-file={root}/munged.seed",
        ],
        ["slurmctld", "-D", "-i"],
        ["slurmd", "-D"],
    ]
    processes = []
    try:
        for daemon in daemons:
            processes.append(
                subprocess.Popen(daemon, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            )
            if daemon[0] == "munged":
                deadline = time.monotonic() + START_TIMEOUT
                while not munge_socket.exists() and time.monotonic() < deadline:
                    time.sleep(0.1)
        wait_until("the SLURM node", ["sinfo", "-h", "-o", "%t"])
        print(f"started munged, slurmctld and slurmd in {time.monotonic() - started:.1f} s")
        yield
    finally:
        SLURM_CONF.unlink()
        for process in reversed(processes):
            process.terminate()
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def test_workflow_runs_as_slurm_jobs_through_the_slurm_profile(
    slurm_cluster: None, tmp_path: Path
) -> None:
    workflow = Workflow(workdir=tmp_path / "work", cache=tmp_path / "cache")
    workflow.workdir.mkdir()
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
    result = subprocess.run(
        command, env=workflow.environment(), capture_output=True, text=True, timeout=600
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    jobs = subprocess.run(
        ["squeue", "-h", "-t", "all", "-o", "%k %T"],  # the comment names the rule
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    completed = sorted(
        line.removesuffix(" COMPLETED").split("_wildcards_")[0]
        for line in jobs
        if line.endswith(" COMPLETED")
    )
    assert completed == [
        "rule_course_dataset",
        "rule_course_labels",
        "rule_data_report",
        "rule_evaluate_all",
        "rule_evaluate_course",
        "rule_plot_performance",
        "rule_plot_sessions",
        *["rule_sql_query"] * 6,
        "rule_train_model",
        *["rule_weekly_features"] * 3,
    ], jobs
    assert (workflow.workdir / "output/accounting/output.csv").stat().st_size > 0
