"""Snakemake adapter: a session's query CSVs from its dumps, loaded once (SQLite or MariaDB)."""

from pathlib import Path
from typing import Any

from morf_pipeline.logs import logged_step
from morf_pipeline.sql.queries import Query, export_session_queries

snakemake: Any

with logged_step(snakemake.log[0]):
    course, session = snakemake.wildcards.course, snakemake.wildcards.session
    dumps = [Path(dump) for dump in snakemake.input]
    export_session_queries(
        [
            (Query(name, sql, tuple(snakemake.input.keys())), Path(csv))
            for (name, sql), csv in zip(
                snakemake.params.queries.items(), snakemake.output, strict=True
            )
        ],
        dumps,
        where=f"course {course!r}, session {session!r} ({', '.join(map(str, dumps))})",
        backend=snakemake.resources.sql_backend,
        server_parent_dir=snakemake.resources.tmpdir,
        buffer_pool_mb=snakemake.resources.buffer_pool_mb,
    )
