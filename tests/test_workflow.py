"""Real Snakemake runs on a copy of the sample data: outputs, and what reruns after a change."""

from __future__ import annotations

import gzip
import re
import shutil
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from conftest import SAMPLE_DATA, Workflow, model_chain
from metrics_by_hand import assert_metrics_equal, metrics_by_hand
from morf_pipeline.files import open_maybe_gzip
from morf_pipeline.layout import discover, list_sessions
from morf_pipeline.tables import METRIC_COLUMNS, read_with_text_sessions
from tools.report_screenshot import (
    distinct_colours,
    pixels_of_colour,
    screenshot_report,
    signature_colour,
)

pytestmark = pytest.mark.workflow

COURSES = sorted(p.name for p in SAMPLE_DATA.iterdir() if p.is_dir())
SESSIONS = {course: list_sessions(SAMPLE_DATA, course) for course in COURSES}
COURSE, OTHER_COURSE = COURSES[0], COURSES[1]
SESSION = SESSIONS[COURSE][1]
# Relative to the working directory, so a copied run keeps the same input paths.
DATA_DIR = "../data"


def session_chain(course: str, session: str) -> set[str]:
    return {*feature_outputs(course, [session]), *course_chain(course)}


def feature_outputs(course: str, sessions: list[str]) -> set[str]:
    return {
        f"results/{course}/{session}/{name}"
        for session in sessions
        for name in ("morf_mwe_feats.csv", "session_stats.json")
    }


def course_chain(course: str) -> set[str]:
    return {
        f"results/{course}/course_dataset.csv",
        f"output/{course}/sessions.png",
        f"results/{course}/data_report.csv",
        f"output/{course}/data_report.html",
        *model_chain(course),
    }


def sql_outputs(course: str, session: str) -> set[str]:
    return {f"results/{course}/{session}/forum_{t}.csv" for t in ("posts", "comments")}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workflow, Path]:
    """One complete run on a private copy of the sample data, shared by this module's tests."""
    root = tmp_path_factory.mktemp("built")
    data = root / "data"
    shutil.copytree(SAMPLE_DATA, data)
    workflow = Workflow(workdir=root / "work", cache=root / "cache")
    workflow.workdir.mkdir()
    workflow.run("--config", f"data_dir={DATA_DIR}")
    return workflow, data


@pytest.fixture
def fresh(built: tuple[Workflow, Path], tmp_path: Path) -> tuple[Workflow, Path]:
    """A copy of the built run that a test may change: data, results and Snakemake's records."""
    workflow, data = built
    copy = Workflow(workdir=tmp_path / "work", cache=tmp_path / "cache")
    shutil.copytree(workflow.workdir, copy.workdir, symlinks=True)
    shutil.copytree(data, tmp_path / "data")  # same path relative to the working directory
    return copy, tmp_path / "data"


def test_fresh_run_writes_every_output_and_a_second_run_does_nothing(
    fresh: tuple[Workflow, Path],
) -> None:
    workflow, _ = fresh
    for course in COURSES:
        for session in SESSIONS[course]:
            for name in ("forum_posts.csv", "forum_comments.csv", "morf_mwe_feats.csv"):
                assert (workflow.workdir / "results" / course / session / name).stat().st_size > 0
            assert (workflow.workdir / "logs" / course / session / "sql_forum.log").exists()
        output = pd.read_csv(workflow.workdir / "output" / course / "output.csv")
        assert list(output.columns) == ["y_true", "y_pred", "y_score"]
        assert len(output) > 0
    assert workflow.planned(f"data_dir={DATA_DIR}") == set()
    assert run_counting_jobs(workflow, "--config", f"data_dir={DATA_DIR}") == {}


def test_a_deleted_output_of_any_step_is_planned_again(fresh: tuple[Workflow, Path]) -> None:
    """Each file a run writes, deleted alone, is rebuilt by the next (the default target
    reaches every output, the metrics table too)."""
    workflow, _ = fresh
    for course in COURSES:
        for name in ("output.csv", "eval.csv", "metrics.html", "performance.png", "sessions.png"):
            path = workflow.workdir / "output" / course / name
            saved = path.read_bytes()
            path.unlink()
            assert f"output/{course}/{name}" in workflow.planned(f"data_dir={DATA_DIR}")
            path.write_bytes(saved)


def rewrite_gzip_or_plain(path: Path, change: bytes, before: bytes | None = None) -> None:
    """Insert ``change`` before the line starting ``before`` (or append it), keeping the format."""
    with open_maybe_gzip(path) as handle:
        content = handle.read()
    if before is None:
        content += change
    else:
        at = content.rindex(before)
        content = content[:at] + change + content[at:]
    compressed = path.read_bytes()[:2] == b"\x1f\x8b"
    path.write_bytes(gzip.compress(content, mtime=0) if compressed else content)


def test_changing_one_forum_dump_reruns_only_that_session_and_its_course(
    fresh: tuple[Workflow, Path],
) -> None:
    workflow, data = fresh
    inputs = next(s for s in discover(data, [COURSE])[COURSE] if s.session == SESSION)
    rewrite_gzip_or_plain(
        inputs.forum_dump,
        b"INSERT INTO `forum_posts` (`id`, `thread_id`, `user_id`, `post_time`) "
        b"VALUES (999999, 1, 1, 1);\n",
        before=b"-- Dump completed",
    )
    expected = sql_outputs(COURSE, SESSION) | session_chain(COURSE, SESSION)
    assert workflow.planned(f"data_dir={DATA_DIR}") == expected
    assert run_counting_jobs(workflow, "--config", f"data_dir={DATA_DIR}") == {
        "sql_forum": 1,
        "weekly_features": 1,
        "course_dataset": 1,
        "course_model": 1,
        "evaluate_all": 1,
        "plot_sessions": 1,
        "data_report": 1,
    }
    assert workflow.planned(f"data_dir={DATA_DIR}") == set()


def test_changing_one_clickstream_reruns_only_its_features_onward(
    fresh: tuple[Workflow, Path],
) -> None:
    workflow, data = fresh
    inputs = next(s for s in discover(data, [COURSE])[COURSE] if s.session == SESSION)
    rewrite_gzip_or_plain(inputs.clickstream, b'{"username": "' + b"f" * 40 + b'"}\n')
    assert workflow.planned(f"data_dir={DATA_DIR}") == session_chain(COURSE, SESSION)


def test_changing_n_feature_weeks_reruns_features_onward(fresh: tuple[Workflow, Path]) -> None:
    workflow, _ = fresh
    expected = set()
    for course in COURSES:
        expected |= course_chain(course) | feature_outputs(course, SESSIONS[course])
    assert workflow.planned(f"data_dir={DATA_DIR}", "n_feature_weeks=3") == expected


def test_changing_one_row_of_the_dates_file_reruns_only_that_session(
    fresh: tuple[Workflow, Path],
) -> None:
    workflow, data = fresh
    dates = data / "coursera_course_dates.csv"
    text = dates.read_text(encoding="latin-1")
    row = next(line for line in text.splitlines() if line.startswith(f"{COURSE}-{SESSION},"))
    start = re.search(r",(\d+)/(\d+)/(\d+),", row)
    assert start is not None
    month, day, year = start.groups()
    moved = row.replace(start.group(0), f",{month}/{int(day) % 28 + 1}/{year},", 1)
    dates.write_text(text.replace(row, moved), encoding="latin-1")
    assert workflow.planned(f"data_dir={DATA_DIR}") == session_chain(COURSE, SESSION)


def test_changing_one_course_labels_reruns_only_that_course(fresh: tuple[Workflow, Path]) -> None:
    workflow, data = fresh
    labels = data / "labels-train.csv"
    lines = labels.read_text().splitlines(keepends=True)
    index = next(
        i for i, line in enumerate(lines) if f",{OTHER_COURSE}," in line and "dropout," in line
    )
    fields = lines[index].rstrip("\n").split(",")
    fields[-1] = "1" if fields[-1] == "0" else "0"
    lines[index] = ",".join(fields) + "\n"
    labels.write_text("".join(lines))
    expected = {f"results/{OTHER_COURSE}/labels.csv", *course_chain(OTHER_COURSE)}
    assert workflow.planned(f"data_dir={DATA_DIR}") == expected


def run_counting_jobs(workflow: Workflow, *args: str) -> dict[str, int]:
    """Run the workflow; the jobs that ran, counted by rule.

    Snakemake's ``--detailed-summary`` names the rule and the log file of every output (each
    job has its own log); a job ran if it replaced its outputs.
    """
    summary = workflow.run("--detailed-summary", *args).stdout.splitlines()
    header = summary[0].split("\t")
    rows = [dict(zip(header, line.split("\t"), strict=True)) for line in summary[1:]]

    def version(output: str) -> tuple[int, int] | None:
        path = workflow.workdir / output
        return (path.stat().st_ino, path.stat().st_mtime_ns) if path.exists() else None

    before = {row["output_file"]: version(row["output_file"]) for row in rows}
    workflow.run(*args)
    ran = {
        (row["rule"], row["log-file(s)"])
        for row in rows
        if version(row["output_file"]) != before[row["output_file"]]
    }
    return dict(Counter(rule for rule, _ in ran))


def test_switching_the_sql_backend_reruns_nothing(fresh: tuple[Workflow, Path]) -> None:
    # Both backends write identical CSVs (test_sql_backends), so the switch is not a rerun trigger.
    workflow, _ = fresh
    assert workflow.planned(f"data_dir={DATA_DIR}", "sql_backend=mariadb") == set()
    # The README's nested override: a resource too (and '512' arrives as text, read back).
    nested = "sql={mariadb: {buffer_pool_mb: 512}}"
    assert workflow.planned(f"data_dir={DATA_DIR}", "sql_backend=mariadb", nested) == set()


def assert_eval_matches_recomputation(workdir: Path) -> pd.DataFrame:
    """Every row of output/eval.csv recomputed by hand from the courses' output.csv."""
    combined = read_with_text_sessions(workdir / "output" / "eval.csv")
    assert combined["course"].drop_duplicates().tolist() == COURSES
    for course in COURSES:
        predictions = read_with_text_sessions(workdir / "output" / course / "output.csv")
        rows = combined[combined["course"] == course].reset_index(drop=True)
        pd.testing.assert_frame_equal(
            rows, read_with_text_sessions(workdir / "output" / course / "eval.csv")
        )
        for row in rows.itertuples():
            chosen = (
                predictions
                if row.session == "all"
                else predictions[predictions["session"] == row.session]
            )
            expected = metrics_by_hand(
                chosen["y_true"].tolist(), chosen["y_pred"].tolist(), chosen["y_score"].tolist()
            )
            assert_metrics_equal({n: float(getattr(row, n)) for n in METRIC_COLUMNS}, expected)
        for table in (predictions, rows):
            assert "userID" not in table.columns
    return combined


def test_eval_csv_equals_an_independent_recomputation(built: tuple[Workflow, Path]) -> None:
    workflow, _ = built
    combined = assert_eval_matches_recomputation(workflow.workdir)
    assert combined["session"].tolist() == ["all"] * len(COURSES)  # random split: pooled


def test_changing_split_or_model_settings_reruns_only_the_model_onward(
    fresh: tuple[Workflow, Path],
) -> None:
    workflow, _ = fresh
    expected = set().union(*(model_chain(course) for course in COURSES))
    for change in (
        "split=holdout",
        "random_split={test_size: 0.3}",
        "random_state=2",
        "model_params={C: 0.5}",
    ):
        assert workflow.planned(f"data_dir={DATA_DIR}", change) == expected, change


def test_holdout_split_tests_each_course_on_its_last_session(
    fresh: tuple[Workflow, Path],
) -> None:
    workflow, _ = fresh
    workflow.run("--config", f"data_dir={DATA_DIR}", "split=holdout")
    combined = assert_eval_matches_recomputation(workflow.workdir)
    for course in COURSES:
        holdout = SESSIONS[course][-1]
        output = read_with_text_sessions(workflow.workdir / "output" / course / "output.csv")
        assert list(output.columns) == ["y_true", "y_pred", "y_score", "session"]
        dataset = pd.read_csv(
            workflow.workdir / "results" / course / "course_dataset.csv", dtype={"session": str}
        )
        test = dataset[dataset["session"] == holdout]
        assert (output["session"] == holdout).all()
        assert output["y_true"].tolist() == test["label_value"].tolist()
        rows = combined[combined["course"] == course]
        assert rows["session"].tolist() == ["all", holdout]
    assert workflow.planned(f"data_dir={DATA_DIR}", "split=holdout") == set()


def test_report_builds_and_its_figures_render_in_a_browser(
    built: tuple[Workflow, Path], tmp_path: Path
) -> None:
    workflow, _ = built
    report = tmp_path / "report.html"
    workflow.run("--config", f"data_dir={DATA_DIR}", "--report", str(report))
    page = report.read_text(encoding="utf-8")
    for course in COURSES:
        for name in (
            "performance.png",
            "sessions.png",
            "metrics.html",
            "eval.csv",
            "data_report.html",
        ):
            assert f'"output/{course}/{name}"' in page, (course, name)
    assert "ROC and precision-recall curves" in page  # a caption
    # workflow.rst, rendered from the config used
    assert "Split: <strong>random</strong>" in page
    assert "(SQL backend <strong>embedded</strong>)" in page
    assert "Model: <strong>sklearn.linear_model.LogisticRegression</strong>" in page
    if shutil.which("chromium") is None:
        pytest.skip("chromium is not installed (setup.sh installs it): no browser check")
    for name in ("performance.png", "sessions.png"):
        figure = f"output/{COURSE}/{name}"
        screenshot = tmp_path / f"screenshot-{name}"
        screenshot_report(report, figure, screenshot)
        # Not blank, and the figure is shown: its own most frequent colour (a bar, the confusion
        # matrix's darkest cell) is on the page, which the report's other pages lack.
        colour = signature_colour(workflow.workdir / figure)
        expected = pixels_of_colour(workflow.workdir / figure, colour)
        assert pixels_of_colour(screenshot, colour) >= expected // 2, (name, colour)
        assert distinct_colours(screenshot) > 1000, name
