"""A study's extension points, read from the config: its queries, features and model."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.sql.queries import MWE_QUERIES, Query, SqlBackend

# Per-session files of the pipeline itself: no query may write over them.
RESERVED_QUERY_NAMES = frozenset({"morf_mwe_feats", "clickstream_activity"})
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
FORUM_POSTS_FEATURE = "forum_posts"
MWE_ESTIMATOR = "sklearn.linear_model.LogisticRegression"


def configured_queries(declared: Mapping[str, Mapping[str, Any]]) -> dict[str, Query]:
    """The MWE's two queries, then the config's ``queries`` (which may replace them).

    Each declared query has ``sql`` (text) or ``file`` (a .sql file), ``dumps`` (name
    markers of the session dumps it reads) and optionally ``backend``.
    """
    queries = {query.name: query for query in MWE_QUERIES}
    for name, spec in declared.items():
        if not _NAME.fullmatch(name) or name in RESERVED_QUERY_NAMES:
            raise InputDataError(f"queries: {name!r} is not a usable query name")
        if "file" in spec:
            path = Path(spec["file"])
            try:
                sql = path.read_text(encoding="utf-8")
            except OSError as error:
                raise InputDataError(f"query {name!r}: cannot read {path}: {error}") from None
        else:
            sql = spec["sql"]
        queries[name] = Query(
            name=name,
            sql=sql.strip(),
            dumps=tuple(spec["dumps"]),
            backend=cast(SqlBackend | None, spec.get("backend")),
        )
    return queries


def check_study(config: Mapping[str, Any], queries: Mapping[str, Query]) -> None:
    """Fail before any job runs on a study the pipeline cannot run as configured."""
    extras = [f for f in config["features"] if f != FORUM_POSTS_FEATURE]
    if config["semantics"] == "mwe" and (extras or config["custom_features"]):
        raise ConfigError(
            "semantics 'mwe' reproduces the original job, whose only features are forum_posts: "
            "use semantics 'corrected' for other features"
        )
    if not config["features"] and not config["custom_features"]:
        raise ConfigError("the study has no features: set features or custom_features")
    for name, spec in config["custom_features"].items():
        if unknown := sorted(set(spec.get("queries", [])) - set(queries)):
            raise ConfigError(f"custom feature {name!r} reads unknown query(ies) {unknown}")
    if config["model_estimator"] != MWE_ESTIMATOR or config["model_params"]:
        # Imported here: scikit-learn would slow every Snakemake start-up, even dry runs.
        from morf_pipeline.model import ModelSettings, build_classifier

        build_classifier(
            ModelSettings(
                estimator=config["model_estimator"],
                params=config["model_params"],
                random_state=config["random_state"],
            )
        )
