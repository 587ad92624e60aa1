"""MORF's metrics recomputed from their definitions with plain Python, to check the pipeline's
``evaluation`` module (which uses scikit-learn) independently."""

from __future__ import annotations

import math

import numpy as np


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else math.nan


def auc_by_pairs(truth: list[int], score: list[float]) -> float:
    """The probability that a random dropout scores above a random completer (ties count half)."""
    positives = [s for t, s in zip(truth, score, strict=True) if t == 1]
    negatives = [s for t, s in zip(truth, score, strict=True) if t == 0]
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def average_precision(truth: list[int], score: list[float]) -> float:
    """Sum over distinct score thresholds, highest first, of precision x recall gained."""
    n_positive = sum(truth)
    total, recall_before = 0.0, 0.0
    for threshold in sorted(set(score), reverse=True):
        selected = [t for t, s in zip(truth, score, strict=True) if s >= threshold]
        recall = sum(selected) / n_positive
        total += (recall - recall_before) * sum(selected) / len(selected)
        recall_before = recall
    return total


def metrics_by_hand(truth: list[int], predicted: list[int], score: list[float]) -> dict[str, float]:
    pairs = list(zip(truth, predicted, strict=True))
    tp, tn = pairs.count((1, 1)), pairs.count((0, 0))
    fp, fn = pairs.count((0, 1)), pairs.count((1, 0))
    n = len(truth)
    both = 0 < sum(truth) < n
    observed_agreement = (tp + tn) / n
    chance_agreement = ((tp + fp) * (tp + fn) + (tn + fn) * (tn + fp)) / n**2
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    nan = math.nan
    return {
        "N": n,
        "N_n": tn + fp,
        "N_p": tp + fn,
        "base_rate": (tp + fn) / n,
        "accuracy": observed_agreement,
        "auc": auc_by_pairs(truth, score) if both else nan,
        "log_loss": -sum(
            math.log(s) if t == 1 else math.log(1 - s) for t, s in zip(truth, score, strict=True)
        )
        / n
        if both
        else nan,
        "precision": precision if both else nan,
        "recall": recall if both else nan,
        "f1_score": 2 * precision * recall / (precision + recall)
        if both and precision + recall
        else nan,
        "cohen_kappa_score": _ratio(observed_agreement - chance_agreement, 1 - chance_agreement),
        "specificity": _ratio(tn, tn + fp),
        "npv": _ratio(tn, tn + fn),
        "brier": sum((s - t) ** 2 for t, s in zip(truth, score, strict=True)) / n,
        "pr_auc": average_precision(truth, score) if both else nan,
    }


def assert_metrics_equal(actual: dict[str, float], expected: dict[str, float]) -> None:
    assert actual.keys() == expected.keys()
    for name, value in expected.items():
        if math.isnan(value):
            assert math.isnan(actual[name]), (name, actual[name])
        else:
            assert math.isclose(actual[name], value, rel_tol=1e-9, abs_tol=1e-12), (
                name,
                actual[name],
                value,
            )


def bootstrap_by_hand(
    truth: list[int], score: list[float], n_resamples: int, seed: int
) -> tuple[float, float]:
    """The documented procedure in plain Python: per resample, the positives' indices then the
    negatives' from RandomState(seed); AUC by pairs; percentiles interpolated linearly."""
    positives = [s for t, s in zip(truth, score, strict=True) if t == 1]
    negatives = [s for t, s in zip(truth, score, strict=True) if t == 0]
    generator = np.random.RandomState(seed)
    areas = []
    for _ in range(n_resamples):
        drawn_p = [positives[i] for i in generator.randint(0, len(positives), len(positives))]
        drawn_n = [negatives[i] for i in generator.randint(0, len(negatives), len(negatives))]
        areas.append(auc_by_pairs([1] * len(drawn_p) + [0] * len(drawn_n), drawn_p + drawn_n))
    areas.sort()

    def percentile(p: float) -> float:
        position = (n_resamples - 1) * p
        below = math.floor(position)
        above = min(below + 1, n_resamples - 1)
        return areas[below] + (areas[above] - areas[below]) * (position - below)

    return percentile(0.025), percentile(0.975)
