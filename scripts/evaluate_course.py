"""Snakemake adapter: score a course's ``output.csv`` into its ``eval.csv`` and metrics table."""

from pathlib import Path
from typing import Any

from morf_pipeline.evaluation import write_course_evaluation
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    write_course_evaluation(
        snakemake.wildcards.course,
        Path(snakemake.input.predictions),
        Path(snakemake.output.evaluation),
        Path(snakemake.output.metrics_table),
    )
