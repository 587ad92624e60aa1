"""Snakemake adapter: the model of one course, or one on several courses pooled; then each
course's ``output.csv``, its scores (``eval.csv`` and the metrics table) and its performance
figure, all from the predictions as written."""

from pathlib import Path
from typing import Any

from morf_pipeline.evaluation import Bootstrap, write_course_evaluation
from morf_pipeline.logs import logged_step
from morf_pipeline.performance_plots import plot_performance
from morf_pipeline.splits import write_predictions
from morf_pipeline.tables import read_with_text_sessions

snakemake: Any


def paths(named_output: str | list[str]) -> list[Path]:
    """A named output's files: one (course_model) or one per course (pooled_model)."""
    return [Path(named_output)] if isinstance(named_output, str) else list(map(Path, named_output))


with logged_step(snakemake.log[0]):
    courses = snakemake.params.courses
    outputs = snakemake.output
    predictions = dict(zip(courses, paths(outputs.predictions), strict=True))
    write_predictions(
        {
            course: (Path(dataset), split)
            for course, dataset, split in zip(
                courses, snakemake.input.datasets, snakemake.params.splits, strict=True
            )
        },
        model_settings=snakemake.params.model,
        destinations=predictions,
    )
    bootstrap = Bootstrap(snakemake.params.bootstrap_resamples, snakemake.params.seed)
    for course, evaluation, metrics_table, figure in zip(
        courses,
        paths(outputs.evaluation),
        paths(outputs.metrics_table),
        paths(outputs.figure),
        strict=True,
    ):
        write_course_evaluation(course, predictions[course], evaluation, metrics_table, bootstrap)
        plot_performance(course, read_with_text_sessions(predictions[course]), figure)
