"""The project's quality gates, run by the test command: lint, format, types, workflow lint."""

import subprocess

import pytest

from conftest import REPO, tool


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "."),
        ("ruff", "format", "--check", "."),
        ("mypy",),
        ("snakefmt", "--check", "Snakefile", "rules"),
        ("hadolint", "Dockerfile"),
    ],
    ids=lambda command: " ".join(command),
)
def test_static_check_passes(command: tuple[str, ...]) -> None:
    result = run(tool(command[0]), *command[1:])
    assert result.returncode == 0, result.stdout + result.stderr


def test_snakemake_lint_is_clean() -> None:
    result = run(tool("snakemake"), "--lint", "--cores", "1")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Congratulations, your workflow is in a good condition!" in output, output
