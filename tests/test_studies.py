"""A replication study as one Snakemake run on generated courses: the outputs' contract, a
second run's bytes, every statistic against a recomputation, and the jobs a changed study
plans."""

from __future__ import annotations

import itertools
import math
import shutil
from pathlib import Path
from typing import Any

import baycomp
import numpy as np
import pandas as pd
import pytest
import yaml
from scipy import stats

from conftest import Workflow
from metrics_by_hand import auc_by_pairs, bootstrap_by_hand
from morf_pipeline.layout import list_courses
from morf_pipeline.tables import METRIC_COLUMNS, read_with_text_sessions
from morf_sample_data import SampleSpec, generate

pytestmark = pytest.mark.workflow

SPEC = SampleSpec(seed=14, courses=4, sessions_per_course=2, users_per_session=50)
RESAMPLES = 200
FOLDS = 3
VARIANTS: dict[str, dict[str, Any]] = {
    "holdout_lr": {"split": "holdout"},
    "cv_lr": {"split": "cv", "cv_folds": FOLDS},
    "pooled_both": {
        "split": "holdout",
        "train_level": "all",
        "features": ["forum_posts", "clickstream_activity"],
    },
}
COMPARISON = ("auc_by_course.csv", "ranks.csv", "friedman.csv", "pairwise.csv", "cd.png")


def write_study(path: Path, data: Path, variants: dict[str, dict[str, Any]]) -> str:
    config = {"data_dir": str(data), "bootstrap_resamples": RESAMPLES, "variants": variants}
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return str(path)


def variant_outputs(variant: str, courses: list[str]) -> set[str]:
    """A variant's files: each course's model job writes its scores and figure too."""
    folder = f"output/variants/{variant}"
    return {f"{folder}/eval.csv"} | {
        f"{folder}/{course}/{name}"
        for course in courses
        for name in ("output.csv", "eval.csv", "metrics.html", "performance.png")
    }


def targets(variants: dict[str, dict[str, Any]], courses: list[str]) -> list[str]:
    """What the tests build: every variant's outputs and the comparison (not the sessions
    figures and data reports, tested elsewhere)."""
    files = {f"output/comparison/{name}" for name in (*COMPARISON, "optimism.csv")}
    for variant in variants:
        files |= variant_outputs(variant, courses)
    return sorted(files)


class Study:
    def __init__(self, workflow: Workflow, data: Path, root: Path) -> None:
        self.workflow, self.data, self.root = workflow, data, root
        self.courses = list_courses(data, "all")

    def run(self, variants: dict[str, dict[str, Any]] = VARIANTS) -> None:
        config = write_study(self.root / "run.yaml", self.data, variants)
        self.workflow.run(*targets(variants, self.courses), "--configfile", config)

    def planned(self, variants: dict[str, dict[str, Any]]) -> set[str]:
        """The files a run of ``variants`` would (re)build, from ``--summary``'s plan."""
        config = write_study(self.root / "planned.yaml", self.data, variants)
        summary = self.workflow.run(
            *targets(variants, self.courses), "--summary", "--configfile", config
        ).stdout.splitlines()
        column = summary[0].split("\t").index("plan")
        return {
            line.split("\t")[0] for line in summary[1:] if line.split("\t")[column] != "no update"
        }

    def output(self, variant: str, course: str, name: str = "output.csv") -> pd.DataFrame:
        return read_with_text_sessions(
            self.workflow.workdir / "output" / "variants" / variant / course / name
        )

    def comparison(self, name: str) -> pd.DataFrame:
        return pd.read_csv(self.workflow.workdir / "output" / "comparison" / name)


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Study:
    """One run of the three variants on four generated courses, shared by this module."""
    root = tmp_path_factory.mktemp("study")
    generate(root / "data", SPEC)
    workflow = Workflow(workdir=root / "work", cache=root / "cache")
    workflow.workdir.mkdir()
    built = Study(workflow, root / "data", root)
    built.run()
    return built


def test_outputs_hold_the_contract(study: Study) -> None:
    assert len(study.courses) == 4
    for course in study.courses:
        holdout, cv = study.output("holdout_lr", course), study.output("cv_lr", course)
        pooled = study.output("pooled_both", course)
        assert (
            list(holdout.columns)
            == list(pooled.columns)
            == [
                "y_true",
                "y_pred",
                "y_score",
                "session",
            ]
        )
        # The same test learners whether trained on the course or on every course.
        assert holdout["y_true"].tolist() == pooled["y_true"].tolist()
        assert list(cv.columns) == ["y_true", "y_pred", "y_score", "fold"]
        assert sorted(set(cv["fold"])) == [str(n) for n in range(1, FOLDS + 1)]
        evaluation = study.output("cv_lr", course, "eval.csv")
        assert evaluation["fold"].tolist() == [*map(str, range(1, FOLDS + 1)), "mean", "std"]
        folds = evaluation.iloc[:FOLDS]
        for (_, fold), (_, row) in zip(cv.groupby("fold"), folds.iterrows(), strict=True):
            assert row["N"] == len(fold)
            assert row["auc"] == pytest.approx(
                auc_by_pairs(fold["y_true"].tolist(), fold["y_score"].tolist()), abs=1e-12
            )
        for summary, expected in (("mean", folds.mean), ("std", folds.std)):
            row = evaluation[evaluation["fold"] == summary].iloc[0]
            for metric in METRIC_COLUMNS:
                assert row[metric] == pytest.approx(
                    expected(numeric_only=True)[metric], abs=1e-12
                ), (summary, metric)
    for name in (*COMPARISON, "optimism.csv"):
        assert (study.workflow.workdir / "output" / "comparison" / name).stat().st_size > 0
    assert list(study.comparison("optimism.csv").columns) == [
        "cv_variant",
        "holdout_variant",
        "course",
        "cv_auc",
        "holdout_auc",
        "optimism_gap",
    ]
    assert set(
        zip(
            *(study.comparison("optimism.csv")[c] for c in ("cv_variant", "holdout_variant")),
            strict=True,
        )
    ) == {("cv_lr", "holdout_lr")}


def test_a_second_run_writes_the_same_bytes(study: Study, tmp_path: Path) -> None:
    copy = Workflow(workdir=tmp_path / "work", cache=tmp_path / "cache")
    shutil.copytree(study.workflow.workdir, copy.workdir, symlinks=True)
    shutil.rmtree(copy.workdir / "output")
    Study(copy, study.data, tmp_path).run()
    files = sorted(
        p.relative_to(study.workflow.workdir)
        for p in (study.workflow.workdir / "output").rglob("*")
        if p.is_file()
    )
    assert len(files) == len(targets(VARIANTS, study.courses))
    for name in files:
        assert (copy.workdir / name).read_bytes() == (study.workflow.workdir / name).read_bytes()


def hanley_mcneil_by_hand(area: float, n_p: int, n_n: int) -> float:
    q1, q2 = area / (2 - area), 2 * area**2 / (1 + area)
    variance = area * (1 - area) + (n_p - 1) * (q1 - area**2) + (n_n - 1) * (q2 - area**2)
    return math.sqrt(variance / (n_p * n_n))


def test_every_statistic_equals_a_recomputation(study: Study) -> None:
    areas: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    counts: dict[str, list[tuple[int, int]]] = {variant: [] for variant in VARIANTS}
    for variant in VARIANTS:
        for course in study.courses:
            output = study.output(variant, course)
            if variant == "cv_lr":  # the cross-validation estimate: the mean of the folds
                by_fold = [
                    auc_by_pairs(f["y_true"].tolist(), f["y_score"].tolist())
                    for _, f in output.groupby("fold")
                ]
                areas[variant].append(sum(by_fold) / len(by_fold))
            else:
                areas[variant].append(
                    auc_by_pairs(output["y_true"].tolist(), output["y_score"].tolist())
                )
            counts[variant].append(
                (int(output["y_true"].sum()), int((output["y_true"] == 0).sum()))
            )
            if variant == "holdout_lr":  # eval.csv's interval: the bootstrap by hand
                row = study.output(variant, course, "eval.csv").iloc[0]
                low, high = bootstrap_by_hand(
                    output["y_true"].tolist(), output["y_score"].tolist(), RESAMPLES, seed=1
                )
                assert (row["auc_ci_low"], row["auc_ci_high"]) == pytest.approx(
                    (low, high), abs=1e-12
                )
    table = study.comparison("auc_by_course.csv")
    assert list(table.columns) == ["course", "variant", "auc", "n", "n_pos", "n_neg"]
    assert table["variant"].tolist() == [v for v in VARIANTS for _ in study.courses]
    assert table["auc"].tolist() == pytest.approx(
        [a for v in VARIANTS for a in areas[v]], abs=1e-12
    )
    assert list(zip(table["n_pos"], table["n_neg"], strict=True)) == [
        c for v in VARIANTS for c in counts[v]
    ]
    # Ranks (1 = highest AUC of a course) and Friedman's test, by SciPy.
    matrix = [[areas[v][i] for v in VARIANTS] for i in range(len(study.courses))]
    ranks = [stats.rankdata([-a for a in row]) for row in matrix]
    expected_ranks = [sum(r[j] for r in ranks) / len(ranks) for j in range(len(VARIANTS))]
    assert study.comparison("ranks.csv")["mean_rank"].tolist() == pytest.approx(expected_ranks)
    friedman = study.comparison("friedman.csv").iloc[0]
    if all(len(set(row)) == len(row) for row in matrix):  # SciPy corrects ties, Demsar not
        chi2, p_value = stats.friedmanchisquare(*zip(*matrix, strict=True))
        assert (friedman["statistic"], friedman["p_value"]) == pytest.approx((chi2, p_value))
    # Nemenyi: Demsar's q_0.05 for three classifiers is 2.343.
    assert friedman["critical_difference"] == pytest.approx(
        2.343 * math.sqrt(3 * 4 / (6 * 4)), abs=1e-3
    )
    pairwise = study.comparison("pairwise.csv")
    assert list(zip(pairwise["variant_a"], pairwise["variant_b"], strict=True)) == list(
        itertools.combinations(VARIANTS, 2)
    )
    for pair in pairwise.itertuples():
        a, b = str(pair.variant_a), str(pair.variant_b)
        z = [
            (areas[a][i] - areas[b][i])
            / math.hypot(
                hanley_mcneil_by_hand(areas[a][i], *counts[a][i]),
                hanley_mcneil_by_hand(areas[b][i], *counts[b][i]),
            )
            for i in range(len(study.courses))
        ]
        combined = sum(z) / math.sqrt(len(z))
        assert pair.stouffer_z == pytest.approx(combined, rel=1e-9)
        assert pair.p_value == pytest.approx(2 * stats.norm.sf(abs(combined)), rel=1e-9)
        expected = baycomp.SignedRankTest.probs(
            np.array(areas[a]), np.array(areas[b]), rope=0.01, nsamples=50_000, random_state=1
        )
        assert (pair.p_a_better, pair.p_rope, pair.p_b_better) == pytest.approx(expected, abs=1e-9)
    gaps = study.comparison("optimism.csv")
    assert gaps["optimism_gap"].tolist() == pytest.approx(
        [c - h for c, h in zip(areas["cv_lr"], areas["holdout_lr"], strict=True)], abs=1e-12
    )


def test_a_new_or_changed_variant_plans_exactly_its_jobs(study: Study) -> None:
    assert study.planned(VARIANTS) == set()
    comparison = {f"output/comparison/{name}" for name in (*COMPARISON, "optimism.csv")}
    # A new model: only its models onward, and the comparison.
    forest = {
        "split": "holdout",
        "model_estimator": "sklearn.ensemble.RandomForestClassifier",
        "model_params": {"n_estimators": 20},
    }
    assert (
        study.planned({**VARIANTS, "holdout_rf": forest})
        == variant_outputs("holdout_rf", study.courses) | comparison
    )
    # One variant changed: its outputs and the comparison.
    changed = {**VARIANTS, "cv_lr": {**VARIANTS["cv_lr"], "cv_folds": FOLDS + 1}}
    assert study.planned(changed) == variant_outputs("cv_lr", study.courses) | comparison
    # New feature weeks: their per-session files (also the clickstream activity, which a
    # variant reads), the dataset, the models onward; the SQL CSVs and labels are shared.
    short = {**VARIANTS, "short_lr": {"split": "holdout", "n_feature_weeks": 2}}
    sessions = [p.relative_to(study.data) for p in study.data.glob("*/*") if p.is_dir()]
    assert study.planned(short) == (
        variant_outputs("short_lr", study.courses)
        | comparison
        | {
            f"results/weeks_2/{s}/{name}"
            for s in sessions
            for name in ("morf_mwe_feats.csv", "clickstream_activity.csv", "session_stats.json")
        }
        | {f"results/dataset_forum_posts_w2_dropout/{c}/course_dataset.csv" for c in study.courses}
    )
