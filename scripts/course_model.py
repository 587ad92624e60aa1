"""Snakemake adapter: a course's model (``output.csv``), its scores (``eval.csv`` and the
metrics table) and its performance figure, all from the predictions as written."""

from pathlib import Path
from typing import Any

from morf_pipeline.evaluation import write_course_evaluation
from morf_pipeline.logs import logged_step
from morf_pipeline.model import write_predictions
from morf_pipeline.performance_plots import plot_performance
from morf_pipeline.tables import read_with_text_sessions

snakemake: Any

with logged_step(snakemake.log[0]):
    course, predictions = snakemake.wildcards.course, Path(snakemake.output.predictions)
    write_predictions(
        course,
        Path(snakemake.input.dataset),
        split=snakemake.params.split,
        model_settings=snakemake.params.model,
        holdout_session=snakemake.params.holdout_session,
        destination=predictions,
    )
    write_course_evaluation(
        course,
        predictions,
        Path(snakemake.output.evaluation),
        Path(snakemake.output.metrics_table),
    )
    plot_performance(course, read_with_text_sessions(predictions), Path(snakemake.output.figure))
