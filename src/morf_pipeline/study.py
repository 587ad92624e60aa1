"""A study: the config, decoded once into one typed, frozen object that rules and scripts read.

``prepare_config`` readies the config Snakemake merged for its schema (keys renamed since, text
from ``--config``); ``Study.from_config`` decodes the validated config and refuses, before any
job runs, a study the pipeline cannot run. Every decision that rules and scripts act on is made
here, once.
"""

from __future__ import annotations

import atexit
import json
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, cast

import yaml

from morf_pipeline.errors import CheckPolicy, ConfigError, InputDataError
from morf_pipeline.model_settings import ModelSettings, Split, SplitSettings, TrainLevel
from morf_pipeline.semantics import Semantics
from morf_pipeline.sql.catalog import MWE_QUERIES, Query, SqlBackend

# Files of the pipeline itself named like a query's (results/<course>/<session>/<name>.csv,
# or results/<folder>/<course>/<name>.csv of a variant): no query may take their names.
RESERVED_QUERY_NAMES = frozenset(
    {"morf_mwe_feats", "clickstream_activity", "labels", "course_dataset"}
)
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
FORUM_POSTS_FEATURE = "forum_posts"
CLICKSTREAM_ACTIVITY_FEATURE = "clickstream_activity"
# The flat keys of earlier versions, and where each now lives (docs/config.md).
RENAMED_KEYS = {
    "queries": "sql: {queries: ...}",
    "mariadb_buffer_pool_mb": "sql: {mariadb: {buffer_pool_mb: ...}}",
    "clickstream_activity_keys": "clickstream_activity: {keys: [...]}",
    "test_size": "random_split: {test_size: ...}",
    "model_C": "model_params: {C: ...}",
    "model_class_weight": "model_params: {class_weight: ...} (none is null)",
    "model_max_iter": "model_params: {max_iter: ...}",
    "model_solver": "model_params: {solver: ...}",
}


# The keys a variant may set (config.schema.yaml's variants); each replaces the run's value.
VARIANT_KEYS = (
    "features",
    "custom_features",
    "n_feature_weeks",
    "label_type",
    "model_estimator",
    "model_params",
    "split",
    "train_level",
    "cv_folds",
)


# libyaml's safe loader where PyYAML has it: the schema in 2 ms instead of 22, on every start-up.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_schema(path: Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as handle:
        schema: dict[str, Any] = yaml.load(handle, Loader=_SAFE_LOADER)
    return schema


_INTEGER = re.compile(r"[-+]?\d+")
_FLOAT = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_WORDS: dict[str, object] = {"true": True, "false": False, "null": None, "~": None}


def _scalar(text: str) -> object:
    """Text as a YAML plain scalar reads: an integer, a float, true, false, null, or the text."""
    if _INTEGER.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return _WORDS.get(text.lower(), text)


def _expects(schema: Mapping[str, Any], value: object) -> bool:
    kind = schema.get("type")
    if kind == "integer":
        return type(value) is int
    if kind == "number":
        return type(value) in (int, float)
    return kind == "boolean" and type(value) is bool


def _read_back_text(value: object, schema: Mapping[str, Any], free_form: bool = False) -> object:
    """``value`` with the text that ``--config`` left read back as YAML where ``schema`` expects
    a number or a boolean, and anywhere inside a free-form mapping (``model_params``)."""
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        free_form = free_form or (
            schema.get("type") == "object" and not properties and extra in (True, {})
        )
        for key, item in value.items():
            item_schema = properties.get(key, extra if isinstance(extra, dict) else {})
            value[key] = _read_back_text(item, item_schema, free_form)
    elif isinstance(value, list):
        return [_read_back_text(item, schema.get("items", {}), free_form) for item in value]
    elif isinstance(value, str):
        read = _scalar(value)
        if (free_form and not isinstance(read, str)) or _expects(schema, read):
            return read
    return value


def prepare_config(config: dict[str, Any], schema: Mapping[str, Any]) -> None:
    """Ready the config Snakemake merged for validation against ``schema``, in place.

    A key renamed since fails naming its new place. Snakemake reads a nested ``--config``
    value as text (``'sql={mariadb: {buffer_pool_mb: 512}}'`` gives ``'512'``): such text
    becomes the number, boolean or null it spells where the schema expects one.
    """
    if renamed := [key for key in config if key in RENAMED_KEYS]:
        moves = "; ".join(f"{key} is now {RENAMED_KEYS[key]}" for key in renamed)
        raise ConfigError(f"renamed config key(s): {moves} (see docs/config.md)")
    _read_back_text(config, schema)


def configured_queries(declared: Mapping[str, Mapping[str, Any]]) -> dict[str, Query]:
    """The MWE's two queries, then the config's ``sql.queries`` (which may replace them).

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
class CustomFeature:
    """One of the study's own per-session feature functions."""

    module: str  # a Python file, relative to the working directory
    function: str  # def function(session: SessionData) -> DataFrame
    queries: tuple[str, ...]  # the query CSVs it reads


class DatasetSettings(NamedTuple):
    """What a course's ``course_dataset.csv`` depends on besides the data."""

    features: tuple[str, ...]  # built-in extractors, then custom features, in config order
    n_feature_weeks: int
    label_type: str
    keep_session: bool


class DataChecks(NamedTuple):
    """What each data check (config ``data_checks``) does with its findings."""

    label_session_unmatched: CheckPolicy = CheckPolicy.ERROR
    label_learner_unmatched: CheckPolicy = CheckPolicy.WARN


@dataclass(frozen=True)
class Study:
    """The config of a run, decoded and checked: what every rule and script acts on."""

    data_dir: Path
    courses: Literal["all"] | tuple[str, ...]
    semantics: Semantics
    label_type: str
    n_feature_weeks: int
    random_state: int
    sql_backend: SqlBackend
    queries: Mapping[str, Query]  # the MWE's two, then the study's, by name
    mariadb_buffer_pool_mb: int
    features: tuple[str, ...]  # built-in extractors
    clickstream_activity_keys: tuple[str, ...]
    custom_features: Mapping[str, CustomFeature]
    split: SplitSettings
    train_level: TrainLevel
    model: ModelSettings
    bootstrap_resamples: int
    variants: Mapping[str, Study]  # by name, each a whole study; none has variants itself
    data_checks: DataChecks

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Study:
        """Decode a config validated against ``config.schema.yaml`` (defaults filled in).

        Each variant is the run's config with the variant's keys replacing the run's values
        (``model_params`` too, whole), decoded into a study of its own.
        """
        variants = {}
        for name, overrides in config["variants"].items():
            try:
                variants[name] = cls._decode({**config, **overrides}, {})
            except ConfigError as error:
                raise ConfigError(f"variant {name!r}: {error}") from None
        study = cls._decode(config, variants)
        study._check_shared_features()
        return study

    @classmethod
    def _decode(cls, config: Mapping[str, Any], variants: Mapping[str, Study]) -> Study:
        random_state = config["random_state"]
        courses = config["courses"]
        study = cls(
            data_dir=Path(config["data_dir"]),
            courses="all" if courses == "all" else tuple(courses),
            semantics=Semantics(config["semantics"]),
            label_type=config["label_type"],
            n_feature_weeks=config["n_feature_weeks"],
            random_state=random_state,
            sql_backend=config["sql_backend"],
            queries=MappingProxyType(configured_queries(config["sql"]["queries"])),
            mariadb_buffer_pool_mb=config["sql"]["mariadb"]["buffer_pool_mb"],
            features=tuple(config["features"]),
            clickstream_activity_keys=tuple(config["clickstream_activity"]["keys"]),
            custom_features=MappingProxyType(
                {
                    name: CustomFeature(
                        spec["module"], spec["function"], tuple(spec.get("queries", []))
                    )
                    for name, spec in config["custom_features"].items()
                }
            ),
            split=SplitSettings(
                mode=Split(config["split"]),
                test_size=config["random_split"]["test_size"],
                random_state=random_state,
                cv_folds=config["cv_folds"],
            ),
            train_level=TrainLevel(config["train_level"]),
            model=ModelSettings(
                estimator=config["model_estimator"],
                params=dict(config["model_params"]),
                random_state=random_state,
            ),
            bootstrap_resamples=config["bootstrap_resamples"],
            variants=MappingProxyType(dict(variants)),
            data_checks=DataChecks(
                **{key: CheckPolicy(value) for key, value in config["data_checks"].items()}
            ),
        )
        study._check()
        return study

    def _check(self) -> None:
        """Fail before any job runs on a study the pipeline cannot run as configured (the
        model is checked apart, by ``ModelCheck``: building it imports scikit-learn)."""
        extras = [f for f in self.features if f != FORUM_POSTS_FEATURE]
        if self.semantics is Semantics.MWE and (extras or self.custom_features):
            raise ConfigError(
                "semantics 'mwe' reproduces the original job, whose only features are "
                "forum_posts: use semantics 'corrected' for other features"
            )
        if not self.features and not self.custom_features:
            raise ConfigError("the study has no features: set features or custom_features")
        for name, feature in self.custom_features.items():
            if unknown := sorted(set(feature.queries) - set(self.queries)):
                raise ConfigError(f"custom feature {name!r} reads unknown query(ies) {unknown}")

    def _check_shared_features(self) -> None:
        """A custom feature's file is shared by name: every variant must define it alike."""
        defined: dict[str, CustomFeature] = {}
        for study in (self, *self.variants.values()):
            for name, feature in study.custom_features.items():
                if defined.setdefault(name, feature) != feature:
                    raise ConfigError(
                        f"custom feature {name!r} is defined differently in two variants: "
                        "give each definition its own name"
                    )

    @property
    def studies(self) -> dict[str, Study]:
        """The studies a run carries out, by the folder of their outputs under ``output/``:
        this one at the top (``""``), or each variant under ``variants/<name>/``."""
        if not self.variants:
            return {"": self}
        return {f"variants/{name}/": variant for name, variant in self.variants.items()}

    @property
    def optimism_pairs(self) -> list[tuple[str, str]]:
        """Pairs of a cross-validated and a holdout variant whose optimism gap the comparison
        shows: those alike but for the split, else every such pair."""
        by_split = {
            mode: [name for name, v in self.variants.items() if v.split.mode is mode]
            for mode in (Split.CV, Split.HOLDOUT)
        }
        pairs = [(cv, holdout) for cv in by_split[Split.CV] for holdout in by_split[Split.HOLDOUT]]

        def alike(cv: str, holdout: str) -> bool:
            first, second = self.variants[cv], self.variants[holdout]
            return replace(first, split=second.split) == second

        return [pair for pair in pairs if alike(*pair)] or pairs

    @property
    def all_custom_features(self) -> dict[str, CustomFeature]:
        """Every custom feature of this study and its variants, by name."""
        return {
            name: feature
            for study in (self, *self.variants.values())
            for name, feature in study.custom_features.items()
        }

    @property
    def dataset_settings(self) -> DatasetSettings:
        return DatasetSettings(
            features=(*self.features, *self.custom_features),
            n_feature_weeks=self.n_feature_weeks,
            label_type=self.label_type,
            keep_session=self.mwe_dataset_keeps_session,
        )

    # Per-session and per-course files are keyed by the settings that determine them, not by
    # variant: the run's own settings keep the plain paths (``""``), others get a folder named
    # after them, so variants that need a file alike share it.
    def weeks_dir(self, study: Study) -> str:
        """The folder under ``results/`` of ``study``'s weekly feature files."""
        weeks = study.n_feature_weeks
        return "" if weeks == self.n_feature_weeks else f"weeks_{weeks}/"

    def labels_dir(self, study: Study) -> str:
        """The folder under ``results/`` of ``study``'s course label files."""
        label = study.label_type
        return "" if label == self.label_type else f"labels_{label}/"

    def dataset_dir(self, study: Study) -> str:
        """The folder under ``results/`` of ``study``'s course datasets."""
        settings = study.dataset_settings
        if settings == self.dataset_settings:
            return ""
        sessions = "_sessions" if settings.keep_session else ""
        features = "+".join(settings.features)
        return f"dataset_{features}_w{settings.n_feature_weeks}_{settings.label_type}{sessions}/"

    @property
    def require_unique_labels(self) -> bool:
        """``corrected`` refuses two label rows of one (userID, session); ``mwe`` keeps both."""
        return self.semantics is Semantics.CORRECTED

    @property
    def label_session_policy(self) -> CheckPolicy:
        """What label rows naming no session directory do: ``mwe`` joins labels on userID
        alone, so there such a row still counts and is only warned about."""
        if self.semantics is Semantics.MWE:
            return CheckPolicy.WARN
        return self.data_checks.label_session_unmatched

    @property
    def mwe_dataset_keeps_session(self) -> bool:
        """``mwe`` drops the session from the dataset, which the holdout split needs.

        ``corrected`` always keeps it, so there this stays False and a change of split reruns
        only the model onward."""
        return self.semantics is Semantics.MWE and self.split.mode is Split.HOLDOUT

    @property
    def uses_forum_posts(self) -> bool:
        """The MWE's weekly forum-post columns are model inputs."""
        return FORUM_POSTS_FEATURE in self.features

    @property
    def counts_clickstream_activity(self) -> bool:
        """The clickstream scan also counts each learner's events of the configured keys (for
        this study or one of its variants)."""
        return any(
            CLICKSTREAM_ACTIVITY_FEATURE in study.features
            for study in (self, *self.variants.values())
        )

    @property
    def uses_clickstream_activity(self) -> bool:
        """The clickstream activity columns are this study's model inputs."""
        return CLICKSTREAM_ACTIVITY_FEATURE in self.features

    def query_backend(self, query: str) -> SqlBackend:
        """The query's own backend if it declares one, else the run's ``sql_backend``."""
        return self.queries[query].backend or self.sql_backend

    @property
    def dump_markers(self) -> tuple[str, ...]:
        """The name markers of every dump some query reads, each once."""
        return tuple(dict.fromkeys(marker for q in self.queries.values() for marker in q.dumps))

    @property
    def read_queries(self) -> frozenset[str]:
        """The queries whose CSVs a feature job reads: the MWE's two (weekly features), and
        those each custom feature declares."""
        return frozenset(q.name for q in MWE_QUERIES).union(
            *(feature.queries for feature in self.all_custom_features.values())
        )


@dataclass(frozen=True)
class ModelCheck:
    """The configured classifier, built and its parameters checked (``model.build_classifier``)
    in a child process: importing scikit-learn costs ~1.7 s of CPU, which Snakemake's own
    process would pay on every start-up, dry runs included. Started before the data tree is
    read and awaited after, so on two cores it costs little time."""

    process: subprocess.Popen[str] | None

    @classmethod
    def start(cls, settings: ModelSettings) -> ModelCheck:
        """No child for the MWE's own classifier (``ModelSettings.is_mwe_model``)."""
        if settings.is_mwe_model:
            return cls(None)
        process = subprocess.Popen(
            [sys.executable, "-m", "morf_pipeline.model", json.dumps(settings._asdict())],
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
