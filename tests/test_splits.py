"""Cross-validation folds and pooled training, against fits made directly with scikit-learn."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from morf_pipeline.comparison import (
    auc_by_course,
    friedman_test,
    mean_ranks,
    optimism_gaps,
    pairwise_comparisons,
)
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.model_settings import ModelSettings, Split, SplitSettings
from morf_pipeline.splits import (
    CrossValidation,
    course_test_sets,
    stratified_folds,
    train_and_predict,
    train_test_course,
)

FEATURES = ["week_0_forum_posts", "week_1_forum_posts"]


def course_dataset(seed: int, n: int, sessions: tuple[str, ...] = ("001", "002")) -> pd.DataFrame:
    """Learners whose forum posts make dropout less likely, in ``sessions`` of equal size."""
    generator = np.random.RandomState(seed)
    posts = generator.poisson(2.0, size=(n, 2))
    dropout = (generator.uniform(size=n) < 1 / (1 + np.exp(posts.sum(axis=1) - 3))).astype(int)
    return pd.DataFrame(
        {
            "userID": [f"u{seed}_{i}" for i in range(n)],
            "session": [sessions[i * len(sessions) // n] for i in range(n)],
            FEATURES[0]: posts[:, 0],
            FEATURES[1]: posts[:, 1],
            "label_value": dropout,
        },
        index=pd.RangeIndex(1000 * seed, 1000 * seed + n),  # distinct across courses
    )


def fit_and_score(train: pd.DataFrame, test: pd.DataFrame) -> pd.DataFrame:
    """The MWE's model fitted directly with scikit-learn: y_true, y_pred, y_score of ``test``."""
    model = LogisticRegression(random_state=1).fit(train[FEATURES], train["label_value"])
    return pd.DataFrame(
        {
            "y_true": test["label_value"],
            "y_pred": model.predict(test[FEATURES]),
            "y_score": model.predict_proba(test[FEATURES])[:, 1],
        }
    )


# --- Folds ---


@pytest.mark.parametrize(("n", "n_folds"), [(103, 5), (60, 3), (40, 10)])
def test_folds_are_stratified_and_cover_every_learner_once(n: int, n_folds: int) -> None:
    labels = course_dataset(1, n)["label_value"]
    folds = stratified_folds("acc", labels, CrossValidation(n_folds, random_state=4))
    assert len(folds) == n and set(folds) == set(range(1, n_folds + 1))
    for label in (0, 1):
        in_class = labels.to_numpy() == label
        per_fold = np.bincount(folds[in_class], minlength=n_folds + 1)[1:]
        # Each class spread as evenly as it divides: fold sizes differ by one at most.
        assert per_fold.sum() == in_class.sum()
        assert per_fold.max() - per_fold.min() <= 1


def test_folds_depend_on_the_seed_alone() -> None:
    labels = course_dataset(2, 90)["label_value"]
    folds = stratified_folds("acc", labels, CrossValidation(5, random_state=7))
    assert np.array_equal(folds, stratified_folds("acc", labels, CrossValidation(5, 7)))
    assert not np.array_equal(folds, stratified_folds("acc", labels, CrossValidation(5, 8)))
    # A fresh interpreter (another hash seed) assigns the same folds.
    code = (
        "import json, pandas as pd\n"
        "from morf_pipeline.splits import CrossValidation, stratified_folds\n"
        f"labels = pd.Series({labels.tolist()})\n"
        "print(json.dumps(stratified_folds('acc', labels, CrossValidation(5, 7)).tolist()))\n"
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONHASHSEED": "12345"},
    )
    assert json.loads(fresh.stdout) == folds.tolist()


def test_too_few_learners_of_a_class_for_the_folds_are_an_error() -> None:
    labels = pd.Series([0] * 10 + [1] * 3)
    with pytest.raises(InputDataError, match=r"course 'acc': 5-fold .* \{0: 10, 1: 3\}"):
        stratified_folds("acc", labels, CrossValidation(5))
    with pytest.raises(ConfigError, match="cv_folds must be at least 2"):
        stratified_folds("acc", labels, CrossValidation(1))


# --- Training on one course ---


@pytest.mark.parametrize(
    "split",
    [SplitSettings(), SplitSettings(mode=Split.HOLDOUT, holdout_session="002")],
    ids=["random", "holdout"],
)
def test_one_course_gives_the_models_output(split: SplitSettings) -> None:
    dataset = course_dataset(3, 120)
    output = train_and_predict({"acc": (dataset, split)}, ModelSettings())["acc"]
    pd.testing.assert_frame_equal(output, train_test_course("acc", dataset, split))


def test_cross_validation_predicts_each_fold_by_a_model_of_the_other_folds() -> None:
    dataset = course_dataset(4, 150)
    cv = CrossValidation(4, random_state=2)
    output = train_and_predict({"acc": (dataset, cv)}, ModelSettings(random_state=1))["acc"]
    assert list(output.columns) == ["y_true", "y_pred", "y_score", "fold"]
    assert sorted(output.index) == list(dataset.index)  # every learner tested once
    assert output["fold"].is_monotonic_increasing
    for fold in range(1, 5):
        tested = output.index[output["fold"] == fold]
        expected = fit_and_score(dataset.drop(index=tested), dataset.loc[tested])
        pd.testing.assert_frame_equal(output[output["fold"] == fold].drop(columns="fold"), expected)


def test_cross_validation_output_is_reproducible_byte_for_byte() -> None:
    dataset = course_dataset(5, 200)
    cv = CrossValidation(5, random_state=3)

    def run() -> str:
        output = train_and_predict({"acc": (dataset, cv)}, ModelSettings())["acc"]
        return output.to_csv(index=False)

    first = run()
    assert run() == first
    assert first.splitlines()[0] == "y_true,y_pred,y_score,fold"


def test_test_sets_in_holdout_mode_are_the_sessions() -> None:
    dataset = course_dataset(6, 90, sessions=("001", "002", "003"))
    [test_set] = course_test_sets(
        "acc", dataset, SplitSettings(mode=Split.HOLDOUT, holdout_session="003")
    )
    assert test_set.fold is None
    assert set(test_set.test["session"]) == {"003"}
    assert set(test_set.train["session"]) == {"001", "002"}


# --- Pooled training ---


def test_pooled_random_split_equals_one_fit_on_the_concatenated_training_rows() -> None:
    courses = {"acc": course_dataset(7, 100), "bio": course_dataset(8, 140)}
    split = SplitSettings(test_size=0.3, random_state=5)
    output = train_and_predict({c: (d, split) for c, d in courses.items()}, ModelSettings())
    parts = {
        c: train_test_split(d, test_size=0.3, stratify=d["label_value"], random_state=5)
        for c, d in courses.items()
    }
    train = pd.concat([train for train, _ in parts.values()])
    for course, (_, test) in parts.items():
        pd.testing.assert_frame_equal(output[course], fit_and_score(train, test))


def test_pooled_holdout_trains_on_every_courses_earlier_sessions() -> None:
    courses = {
        "acc": (course_dataset(9, 90, ("001", "002", "003")), "003"),
        "bio": (course_dataset(10, 80, ("010", "011")), "011"),
    }
    output = train_and_predict(
        {
            c: (d, SplitSettings(mode=Split.HOLDOUT, holdout_session=held_out))
            for c, (d, held_out) in courses.items()
        },
        ModelSettings(),
    )
    train = pd.concat([d[d["session"] != held_out] for d, held_out in courses.values()])
    for course, (dataset, held_out) in courses.items():
        test = dataset[dataset["session"] == held_out]
        expected = fit_and_score(train, test).assign(session=test["session"])
        pd.testing.assert_frame_equal(output[course], expected)


def test_pooled_cross_validation_trains_fold_k_on_every_courses_other_folds() -> None:
    courses = {"acc": course_dataset(11, 100), "bio": course_dataset(12, 120)}
    cv = CrossValidation(3, random_state=6)
    pooled = train_and_predict({c: (d, cv) for c, d in courses.items()}, ModelSettings())
    for course, dataset in courses.items():
        # Each course keeps the folds it has when trained alone.
        alone = train_and_predict({course: (dataset, cv)}, ModelSettings())[course]
        pd.testing.assert_series_equal(pooled[course]["fold"], alone["fold"])
    folds = {c: pooled[c]["fold"] for c in courses}
    for fold in (1, 2, 3):
        train = pd.concat([d.loc[folds[c].index[folds[c] != fold]] for c, d in courses.items()])
        for course, dataset in courses.items():
            tested = folds[course].index[folds[course] == fold]
            output = pooled[course]
            pd.testing.assert_frame_equal(
                output[output["fold"] == fold].drop(columns="fold"),
                fit_and_score(train, dataset.loc[tested]),
            )


def test_pooled_courses_need_the_same_features_and_split() -> None:
    acc, bio = course_dataset(13, 60), course_dataset(14, 60)
    with pytest.raises(InputDataError, match=r"course 'bio': features \['week_0_forum_posts'\]"):
        train_and_predict(
            {
                "acc": (acc, SplitSettings()),
                "bio": (bio.drop(columns=FEATURES[1]), SplitSettings()),
            },
            ModelSettings(),
        )
    with pytest.raises(
        ConfigError,
        match=r"one kind of split in every course, not \{.acc.: .random., .bio.: .3-fold cv.\}",
    ):
        train_and_predict(
            {"acc": (acc, SplitSettings()), "bio": (bio, CrossValidation(3))}, ModelSettings()
        )


def test_a_study_of_generated_courses_compares_byte_for_byte_alike() -> None:
    """Four courses, three variants (course-level holdout and cross-validation, pooled
    holdout): the comparison's tables are the same bytes on a second run."""
    datasets = {f"c{i}": course_dataset(20 + i, 120, ("001", "002")) for i in range(4)}
    holdout = SplitSettings(mode=Split.HOLDOUT, holdout_session="002")
    cv = CrossValidation(4, random_state=1)

    def study() -> list[str]:
        outputs = {
            "holdout": {
                c: train_and_predict({c: (d, holdout)}, ModelSettings())[c]
                for c, d in datasets.items()
            },
            "cv": {
                c: train_and_predict({c: (d, cv)}, ModelSettings())[c] for c, d in datasets.items()
            },
            "pooled": train_and_predict(
                {c: (d, holdout) for c, d in datasets.items()}, ModelSettings()
            ),
        }
        table = auc_by_course(
            (course, variant, outputs[variant][course])
            for variant in outputs
            for course in datasets
        )
        tables = [
            table,
            mean_ranks(table),
            friedman_test(table),
            pairwise_comparisons(table, n_samples=5_000),
            optimism_gaps(table, "cv", "holdout"),
        ]
        return [t.to_csv(index=False) for t in tables]

    first = study()
    assert study() == first
    auc_csv, ranks_csv, friedman_csv, pairwise_csv, gaps_csv = first
    assert auc_csv.splitlines()[0] == "course,variant,auc,n,n_pos,n_neg"
    assert len(auc_csv.splitlines()) == 1 + 4 * 3
    assert friedman_csv.splitlines()[1].split(",")[2:4] == ["4", "3"]
    assert len(pairwise_csv.splitlines()) == 1 + 3
    assert len(gaps_csv.splitlines()) == 1 + 4
    assert ranks_csv.splitlines()[0] == "variant,mean_rank"
