"""Snakemake adapter: join a course's session features with its labels."""

from pathlib import Path
from typing import Any

from morf_pipeline.dataset import write_course_dataset
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    write_course_dataset(
        course=snakemake.wildcards.course,
        session_features=list(
            zip(snakemake.params.sessions, map(Path, snakemake.input.features), strict=True)
        ),
        labels_csv=Path(snakemake.input.labels),
        semantics=snakemake.params.semantics,
        destination=Path(snakemake.output.dataset),
        keep_session=snakemake.params.keep_session,
        extra_features={
            name.removeprefix("extra_"): [Path(path) for path in paths]
            for name, paths in snakemake.input.items()
            if name.startswith("extra_")
        },
        forum_posts=snakemake.params.forum_posts,
        unmatched_labels=snakemake.params.unmatched_labels,
    )
