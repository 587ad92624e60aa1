"""Crashes, reruns, determinism and security, on real Snakemake runs of the sample data."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_DATA, Workflow
from morf_pipeline.sql.mariadb import private_server

pytestmark = pytest.mark.workflow

DATA = f"data_dir={SAMPLE_DATA}"
TCP_LISTEN = "0A"


def csv_digests(workdir: Path) -> dict[str, str]:
    """sha256 of every CSV the run wrote, by path."""
    return {
        str(path.relative_to(workdir)): hashlib.sha256(path.read_bytes()).hexdigest()
        for top in ("results", "output")
        for path in sorted((workdir / top).rglob("*.csv"))
    }


def processes_mentioning(text: str) -> list[int]:
    """Live processes whose command line contains ``text``."""
    found = []
    for proc in Path("/proc").iterdir():
        try:
            cmdline = (proc / "cmdline").read_bytes()
        except OSError:  # not a process, or gone
            continue
        if proc.name.isdigit() and text.encode() in cmdline:
            found.append(int(proc.name))
    return found


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> Workflow:
    """An uninterrupted run from an empty working directory, with 2 cores."""
    workflow = Workflow.isolated(tmp_path_factory.mktemp("clean"))
    workflow.run("--config", DATA)
    return workflow


def test_runs_are_byte_identical_from_clean_and_with_1_or_2_cores(
    clean_run: Workflow, tmp_path: Path
) -> None:
    one_core = Workflow.isolated(tmp_path)
    one_core.run("--cores", "1", "--config", DATA)
    digests = csv_digests(clean_run.workdir)
    # 3 CSVs per session, 5 per course (labels, dataset, data report, output, eval) and
    # output/eval.csv
    assert len(digests) == 6 * 3 + 2 * 5 + 1
    assert csv_digests(one_core.workdir) == digests


# The kill must hit a job while its MariaDB server runs (the embedded backend has none).
MARIADB = "sql_backend=mariadb"


def wait_for(condition: str, probe: Callable[[], bool], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not probe():
        assert time.monotonic() < deadline, f"timed out waiting for {condition}"
        time.sleep(0.05)


def test_sigkill_mid_sql_leaves_no_server_and_a_rerun_gives_identical_outputs(
    clean_run: Workflow, tmp_path: Path
) -> None:
    workflow = Workflow.isolated(tmp_path)
    tmpdir = str(workflow.tmpdir)
    run = subprocess.Popen(
        workflow.command("--config", DATA, MARIADB),
        env=workflow.environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, killed as a whole below
    )
    try:
        wait_for(
            "a sql_forum job's server",
            lambda: any(d.joinpath("mariadbd.sock").exists() for d in workflow.server_dirs()),
            timeout=120,
        )
    finally:
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
    assert workflow.server_dirs(), "the killed jobs left their server directories"
    wait_for("the killed jobs' servers to exit", lambda: not processes_mentioning(tmpdir), 10)

    workflow.run("--unlock", "--config", DATA, MARIADB)
    workflow.run("--rerun-incomplete", "--config", DATA, MARIADB)
    assert workflow.server_dirs() == []
    assert processes_mentioning(tmpdir) == []
    assert csv_digests(workflow.workdir) == csv_digests(clean_run.workdir)


def listening_tcp_inodes() -> set[str]:
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            fields = row.split()
            if fields[3] == TCP_LISTEN:
                inodes.add(fields[9])
    return inodes


def socket_inodes(pid: int) -> set[str]:
    links = (os.readlink(fd) for fd in Path(f"/proc/{pid}/fd").iterdir())
    return {link[len("socket:[") : -1] for link in links if link.startswith("socket:[")}


def test_private_server_has_no_tcp_listener_and_a_private_socket_dir(tmp_path: Path) -> None:
    with private_server(tmp_path) as server:
        with server.connect() as connection, connection.cursor() as cursor:
            cursor.execute("SELECT @@skip_networking")
            assert cursor.fetchone() == (1,)
        sockets = socket_inodes(server.process.pid)
        unix_listeners = {
            row.split()[6]: row.split()[-1]
            for row in Path("/proc/net/unix").read_text().splitlines()[1:]
        }
        # The inode check sees the server's sockets: its unix socket is among them.
        assert str(server.socket) in {unix_listeners.get(inode) for inode in sockets}
        assert sockets & listening_tcp_inodes() == set()
        assert (server.server_dir.stat().st_mode & 0o777) == 0o700
        assert server.socket.parent == server.server_dir


SECRET = re.compile(
    r"(?i)\b\w*(?:password|passwd|pwd|secret|token|api[_-]?key)\w*['\"]?\s*[=:]\s*['\"][^'\"\s]"
    r"|--password|\b(?:mysql|mariadb)\b[^\n]*\s-p\S|identified\s+by"
)


def test_no_password_or_secret_in_code_config_or_logs(clean_run: Workflow) -> None:
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=REPO, capture_output=True, check=True
    ).stdout.split(b"\0")
    texts = [REPO / name.decode() for name in tracked if name and not name.endswith(b".gz")]
    texts += [*(clean_run.workdir / "logs").rglob("*.log")]
    texts += [*(clean_run.workdir / ".snakemake" / "log").glob("*.log")]
    this_file = Path(__file__).resolve()
    found = []
    for path in texts:
        if path.resolve() == this_file or not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", "replace")
        found += [f"{path}: {m.group(0)}" for m in SECRET.finditer(text)]
    assert len(texts) > 50
    assert found == []
    # Leaks of the kind a MySQL job with hard-coded credentials has are caught:
    for leak in ("mysql -u root -proot -e", "password = 'root'", "IDENTIFIED BY 'x'"):
        assert SECRET.search(leak), leak


def learner_ids() -> set[bytes]:
    ids = set()
    for name in ("labels-train.csv", "labels-test.csv"):
        for line in (SAMPLE_DATA / name).read_bytes().splitlines()[1:]:
            ids.add(line.split(b",")[0])
    return ids


def test_outputs_outside_results_carry_no_learner_ids(clean_run: Workflow) -> None:
    ids = learner_ids()
    pattern = re.compile(rb"[0-9a-f]{40}")
    scanned = [
        path
        for path in clean_run.workdir.rglob("*")
        if path.is_file() and path.relative_to(clean_run.workdir).parts[0] != "results"
    ]
    assert any(p.match("output/*/output.csv") for p in scanned)
    leaks = {
        str(path): sorted(found)
        for path in scanned
        if (found := set(pattern.findall(path.read_bytes())) & ids)
    }
    assert leaks == {}
    # The check would see an id: results/ holds them.
    assert pattern.findall((clean_run.workdir / "results/accounting/labels.csv").read_bytes())
