"""Join a course's session features with its labels (``course_dataset.csv``)."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

import pandas as pd

from morf_pipeline.errors import CheckPolicy, InputDataError
from morf_pipeline.files import atomic_text_output
from morf_pipeline.labels import USER_COLUMN
from morf_pipeline.layout import session_sort_key
from morf_pipeline.semantics import Semantics

log = logging.getLogger(__name__)

LABEL_COLUMN = "label_value"
SESSION_COLUMN = "session"
# Identifies a learner; kept in the corrected dataset for traceability, never a model input.
IDENTIFIER_COLUMNS = (USER_COLUMN, SESSION_COLUMN)
MWE_DROPPED_COLUMNS = [USER_COLUMN, "label_type", "course", SESSION_COLUMN]


def _mwe_frames(
    session_features: Sequence[tuple[str, Path]], labels_csv: Path
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Features of all sessions and the labels, read as the original reads them."""
    features = pd.concat([pd.read_csv(path) for _, path in session_features])
    labels = pd.read_csv(labels_csv, low_memory=False, dtype={SESSION_COLUMN: str})
    return features, labels


def mwe_dataset(
    features: pd.DataFrame, labels: pd.DataFrame, keep_session: bool = False
) -> pd.DataFrame:
    """The original: features of all sessions inner-joined with labels on userID alone.

    ``keep_session`` keeps the label row's session as the first column (holdout mode needs it;
    the original drops it)."""
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
        # A file without rows (no learner has the feature in this session) gives every
        # learner 0; its empty columns have no dtype of their own.
        dtypes = extra.dtypes[columns].to_dict() if len(extra) else dict.fromkeys(columns, "int64")
        frame = frame.merge(extra, on=USER_COLUMN, how="left", validate="one_to_one")
        frame = frame.fillna({c: 0 for c in columns}).astype(dtypes)
    return frame


def _corrected_frames(
    session_features: Sequence[tuple[str, Path]],
    labels_csv: Path,
    extra_features: Mapping[str, Sequence[Path]] | None = None,
    forum_posts: bool = True,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every session's features (with a session column) and the labels, ids read as text.

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
    labels = pd.read_csv(
        labels_csv, dtype={USER_COLUMN: str, SESSION_COLUMN: str}, keep_default_na=False
    )
    return pd.concat(frames, ignore_index=True), labels


def corrected_dataset(features: pd.DataFrame, labels: pd.DataFrame) -> pd.DataFrame:
    """Features joined with the labels of the same learner in the same session."""
    dataset = pd.merge(features, labels, on=list(IDENTIFIER_COLUMNS), validate="one_to_one")
    weeks = [c for c in features.columns if c not in IDENTIFIER_COLUMNS]
    return dataset[[*IDENTIFIER_COLUMNS, *weeks, LABEL_COLUMN]]


def check_unmatched_labels(
    course: str,
    features: pd.DataFrame,
    labels: pd.DataFrame,
    keys: Sequence[str],
    policy: CheckPolicy,
) -> None:
    """Label rows that no feature row matches on ``keys`` are left out of the dataset: a
    warning, or with the ``error`` policy an InputDataError (no learner id in either)."""
    matched = labels[list(keys)].merge(
        features[list(keys)].drop_duplicates(), on=list(keys), how="left", indicator=True
    )
    missing = labels.loc[(matched["_merge"] == "left_only").to_numpy(), SESSION_COLUMN]
    if missing.empty:
        return
    per_session = ", ".join(
        f"{session}: {count}"
        for session, count in sorted(
            missing.value_counts().items(), key=lambda item: session_sort_key(str(item[0]))
        )
    )
    where = "in their session" if SESSION_COLUMN in keys else "in any session"
    finding = (
        f"course {course!r}: {len(missing)} of {len(labels)} label rows match no learner with "
        f"features {where} ({per_session})"
    )
    if policy is CheckPolicy.ERROR:
        raise InputDataError(
            f"{finding} (data_checks: {{label_learner_unmatched: warn}} leaves them out)"
        )
    log.warning("%s: left out", finding)


def build_course_dataset(
    course: str,
    session_features: Sequence[tuple[str, Path]],
    labels_csv: Path,
    semantics: Semantics,
    keep_session: bool = False,
    extra_features: Mapping[str, Sequence[Path]] | None = None,
    forum_posts: bool = True,
    unmatched_labels: CheckPolicy = CheckPolicy.WARN,
) -> pd.DataFrame:
    """The course's dataset; ``keep_session`` matters only for ``mwe`` (``corrected`` always
    keeps ``userID, session``); extra features exist only in ``corrected``.
    ``unmatched_labels`` says what label rows matching no learner's features do."""
    if semantics is Semantics.MWE:
        if extra_features or not forum_posts:
            raise InputDataError("semantics 'mwe' has the original job's forum features only")
        features, labels = _mwe_frames(session_features, labels_csv)
        check_unmatched_labels(course, features, labels, [USER_COLUMN], unmatched_labels)
        dataset = mwe_dataset(features, labels, keep_session)
    else:
        features, labels = _corrected_frames(
            session_features, labels_csv, extra_features, forum_posts
        )
        check_unmatched_labels(course, features, labels, IDENTIFIER_COLUMNS, unmatched_labels)
        dataset = corrected_dataset(features, labels)
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
    unmatched_labels: CheckPolicy = CheckPolicy.WARN,
) -> pd.DataFrame:
    """Build the course's dataset (``build_course_dataset``) and write ``course_dataset.csv``."""
    dataset = build_course_dataset(
        course,
        session_features,
        labels_csv,
        semantics,
        keep_session,
        extra_features,
        forum_posts,
        unmatched_labels,
    )
    with atomic_text_output(destination) as handle:
        dataset.to_csv(handle, index=False)
    return dataset
