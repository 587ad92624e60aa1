"""The model stage's parts: the configured classifier, and a course's stratified random split
or MORF's holdout session (``splits`` trains and predicts with them)."""

from __future__ import annotations

import importlib
import json
import logging
import sys
from typing import Any

import pandas as pd
from sklearn.base import is_classifier
from sklearn.model_selection import train_test_split

from morf_pipeline.dataset import LABEL_COLUMN, SESSION_COLUMN
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.model_settings import ModelSettings, SplitSettings

log = logging.getLogger(__name__)


def build_classifier(settings: ModelSettings) -> Any:
    """The configured, unfitted classifier; a clear error unless its arguments are valid and it
    can give probabilities."""
    module_name, _, class_name = settings.estimator.rpartition(".")
    try:
        estimator_class = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError, ValueError):
        raise ConfigError(f"model_estimator {settings.estimator!r}: no such class") from None
    params = dict(settings.params)
    try:
        if "random_state" in estimator_class().get_params() and "random_state" not in params:
            params["random_state"] = settings.random_state
        classifier = estimator_class(**params)
        # scikit-learn checks argument values only when fitting: check them before any job runs.
        if validate_params := getattr(classifier, "_validate_params", None):
            validate_params()
    except (TypeError, ValueError, AttributeError) as error:
        raise ConfigError(f"model_estimator {settings.estimator!r}: {error}") from None
    if not is_classifier(classifier) or not hasattr(classifier, "predict_proba"):
        raise ConfigError(
            f"model_estimator {settings.estimator!r} with {params} is not a classifier with "
            "predict_proba, which y_score needs"
        )
    return classifier


def random_split(
    course: str, dataset: pd.DataFrame, split: SplitSettings
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The MWE's ``train_test_split`` of the course's learners, stratified by label."""
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


def holdout_split(
    course: str, dataset: pd.DataFrame, split: SplitSettings
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Training rows: the course's earlier sessions; test rows: ``split.holdout_session``."""
    holdout_session = split.holdout_session
    if SESSION_COLUMN not in dataset:
        raise InputDataError(f"course {course!r}: holdout mode needs the dataset's session column")
    in_holdout = dataset[SESSION_COLUMN] == holdout_session
    train, test = dataset[~in_holdout], dataset[in_holdout]
    if test.empty:
        raise InputDataError(
            f"course {course!r}: no labelled learner in the holdout session {holdout_session!r}"
        )
    if train[LABEL_COLUMN].nunique() < 2:
        raise InputDataError(
            f"course {course!r}: training on the sessions before {holdout_session!r} needs "
            f"learners of both classes, they have {train[LABEL_COLUMN].value_counts().to_dict()}"
        )
    return train, test


def main(argv: list[str]) -> int:
    """``python -m morf_pipeline.model SETTINGS_JSON``: ``build_classifier`` in a process of its
    own (see ``study.ModelCheck``); a ConfigError is its message on stderr and exit status 2."""
    try:
        build_classifier(ModelSettings(**json.loads(argv[1])))
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
