"""Snakemake adapter: train and test the course's model, writing ``output.csv``."""

from typing import Any

from morf_pipeline.files import atomic_text_output
from morf_pipeline.logs import logged_step
from morf_pipeline.model import ModelSettings, Split, SplitSettings, train_test_course
from morf_pipeline.tables import read_with_text_sessions

snakemake: Any

with logged_step(snakemake.log[0]):
    predictions = train_test_course(
        snakemake.wildcards.course,
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
