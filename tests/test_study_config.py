"""The config decoded into the study (unit level): defaults, merges of overrides, decisions,
refusals, the key reference and the report's method text."""

import pickle
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import yaml
from jinja2 import Environment
from snakemake.cli import parse_config
from snakemake.exceptions import WorkflowError
from snakemake.utils import update_config, validate

from conftest import REPO
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.model_settings import MWE_ESTIMATOR, ModelSettings, Split, SplitSettings
from morf_pipeline.semantics import Semantics
from morf_pipeline.sql.queries import FORUM_COMMENTS_QUERY
from morf_pipeline.study import Study, configured_queries, load_schema, prepare_config
from tools.config_reference import REFERENCE, key_rows, schema_defaults, with_table

CONFIG = REPO / "config.yaml"
SCHEMA = REPO / "config.schema.yaml"


def test_builtin_queries_come_first_and_config_adds_or_replaces(tmp_path: Path) -> None:
    sql_file = tmp_path / "threads.sql"
    sql_file.write_text("SELECT id FROM forum_threads ORDER BY id;\n")
    queries = configured_queries(
        {
            "threads": {"file": str(sql_file), "dumps": ["anonymized_forum"]},
            "forum_posts": {
                "sql": "SELECT id FROM forum_posts ORDER BY id",
                "dumps": ["anonymized_forum"],
                "backend": "mariadb",
            },
        }
    )
    assert list(queries) == ["forum_posts", "forum_comments", "threads"]
    assert queries["threads"].sql == "SELECT id FROM forum_threads ORDER BY id;"
    assert queries["threads"].dumps == ("anonymized_forum",)
    assert queries["forum_posts"].backend == "mariadb"
    assert queries["forum_comments"].sql == FORUM_COMMENTS_QUERY


@pytest.mark.parametrize(
    ("declared", "message"),
    [
        ({"x": {"file": "/nowhere/x.sql", "dumps": ["a"]}}, r"query 'x': cannot read /nowhere"),
        ({"morf_mwe_feats": {"sql": "SELECT 1", "dumps": ["a"]}}, "not a usable query name"),
        ({"clickstream_activity": {"sql": "SELECT 1", "dumps": ["a"]}}, "not a usable"),
    ],
)
def test_unusable_queries_are_named(declared: dict[str, dict[str, object]], message: str) -> None:
    with pytest.raises(InputDataError, match=message):
        configured_queries(declared)


def validated(*overrides: dict[str, Any] | list[str]) -> dict[str, Any]:
    """``config.yaml`` with ``overrides`` merged in as Snakemake merges them (a list is
    ``--config`` entries, parsed as Snakemake parses them), readied and validated."""
    config: dict[str, Any] = yaml.safe_load(CONFIG.read_text())
    for override in overrides:
        update_config(config, parse_config(override) if isinstance(override, list) else override)
    prepare_config(config, load_schema(SCHEMA))
    validate(config, str(SCHEMA))
    return config


def test_config_yaml_holds_exactly_the_schema_defaults() -> None:
    assert yaml.safe_load(CONFIG.read_text()) == schema_defaults(load_schema(SCHEMA))


def test_every_key_has_a_description_and_every_optional_key_a_default() -> None:
    rows = list(key_rows(load_schema(SCHEMA)))
    assert len(rows) > 20
    for key, default, description in rows:
        assert description, key
        assert default, key  # a default, "required" or "(group)"


def test_the_key_reference_is_generated_from_the_schema() -> None:
    document = REFERENCE.read_text()
    assert document == with_table(document, load_schema(SCHEMA)), (
        "docs/config.md is stale: run .venv/bin/python tests/tools/config_reference.py"
    )


def test_the_defaults_decode_to_the_mwe_study() -> None:
    study = Study.from_config(validated())
    assert study.data_dir == Path("data/sample")
    assert study.courses == "all"
    assert study.semantics is Semantics.CORRECTED
    assert study.split == SplitSettings(Split.RANDOM, test_size=0.25, random_state=1)
    assert study.model == ModelSettings(MWE_ESTIMATOR, params={}, random_state=1)
    assert study.model.is_mwe_model
    assert list(study.queries) == ["forum_posts", "forum_comments"]
    assert study.query_backend("forum_posts") == "embedded"
    assert study.mariadb_buffer_pool_mb == 256
    assert study.clickstream_activity_keys == ("pageview", "user.video.lecture.action")
    assert study.dump_markers == ("anonymized_forum", "hash_mapping")
    assert study.read_queries == {"forum_posts", "forum_comments"}
    assert (study.uses_forum_posts, study.counts_clickstream_activity) == (True, False)


@pytest.mark.parametrize(
    ("semantics", "split", "unique_labels", "mwe_keeps_session"),
    [
        ("corrected", "random", True, False),
        ("corrected", "holdout", True, False),
        ("mwe", "random", False, False),
        ("mwe", "holdout", False, True),
    ],
)
def test_decisions_are_made_once_in_the_study(
    semantics: str, split: str, unique_labels: bool, mwe_keeps_session: bool
) -> None:
    study = Study.from_config(validated({"semantics": semantics, "split": split}))
    assert study.require_unique_labels is unique_labels
    assert study.mwe_dataset_keeps_session is mwe_keeps_session
    assert study.split.mode is Split(split)


def test_the_example_study_decodes_its_queries_features_and_model() -> None:
    example = yaml.safe_load((REPO / "examples" / "activity-forest.yaml").read_text())
    study = Study.from_config(validated(example, {"sql_backend": "mariadb"}))
    assert list(study.queries) == ["forum_posts", "forum_comments", "thread_starts"]
    assert study.query_backend("thread_starts") == "mariadb"
    assert study.custom_features["threads_started"].queries == ("thread_starts",)
    assert study.read_queries == {"forum_posts", "forum_comments", "thread_starts"}
    assert study.counts_clickstream_activity
    assert study.model.params == {"n_estimators": 200, "min_samples_leaf": 5}
    assert not study.model.is_mwe_model


def test_nested_command_line_overrides_merge_and_keep_their_types() -> None:
    example = yaml.safe_load((REPO / "examples" / "activity-forest.yaml").read_text())
    command_line = [
        "sql={mariadb: {buffer_pool_mb: 512}}",
        "model_params={C: 0.5, class_weight: null, tol: 1e-3, warm_start: true, solver: saga}",
        "random_split={test_size: 0.3}",
        "courses=[2015, accounting]",
        "n_feature_weeks=3",
    ]
    study = Study.from_config(validated(example, command_line))
    assert study.mariadb_buffer_pool_mb == 512
    assert "thread_starts" in study.queries  # the merge keeps the study file's queries
    assert study.model.params == {
        "n_estimators": 200,
        "min_samples_leaf": 5,
        "C": 0.5,
        "class_weight": None,
        "tol": 0.001,
        "warm_start": True,
        "solver": "saga",
    }
    assert study.split.test_size == 0.3
    assert study.courses == ("2015", "accounting")  # text where the schema wants text
    assert study.n_feature_weeks == 3


def test_text_that_is_no_number_still_fails_the_schema() -> None:
    with pytest.raises(WorkflowError, match="buffer_pool_mb"):
        validated(["sql={mariadb: {buffer_pool_mb: lots}}"])


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("model_C", r"model_C is now model_params: \{C: ...\}"),
        ("test_size", r"test_size is now random_split: \{test_size: ...\}"),
        ("mariadb_buffer_pool_mb", r"now sql: \{mariadb: \{buffer_pool_mb: ...\}\}"),
        ("queries", r"queries is now sql: \{queries: ...\}"),
        ("clickstream_activity_keys", r"now clickstream_activity: \{keys: \[...\]\}"),
    ],
)
def test_a_renamed_key_fails_naming_its_new_place(key: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        prepare_config({key: "1"}, load_schema(SCHEMA))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"semantics": "mwe", "features": ["forum_posts", "clickstream_activity"]}, "'mwe'"),
        ({"features": []}, "the study has no features"),
        (
            {"custom_features": {"x": {"module": "m.py", "function": "f", "queries": ["q"]}}},
            r"custom feature 'x' reads unknown query\(ies\) \['q'\]",
        ),
    ],
)
def test_a_study_that_cannot_run_is_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        Study.from_config(validated(change))


def test_settings_reach_rules_as_params_snakemake_compares() -> None:
    # Snakemake compares a param's repr only for builtin types (tuples included), and passes a
    # job its params pickled.
    study = Study.from_config(validated({"split": "holdout", "model_params": {"C": 0.5}}))
    for settings in (study.split, study.model):
        assert isinstance(settings, tuple)
        assert pickle.loads(pickle.dumps(settings)) == settings
    changed = Study.from_config(validated({"split": "holdout", "model_params": {"C": 0.4}}))
    assert repr(changed.model) != repr(study.model)
    assert repr(changed.split) == repr(study.split)
    assert pickle.loads(pickle.dumps(study.semantics)) is study.semantics


def render_method_text(config: dict[str, Any]) -> str:
    """report/workflow.rst as Snakemake renders it for ``--report`` (its Jinja settings)."""
    template = (REPO / "report" / "workflow.rst").read_text()
    snakemake = SimpleNamespace(config=config)
    return (
        Environment(trim_blocks=True, lstrip_blocks=True)
        .from_string(template)
        .render(snakemake=snakemake)
    )


@pytest.mark.parametrize(
    ("overrides", "backend", "estimator", "also"),
    [
        ({}, "embedded", "sklearn.linear_model.LogisticRegression", "its default arguments"),
        (
            {"sql_backend": "mariadb", "model_params": {"C": 0.5}, "split": "holdout"},
            "mariadb",
            "sklearn.linear_model.LogisticRegression",
            "with\nC = 0.5",
        ),
        (
            {
                "model_estimator": "sklearn.ensemble.RandomForestClassifier",
                "model_params": {"n_estimators": 50},
                "sql": {
                    "queries": {"x": {"sql": "SELECT 1", "dumps": ["a"], "backend": "mariadb"}}
                },
            },
            "embedded",
            "sklearn.ensemble.RandomForestClassifier",
            "query ``x`` by backend **mariadb**",
        ),
    ],
)
def test_the_report_method_text_names_the_backend_and_model_of_the_run(
    overrides: dict[str, Any], backend: str, estimator: str, also: str
) -> None:
    text = render_method_text(validated(overrides))
    assert f"(SQL backend **{backend}**)" in text
    assert f"Model: **{estimator}**" in text
    assert also in text
    other = {"embedded": "mariadb", "mariadb": "embedded"}[backend]
    assert f"(SQL backend **{other}**)" not in text
