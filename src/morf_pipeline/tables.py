"""The tables that jobs read back with pandas (``course_dataset.csv``, ``output.csv``,
``eval.csv``), and the columns of ``eval.csv``.

Apart from the metrics (``evaluation``), so that a job which only reads or writes tables does
not import scikit-learn.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from morf_pipeline.dataset import SESSION_COLUMN
from morf_pipeline.files import atomic_text_output

COURSE_COLUMN = "course"
FOLD_COLUMN = "fold"  # output.csv of a cross-validated course: the fold that tested the learner
METRIC_COLUMNS = (
    "N",
    "N_n",
    "N_p",
    "base_rate",
    "accuracy",
    "auc",
    "log_loss",
    "precision",
    "recall",
    "f1_score",
    "cohen_kappa_score",
    "specificity",
    "npv",
    "brier",
    "pr_auc",
)
# The seeded bootstrap 95 % interval of the AUC (``bootstrap_resamples`` resamples).
AUC_INTERVAL_COLUMNS = ("auc_ci_low", "auc_ci_high")
EVAL_COLUMNS = (COURSE_COLUMN, SESSION_COLUMN, *METRIC_COLUMNS, *AUC_INTERVAL_COLUMNS)
# Cross-validated courses: a row per fold, then these two, of each metric over the folds.
FOLD_MEAN, FOLD_STD = "mean", "std"


def evaluation_columns(cross_validated: bool) -> list[str]:
    """The columns of ``eval.csv``: a ``fold`` column after the session in cross-validation."""
    if not cross_validated:
        return list(EVAL_COLUMNS)
    return [COURSE_COLUMN, SESSION_COLUMN, FOLD_COLUMN, *METRIC_COLUMNS, *AUC_INTERVAL_COLUMNS]


def read_with_text_sessions(path: str | Path) -> pd.DataFrame:
    """One of these tables, session ids kept as text (``001`` is not 1), folds too in
    ``eval.csv`` (``1`` ... ``mean``)."""
    return pd.read_csv(path, dtype={SESSION_COLUMN: str, FOLD_COLUMN: str})


def write_evaluation(evaluation: pd.DataFrame, destination: Path) -> None:
    """An ``eval.csv`` table; undefined metrics are written ``NaN``."""
    with atomic_text_output(destination) as handle:
        evaluation.to_csv(handle, index=False, na_rep="NaN")
