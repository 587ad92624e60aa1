"""The model stage's settings: how a course's learners are split and which classifier is fit.

Apart from ``model``, so that the study (read in Snakemake's own process) imports no
scikit-learn. Both are NamedTuples: Snakemake detects a changed rule param through its
``repr`` for builtin types only, tuples included; a dataclass param would be silently ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple

# The MWE's classifier: LogisticRegression(random_state=1), scikit-learn's defaults otherwise.
MWE_ESTIMATOR = "sklearn.linear_model.LogisticRegression"


class Split(StrEnum):
    RANDOM = "random"  # the MWE: all sessions pooled, stratified random split
    HOLDOUT = "holdout"  # MORF: train on the earlier sessions, test on the last one
    CV = "cv"  # stratified k-fold cross-validation within the course


class TrainLevel(StrEnum):
    COURSE = "course"  # one model per course (MORF's train_course)
    ALL = "all"  # one model on every selected course's training rows (MORF's train_all)


class SplitSettings(NamedTuple):
    """How a course's learners are divided; defaults are the MWE's ``train_test_split``."""

    mode: Split = Split.RANDOM
    test_size: float = 0.25  # share of learners tested by the random split
    random_state: int = 1
    holdout_session: str = ""  # the tested session in holdout mode
    cv_folds: int = 5  # folds in cross-validation


class ModelSettings(NamedTuple):
    """The classifier, named by ``estimator`` ("module.Class") with its arguments ``params``.

    ``random_state`` is passed to every estimator that takes one and does not get it from
    ``params``. The defaults are the MWE's ``LogisticRegression(random_state=1)``.
    """

    estimator: str = MWE_ESTIMATOR
    params: Mapping[str, Any] = {}
    random_state: int = 1

    @property
    def is_mwe_model(self) -> bool:
        """The MWE's own classifier, which needs no check before a run."""
        return self.estimator == MWE_ESTIMATOR and not self.params


MWE_SPLIT = SplitSettings()
MWE_MODEL = ModelSettings()
