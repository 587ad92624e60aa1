"""Snakemake adapter: export one session's forum posts and comments (embedded SQL or MariaDB)."""

from pathlib import Path
from typing import Any

from morf_pipeline.forum_sql import extract_forum_csvs
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    extract_forum_csvs(
        forum_dump=Path(snakemake.input.forum_dump),
        hash_mapping_dump=Path(snakemake.input.hash_mapping_dump),
        forum_posts_csv=Path(snakemake.output.forum_posts),
        forum_comments_csv=Path(snakemake.output.forum_comments),
        server_parent_dir=snakemake.resources.tmpdir,
        buffer_pool_mb=snakemake.resources.buffer_pool_mb,
        backend=snakemake.resources.sql_backend,
    )
