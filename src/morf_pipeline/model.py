"""The MWE's model: logistic regression on a stratified random split (``output.csv``)."""

from __future__ import annotations

import logging

import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from morf_pipeline.dataset import IDENTIFIER_COLUMNS, LABEL_COLUMN
from morf_pipeline.errors import InputDataError

log = logging.getLogger(__name__)

RANDOM_STATE = 1  # the MWE's seed, for both the split and the model


def train_test_course(course: str, dataset: pd.DataFrame) -> pd.DataFrame:
    """Fit on a stratified 75 % and predict the other 25 %: ``y_true, y_pred, y_score``."""
    features = dataset.drop(
        columns=[LABEL_COLUMN, *(c for c in IDENTIFIER_COLUMNS if c in dataset)]
    )
    labels = dataset[LABEL_COLUMN]
    class_sizes = labels.value_counts()
    if len(class_sizes) < 2 or class_sizes.min() < 2:
        raise InputDataError(
            f"course {course!r}: a stratified split needs at least two learners of each class, "
            f"the labels have {class_sizes.to_dict()}"
        )
    x_train, x_test, y_train, y_test = train_test_split(
        features, labels, stratify=labels, random_state=RANDOM_STATE
    )
    model = LogisticRegression(random_state=RANDOM_STATE).fit(x_train, y_train)
    log.info("course %s: trained on %d learners, tested on %d", course, len(x_train), len(x_test))
    return pd.DataFrame(
        {
            "y_true": y_test,
            "y_pred": model.predict(x_test),
            "y_score": model.predict_proba(x_test)[:, 1],
        }
    )
