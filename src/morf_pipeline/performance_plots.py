"""The report's model-performance figure of a course: ROC and precision-recall curves,
calibration and confusion matrix of its ``output.csv``."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from sklearn.calibration import calibration_curve
from sklearn.metrics import confusion_matrix, precision_recall_curve, roc_curve

from morf_pipeline.plots import grid_figure, save_figure

CALIBRATION_BINS = 5  # of equal size: few test learners per course


def _note_undefined(axes: Axes, why: str) -> None:
    axes.text(0.5, 0.5, why, ha="center", va="center", transform=axes.transAxes)


def _roc(axes: Axes, truth: np.ndarray, score: np.ndarray, both_classes: bool) -> None:
    axes.plot([0, 1], [0, 1], linestyle=":", color="grey", label="chance")
    if both_classes:
        false_positive_rate, true_positive_rate, _ = roc_curve(truth, score)
        axes.plot(false_positive_rate, true_positive_rate, label="model")
    else:
        _note_undefined(axes, "undefined: one class in the test set")
    axes.set(title="ROC curve", xlabel="false positive rate", ylabel="true positive rate")
    axes.legend(loc="lower right")


def _precision_recall(axes: Axes, truth: np.ndarray, score: np.ndarray, both_classes: bool) -> None:
    axes.axhline(truth.mean(), linestyle=":", color="grey", label="base rate")
    if both_classes:
        precision, recall, _ = precision_recall_curve(truth, score)
        axes.plot(recall, precision, drawstyle="steps-post", label="model")
    else:
        _note_undefined(axes, "undefined: one class in the test set")
    axes.set(title="Precision-recall curve", xlabel="recall (dropout)", ylabel="precision")
    axes.set_ylim(0, 1.05)
    axes.legend(loc="lower left")


def _calibration(axes: Axes, truth: np.ndarray, score: np.ndarray) -> None:
    axes.plot([0, 1], [0, 1], linestyle=":", color="grey", label="perfect calibration")
    observed, predicted = calibration_curve(
        truth, score, n_bins=CALIBRATION_BINS, strategy="quantile"
    )
    axes.plot(predicted, observed, marker="o", label="model")
    axes.set(
        title=f"Calibration ({CALIBRATION_BINS} bins of equal size)",
        xlabel="mean predicted dropout probability",
        ylabel="observed dropout rate",
        xlim=(0, 1),
        ylim=(0, 1),
    )
    axes.legend(loc="upper left")


def _confusion(axes: Axes, truth: np.ndarray, predicted: np.ndarray) -> None:
    counts = confusion_matrix(truth, predicted, labels=[0, 1])
    axes.imshow(counts, cmap="Blues")
    for (row, column), count in np.ndenumerate(counts):
        colour = "white" if count > counts.max() / 2 else "black"
        axes.text(column, row, str(count), ha="center", va="center", color=colour, fontsize=14)
    names = ["completed (0)", "dropout (1)"]
    axes.set_xticks([0, 1], names)
    axes.set_yticks([0, 1], names)
    axes.set(title="Confusion matrix", xlabel="predicted", ylabel="true")


def plot_performance(course: str, predictions: pd.DataFrame, destination: Path) -> None:
    """ROC and precision-recall curves, calibration and confusion matrix of ``output.csv``."""
    truth = predictions["y_true"].to_numpy()
    score = predictions["y_score"].to_numpy()
    both_classes = len(set(truth)) == 2
    figure, axes = grid_figure()
    _roc(axes[0, 0], truth, score, both_classes)
    _precision_recall(axes[0, 1], truth, score, both_classes)
    _calibration(axes[1, 0], truth, score)
    _confusion(axes[1, 1], truth, predictions["y_pred"].to_numpy())
    figure.suptitle(f"{course}: model performance on {len(predictions)} test learners")
    save_figure(figure, destination)
