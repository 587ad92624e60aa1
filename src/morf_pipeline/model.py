"""The MWE's model: logistic regression on a stratified random split or MORF's holdout session
(``output.csv``)."""

from __future__ import annotations

import importlib
import json
import logging
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

import pandas as pd
from sklearn.base import is_classifier
from sklearn.model_selection import train_test_split

from morf_pipeline.dataset import IDENTIFIER_COLUMNS, LABEL_COLUMN, SESSION_COLUMN
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.study import MWE_ESTIMATOR

log = logging.getLogger(__name__)


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
    """The classifier: the MWE's ``LogisticRegression(random_state=1)`` by default.

    ``C``, ``class_weight``, ``max_iter`` and ``solver`` are the logistic regression's; any
    other scikit-learn classifier is named by ``estimator`` ("module.Class") and configured by
    ``params`` (which also override the logistic regression's). ``random_state`` is passed to
    every estimator that takes one and does not get it from ``params``.
    """

    C: float = 1.0
    class_weight: str = "none"  # or "balanced"
    max_iter: int = 100
    solver: str = "lbfgs"
    random_state: int = 1
    estimator: str = MWE_ESTIMATOR
    params: Mapping[str, Any] = field(default_factory=dict)


def build_classifier(settings: ModelSettings) -> Any:
    """The configured, unfitted classifier; a clear error unless it can give probabilities."""
    module_name, _, class_name = settings.estimator.rpartition(".")
    try:
        estimator_class = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError, ValueError):
        raise ConfigError(f"model_estimator {settings.estimator!r}: no such class") from None
    params: dict[str, Any] = {}
    if settings.estimator == MWE_ESTIMATOR:
        params = {
            "C": settings.C,
            "class_weight": None if settings.class_weight == "none" else settings.class_weight,
            "max_iter": settings.max_iter,
            "solver": settings.solver,
        }
    params.update(settings.params)
    try:
        if "random_state" in estimator_class().get_params() and "random_state" not in params:
            params["random_state"] = settings.random_state
        classifier = estimator_class(**params)
    except (TypeError, AttributeError) as error:
        raise ConfigError(f"model_estimator {settings.estimator!r}: {error}") from None
    if not is_classifier(classifier) or not hasattr(classifier, "predict_proba"):
        raise ConfigError(
            f"model_estimator {settings.estimator!r} with {params} is not a classifier with "
            "predict_proba, which y_score needs"
        )
    return classifier


def check_classifier(settings: ModelSettings) -> None:
    """Build the classifier and check its parameters against the estimator's own constraints,
    as its ``fit`` would, so that a bad value (``C: -1``, ``solver: bogus``) fails before any
    job runs."""
    classifier = build_classifier(settings)
    validate = getattr(classifier, "_validate_params", None)  # scikit-learn >= 1.2
    if validate is not None:
        try:
            validate()
        except (ValueError, TypeError) as error:  # scikit-learn's InvalidParameterError
            raise ConfigError(f"model_params: {error}") from None


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
    model = build_classifier(model_settings)
    log.info("course %s: %r on %d feature columns", course, model, len(feature_columns))
    model.fit(train[feature_columns], train[LABEL_COLUMN])
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


def main(argv: list[str]) -> int:
    """``python -m morf_pipeline.model SETTINGS_JSON``: ``check_classifier`` in a process of its
    own (see ``study.ModelCheck``); a ConfigError is its message on stderr and exit status 2."""
    try:
        check_classifier(ModelSettings(**json.loads(argv[1])))
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
