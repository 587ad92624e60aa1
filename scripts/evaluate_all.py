"""Snakemake adapter: every course's ``eval.csv`` in one table."""

from typing import Any

from morf_pipeline.files import atomic_text_output
from morf_pipeline.logs import logged_step
from morf_pipeline.tables import combine_evaluations, read_with_text_sessions, write_evaluation

snakemake: Any

with logged_step(snakemake.log[0]):
    evaluation = combine_evaluations(map(read_with_text_sessions, snakemake.input.evaluations))
    with atomic_text_output(snakemake.output.evaluation) as handle:
        write_evaluation(evaluation, handle)
