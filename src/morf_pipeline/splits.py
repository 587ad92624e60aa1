"""Cross-validation within a course, and training on one course or on several pooled.

A course's learners are divided into test sets, each with its training set: the random split
or the holdout session of ``model`` (one test set) or the folds of a stratified k-fold
cross-validation (``CrossValidation``, one test set per fold). ``train_and_predict`` fits one
model per test set on the training rows of every course it is given: one course is MORF's
``train_course``, all of a study's courses its ``train_all``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd
from sklearn.model_selection import StratifiedKFold

from morf_pipeline.dataset import IDENTIFIER_COLUMNS, LABEL_COLUMN, SESSION_COLUMN
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.files import atomic_text_output
from morf_pipeline.model import build_classifier, holdout_split, random_split
from morf_pipeline.model_settings import MWE_MODEL, MWE_SPLIT, ModelSettings, Split, SplitSettings
from morf_pipeline.tables import FOLD_COLUMN, read_with_text_sessions

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CrossValidation:
    """Stratified k-fold cross-validation within a course, shuffled by ``random_state``."""

    n_folds: int = 5
    random_state: int = 1


CourseSplit = SplitSettings | CrossValidation


@dataclass(frozen=True)
class TestSet:
    """A course's learners tested by one model, and those it is trained on."""

    fold: int | None  # 1..k in cross-validation, None otherwise
    train: pd.DataFrame
    test: pd.DataFrame


def stratified_folds(
    course: str, labels: pd.Series[int], cv: CrossValidation
) -> npt.NDArray[np.int64]:
    """The fold (1..k) that tests each learner, in the order of ``labels``; each fold has
    each class's learners in the course's proportion (to within one learner).

    Depends only on the labels, their order and ``cv``: the same inputs give the same folds.
    """
    if cv.n_folds < 2:
        raise ConfigError(f"cv_folds must be at least 2, not {cv.n_folds}")
    class_sizes = labels.value_counts().sort_index()
    if len(class_sizes) < 2 or class_sizes.min() < cv.n_folds:
        raise InputDataError(
            f"course {course!r}: {cv.n_folds}-fold cross-validation needs at least "
            f"{cv.n_folds} learners of each class, the labels have {class_sizes.to_dict()}"
        )
    folds = np.zeros(len(labels), dtype=np.int64)
    splitter = StratifiedKFold(n_splits=cv.n_folds, shuffle=True, random_state=cv.random_state)
    for fold, (_, tested) in enumerate(splitter.split(np.zeros(len(labels)), labels), start=1):
        folds[tested] = fold
    return folds


def as_course_split(split: CourseSplit) -> CourseSplit:
    """``split`` itself, or the config's ``split: cv`` as its ``CrossValidation``."""
    if isinstance(split, SplitSettings) and split.mode is Split.CV:
        return CrossValidation(split.cv_folds, split.random_state)
    return split


def course_test_sets(course: str, dataset: pd.DataFrame, split: CourseSplit) -> list[TestSet]:
    """The course's test sets: one for a random or holdout split, one per fold in
    cross-validation (learners in the dataset's order within each)."""
    split = as_course_split(split)
    if isinstance(split, CrossValidation):
        folds = stratified_folds(course, dataset[LABEL_COLUMN], split)
        return [
            TestSet(fold, dataset[folds != fold], dataset[folds == fold])
            for fold in range(1, split.n_folds + 1)
        ]
    divide = holdout_split if split.mode is Split.HOLDOUT else random_split
    return [TestSet(None, *divide(course, dataset, split))]


def feature_columns(dataset: pd.DataFrame) -> list[str]:
    """The model's inputs: every column but the label and the learner's identifiers."""
    return [c for c in dataset.columns if c != LABEL_COLUMN and c not in IDENTIFIER_COLUMNS]


def _common_features(datasets: Mapping[str, pd.DataFrame]) -> list[str]:
    (first, first_dataset), *others = datasets.items()
    features = feature_columns(first_dataset)
    for course, dataset in others:
        if set(feature_columns(dataset)) != set(features):
            raise InputDataError(
                f"course {course!r}: features {feature_columns(dataset)} differ from course "
                f"{first!r}'s {features}; pooled training needs the same in every course"
            )
    return features


def _check_same_kind(splits: Mapping[str, CourseSplit]) -> None:
    kinds = {
        course: f"{split.n_folds}-fold cv"
        if isinstance(split, CrossValidation)
        else str(split.mode)
        for course, split in splits.items()
    }
    if len(set(kinds.values())) > 1:
        raise ConfigError(f"pooled training needs one kind of split in every course, not {kinds}")


def _predictions(
    model: Any, test_set: TestSet, split: CourseSplit, features: list[str]
) -> pd.DataFrame:
    test = test_set.test
    predicted = pd.DataFrame(
        {
            "y_true": test[LABEL_COLUMN],
            "y_pred": model.predict(test[features]),
            "y_score": model.predict_proba(test[features])[:, 1],
        }
    )
    if isinstance(split, CrossValidation):
        predicted[FOLD_COLUMN] = test_set.fold
    elif split.mode is Split.HOLDOUT:
        predicted[SESSION_COLUMN] = test[SESSION_COLUMN]
    return predicted


def train_and_predict(
    courses: Mapping[str, tuple[pd.DataFrame, CourseSplit]], model_settings: ModelSettings
) -> dict[str, pd.DataFrame]:
    """Each course's ``output.csv``: ``y_true, y_pred, y_score``, then ``session`` in holdout
    mode or ``fold`` in cross-validation.

    Each model is fitted on the training rows of every given course (its fold's, in
    cross-validation) and predicts each course's test rows; courses pooled must have the same
    feature columns and the same kind of split (holdout sessions may differ). A course's test
    rows do not depend on the courses pooled with it, so training levels compare on the same
    learners.
    """
    if not courses:
        raise ValueError("train_and_predict needs at least one course")
    courses = {
        course: (dataset, as_course_split(split)) for course, (dataset, split) in courses.items()
    }
    _check_same_kind({course: split for course, (_, split) in courses.items()})
    features = _common_features({course: dataset for course, (dataset, _) in courses.items()})
    test_sets = {
        course: course_test_sets(course, dataset, split)
        for course, (dataset, split) in courses.items()
    }
    predictions: dict[str, list[pd.DataFrame]] = {course: [] for course in courses}
    for index in range(len(next(iter(test_sets.values())))):
        sets = {course: course_sets[index] for course, course_sets in test_sets.items()}
        model = build_classifier(model_settings)
        model.fit(
            pd.concat([s.train[features] for s in sets.values()], ignore_index=True),
            pd.concat([s.train[LABEL_COLUMN] for s in sets.values()], ignore_index=True),
        )
        fold = next(iter(sets.values())).fold
        log.info(
            "%r trained on %d learners of %s%s",
            model,
            sum(len(s.train) for s in sets.values()),
            ", ".join(courses),
            "" if fold is None else f" to test fold {fold}",
        )
        for course, test_set in sets.items():
            predictions[course].append(_predictions(model, test_set, courses[course][1], features))
    return {course: pd.concat(frames) for course, frames in predictions.items()}


def train_test_course(
    course: str,
    dataset: pd.DataFrame,
    split: CourseSplit = MWE_SPLIT,
    model_settings: ModelSettings = MWE_MODEL,
) -> pd.DataFrame:
    """One course's ``output.csv`` from a model of its own training rows (``train_course``)."""
    return train_and_predict({course: (dataset, split)}, model_settings)[course]


def write_predictions(
    courses: Mapping[str, tuple[Path, CourseSplit]],
    model_settings: ModelSettings,
    destinations: Mapping[str, Path],
) -> dict[str, pd.DataFrame]:
    """Train on the given courses' ``course_dataset.csv`` (pooled when several) and write each
    course's ``output.csv`` to its destination."""
    predictions = train_and_predict(
        {
            course: (read_with_text_sessions(dataset_csv), split)
            for course, (dataset_csv, split) in courses.items()
        },
        model_settings,
    )
    for course, frame in predictions.items():
        with atomic_text_output(destinations[course]) as handle:
            frame.to_csv(handle, index=False)
    return predictions
