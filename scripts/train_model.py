"""Snakemake adapter: train and test the course's model, writing ``output.csv``."""

from pathlib import Path
from typing import Any

from morf_pipeline.logs import logged_step
from morf_pipeline.model import write_predictions

snakemake: Any

with logged_step(snakemake.log[0]):
    write_predictions(
        snakemake.wildcards.course,
        Path(snakemake.input.dataset),
        split=snakemake.params.split,
        model_settings=snakemake.params.model,
        holdout_session=snakemake.params.holdout_session,
        destination=Path(snakemake.output.predictions),
    )
