"""Snakemake adapter: a course's data report (CSV, and the HTML table of the report)."""

from pathlib import Path
from typing import Any

from morf_pipeline.data_report import SessionFiles, build_data_report
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    extras = {
        name.removeprefix("extra_"): paths
        for name, paths in snakemake.input.items()
        if name.startswith("extra_")
    }
    sessions = [
        SessionFiles(
            session=session,
            stats=Path(stats),
            learners=Path(features),
            features={
                **({"forum_posts": Path(features)} if snakemake.params.forum_posts else {}),
                **{name: Path(paths[index]) for name, paths in extras.items()},
            },
        )
        for index, (session, stats, features) in enumerate(
            zip(
                snakemake.params.sessions,
                snakemake.input.stats,
                snakemake.input.features,
                strict=True,
            )
        )
    ]
    build_data_report(
        course=snakemake.wildcards.course,
        sessions=sessions,
        labels_csv=Path(snakemake.input.labels),
        semantics=snakemake.params.semantics,
        renamed_label_rows=snakemake.params.renamed_label_rows,
        table_destination=Path(snakemake.output.table),
        html_destination=Path(snakemake.output.html),
    )
