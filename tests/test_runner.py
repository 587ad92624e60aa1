"""The runner: a job's params through the command line, and the warm worker that runs jobs.

The worker tests start a real worker from this process and run jobs through the real client
(``python -S client.py``), as a rule's shell command does.
"""

from __future__ import annotations

import ast
import contextlib
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from snakemake.iocontainers import Namedlist

from conftest import REPO, SAMPLE_DATA
from morf_pipeline.dates import SessionDates
from morf_pipeline.errors import CheckPolicy
from morf_pipeline.model_settings import ModelSettings, Split, SplitSettings
from morf_pipeline.runner import client
from morf_pipeline.runner.job import CodecError, Job, Named, decode, encode, named_items
from morf_pipeline.runner.server import PRELOAD
from morf_pipeline.runner.worker import WorkerProcess
from morf_pipeline.semantics import Semantics

CLIENT = Path(client.__file__)


# --- params on the command line ---------------------------------------------------------------


def test_params_come_back_with_their_types() -> None:
    params = {
        "semantics": Semantics.MWE,
        "policy": CheckPolicy.WARN,
        "split": SplitSettings(mode=Split.CV, holdout_session="003"),
        "model": ModelSettings(),
        "dates": SessionDates("2013-01-01", "2013-03-01"),
        "day": datetime.date(2013, 1, 1),
        "at": datetime.datetime(2013, 1, 1, 12, 30),
        "pair": ("a", 1),
        "renames": {"3": "003"},
        "by_number": {1: "a"},
        "tagged_looking": {"$enum": "plain text"},
        "nothing": None,
        "flags": [True, 0.25, "x"],
    }
    back = decode(encode(params))
    assert back == params
    assert back["semantics"] is Semantics.MWE
    assert type(back["split"]) is SplitSettings and back["split"].mode is Split.CV
    assert type(back["dates"]) is SessionDates
    assert type(back["pair"]) is tuple


def test_the_params_are_readable_json() -> None:
    text = encode({"semantics": Semantics.MWE, "sessions": ["001", "002"]})
    assert json.loads(text) == {
        "semantics": {"$enum": ["morf_pipeline.semantics:Semantics", "mwe"]},
        "sessions": ["001", "002"],
    }


def test_a_value_of_another_kind_is_refused_naming_it() -> None:
    with pytest.raises(CodecError, match="cannot pass a set"):
        encode({"x": {1, 2}})


def test_only_types_of_the_package_are_rebuilt() -> None:
    with pytest.raises(CodecError, match="only types of morf_pipeline"):
        decode(json.dumps({"$record": ["subprocess:Popen", {"args": ["true"]}]}))


def test_named_files_read_as_snakemake_s() -> None:
    files: Namedlist = Namedlist(["a.csv", "b.csv", "c.csv", "d.csv"])
    files._set_name("one", 0)
    files._set_name("many", 1, 3)
    files._set_name("none", 3, 3)
    named = Named([tuple(item) for item in json.loads(json.dumps(named_items(files)))])
    assert list(named) == list(files) == ["a.csv", "b.csv", "c.csv", "d.csv"]
    assert named.one == named["one"] == "a.csv"
    assert named.many == ["b.csv", "c.csv"]
    assert named.none == []
    assert named[3] == "d.csv" and len(named) == 4
    assert named.keys() == ["one", "many", "none"]
    assert named.get("missing", "x") == "x"
    with pytest.raises(AttributeError):
        _ = named.missing


def test_a_job_from_the_runner_s_arguments() -> None:
    files = encode(
        {"input": [["dump", "in.sql"]], "output": [["csv", "out.csv"]], "wildcards": {"c": "x"}}
    )
    job = Job.from_args(["2", encode({"n": 3}), files, "x.log", "tmpdir=/tmp", "pool_mb=512"])
    assert job.threads == 2 and job.params.n == 3 and job.wildcards.c == "x"
    assert job.input.dump == "in.sql" and list(job.output) == ["out.csv"]
    assert job.log[0] == "x.log"
    assert job.resources.tmpdir == "/tmp" and job.resources.pool_mb == 512


def test_the_worker_preloads_every_module_an_adapter_imports() -> None:
    imported = {
        node.module
        for script in (REPO / "scripts").glob("*.py")
        for node in ast.walk(ast.parse(script.read_text()))
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("morf")
    }
    assert imported <= set(PRELOAD), sorted(imported - set(PRELOAD))


# --- the worker -------------------------------------------------------------------------------

ADAPTER = """
import os, sys, time
from pathlib import Path
out = Path(snakemake.output.result)
Path(snakemake.log[0]).write_text("adapter ran\\n")
started = time.time()
if snakemake.params.sleep:
    Path(snakemake.output.result + ".pid").write_text(str(os.getpid()))
    time.sleep(snakemake.params.sleep)
parent = Path(f"/proc/{os.getppid()}/cmdline").read_bytes().split(b"\\0")
out.write_text(
    f"{snakemake.params.word} {snakemake.wildcards.course} {os.getppid()} {os.getcwd()} "
    f"{started} {time.time()} {parent[2].decode()} {'sklearn' in sys.modules} "
    f"{os.environ.get('JOB_VARIABLE')}"
)
print("to stdout", snakemake.input[0])
print("to stderr", file=sys.stderr)
if snakemake.params.fail == "exit":
    sys.exit(3)
if snakemake.params.fail == "raise":
    raise ValueError("adapter failed")
"""


@pytest.fixture
def worker(tmp_path: Path) -> Iterator[WorkerProcess]:
    started = WorkerProcess.start(tmp_path / "worker.log")
    try:
        yield started
    finally:
        started.stop()
    assert not started.directory.exists()
    assert started.stopped()
    # Neither stage failed.
    assert (tmp_path / "worker.log").read_text() == ""


def start_job(
    directory: Path, *, fail: str = "", sleep: float = 0, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """The client, as a rule's shell command runs it, on a job of the adapter above."""
    script = directory / "adapter.py"
    script.write_text(ADAPTER)
    params = encode({"word": "hello", "fail": fail, "sleep": sleep})
    files = encode(
        {
            "input": [["source", "in.txt"]],
            "output": [["result", str(directory / "result.txt")]],
            "wildcards": {"course": "accounting"},
        }
    )
    workdir = directory / "work"
    workdir.mkdir(exist_ok=True)
    return subprocess.Popen(
        [sys.executable, "-S", str(CLIENT), str(script), "1", params, files, "job.log"],
        cwd=workdir,
        env={**os.environ, "JOB_VARIABLE": "from the job", **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_job(directory: Path, **options: object) -> subprocess.CompletedProcess[str]:
    job = start_job(directory, **options)  # type: ignore[arg-type]
    stdout, stderr = job.communicate(timeout=60)
    return subprocess.CompletedProcess(job.args, job.returncode, stdout, stderr)


def result_fields(directory: Path) -> list[str]:
    return (directory / "result.txt").read_text().split(" ", 8)


def test_a_job_runs_in_a_child_of_the_worker(tmp_path: Path, worker: WorkerProcess) -> None:
    result = run_job(tmp_path)
    assert result.returncode == 0, result.stderr
    word, course, _, cwd, _, _, parent, _, variable = result_fields(tmp_path)
    assert (word, course, variable) == ("hello", "accounting", "from the job")
    assert parent == "morf_pipeline.runner.server"
    assert cwd == str(tmp_path / "work")
    # The child writes to the client's own standard streams.
    assert result.stdout == "to stdout in.txt\n"
    assert result.stderr == "to stderr\n"
    # Its log ends with what it cost (its benchmark file measures only the client).
    first, cost = (tmp_path / "work" / "job.log").read_text().splitlines()
    assert first == "adapter ran"
    assert re.search(r"ran in the warm worker in [\d.]+ s: [\d.]+ s of CPU, peak RSS \d+ MB", cost)


@pytest.mark.parametrize(("fail", "status"), [("exit", 3), ("raise", 1)])
def test_a_failing_job_s_status_is_the_client_s(
    tmp_path: Path, worker: WorkerProcess, fail: str, status: int
) -> None:
    result = run_job(tmp_path, fail=fail)
    assert result.returncode == status
    if fail == "raise":
        assert "ValueError: adapter failed" in result.stderr


def test_the_worker_that_imported_the_heavy_modules_takes_over(
    tmp_path: Path, worker: WorkerProcess
) -> None:
    """The first stage takes jobs at once; once the last has imported pandas, matplotlib
    and scikit-learn, it runs every job."""
    deadline = time.monotonic() + 60
    while True:
        assert run_job(tmp_path).returncode == 0
        parent_pid, all_preloaded = result_fields(tmp_path)[2], result_fields(tmp_path)[7]
        if all_preloaded == "True":
            break
        assert time.monotonic() < deadline, "the last stage never took over"
        time.sleep(0.1)
    assert int(parent_pid) != worker.process.pid
    # It forks from one thread (numerical libraries start no thread pools in a one-thread
    # job's environment), as a fork is only safe from one.
    status = Path(f"/proc/{parent_pid}/status").read_text()
    assert re.search(r"^Threads:\s+1$", status, re.MULTILINE)
    # From then on it runs every job.
    for _ in range(3):
        assert run_job(tmp_path).returncode == 0
        assert result_fields(tmp_path)[2] == parent_pid


HEAVY_ADAPTER = """
import sys
preloaded = "pandas" in sys.modules
not_needed_yet = "sklearn" in sys.modules
import os
from pathlib import Path
from morf_pipeline.tables import read_with_text_sessions
parent = Path(f"/proc/{os.getppid()}/cmdline").read_bytes().split(bytes(1))[2].decode()
Path(snakemake.output.result).write_text(f"{os.getppid()} {parent} {preloaded} {not_needed_yet}")
"""


def test_a_job_that_needs_the_heavy_modules_starts_once_its_own_are_in(
    tmp_path: Path, worker: WorkerProcess
) -> None:
    """Sent at once, it is run by the second stage as soon as pandas and the module its
    script imports are in, while scikit-learn is still to come."""
    script = tmp_path / "heavy.py"
    script.write_text(HEAVY_ADAPTER)
    files = encode(
        {"input": [], "output": [["result", str(tmp_path / "result.txt")]], "wildcards": {}}
    )
    command = [sys.executable, "-S", str(CLIENT), str(script), "1", encode({}), files, "job.log"]
    subprocess.run(command, cwd=tmp_path, check=True, timeout=60)
    parent_pid, parent, preloaded, not_needed_yet = (tmp_path / "result.txt").read_text().split()
    assert parent == "morf_pipeline.runner.server" and int(parent_pid) != worker.process.pid
    assert (preloaded, not_needed_yet) == ("True", "False")


def test_jobs_run_at_the_same_time(tmp_path: Path, worker: WorkerProcess) -> None:
    directories = [tmp_path / "one", tmp_path / "two"]
    for directory in directories:
        directory.mkdir()
    jobs = [start_job(directory, sleep=1) for directory in directories]
    assert [job.wait(timeout=60) for job in jobs] == [0, 0]
    spans = [tuple(map(float, result_fields(d)[4:6])) for d in directories]
    assert max(start for start, _ in spans) < min(end for _, end in spans)


def test_a_stopped_client_stops_its_job(tmp_path: Path, worker: WorkerProcess) -> None:
    job = start_job(tmp_path, sleep=60)
    pid_file = tmp_path / "result.txt.pid"
    deadline = time.monotonic() + 30
    while not pid_file.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    job_pid = int(pid_file.read_text())
    assert _alive(job_pid)
    job.kill()  # as Snakemake stops a job's shell
    job.communicate()
    deadline = time.monotonic() + 10
    while _alive(job_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(job_pid)
    assert not (tmp_path / "result.txt").exists()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"
    except (FileNotFoundError, ProcessLookupError):  # gone before the open, or the read
        return False


def test_without_a_worker_the_job_runs_in_a_fresh_python(tmp_path: Path) -> None:
    env = {client.SOCKET_ENV: ""}
    result = run_job(tmp_path, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "to stdout in.txt\n"
    assert (tmp_path / "result.txt").read_text().startswith("hello accounting")


def test_a_worker_that_is_gone_leaves_the_job_to_a_fresh_python(tmp_path: Path) -> None:
    result = run_job(tmp_path, env={client.SOCKET_ENV: str(tmp_path / "no-socket")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "result.txt").read_text().startswith("hello accounting")


def test_the_worker_ends_with_the_process_that_started_it(tmp_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; "
        "from morf_pipeline.runner.worker import WorkerProcess; "
        "w = WorkerProcess.start(Path(sys.argv[1])); print(w.process.pid)"
    )
    started = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "worker.log")],
        capture_output=True,
        text=True,
        check=True,
    )
    worker_pid = int(started.stdout)
    deadline = time.monotonic() + 10
    while _alive(worker_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(worker_pid)


# --- in a run ---------------------------------------------------------------------------------


@pytest.mark.workflow
def test_a_run_s_jobs_run_in_the_worker_and_an_edited_script_reruns_its_jobs(
    tmp_path: Path,
) -> None:
    """A copy of the workflow on the sample: every job's log says the worker ran it, no worker
    is left behind, and editing one adapter reruns that rule's jobs only (the script's digest
    is in the shell command, Snakemake's code trigger)."""
    tree = tmp_path / "workflow"
    for name in ("Snakefile", "config.yaml", "config.schema.yaml"):
        shutil.copy(REPO / name, tree / name if tree.exists() else _mkdir(tree) / name)
    for name in ("rules", "scripts", "profiles", "report", "envs"):
        shutil.copytree(REPO / name, tree / name)
    workdir = _mkdir(tmp_path / "work")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    command = [
        str(Path(sys.executable).parent / "snakemake"),
        "--snakefile",
        str(tree / "Snakefile"),
        "--directory",
        str(workdir),
        "--cores",
        "2",
        "--config",
        f"data_dir={SAMPLE_DATA}",
    ]

    def run(*args: str) -> str:
        result = subprocess.run(
            [*command, *args], capture_output=True, text=True, env=env, check=False
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    run()
    logs = sorted((workdir / "logs").rglob("*.log"))
    assert len(logs) == 23  # 6 sessions x 2, 2 courses x 5, evaluate_all
    for log in logs:
        assert "ran in the warm worker" in log.read_text().splitlines()[-1], log
    # The worker ends with the run (Snakemake does not wait for it).
    deadline = time.monotonic() + 10
    while _workers_in(workdir) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _workers_in(workdir)

    script = tree / "scripts" / "evaluate_all.py"
    script.write_text(script.read_text() + "\n# edited\n")
    summary = run("--summary").splitlines()
    column = summary[0].split("\t").index("plan")
    planned = {
        line.split("\t")[0] for line in summary[1:] if line.split("\t")[column] != "no update"
    }
    assert planned == {"output/eval.csv"}


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _workers_in(workdir: Path) -> list[int]:
    """Worker processes running in ``workdir``."""
    found = subprocess.run(
        ["pgrep", "-f", "morf_pipeline.runner.server"], capture_output=True, text=True
    )
    alive = []
    for pid in map(int, found.stdout.split()):
        with contextlib.suppress(FileNotFoundError):
            if Path(f"/proc/{pid}/cwd").resolve() == workdir.resolve() and _alive(pid):
                alive.append(pid)
    return alive


def test_the_first_stage_s_modules_need_no_heavy_library() -> None:
    """What the first stage imports leaves pandas, scikit-learn and matplotlib to the second."""
    code = (
        "import importlib, sys; from morf_pipeline.runner.server import LIGHT; "
        "[importlib.import_module(m) for m in LIGHT]; "
        "print(sorted({'pandas', 'sklearn', 'matplotlib'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
