"""The report's critical-difference diagram (Demsar 2006): the variants' mean ranks over the
courses on an axis, joined by a bar where the Nemenyi test does not separate them."""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from morf_pipeline.comparison import VARIANT_COLUMN, nemenyi_groups
from morf_pipeline.plots import save_figure

ROW_HEIGHT = 0.35  # between the label lines, in axis units (one unit: one rank)
GROUP_SPACING = 0.12
LABEL_MARGIN = 0.4


def plot_critical_difference(
    ranks: pd.DataFrame, friedman: pd.DataFrame, destination: Path
) -> None:
    """Draw ``ranks.csv`` and the critical difference of ``friedman.csv`` into a PNG: rank 1
    (the highest AUCs) on the left, the better half of the variants labelled on the left."""
    ordered = ranks.sort_values(["mean_rank", VARIANT_COLUMN], kind="stable")
    names, mean_ranks = ordered[VARIANT_COLUMN].tolist(), ordered["mean_rank"].tolist()
    test = friedman.iloc[0]
    critical_difference = float(test["critical_difference"])
    n_variants, left_count = len(names), math.ceil(len(names) / 2)
    groups = nemenyi_groups(mean_ranks, critical_difference)
    rows = max(left_count, n_variants - left_count)
    figure, axes = plt.subplots(
        figsize=(8, 1.6 + 0.3 * rows + 0.15 * len(groups)), layout="constrained"
    )
    axes.set_axis_off()
    # The rank axis at y = 0, its tick labels above, the critical difference above them.
    axes.plot([1, n_variants], [0, 0], color="black", linewidth=1)
    for tick in range(1, n_variants + 1):
        axes.plot([tick, tick], [0, 0.08], color="black", linewidth=1)
        axes.text(tick, 0.12, str(tick), ha="center", va="bottom")
    axes.plot([1, 1 + critical_difference], [0.6, 0.6], color="black", linewidth=1.5)
    for end in (1, 1 + critical_difference):
        axes.plot([end, end], [0.55, 0.65], color="black", linewidth=1.5)
    axes.text(
        1 + critical_difference / 2,
        0.7,
        f"CD = {critical_difference:.2f}",
        ha="center",
        va="bottom",
    )
    # Groups the test does not separate, as thick bars under the axis.
    for level, (first, last) in enumerate(groups):
        y = -GROUP_SPACING * (level + 1)
        axes.plot(
            [mean_ranks[first] - 0.03, mean_ranks[last] + 0.03], [y, y], color="black", linewidth=3
        )
    top = -GROUP_SPACING * (len(groups) + 1)
    left_edge, right_edge = 1 - LABEL_MARGIN, n_variants + LABEL_MARGIN
    for position, (name, rank) in enumerate(zip(names, mean_ranks, strict=True)):
        on_left = position < left_count
        row = position if on_left else n_variants - 1 - position
        y = top - ROW_HEIGHT * (row + 1)
        edge = left_edge if on_left else right_edge
        axes.plot([rank, rank, edge], [0, y, y], color="tab:blue", linewidth=1)
        axes.text(
            edge - 0.05 if on_left else edge + 0.05,
            y,
            f"{name} ({rank:.2f})",
            ha="right" if on_left else "left",
            va="center",
        )
    axes.set_xlim(left_edge - 2.5, right_edge + 2.5)
    axes.set_ylim(top - ROW_HEIGHT * (rows + 1), 1.0)
    axes.set_title(
        f"Mean AUC rank over {int(test['n_courses'])} courses (1 = best), Friedman p = "
        f"{float(test['p_value']):.3g}\nA bar joins variants whose mean ranks differ by less "
        "than the critical difference (CD) of the Nemenyi test",
        fontsize=10,
    )
    save_figure(figure, destination)
