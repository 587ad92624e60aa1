"""Snakemake adapter: train and test the course's model, writing ``output.csv``."""

from typing import Any

import pandas as pd

from morf_pipeline.atomic import atomic_text_output
from morf_pipeline.logs import logged_step
from morf_pipeline.model import train_test_course

snakemake: Any

with logged_step(snakemake.log[0]):
    predictions = train_test_course(
        snakemake.wildcards.course, pd.read_csv(snakemake.input.dataset)
    )
    with atomic_text_output(snakemake.output.predictions) as handle:
        predictions.to_csv(handle, index=False)
