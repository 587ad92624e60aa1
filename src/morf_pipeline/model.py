"""The MWE's model: logistic regression on a stratified random split or MORF's holdout session
(``output.csv``)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from morf_pipeline.dataset import IDENTIFIER_COLUMNS, LABEL_COLUMN, SESSION_COLUMN
from morf_pipeline.errors import InputDataError

log = logging.getLogger(__name__)

PREDICTION_COLUMNS = ("y_true", "y_pred", "y_score")


class Split(StrEnum):
    RANDOM = "random"  # the MWE: all sessions pooled, stratified random split
    HOLDOUT = "holdout"  # MORF: train on the earlier sessions, test on the last one


@dataclass(frozen=True)
class SplitSettings:
    """How a course's learners are divided; defaults are the MWE's ``train_test_split``."""

    mode: Split = Split.RANDOM
    test_size: float = 0.25
    random_state: int = 1
    holdout_session: str = ""  # the tested session in holdout mode


@dataclass(frozen=True)
class ModelSettings:
    """``LogisticRegression`` arguments; the defaults are the MWE's (``random_state=1``)."""

    C: float = 1.0
    class_weight: str = "none"  # or "balanced"
    max_iter: int = 100
    solver: str = "lbfgs"
    random_state: int = 1


def _random_split(
    course: str, dataset: pd.DataFrame, split: SplitSettings
) -> tuple[pd.DataFrame, pd.DataFrame]:
    class_sizes = dataset[LABEL_COLUMN].value_counts()
    if len(class_sizes) < 2 or class_sizes.min() < 2:
        raise InputDataError(
            f"course {course!r}: a stratified split needs at least two learners of each class, "
            f"the labels have {class_sizes.to_dict()}"
        )
    train, test = train_test_split(
        dataset,
        test_size=split.test_size,
        stratify=dataset[LABEL_COLUMN],
        random_state=split.random_state,
    )
    return train, test


def _holdout_split(
    course: str, dataset: pd.DataFrame, split: SplitSettings
) -> tuple[pd.DataFrame, pd.DataFrame]:
    if SESSION_COLUMN not in dataset:
        raise InputDataError(f"course {course!r}: holdout mode needs the dataset's session column")
    in_holdout = dataset[SESSION_COLUMN] == split.holdout_session
    train, test = dataset[~in_holdout], dataset[in_holdout]
    if test.empty:
        raise InputDataError(
            f"course {course!r}: no labelled learner in the holdout session "
            f"{split.holdout_session!r}"
        )
    if train[LABEL_COLUMN].nunique() < 2:
        raise InputDataError(
            f"course {course!r}: training on the sessions before {split.holdout_session!r} needs "
            f"learners of both classes, they have {train[LABEL_COLUMN].value_counts().to_dict()}"
        )
    return train, test


def train_test_course(
    course: str,
    dataset: pd.DataFrame,
    split: SplitSettings = SplitSettings(),
    model_settings: ModelSettings = ModelSettings(),
) -> pd.DataFrame:
    """Fit on the training learners and predict the test learners: ``y_true, y_pred, y_score``,
    plus ``session`` in holdout mode."""
    divide = _holdout_split if split.mode is Split.HOLDOUT else _random_split
    train, test = divide(course, dataset, split)
    feature_columns = [
        c for c in dataset.columns if c != LABEL_COLUMN and c not in IDENTIFIER_COLUMNS
    ]
    model = LogisticRegression(
        C=model_settings.C,
        class_weight=None if model_settings.class_weight == "none" else model_settings.class_weight,
        max_iter=model_settings.max_iter,
        solver=model_settings.solver,
        random_state=model_settings.random_state,
    ).fit(train[feature_columns], train[LABEL_COLUMN])
    log.info("course %s: trained on %d learners, tested on %d", course, len(train), len(test))
    predictions = pd.DataFrame(
        {
            "y_true": test[LABEL_COLUMN],
            "y_pred": model.predict(test[feature_columns]),
            "y_score": model.predict_proba(test[feature_columns])[:, 1],
        }
    )
    if split.mode is Split.HOLDOUT:
        predictions[SESSION_COLUMN] = test[SESSION_COLUMN]
    return predictions
