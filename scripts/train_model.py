"""Snakemake adapter: train the model of one course, or one on several courses pooled, and
write each course's ``output.csv``."""

from pathlib import Path
from typing import Any

from morf_pipeline.logs import logged_step
from morf_pipeline.splits import write_predictions

snakemake: Any

with logged_step(snakemake.log[0]):
    courses = snakemake.params.courses
    write_predictions(
        {
            course: (Path(dataset), split)
            for course, dataset, split in zip(
                courses, snakemake.input.datasets, snakemake.params.splits, strict=True
            )
        },
        model_settings=snakemake.params.model,
        destinations=dict(zip(courses, map(Path, snakemake.output), strict=True)),
    )
