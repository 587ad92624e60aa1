"""Snakemake adapter: score a course's ``output.csv`` into its ``eval.csv`` and metrics table."""

from typing import Any

from morf_pipeline.evaluation import evaluate_course, metrics_table_html
from morf_pipeline.files import atomic_text_output
from morf_pipeline.logs import logged_step
from morf_pipeline.tables import read_with_text_sessions, write_evaluation

snakemake: Any

with logged_step(snakemake.log[0]):
    course = snakemake.wildcards.course
    evaluation = evaluate_course(course, read_with_text_sessions(snakemake.input.predictions))
    with atomic_text_output(snakemake.output.evaluation) as handle:
        write_evaluation(evaluation, handle)
    with atomic_text_output(snakemake.output.metrics_table) as handle:
        handle.write(metrics_table_html(course, evaluation))
