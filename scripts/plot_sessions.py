"""Snakemake adapter: the report's per-session learners and forum-activity figure of a course."""

from pathlib import Path
from typing import Any

from morf_pipeline.logs import logged_step
from morf_pipeline.plots import plot_sessions

snakemake: Any

with logged_step(snakemake.log[0]):
    plot_sessions(
        snakemake.wildcards.course,
        session_features=list(
            zip(snakemake.params.sessions, map(Path, snakemake.input.features), strict=True)
        ),
        labels_csv=Path(snakemake.input.labels),
        destination=Path(snakemake.output.figure),
    )
