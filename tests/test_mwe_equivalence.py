"""``semantics: mwe`` equals the original job on unseen generated data; ``corrected`` differs
exactly where docs/semantics.md says."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from conftest import Workflow, load_original_job
from morf_pipeline.layout import list_courses, list_sessions
from morf_sample_data import SampleSpec, generate

pytestmark = pytest.mark.workflow

# Other seed and sizes than the committed sample.
SPEC = SampleSpec(seed=2026, courses=3, sessions_per_course=2, users_per_session=90)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("equivalence")
    data = root / "data"
    generate(data, SPEC)
    runs = {"data": data}
    for semantics in ("mwe", "corrected"):
        workflow = Workflow(workdir=root / semantics, cache=root / "cache")
        workflow.workdir.mkdir()
        workflow.run("--config", f"data_dir={data}", f"semantics={semantics}")
        runs[semantics] = workflow.workdir
    original = load_original_job()
    for course in list_courses(data, "all"):
        original.run_original_job(data, course, root / "original", root / "original" / "output")
    runs["original"] = root / "original"
    return runs


def sessions(data: Path) -> list[tuple[str, str]]:
    return [(c, s) for c in list_courses(data, "all") for s in list_sessions(data, c)]


def test_features_dataset_and_output_equal_the_original_byte_for_byte(
    runs: dict[str, Path],
) -> None:
    mwe, original = runs["mwe"], runs["original"]
    for course, session in sessions(runs["data"]):
        name = f"{course}/{session}/morf_mwe_feats.csv"
        assert (mwe / "results" / name).read_bytes() == (original / name).read_bytes(), name
    for course in list_courses(runs["data"], "all"):
        dataset = f"{course}/course_dataset.csv"
        assert (mwe / "results" / dataset).read_bytes() == (original / dataset).read_bytes()
        output = f"{course}/output.csv"
        assert (mwe / "output" / output).read_bytes() == (original / "output" / output).read_bytes()


def read_rows(path: Path) -> list[list[str]]:
    with open(path, newline="") as handle:
        return list(csv.reader(handle))


def test_forum_exports_equal_the_original_up_to_tie_order(runs: dict[str, Path]) -> None:
    for course, session in sessions(runs["data"]):
        for name in ("forum_posts.csv", "forum_comments.csv"):
            ours = read_rows(runs["mwe"] / "results" / course / session / name)
            theirs = read_rows(runs["original"] / course / session / name)
            if not theirs:  # the mysql client prints nothing for an empty result
                assert len(ours) == 1
                continue
            assert ours[0] == theirs[0]
            assert sorted(ours[1:]) == sorted(theirs[1:])
            time = ours[0].index("post_time")
            assert [r[time] for r in ours[1:]] == [r[time] for r in theirs[1:]]


def features(runs: dict[str, Path], semantics: str, course: str, session: str) -> pd.DataFrame:
    path = runs[semantics] / "results" / course / session / "morf_mwe_feats.csv"
    return pd.read_csv(path, dtype={"userID": str}, keep_default_na=False)


def test_corrected_features_differ_where_documented(runs: dict[str, Path]) -> None:
    for course, session in sessions(runs["data"]):
        mwe = features(runs, "mwe", course, session)
        corrected = features(runs, "corrected", course, session)
        # 1: week 0 never counted by the original.
        assert (mwe["week_0_forum_posts"] == 0).all()
        assert corrected["week_0_forum_posts"].sum() > 0
        # 4, 5: the "NULL" poster and the null user exist only in the original.
        assert {"", "NULL"} <= set(mwe["userID"])
        assert not {"", "NULL"} & set(corrected["userID"])
        # 6: every forum poster is a learner in corrected mode.
        assert set(mwe["userID"]) - {"", "NULL"} <= set(corrected["userID"])
        assert len(corrected) > len(mwe) - 2


def test_corrected_dataset_joins_on_user_and_session(runs: dict[str, Path]) -> None:
    for course in list_courses(runs["data"], "all"):
        mwe = pd.read_csv(runs["mwe"] / "results" / course / "course_dataset.csv")
        corrected = pd.read_csv(
            runs["corrected"] / "results" / course / "course_dataset.csv", dtype={"session": str}
        )
        assert list(corrected.columns[:2]) == ["userID", "session"]
        assert not corrected.duplicated(["userID", "session"]).any()
        assert set(corrected["session"]) == set(list_sessions(runs["data"], course))
        assert "userID" not in mwe.columns
        # 8: returning learners pair with both sessions' labels in the original.
        assert len(mwe) > len(corrected) - corrected["userID"].duplicated().sum()
