"""Shared fixtures: the repository's paths and a sandboxed Snakemake runner."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from morf_pipeline.sql.mariadb import SERVER_DIR_PREFIX

REPO = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
SAMPLE_DATA = REPO / "data" / "sample"


def model_chain(course: str) -> set[str]:
    """The outputs rebuilt when a course's model must be refitted."""
    per_course = ("output.csv", "eval.csv", "metrics.html", "performance.png")
    return {*(f"output/{course}/{name}" for name in per_course), "output/eval.csv"}


def load_original_job() -> ModuleType:
    """The faithful port of the original job (``tests/tools/original_job.py``), the oracle."""
    path = REPO / "tests" / "tools" / "original_job.py"
    spec = importlib.util.spec_from_file_location("original_job", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def tool(name: str) -> str:
    """A command-line tool of the project's virtual environment."""
    return str(VENV_BIN / name)


@dataclass
class Workflow:
    """Runs the repository's Snakefile in a private working directory."""

    workdir: Path
    cache: Path
    # TMPDIR of the run, where the jobs' private MariaDB servers live (default: inherited).
    tmpdir: Path | None = None

    @classmethod
    def isolated(cls, root: Path) -> Workflow:
        """A workflow with its own working directory and TMPDIR, so a test sees every server
        directory its jobs leave (``root`` must be short: TMPDIR holds the servers' sockets)."""
        workflow = cls(workdir=root / "work", cache=root / "cache", tmpdir=root / "t")
        workflow.workdir.mkdir()
        (root / "t").mkdir()
        return workflow

    def server_dirs(self) -> list[Path]:
        """The jobs' private server directories left in TMPDIR."""
        assert self.tmpdir is not None
        return sorted(self.tmpdir.glob(f"{SERVER_DIR_PREFIX}*"))

    def command(self, *args: str) -> list[str]:
        return [
            tool("snakemake"),
            "--snakefile",
            str(REPO / "Snakefile"),
            "--directory",
            str(self.workdir),
            "--cores",
            "2",
            *args,
        ]

    def environment(self) -> dict[str, str]:
        env = {**os.environ, "XDG_CACHE_HOME": str(self.cache), "TZ": "UTC"}
        if self.tmpdir is not None:
            env["TMPDIR"] = str(self.tmpdir)
        return env

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = self.command(*args)
        result = subprocess.run(
            command, capture_output=True, text=True, env=self.environment(), check=False
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def planned(self, *config: str, configfile: str | None = None) -> set[str]:
        """Output files a run would (re)build, from ``--summary``'s plan column."""
        args: Sequence[str] = ("--config", *config) if config else ()
        if configfile:
            args = ("--configfile", configfile, *args)
        summary = self.run("--summary", *args).stdout.splitlines()
        header = summary[0].split("\t")
        column = header.index("plan")
        return {
            line.split("\t")[0] for line in summary[1:] if line.split("\t")[column] != "no update"
        }


@pytest.fixture
def workflow(tmp_path: Path) -> Workflow:
    workdir = tmp_path / "work"
    workdir.mkdir()
    return Workflow(workdir=workdir, cache=tmp_path / "cache")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The container tests run last: they build an image, the slowest step of the suite."""
    items.sort(key=lambda item: item.path.name == "test_container.py")
