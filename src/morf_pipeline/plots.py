"""The report's figures: what every figure shares, and a course's learners and forum activity per
session (``performance_plots`` draws the model's performance). Plain matplotlib on the Agg
backend (no display needed)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from morf_pipeline.dataset import LABEL_COLUMN, SESSION_COLUMN
from morf_pipeline.files import atomic_binary_output
from morf_pipeline.labels import USER_COLUMN

FIGURE_DPI = 100


def grid_figure() -> tuple[Figure, Any]:
    """A figure of 2 x 2 axes (``axes[row, column]``), the layout of every figure. Fixed
    margins: matplotlib's constrained layout measures every label first, a third of a
    figure's drawing time."""
    figure, axes = plt.subplots(2, 2, figsize=(10, 9))
    figure.subplots_adjust(left=0.09, right=0.98, bottom=0.07, top=0.92, wspace=0.35, hspace=0.28)
    return figure, axes


def save_figure(figure: Figure, destination: Path) -> None:
    with atomic_binary_output(destination) as handle:
        # No software version or date in the file, so equal figures are equal bytes.
        figure.savefig(handle, format="png", dpi=FIGURE_DPI, metadata={"Software": None})
    plt.close(figure)


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
    figure, axes = grid_figure()
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
    save_figure(figure, destination)
