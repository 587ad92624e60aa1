"""Snakemake adapter: every course's ``eval.csv`` in one table (its rows as the courses wrote
them, so no pandas is imported by the last job of every run)."""

from typing import Any

from morf_pipeline.files import atomic_text_output, concatenate_csv
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]), atomic_text_output(snakemake.output.evaluation) as handle:
    concatenate_csv(snakemake.input.evaluations, handle)
