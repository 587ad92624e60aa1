"""A study's own feature extractors: a function in the user's module, run once per session.

The function takes a :class:`SessionData` and returns a DataFrame with a ``userID`` column
and one numeric column per feature, one row per learner; its file joins the course dataset by
userID and session (learners it does not list get 0).
"""

from __future__ import annotations

import importlib.util
import logging
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from morf_pipeline.dates import SessionDates
from morf_pipeline.errors import InputDataError
from morf_pipeline.exports import read_export_frame
from morf_pipeline.files import atomic_text_output
from morf_pipeline.labels import USER_COLUMN
from morf_pipeline.weeks import corrected_weeks

log = logging.getLogger(__name__)

# Columns the course dataset owns: a feature may not produce them.
RESERVED_COLUMNS = frozenset({"session", "label_value", "course", "label_type"})


@dataclass(frozen=True)
class SessionData:
    """What a feature function gets for one session."""

    course: str
    session: str
    dates: SessionDates
    n_feature_weeks: int
    clickstream: Path  # the gzipped JSON-lines clickstream
    query_csvs: Mapping[str, Path]  # the CSVs of the queries the feature declared

    def query(self, name: str) -> pd.DataFrame:
        """A query's rows for this session, as text; SQL NULL is a missing value."""
        if name not in self.query_csvs:
            raise KeyError(f"query {name!r} is not among the feature's declared queries")
        return read_export_frame(self.query_csvs[name])

    def weeks(self, unix_seconds: npt.ArrayLike) -> npt.NDArray[np.int64]:
        """Course week of each time: week k is [start + 7k, start + 7k + 7 days); -1 outside."""
        return corrected_weeks(np.asarray(unix_seconds, dtype=np.int64), self.dates)


FeatureFunction = Callable[[SessionData], pd.DataFrame]


def load_feature_function(module: Path, function: str) -> FeatureFunction:
    """Import ``function`` from the Python file ``module``, which may import the modules
    beside it (its directory comes first on the import path, as for a script)."""
    spec = importlib.util.spec_from_file_location(f"morf_study_{module.stem}", module)
    if spec is None or spec.loader is None or not module.is_file():
        raise InputDataError(f"feature module {module} does not exist or is not a Python file")
    sys.path.insert(0, str(module.resolve().parent))
    loaded = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(loaded)
    found = getattr(loaded, function, None)
    if not callable(found):
        raise InputDataError(f"{module}: no function {function!r}")
    return found  # type: ignore[no-any-return]


def checked_features(frame: object, feature: str, where: str) -> pd.DataFrame:
    """The function's result, checked: one row per userID, numeric, finite and complete
    features. No row at all is a result: every learner gets 0."""
    problem = ""
    if not isinstance(frame, pd.DataFrame) or USER_COLUMN not in frame:
        problem = f"it must return a DataFrame with a {USER_COLUMN!r} column"
    else:
        values = frame.drop(columns=[USER_COLUMN])
        non_numeric = [c for c in values if not pd.api.types.is_numeric_dtype(values[c])]
        if values.shape[1] == 0:
            problem = "it returned no feature column"
        elif reserved := sorted(RESERVED_COLUMNS & set(values.columns)):
            problem = f"it returned reserved column(s) {reserved}"
        elif non_numeric and not values.empty:
            problem = f"column(s) {non_numeric} are not numeric"
        elif values.isna().any().any():
            problem = "it returned missing values"
        elif infinite := [c for c in values if np.isinf(values[c]).any()]:
            rows = int(np.isinf(values[infinite]).any(axis=1).sum())
            problem = f"column(s) {infinite} hold infinite values ({rows} row(s))"
        elif frame[USER_COLUMN].duplicated().any():
            problem = "it returned a userID twice"
    if problem:
        raise InputDataError(f"{where}: feature {feature!r}: {problem}")
    assert isinstance(frame, pd.DataFrame)
    if frame.empty:  # columns of no value may have any dtype: as every learner gets, 0
        frame = frame.astype({c: "int64" for c in frame if c != USER_COLUMN})
    return frame.astype({USER_COLUMN: str}).sort_values(USER_COLUMN, ignore_index=True)


def write_custom_feature(
    feature: str, module: Path, function: str, data: SessionData, destination: Path
) -> pd.DataFrame:
    """Run the user's feature function for one session and write its checked result."""
    where = f"course {data.course!r}, session {data.session!r}"
    features = checked_features(load_feature_function(module, function)(data), feature, where)
    with atomic_text_output(destination) as handle:
        features.to_csv(handle, index=False)
    log.info("feature %s: %d learners x %d columns", feature, len(features), features.shape[1] - 1)
    if not features.drop(columns=[USER_COLUMN]).to_numpy().any():
        log.warning(
            "%s: feature %r is zero for every learner (%d listed, the others get 0)",
            where,
            feature,
            len(features),
        )
    return features
