"""The area under the ROC curve of a test set, its Hanley-McNeil standard error and a seeded
bootstrap confidence interval.

NumPy only, so that the jobs which need these import neither scikit-learn nor scipy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


def _class_scores(
    y_true: Sequence[int] | npt.ArrayLike, y_score: Sequence[float] | npt.ArrayLike
) -> tuple[FloatArray, FloatArray]:
    """The scores of the positives (dropouts, 1) and of the negatives (0)."""
    truth = np.asarray(y_true)
    score = np.asarray(y_score, dtype=np.float64)
    if truth.shape != score.shape or truth.ndim != 1:
        raise ValueError(f"y_true {truth.shape} and y_score {score.shape} differ in shape")
    if unknown := sorted(set(truth.tolist()) - {0, 1}):
        raise ValueError(f"y_true has labels other than 0 and 1: {unknown}")
    return score[truth == 1], score[truth == 0]


def _auc_of_classes(positives: FloatArray, negatives: FloatArray) -> float:
    """The share of (positive, negative) pairs in which the positive scores higher, ties
    counting half: the Mann-Whitney statistic over n_pos * n_neg, in O(n log n)."""
    if not len(positives) or not len(negatives):
        return math.nan
    ordered = np.sort(negatives)
    below = np.searchsorted(ordered, positives, side="left")
    not_above = np.searchsorted(ordered, positives, side="right")
    # Integer counts until the one division: below + ties / 2 = (below + not_above) / 2.
    return float(int(below.sum() + not_above.sum()) / (2 * len(positives) * len(negatives)))


def auc(y_true: Sequence[int] | npt.ArrayLike, y_score: Sequence[float] | npt.ArrayLike) -> float:
    """The area under the ROC curve; NaN unless both classes are present."""
    return _auc_of_classes(*_class_scores(y_true, y_score))


def hanley_mcneil_se(area: float, n_pos: int, n_neg: int) -> float:
    """The standard error of an AUC of ``n_pos`` positives and ``n_neg`` negatives, from
    Hanley & McNeil (1982), equation 2, with their exponential approximations of Q1 and Q2."""
    q1 = area / (2 - area)
    q2 = 2 * area**2 / (1 + area)
    variance = (area * (1 - area) + (n_pos - 1) * (q1 - area**2) + (n_neg - 1) * (q2 - area**2)) / (
        n_pos * n_neg
    )
    return math.sqrt(max(variance, 0.0))  # rounding may leave -1e-17 at an AUC of 0 or 1


def bootstrap_auc_interval(
    y_true: Sequence[int] | npt.ArrayLike,
    y_score: Sequence[float] | npt.ArrayLike,
    n_resamples: int,
    seed: int,
    level: float = 0.95,
) -> tuple[float, float]:
    """A percentile bootstrap interval of the AUC; NaN unless both classes are present.

    Stratified, as pROC's ``ci.auc``: each resample draws the positives and the negatives with
    replacement apart, so every resample has both classes in the test set's proportion. Each
    resample draws the positives' indices, then the negatives', from NumPy's legacy
    ``RandomState(seed)``, whose streams are frozen across NumPy versions.
    """
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be at least 1, not {n_resamples}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie between 0 and 1, not {level}")
    positives, negatives = _class_scores(y_true, y_score)
    n_pos, n_neg = len(positives), len(negatives)
    if not n_pos or not n_neg:
        return math.nan, math.nan
    # A resample's AUC from counts, without sorting it: how often each negative is drawn,
    # accumulated in score order, counts the drawn negatives below each positive.
    order = np.argsort(negatives, kind="stable")
    position_in_order = np.empty(n_neg, dtype=np.int64)
    position_in_order[order] = np.arange(n_neg)
    ordered = negatives[order]
    below = np.searchsorted(ordered, positives, side="left")
    not_above = np.searchsorted(ordered, positives, side="right")
    generator = np.random.RandomState(seed)
    areas = np.empty(n_resamples)
    for resample in range(n_resamples):
        positive_draws = np.bincount(generator.randint(0, n_pos, n_pos), minlength=n_pos)
        negative_draws = np.bincount(
            position_in_order[generator.randint(0, n_neg, n_neg)], minlength=n_neg
        )
        drawn_up_to = np.concatenate(([0], np.cumsum(negative_draws)))
        pair_wins = positive_draws @ (drawn_up_to[below] + drawn_up_to[not_above])
        areas[resample] = int(pair_wins) / (2 * n_pos * n_neg)
    low, high = np.quantile(areas, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)
