"""Snakemake adapter: one session's weekly forum-post features (and clickstream activity)."""

from pathlib import Path
from typing import Any

from morf_pipeline.dates import SessionDates
from morf_pipeline.features import write_session_features
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    activity = snakemake.output.get("activity")
    write_session_features(
        clickstream_path=Path(snakemake.input.clickstream),
        forum_posts_csv=Path(snakemake.input.forum_posts),
        forum_comments_csv=Path(snakemake.input.forum_comments),
        dates=SessionDates(snakemake.params.start_date, snakemake.params.end_date),
        n_feature_weeks=snakemake.params.n_feature_weeks,
        semantics=snakemake.params.semantics,
        destination=Path(snakemake.output.features),
        activity_keys=snakemake.params.activity_keys,
        activity_destination=Path(activity) if activity else None,
        stats_destination=Path(snakemake.output.stats),
    )
