"""A study's extension points, read from the config: its queries, features and model."""

from __future__ import annotations

import atexit
import json
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
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


@dataclass(frozen=True)
class ModelCheck:
    """The configured classifier, built and its parameters checked (``model.check_classifier``)
    in a child process: importing scikit-learn costs ~1.7 s of CPU, which Snakemake's own
    process would pay on every start-up, dry runs included. Started before the data tree is
    read and awaited after, so on two cores it costs little time."""

    process: subprocess.Popen[str] | None

    @classmethod
    def start(cls, config: Mapping[str, Any]) -> ModelCheck:
        """No child for the MWE's classifier without ``model_params``: the schema checks the
        logistic regression's settings."""
        if config["model_estimator"] == MWE_ESTIMATOR and not config["model_params"]:
            return cls(None)
        settings = {
            "C": config["model_C"],
            "class_weight": config["model_class_weight"],
            "max_iter": config["model_max_iter"],
            "solver": config["model_solver"],
            "estimator": config["model_estimator"],
            "params": config["model_params"],
            "random_state": config["random_state"],
        }
        process = subprocess.Popen(
            [sys.executable, "-m", "morf_pipeline.model", json.dumps(settings)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        atexit.register(process.kill)  # a start-up that fails meanwhile leaves no child
        return cls(process)

    def wait(self) -> None:
        """A ConfigError naming the parameter if the classifier cannot be built as configured."""
        if self.process is None:
            return
        _, errors = self.process.communicate()
        if self.process.returncode == 2:
            raise ConfigError(errors.strip())
        if self.process.returncode != 0:
            raise ConfigError(f"model_estimator: checking the configured model failed: {errors}")


def check_study(config: Mapping[str, Any], queries: Mapping[str, Query]) -> ModelCheck:
    """Fail before any job runs on a study the pipeline cannot run as configured; the model's
    check runs meanwhile in a child process (wait for it with ``ModelCheck.wait``)."""
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
    return ModelCheck.start(config)
