"""Join a course's session features with its labels (``course_dataset.csv``)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from morf_pipeline.errors import InputDataError
from morf_pipeline.features import USER_COLUMN, Semantics

log = logging.getLogger(__name__)

LABEL_COLUMN = "label_value"
SESSION_COLUMN = "session"
# Identifies a learner; kept in the corrected dataset for traceability, never a model input.
IDENTIFIER_COLUMNS = (USER_COLUMN, SESSION_COLUMN)
MWE_DROPPED_COLUMNS = [USER_COLUMN, "label_type", "course", SESSION_COLUMN]


def mwe_dataset(session_features: Sequence[tuple[str, Path]], labels_csv: Path) -> pd.DataFrame:
    """The original: features of all sessions inner-joined with labels on userID alone."""
    features = pd.concat([pd.read_csv(path) for _, path in session_features])
    labels = pd.read_csv(labels_csv, low_memory=False)
    return pd.merge(features, labels, on=USER_COLUMN).drop(columns=MWE_DROPPED_COLUMNS)


def corrected_dataset(
    session_features: Sequence[tuple[str, Path]], labels_csv: Path
) -> pd.DataFrame:
    """Features joined with the labels of the same learner in the same session."""
    features = pd.concat(
        [
            pd.read_csv(path, dtype={USER_COLUMN: str}, keep_default_na=False).assign(
                **{SESSION_COLUMN: session}
            )
            for session, path in session_features
        ],
        ignore_index=True,
    )
    labels = pd.read_csv(
        labels_csv, dtype={USER_COLUMN: str, SESSION_COLUMN: str}, keep_default_na=False
    )
    dataset = pd.merge(features, labels, on=list(IDENTIFIER_COLUMNS), validate="one_to_one")
    weeks = [c for c in features.columns if c not in IDENTIFIER_COLUMNS]
    return dataset[[*IDENTIFIER_COLUMNS, *weeks, LABEL_COLUMN]]


def build_course_dataset(
    course: str,
    session_features: Sequence[tuple[str, Path]],
    labels_csv: Path,
    semantics: Semantics,
) -> pd.DataFrame:
    build = mwe_dataset if semantics is Semantics.MWE else corrected_dataset
    dataset = build(session_features, labels_csv)
    if dataset.empty:
        raise InputDataError(
            f"course {course!r}: no learner has both features and labels ({labels_csv})"
        )
    log.info(
        "course %s: %d labelled learners from %d session(s), dropout rate %.3f",
        course,
        len(dataset),
        len(session_features),
        dataset[LABEL_COLUMN].mean(),
    )
    return dataset
