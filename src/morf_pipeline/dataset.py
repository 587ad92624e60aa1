"""Join a course's session features with its labels (``course_dataset.csv``)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from morf_pipeline.errors import InputDataError
from morf_pipeline.files import atomic_text_output
from morf_pipeline.labels import USER_COLUMN
from morf_pipeline.semantics import Semantics

log = logging.getLogger(__name__)

LABEL_COLUMN = "label_value"
SESSION_COLUMN = "session"
# Identifies a learner; kept in the corrected dataset for traceability, never a model input.
IDENTIFIER_COLUMNS = (USER_COLUMN, SESSION_COLUMN)
MWE_DROPPED_COLUMNS = [USER_COLUMN, "label_type", "course", SESSION_COLUMN]


def mwe_dataset(
    session_features: Sequence[tuple[str, Path]], labels_csv: Path, keep_session: bool = False
) -> pd.DataFrame:
    """The original: features of all sessions inner-joined with labels on userID alone.

    ``keep_session`` keeps the label row's session as the first column (holdout mode needs it;
    the original drops it)."""
    features = pd.concat([pd.read_csv(path) for _, path in session_features])
    labels = pd.read_csv(labels_csv, low_memory=False, dtype={SESSION_COLUMN: str})
    dataset = pd.merge(features, labels, on=USER_COLUMN)
    if not keep_session:
        return dataset.drop(columns=MWE_DROPPED_COLUMNS)
    dropped = [c for c in MWE_DROPPED_COLUMNS if c != SESSION_COLUMN]
    return dataset.drop(columns=dropped)[
        [SESSION_COLUMN, *(c for c in dataset.columns if c not in MWE_DROPPED_COLUMNS)]
    ]


def _join_extra_features(frame: pd.DataFrame, extras: Sequence[tuple[str, Path]]) -> pd.DataFrame:
    """Left-join each extra feature file on userID; learners it does not list get 0."""
    for feature, path in extras:
        extra = pd.read_csv(path, dtype={USER_COLUMN: str}, keep_default_na=False)
        columns = [c for c in extra.columns if c != USER_COLUMN]
        if clash := sorted(set(columns) & set(frame.columns)):
            raise InputDataError(f"{path}: feature {feature!r} repeats column(s) {clash}")
        frame = frame.merge(extra, on=USER_COLUMN, how="left", validate="one_to_one")
        frame = frame.fillna({c: 0 for c in columns}).astype(extra.dtypes[columns].to_dict())
    return frame


def corrected_dataset(
    session_features: Sequence[tuple[str, Path]],
    labels_csv: Path,
    extra_features: Mapping[str, Sequence[Path]] | None = None,
    forum_posts: bool = True,
) -> pd.DataFrame:
    """Features joined with the labels of the same learner in the same session.

    The learners of a session are those of its ``morf_mwe_feats.csv``; ``extra_features``
    (one file per session, in the order of ``session_features``) join them by userID, and
    ``forum_posts=False`` leaves out the weekly forum-post columns themselves.
    """
    extras = extra_features or {}
    frames = []
    for index, (session, path) in enumerate(session_features):
        frame = pd.read_csv(path, dtype={USER_COLUMN: str}, keep_default_na=False)
        if not forum_posts:
            frame = frame[[USER_COLUMN]]
        frame = _join_extra_features(frame, [(f, paths[index]) for f, paths in extras.items()])
        frames.append(frame.assign(**{SESSION_COLUMN: session}))
    features = pd.concat(frames, ignore_index=True)
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
    keep_session: bool = False,
    extra_features: Mapping[str, Sequence[Path]] | None = None,
    forum_posts: bool = True,
) -> pd.DataFrame:
    """The course's dataset; ``keep_session`` matters only for ``mwe`` (``corrected`` always
    keeps ``userID, session``); extra features exist only in ``corrected``."""
    if semantics is Semantics.MWE:
        if extra_features or not forum_posts:
            raise InputDataError("semantics 'mwe' has the original job's forum features only")
        dataset = mwe_dataset(session_features, labels_csv, keep_session)
    else:
        dataset = corrected_dataset(session_features, labels_csv, extra_features, forum_posts)
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


def write_course_dataset(
    course: str,
    session_features: Sequence[tuple[str, Path]],
    labels_csv: Path,
    semantics: Semantics,
    destination: Path,
    keep_session: bool = False,
    extra_features: Mapping[str, Sequence[Path]] | None = None,
    forum_posts: bool = True,
) -> pd.DataFrame:
    """Build the course's dataset (``build_course_dataset``) and write ``course_dataset.csv``."""
    dataset = build_course_dataset(
        course, session_features, labels_csv, semantics, keep_session, extra_features, forum_posts
    )
    with atomic_text_output(destination) as handle:
        dataset.to_csv(handle, index=False)
    return dataset
