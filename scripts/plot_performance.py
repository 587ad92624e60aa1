"""Snakemake adapter: the report's model-performance figure of one course."""

from pathlib import Path
from typing import Any

from morf_pipeline.logs import logged_step
from morf_pipeline.performance_plots import plot_performance
from morf_pipeline.tables import read_with_text_sessions

snakemake: Any

with logged_step(snakemake.log[0]):
    plot_performance(
        snakemake.wildcards.course,
        read_with_text_sessions(snakemake.input.predictions),
        Path(snakemake.output.figure),
    )
