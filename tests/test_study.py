"""A study declared in config: the example study, user queries and features, reruns, errors."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml

from conftest import REPO, SAMPLE_DATA, Workflow, model_chain
from morf_pipeline.layout import list_sessions
from morf_pipeline.sql.queries import FORUM_COMMENTS_QUERY

pytestmark = pytest.mark.workflow

EXAMPLE = "examples/activity-forest.yaml"
COURSES = sorted(p.name for p in SAMPLE_DATA.iterdir() if p.is_dir())
SESSIONS = {course: list_sessions(SAMPLE_DATA, course) for course in COURSES}
DATA = f"data_dir={SAMPLE_DATA}"


def dataset_chain(course: str) -> set[str]:
    """What a change of a feature reruns: the dataset, the model and the data report."""
    report = {f"results/{course}/data_report.csv", f"output/{course}/data_report.html"}
    return {f"results/{course}/course_dataset.csv", *model_chain(course), *report}


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Workflow:
    """The example study, run once on the sample data; tests copy it before changing it."""
    root = tmp_path_factory.mktemp("study")
    workflow = Workflow(workdir=root / "work", cache=root / "cache")
    workflow.workdir.mkdir()
    shutil.copytree(REPO / "examples", workflow.workdir / "examples")
    workflow.run("--configfile", EXAMPLE, "--config", DATA)
    return workflow


@pytest.fixture
def study_copy(study: Workflow, tmp_path: Path) -> Workflow:
    copy = Workflow(workdir=tmp_path / "work", cache=tmp_path / "cache")
    shutil.copytree(study.workdir, copy.workdir, symlinks=True)
    return copy


def test_example_study_joins_its_features_and_fits_its_model(study: Workflow) -> None:
    course = COURSES[0]
    dataset = pd.read_csv(study.workdir / "results" / course / "course_dataset.csv")
    for prefix in ("forum_posts", "threads_started", "pageview", "user_video_lecture_action"):
        assert [c for c in dataset.columns if c.endswith(prefix)] == [
            f"week_{week}_{prefix}" for week in range(5)
        ]
    log = (study.workdir / "logs" / course / "course_model.log").read_text()
    assert "RandomForestClassifier(min_samples_leaf=5, n_estimators=200, random_state=1)" in log
    assert len(pd.read_csv(study.workdir / "output" / course / "output.csv")) > 0


def test_user_feature_equals_an_independent_count(study: Workflow) -> None:
    for course in COURSES:
        session = SESSIONS[course][0]
        session_dir = study.workdir / "results" / course / session
        starts = pd.read_csv(session_dir / "thread_starts.csv", dtype=str)
        feature = pd.read_csv(session_dir / "features" / "threads_started.csv")
        # The query's rows are original, non-spam posts of mapped learners only.
        forum = pd.read_csv(session_dir / "forum_posts.csv", dtype=str)
        assert set(starts["id"]) <= set(forum["id"])
        assert starts["session_user_id"].notna().all()
        dates = pd.read_csv(SAMPLE_DATA / "coursera_course_dates.csv", encoding="latin-1")
        row = dates[dates["course"] == f"{course}-{session}"].iloc[0]
        start = pd.Timestamp(pd.to_datetime(row["start_date"], format="%m/%d/%y")).timestamp()
        offsets = starts["post_time"].astype(int) - start
        in_window = starts[(offsets >= 0) & (offsets < 5 * 7 * 86_400)]
        per_user = in_window.groupby("session_user_id").size()
        totals = feature.set_index("userID").sum(axis=1)
        assert totals[totals > 0].sort_index().to_dict() == per_user.sort_index().to_dict()


def write_study(workflow: Workflow, change: dict[str, object]) -> str:
    config = yaml.safe_load((REPO / EXAMPLE).read_text())
    config.update(change)
    path = workflow.workdir / "study.yaml"
    path.write_text(yaml.safe_dump(config))
    return str(path)


def test_editing_a_query_reruns_only_its_files_and_what_depends_on_them(
    study_copy: Workflow,
) -> None:
    config = yaml.safe_load((REPO / EXAMPLE).read_text())
    query = config["sql"]["queries"]["thread_starts"]
    query["sql"] = query["sql"].replace("p.is_spam != 1", "p.is_spam != 1 AND p.deleted = 0")
    study = write_study(study_copy, {"sql": config["sql"]})
    expected = set()
    for course in COURSES:
        expected |= dataset_chain(course)
        for session in SESSIONS[course]:
            expected |= {
                f"results/{course}/{session}/thread_starts.csv",
                f"results/{course}/{session}/features/threads_started.csv",
            }
    assert study_copy.planned(DATA, configfile=study) == expected


def test_replacing_a_forum_query_reruns_both_forum_csvs_and_their_readers(
    study_copy: Workflow,
) -> None:
    # The MWE's two queries are one job per session (sql_forum), so both CSVs are rebuilt;
    # the weekly features read both anyway. The study's own query and feature are untouched.
    config = yaml.safe_load((REPO / EXAMPLE).read_text())
    config["sql"]["queries"]["forum_comments"] = {
        "sql": FORUM_COMMENTS_QUERY.replace("a.is_spam != 1", "a.is_spam = 0"),
        "dumps": ["anonymized_forum", "hash_mapping"],
    }
    study = write_study(study_copy, {"sql": config["sql"]})
    expected = set()
    for course in COURSES:
        expected |= dataset_chain(course) | {f"output/{course}/sessions.png"}
        for session in SESSIONS[course]:
            expected |= {
                f"results/{course}/{session}/{name}.csv"
                for name in ("forum_posts", "forum_comments", "morf_mwe_feats")
            }
            expected.add(f"results/{course}/{session}/clickstream_activity.csv")
            expected.add(f"results/{course}/{session}/session_stats.json")
    assert study_copy.planned(DATA, configfile=study) == expected


def test_editing_the_feature_module_reruns_only_that_feature_onward(
    study_copy: Workflow,
) -> None:
    module = study_copy.workdir / "examples" / "study_features.py"
    module.write_text(module.read_text().replace("(original posts)", "(first posts)"))
    expected = set()
    for course in COURSES:
        expected |= dataset_chain(course)
        expected |= {
            f"results/{course}/{session}/features/threads_started.csv"
            for session in SESSIONS[course]
        }
    assert study_copy.planned(DATA, configfile=EXAMPLE) == expected


@pytest.mark.parametrize(
    ("sql", "backend", "message"),
    [
        ("SELEC id FROM forum_posts", "embedded", "syntax error"),
        ("SELEC id FROM forum_posts", "mariadb", "You have an error in your SQL syntax"),
        ("SELECT id FROM forum_nothing", "embedded", "no table 'forum_nothing'"),
        ("SELECT id FROM forum_nothing", "mariadb", "forum_nothing' doesn't exist"),
        (
            "SELECT id FROM forum_posts WHERE post_text LIKE '%x%'",
            "embedded",
            "set `backend: mariadb` for 'broken'",
        ),
    ],
)
def test_a_bad_query_fails_naming_query_course_and_session(
    study_copy: Workflow, sql: str, backend: str, message: str
) -> None:
    queries = {"broken": {"sql": sql, "dumps": ["anonymized_forum"], "backend": backend}}
    study = write_study(study_copy, {"sql": {"queries": queries}, "custom_features": {}})
    course, session = COURSES[0], SESSIONS[COURSES[0]][0]
    target = f"results/{course}/{session}/broken.csv"
    result = study_copy.run(target, "--configfile", study, "--config", DATA, check=False)
    assert result.returncode != 0
    log = (study_copy.workdir / "logs" / course / session / "sql_broken.log").read_text()
    assert re.search(rf"course {course!r}, session {session!r} \(.*\): query 'broken'", log)
    assert message in log
    assert not (study_copy.workdir / target).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"semantics": "mwe"}, "semantics 'mwe' reproduces the original job"),
        ({"model_estimator": "sklearn.svm.SVC", "model_params": {}}, "not a classifier with"),
        ({"model_estimator": "sklearn.nope.Forest"}, "no such class"),
        ({"model_params": {"n_trees": 3}}, "unexpected keyword argument 'n_trees'"),
        (
            {"custom_features": {"x": {"module": "m.py", "function": "f", "queries": ["q"]}}},
            "custom feature 'x' reads unknown query(ies) ['q']",
        ),
        (
            {"sql": {"queries": {"morf_mwe_feats": {"sql": "SELECT 1", "dumps": ["a"]}}}},
            "not a usable",
        ),
    ],
)
def test_a_study_that_cannot_run_is_refused_before_any_job(
    study_copy: Workflow, change: dict[str, object], message: str
) -> None:
    study = write_study(study_copy, change)
    result = study_copy.run("--configfile", study, "--config", DATA, "-n", check=False)
    assert result.returncode != 0
    assert message in result.stdout + result.stderr
