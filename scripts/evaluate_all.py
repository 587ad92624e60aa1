"""Snakemake adapter: every course's ``eval.csv`` in one table."""

from typing import Any

from morf_pipeline.files import atomic_text_output
from morf_pipeline.logs import logged_step
from morf_pipeline.tables import combine_evaluation_files

snakemake: Any

with logged_step(snakemake.log[0]), atomic_text_output(snakemake.output.evaluation) as handle:
    combine_evaluation_files(snakemake.input.evaluations, handle)
