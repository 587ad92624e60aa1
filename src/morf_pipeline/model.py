"""The MWE's model: a classifier on a stratified random split or MORF's holdout session
(``output.csv``)."""

from __future__ import annotations

import importlib
import json
import logging
import sys
from pathlib import Path
from typing import Any

import pandas as pd
from sklearn.base import is_classifier
from sklearn.model_selection import train_test_split

from morf_pipeline.dataset import IDENTIFIER_COLUMNS, LABEL_COLUMN, SESSION_COLUMN
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.files import atomic_text_output
from morf_pipeline.model_settings import (
    MWE_MODEL,
    MWE_SPLIT,
    ModelSettings,
    Split,
    SplitSettings,
)
from morf_pipeline.tables import read_with_text_sessions

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
    course: str, dataset: pd.DataFrame, holdout_session: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
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


def train_test_course(
    course: str,
    dataset: pd.DataFrame,
    split: SplitSettings = MWE_SPLIT,
    model_settings: ModelSettings = MWE_MODEL,
    holdout_session: str = "",
) -> pd.DataFrame:
    """Fit on the training learners and predict the test learners: ``y_true, y_pred, y_score``,
    plus ``session`` in holdout mode (which tests ``holdout_session``)."""
    if split.mode is Split.HOLDOUT:
        train, test = _holdout_split(course, dataset, holdout_session)
    else:
        train, test = _random_split(course, dataset, split)
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


def write_predictions(
    course: str,
    dataset_csv: Path,
    split: SplitSettings,
    model_settings: ModelSettings,
    holdout_session: str,
    destination: Path,
) -> pd.DataFrame:
    """Train and test the course's model on its ``course_dataset.csv``; write ``output.csv``."""
    predictions = train_test_course(
        course, read_with_text_sessions(dataset_csv), split, model_settings, holdout_session
    )
    with atomic_text_output(destination) as handle:
        predictions.to_csv(handle, index=False)
    return predictions


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
