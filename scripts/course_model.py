"""Snakemake adapter: a course's model (``output.csv``), its scores (``eval.csv``, metrics
table) and its performance figure."""

from pathlib import Path
from typing import Any

from morf_pipeline.evaluation import evaluate_course, metrics_table_html
from morf_pipeline.files import atomic_text_output
from morf_pipeline.logs import logged_step
from morf_pipeline.model import ModelSettings, Split, SplitSettings, train_test_course
from morf_pipeline.performance_plots import plot_performance
from morf_pipeline.tables import read_with_text_sessions, write_evaluation

snakemake: Any

with logged_step(snakemake.log[0]):
    course = snakemake.wildcards.course
    predictions = train_test_course(
        course,
        read_with_text_sessions(snakemake.input.dataset),
        SplitSettings(
            mode=Split(snakemake.params.split),
            test_size=snakemake.params.test_size,
            random_state=snakemake.params.random_state,
            holdout_session=snakemake.params.holdout_session,
        ),
        ModelSettings(**snakemake.params.model, random_state=snakemake.params.random_state),
    )
    with atomic_text_output(snakemake.output.predictions) as handle:
        predictions.to_csv(handle, index=False)
    # Scored as written, as MORF scores a job's output.csv.
    written = read_with_text_sessions(snakemake.output.predictions)
    evaluation = evaluate_course(course, written)
    with atomic_text_output(snakemake.output.evaluation) as handle:
        write_evaluation(evaluation, handle)
    with atomic_text_output(snakemake.output.metrics_table) as handle:
        handle.write(metrics_table_html(course, evaluation))
    plot_performance(course, written, Path(snakemake.output.figure))
