"""Snakemake adapter: join a course's session features with its labels."""

from pathlib import Path
from typing import Any

from morf_pipeline.dataset import build_course_dataset
from morf_pipeline.errors import CheckPolicy
from morf_pipeline.files import atomic_text_output
from morf_pipeline.logs import logged_step
from morf_pipeline.semantics import Semantics

snakemake: Any

with logged_step(snakemake.log[0]):
    dataset = build_course_dataset(
        course=snakemake.wildcards.course,
        session_features=list(
            zip(snakemake.params.sessions, map(Path, snakemake.input.features), strict=True)
        ),
        labels_csv=Path(snakemake.input.labels),
        semantics=Semantics(snakemake.params.semantics),
        keep_session=snakemake.params.keep_session,
        extra_features={
            name.removeprefix("extra_"): [Path(path) for path in paths]
            for name, paths in snakemake.input.items()
            if name.startswith("extra_")
        },
        forum_posts=snakemake.params.forum_posts,
        unmatched_labels=CheckPolicy(snakemake.params.unmatched_labels),
    )
    with atomic_text_output(snakemake.output.dataset) as handle:
        dataset.to_csv(handle, index=False)
