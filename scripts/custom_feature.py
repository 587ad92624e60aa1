"""Snakemake adapter: one of the study's own features for one session."""

from pathlib import Path
from typing import Any

from morf_pipeline.custom_features import SessionData, write_custom_feature
from morf_pipeline.dates import SessionDates
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    queries = {
        name.removeprefix("query_"): Path(path)
        for name, path in snakemake.input.items()
        if name.startswith("query_")
    }
    write_custom_feature(
        feature=snakemake.wildcards.feature,
        module=Path(snakemake.input.module),
        function=snakemake.params.function,
        data=SessionData(
            course=snakemake.wildcards.course,
            session=snakemake.wildcards.session,
            dates=SessionDates(snakemake.params.start_date, snakemake.params.end_date),
            n_feature_weeks=snakemake.params.n_feature_weeks,
            clickstream=Path(snakemake.input.clickstream),
            query_csvs=queries,
        ),
        destination=Path(snakemake.output.features),
    )
