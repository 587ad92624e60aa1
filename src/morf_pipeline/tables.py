"""The tables that jobs read back (``course_dataset.csv``, ``output.csv``, ``eval.csv``), and the
columns of ``eval.csv``.

Apart from the metrics (``evaluation``), so that a job which only reads or writes tables does
not import scikit-learn; and pandas only where a table is read with it, so that combining the
courses' ``eval.csv`` (the last job of every run) imports neither.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from morf_pipeline.errors import InputDataError
from morf_pipeline.labels import SESSION_COLUMN

if TYPE_CHECKING:
    import pandas as pd

COURSE_COLUMN = "course"
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
EVAL_HEADER = ",".join(EVAL_COLUMNS)


def combine_evaluation_files(paths: Iterable[str | Path], handle: TextIO) -> None:
    """All courses' ``eval.csv`` rows in one table, in the given course order.

    The rows are copied as written, so each value is exactly the course file's (nothing is
    parsed and printed again)."""
    handle.write(EVAL_HEADER + "\n")
    for path in paths:
        with open(path, encoding="utf-8", newline="") as evaluation:
            header = evaluation.readline().rstrip("\r\n")
            if header != EVAL_HEADER:
                raise InputDataError(
                    f"{path}: expected the eval.csv header {EVAL_HEADER!r}, found {header!r}"
                )
            rows = evaluation.read()
        handle.write(rows if rows.endswith("\n") or not rows else rows + "\n")


def read_with_text_sessions(path: str | Path) -> pd.DataFrame:
    """One of these tables, session ids kept as text (``001`` is not 1)."""
    import pandas as pd  # here: combining eval.csv files needs no pandas

    return pd.read_csv(path, dtype={SESSION_COLUMN: str})


def write_evaluation(evaluation: pd.DataFrame, handle: TextIO) -> None:
    evaluation.to_csv(handle, index=False, na_rep="NaN")
