"""Snakemake adapter: every course's ``eval.csv`` in one table."""

from pathlib import Path
from typing import Any

from morf_pipeline.logs import logged_step
from morf_pipeline.tables import write_combined_evaluation

snakemake: Any

with logged_step(snakemake.log[0]):
    write_combined_evaluation(
        map(Path, snakemake.input.evaluations), Path(snakemake.output.evaluation)
    )
