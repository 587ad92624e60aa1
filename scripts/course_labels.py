"""Snakemake adapter: one course's labels of the configured label type."""

from pathlib import Path
from typing import Any

from morf_pipeline.labels import write_course_labels
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    write_course_labels(
        label_files=[Path(snakemake.input.train), Path(snakemake.input.test)],
        course=snakemake.wildcards.course,
        label_type=snakemake.params.label_type,
        destination=Path(snakemake.output.labels),
        require_unique=snakemake.params.require_unique,
        session_renames=snakemake.params.session_renames,
    )
