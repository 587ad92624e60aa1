"""The report's figures: a course's model performance, and its learners and forum activity per
session. Plain matplotlib on the Agg backend (no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from sklearn.calibration import calibration_curve
from sklearn.metrics import confusion_matrix, precision_recall_curve, roc_curve

from morf_pipeline.atomic import atomic_binary_output
from morf_pipeline.dataset import LABEL_COLUMN, SESSION_COLUMN
from morf_pipeline.labels import USER_COLUMN

CALIBRATION_BINS = 5  # of equal size: few test learners per course
FIGURE_DPI = 100


def _save(figure: Figure, destination: Path) -> None:
    with atomic_binary_output(destination) as handle:
        # No software version or date in the file, so equal figures are equal bytes.
        figure.savefig(handle, format="png", dpi=FIGURE_DPI, metadata={"Software": None})
    plt.close(figure)


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
    figure, axes = plt.subplots(2, 2, figsize=(10, 9), layout="constrained")
    _roc(axes[0, 0], truth, score, both_classes)
    _precision_recall(axes[0, 1], truth, score, both_classes)
    _calibration(axes[1, 0], truth, score)
    _confusion(axes[1, 1], truth, predictions["y_pred"].to_numpy())
    figure.suptitle(f"{course}: model performance on {len(predictions)} test learners")
    _save(figure, destination)


def session_summary(
    session_features: Sequence[tuple[str, Path]], labels_csv: Path
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Per session: learner counts and dropout rate; per session and week: the share of
    learners who posted and their mean posts."""
    labels = pd.read_csv(labels_csv, dtype={USER_COLUMN: str, SESSION_COLUMN: str})
    counts, posting, mean_posts = {}, {}, {}
    for session, path in session_features:
        features = pd.read_csv(path, dtype={USER_COLUMN: str}, keep_default_na=False)
        weeks = features.drop(columns=[USER_COLUMN])
        weeks.columns = [int(c.split("_")[1]) for c in weeks.columns]  # week_<k>_forum_posts
        in_session = labels[labels[SESSION_COLUMN] == session]
        counts[session] = {
            "learners with features": len(features),
            "labelled learners": len(in_session),
            "dropout rate": in_session[LABEL_COLUMN].mean(),
        }
        posting[session] = (weeks > 0).mean() * 100
        mean_posts[session] = weeks.mean()
    return (
        pd.DataFrame.from_dict(counts, orient="index"),
        pd.DataFrame(posting),
        pd.DataFrame(mean_posts),
    )


def plot_sessions(
    course: str, session_features: Sequence[tuple[str, Path]], labels_csv: Path, destination: Path
) -> None:
    """Learners and dropout rate per session, and weekly forum activity per session."""
    counts, posting, mean_posts = session_summary(session_features, labels_csv)
    figure, axes = plt.subplots(2, 2, figsize=(10, 9), layout="constrained")
    counts[["learners with features", "labelled learners"]].plot.bar(ax=axes[0, 0], rot=0)
    axes[0, 0].set(title="Learners per session", xlabel="session", ylabel="learners")
    axes[0, 0].set_ylim(0, counts["learners with features"].max() * 1.3)  # room for the legend
    axes[0, 0].legend(loc="upper center", ncols=2)
    (counts["dropout rate"] * 100).plot.bar(ax=axes[0, 1], rot=0, color="tab:red")
    axes[0, 1].set(
        title="Dropout rate per session", xlabel="session", ylabel="dropout (%)", ylim=(0, 100)
    )
    posting.plot(ax=axes[1, 0], marker="o")
    axes[1, 0].set(
        title="Learners posting in the forum", xlabel="course week", ylabel="learners posting (%)"
    )
    mean_posts.plot(ax=axes[1, 1], marker="o")
    axes[1, 1].set(
        title="Forum posts per learner", xlabel="course week", ylabel="mean posts per learner"
    )
    for weekly in (axes[1, 0], axes[1, 1]):
        weekly.set_xticks(posting.index)
        weekly.legend(title="session")
    figure.suptitle(f"{course}: learners and weekly forum activity per session")
    _save(figure, destination)
