"""eval.csv's metrics against an independent recomputation, and their edge cases."""

from __future__ import annotations

import logging
import math
import random
import re
from pathlib import Path

import pandas as pd
import pytest

from metrics_by_hand import assert_metrics_equal, metrics_by_hand
from morf_pipeline.errors import InputDataError
from morf_pipeline.evaluation import (
    TWO_CLASS_METRICS,
    compute_metrics,
    evaluate_course,
    metrics_table_html,
)
from morf_pipeline.files import write_concatenated_csv
from morf_pipeline.tables import (
    AUC_INTERVAL_COLUMNS,
    EVAL_COLUMNS,
    METRIC_COLUMNS,
    read_with_text_sessions,
    write_evaluation,
)


def random_predictions(seed: int, n: int) -> tuple[list[int], list[int], list[float]]:
    generator = random.Random(seed)
    truth = [int(generator.random() < 0.6) for _ in range(n)]
    # Scores on a coarse grid, so that ties (which AUC and average precision must handle) occur.
    score = [min(0.95, max(0.05, round(0.3 * t + generator.random() * 0.7, 1))) for t in truth]
    return truth, [int(s > 0.5) for s in score], score


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_metrics_equal_an_independent_recomputation(seed: int) -> None:
    truth, predicted, score = random_predictions(seed, 60)
    assert_metrics_equal(
        compute_metrics(truth, predicted, score), metrics_by_hand(truth, predicted, score)
    )


def test_known_values() -> None:
    metrics = compute_metrics([0, 1, 1, 0], [0, 1, 0, 0], [0.1, 0.8, 0.4, 0.3])
    assert (metrics["N"], metrics["N_n"], metrics["N_p"]) == (4, 2, 2)
    assert metrics["accuracy"] == 0.75
    assert metrics["specificity"] == 1.0  # TN / (TN + FP) = 2 / 2
    assert metrics["npv"] == 2 / 3  # TN / (TN + FN): MORF's "specificity"
    assert metrics["cohen_kappa_score"] == 0.5
    assert metrics["auc"] == 1.0 and metrics["pr_auc"] == 1.0
    assert metrics["brier"] == pytest.approx((0.01 + 0.04 + 0.36 + 0.09) / 4)


def test_perfect_predictions() -> None:
    truth = [0, 0, 1, 1, 1]
    metrics = compute_metrics(truth, truth, [0.1, 0.2, 0.7, 0.8, 0.9])
    for name in ("accuracy", "auc", "precision", "recall", "f1_score", "cohen_kappa_score"):
        assert metrics[name] == 1.0, name
    assert metrics["specificity"] == metrics["npv"] == metrics["pr_auc"] == 1.0


@pytest.mark.parametrize("label", [0, 1])
def test_one_class_test_set_gives_nan_and_a_warning(
    label: int, caplog: pytest.LogCaptureFixture
) -> None:
    predictions = pd.DataFrame(
        {"y_true": [label] * 4, "y_pred": [0, 1, 1, 0], "y_score": [0.2, 0.7, 0.6, 0.1]}
    )
    with caplog.at_level(logging.WARNING):
        row = evaluate_course("acc", predictions).iloc[0]
    for name in TWO_CLASS_METRICS:
        assert math.isnan(row[name]), name
    assert row["accuracy"] == 0.5
    assert row["cohen_kappa_score"] == 0.0  # agreement no better than chance
    expected = metrics_by_hand([label] * 4, [0, 1, 1, 0], [0.2, 0.7, 0.6, 0.1])
    assert_metrics_equal({n: float(row[n]) for n in METRIC_COLUMNS}, expected)
    assert "course acc, session all: auc, log_loss" in caplog.text
    assert f"true classes [{label}]" in caplog.text


def test_all_predictions_one_class() -> None:
    truth = [0, 1, 1, 0, 1]
    metrics = compute_metrics(truth, [1] * 5, [0.6, 0.7, 0.9, 0.8, 0.55])
    assert math.isnan(metrics["npv"])  # no predicted completer
    assert metrics["specificity"] == 0.0 and metrics["recall"] == 1.0
    assert metrics["precision"] == 0.6
    assert metrics["cohen_kappa_score"] == 0.0
    assert_metrics_equal(metrics, metrics_by_hand(truth, [1] * 5, [0.6, 0.7, 0.9, 0.8, 0.55]))


def test_rows_per_course_and_test_session_without_learner_ids(tmp_path: Path) -> None:
    truth, predicted, score = random_predictions(4, 40)
    sessions = ["002"] * 25 + ["010"] * 15
    predictions = pd.DataFrame(
        {"y_true": truth, "y_pred": predicted, "y_score": score, "session": sessions}
    )
    evaluation = evaluate_course("acc", predictions)
    assert list(evaluation.columns) == list(EVAL_COLUMNS)
    assert evaluation["session"].tolist() == ["all", "002", "010"]
    for row in evaluation.itertuples():
        chosen = [i for i, s in enumerate(sessions) if row.session in ("all", s)]
        expected = metrics_by_hand(
            [truth[i] for i in chosen], [predicted[i] for i in chosen], [score[i] for i in chosen]
        )
        assert_metrics_equal({n: getattr(row, n) for n in METRIC_COLUMNS}, expected)
    files = [tmp_path / "acc.csv", tmp_path / "bio.csv"]
    write_evaluation(evaluation, files[0])
    write_evaluation(evaluate_course("bio", predictions[:10]), files[1])
    write_concatenated_csv(files, tmp_path / "eval.csv")
    combined = read_with_text_sessions(tmp_path / "eval.csv")
    # Byte for byte what pandas writes for the concatenated tables.
    pandas_concatenated = tmp_path / "concatenated.csv"
    write_evaluation(pd.concat(map(read_with_text_sessions, files)), pandas_concatenated)
    assert (tmp_path / "eval.csv").read_bytes() == pandas_concatenated.read_bytes()
    assert combined[["course", "session"]].values.tolist() == [
        ["acc", "all"],
        ["acc", "002"],
        ["acc", "010"],
        ["bio", "all"],
        ["bio", "002"],
    ]
    assert "userID" not in combined.columns


def test_concatenating_csv_files_of_other_headers_names_the_file(tmp_path: Path) -> None:
    first, other = tmp_path / "eval.csv", tmp_path / "output.csv"
    first.write_text("course,session\nacc,all")  # no final newline
    other.write_text("y_true,y_pred,y_score\n1,1,0.9\n")
    with pytest.raises(InputDataError, match=rf"{other}: its header 'y_true,y_pred,y_score'"):
        write_concatenated_csv([first, other], tmp_path / "combined.csv")
    assert not (tmp_path / "combined.csv").exists()
    write_concatenated_csv([first, first], tmp_path / "combined.csv")
    assert (tmp_path / "combined.csv").read_text() == "course,session\nacc,all\nacc,all\n"


def test_metrics_table_shows_each_metric_per_test_set() -> None:
    evaluation = evaluate_course(
        "acc",
        pd.DataFrame(
            {
                "y_true": [0, 1, 1, 0],
                "y_pred": [0, 1, 0, 1],
                "y_score": [0.2, 0.9, 0.4, 0.6],
                "session": ["001", "001", "002", "002"],
            }
        ),
    )
    cells = re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", metrics_table_html("acc", evaluation))
    rows = {cells[i]: cells[i + 1 : i + 4] for i in range(0, len(cells), 4)}
    assert rows["session"] == ["all", "001", "002"]
    assert rows["N"] == ["4", "2", "2"]
    assert rows["accuracy"] == ["0.500", "1.000", "0.000"]
    assert rows["auc"] == ["0.750", "1.000", "0.000"]
    assert list(rows)[1:] == [*METRIC_COLUMNS, *AUC_INTERVAL_COLUMNS]
