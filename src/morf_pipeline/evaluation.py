"""Score a course's predictions (``output.csv``) as MORF's backend does, into ``eval.csv``.

MORF's metric names are kept; ``specificity`` here is the true TN/(TN+FP), while MORF's column
of that name was TN/(TN+FN), the negative predictive value, reported here as ``npv``. Metrics
that are undefined for the test set (one class only, or a zero denominator) are NaN, with a
warning, never an error."""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pandas as pd
from sklearn.exceptions import UndefinedMetricWarning
from sklearn.metrics import (
    average_precision_score,
    brier_score_loss,
    cohen_kappa_score,
    confusion_matrix,
    log_loss,
    roc_auc_score,
)

from morf_pipeline.auc import bootstrap_auc_interval
from morf_pipeline.dataset import SESSION_COLUMN
from morf_pipeline.files import atomic_text_output
from morf_pipeline.layout import session_sort_key
from morf_pipeline.tables import (
    AUC_INTERVAL_COLUMNS,
    COURSE_COLUMN,
    FOLD_COLUMN,
    FOLD_MEAN,
    FOLD_STD,
    METRIC_COLUMNS,
    evaluation_columns,
    read_with_text_sessions,
    write_evaluation,
)

log = logging.getLogger(__name__)

ALL_SESSIONS = "all"  # the row of a course's whole test set
# As MORF: these are NaN unless the test set has both classes.
TWO_CLASS_METRICS = ("auc", "log_loss", "precision", "recall", "f1_score", "pr_auc")
NAN = math.nan
# The defaults of config.yaml's bootstrap_resamples and random_state.
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 1


class Bootstrap(NamedTuple):
    """The seeded bootstrap interval of each AUC."""

    resamples: int = BOOTSTRAP_RESAMPLES
    seed: int = BOOTSTRAP_SEED


DEFAULT_BOOTSTRAP = Bootstrap()


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else NAN


def _cohen_kappa(truth: np.ndarray, predicted: np.ndarray) -> float:
    with warnings.catch_warnings():  # undefined kappa is reported by the caller's warning
        warnings.simplefilter("ignore", UndefinedMetricWarning)
        return float(cohen_kappa_score(truth, predicted, labels=[0, 1], replace_undefined_by=NAN))


def compute_metrics(
    y_true: Sequence[int], y_pred: Sequence[int], y_score: Sequence[float]
) -> dict[str, float]:
    """Every metric of one test set; dropout (1) is the positive class."""
    truth, predicted, score = np.asarray(y_true), np.asarray(y_pred), np.asarray(y_score)
    tn, fp, fn, tp = (int(c) for c in confusion_matrix(truth, predicted, labels=[0, 1]).ravel())
    n, n_positive, n_negative = len(truth), tp + fn, tn + fp
    metrics = {
        "N": n,
        "N_n": n_negative,
        "N_p": n_positive,
        "base_rate": _ratio(n_positive, n),
        "accuracy": _ratio(tp + tn, n),
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, n_positive),
        "f1_score": _ratio(2 * tp, 2 * tp + fp + fn),
        "specificity": _ratio(tn, n_negative),
        "npv": _ratio(tn, tn + fn),
        "brier": float(brier_score_loss(truth, score, labels=[0, 1])) if n else NAN,
        "cohen_kappa_score": _cohen_kappa(truth, predicted) if n else NAN,
    }
    both_classes = n_positive > 0 and n_negative > 0
    if both_classes:
        metrics["auc"] = float(roc_auc_score(truth, score))
        metrics["log_loss"] = float(log_loss(truth, score, labels=[0, 1]))
        metrics["pr_auc"] = float(average_precision_score(truth, score))
    else:
        metrics.update(dict.fromkeys(TWO_CLASS_METRICS, NAN))
    return {name: metrics[name] for name in METRIC_COLUMNS}


def _scored_row(
    course: str, session: str, predictions: pd.DataFrame, bootstrap: Bootstrap
) -> dict[str, object]:
    metrics = compute_metrics(
        predictions["y_true"].tolist(),
        predictions["y_pred"].tolist(),
        predictions["y_score"].tolist(),
    )
    undefined = [name for name, value in metrics.items() if math.isnan(value)]
    if undefined:
        classes = sorted(set(predictions["y_true"]))
        log.warning(
            "course %s, session %s: %s undefined (NaN) for this test set "
            "(%d learners, true classes %s, predicted classes %s)",
            course,
            session,
            ", ".join(undefined),
            len(predictions),
            classes,
            sorted(set(predictions["y_pred"])),
        )
    interval = bootstrap_auc_interval(
        predictions["y_true"].to_numpy(),
        predictions["y_score"].to_numpy(),
        bootstrap.resamples,
        bootstrap.seed,
    )
    return {
        COURSE_COLUMN: course,
        SESSION_COLUMN: session,
        **metrics,
        **dict(zip(AUC_INTERVAL_COLUMNS, interval, strict=True)),
    }


def _fold_rows(
    course: str, predictions: pd.DataFrame, bootstrap: Bootstrap
) -> list[dict[str, object]]:
    """A row per fold, then the mean and the standard deviation (n - 1) of each metric over
    the folds; the interval columns of those two are NaN."""
    rows = [
        {**_scored_row(course, ALL_SESSIONS, fold, bootstrap), FOLD_COLUMN: str(number)}
        for number, fold in predictions.groupby(FOLD_COLUMN, sort=True)
    ]
    folds = pd.DataFrame(rows)[list(METRIC_COLUMNS)]
    summaries = {FOLD_MEAN: folds.mean(skipna=False), FOLD_STD: folds.std(skipna=False)}
    for name, values in summaries.items():
        rows.append(
            {
                COURSE_COLUMN: course,
                SESSION_COLUMN: ALL_SESSIONS,
                FOLD_COLUMN: name,
                **{name: values[name] for name in METRIC_COLUMNS},
                **dict.fromkeys(AUC_INTERVAL_COLUMNS, NAN),
            }
        )
    return rows


def evaluate_course(
    course: str, predictions: pd.DataFrame, bootstrap: Bootstrap = DEFAULT_BOOTSTRAP
) -> pd.DataFrame:
    """One row for the course's whole test set (session ``all``), then one per test session
    when ``output.csv`` names them (holdout mode); in cross-validation (a ``fold`` column),
    a row per fold, then their mean and standard deviation. Each AUC has its bootstrap
    interval."""
    if FOLD_COLUMN in predictions:
        return pd.DataFrame(
            _fold_rows(course, predictions, bootstrap), columns=evaluation_columns(True)
        )
    rows = [_scored_row(course, ALL_SESSIONS, predictions, bootstrap)]
    if SESSION_COLUMN in predictions:
        sessions = sorted(set(predictions[SESSION_COLUMN]), key=session_sort_key)
        rows += [
            _scored_row(course, s, predictions[predictions[SESSION_COLUMN] == s], bootstrap)
            for s in sessions
        ]
    return pd.DataFrame(rows, columns=evaluation_columns(False))


COUNT_COLUMNS = ("N", "N_n", "N_p")
TABLE_STYLE = (
    "body{font-family:sans-serif}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}"
)


def metrics_table_html(course: str, evaluation: pd.DataFrame) -> str:
    """A course's evaluation as a standalone HTML page: one row per metric, one column per
    test set, three decimals."""
    test_set = FOLD_COLUMN if FOLD_COLUMN in evaluation else SESSION_COLUMN
    shown = evaluation.set_index(test_set).drop(
        columns=[
            c
            for c in (COURSE_COLUMN, SESSION_COLUMN, FOLD_COLUMN)
            if c in evaluation and c != test_set
        ]
    )
    cells = shown.apply(
        lambda column: column.map(
            (lambda v: f"{v:.0f}") if column.name in COUNT_COLUMNS else (lambda v: f"{v:.3f}")
        )
    )
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{course}: metrics</title>'
        f"<style>{TABLE_STYLE}</style></head>\n<body><h3>{course}: metrics by test set</h3>\n"
        f"{cells.T.to_html()}\n</body></html>\n"
    )


def write_course_evaluation(
    course: str,
    predictions_csv: Path,
    destination: Path,
    metrics_table: Path,
    bootstrap: Bootstrap = DEFAULT_BOOTSTRAP,
) -> pd.DataFrame:
    """Score the course's ``output.csv`` into its ``eval.csv`` and its metrics table page."""
    evaluation = evaluate_course(course, read_with_text_sessions(predictions_csv), bootstrap)
    write_evaluation(evaluation, destination)
    with atomic_text_output(metrics_table) as handle:
        handle.write(metrics_table_html(course, evaluation))
    return evaluation
