"""The tables that jobs read back with pandas (``course_dataset.csv``, ``output.csv``,
``eval.csv``), and the columns of ``eval.csv``.

Apart from the metrics (``evaluation``), so that a job which only reads, writes or combines
tables does not import scikit-learn.
"""

from __future__ import annotations

from collections.abc import Iterable
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
EVAL_COLUMNS = (COURSE_COLUMN, SESSION_COLUMN, *METRIC_COLUMNS)


def combine_evaluations(evaluations: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """All courses' rows, in the given course order."""
    return pd.concat(list(evaluations), ignore_index=True)[list(EVAL_COLUMNS)]


def read_with_text_sessions(path: str | Path) -> pd.DataFrame:
    """One of these tables, session ids kept as text (``001`` is not 1)."""
    return pd.read_csv(path, dtype={SESSION_COLUMN: str})


def write_evaluation(evaluation: pd.DataFrame, destination: Path) -> None:
    """An ``eval.csv`` table; undefined metrics are written ``NaN``."""
    with atomic_text_output(destination) as handle:
        evaluation.to_csv(handle, index=False, na_rep="NaN")


def write_combined_evaluation(evaluation_csvs: Iterable[Path], destination: Path) -> pd.DataFrame:
    """Every course's ``eval.csv`` in one table (``output/eval.csv``), in the given order."""
    evaluation = combine_evaluations(map(read_with_text_sessions, evaluation_csvs))
    write_evaluation(evaluation, destination)
    return evaluation
