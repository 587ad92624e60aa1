"""Snakemake adapter: every course's ``eval.csv`` in one table (the rows as the courses wrote
them: the last job of every run imports no pandas)."""

from pathlib import Path
from typing import Any

from morf_pipeline.files import write_concatenated_csv
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    write_concatenated_csv(
        map(Path, snakemake.input.evaluations), Path(snakemake.output.evaluation)
    )
