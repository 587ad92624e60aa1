"""A study's variants decoded from the config (unit level): overrides, the folders that share
files by settings, the optimism pairs, and refusals naming the variant."""

from typing import Any

import pytest
import yaml
from snakemake.exceptions import WorkflowError
from test_study_config import validated

from conftest import REPO
from morf_pipeline.errors import ConfigError
from morf_pipeline.model_settings import MWE_ESTIMATOR, Split, TrainLevel
from morf_pipeline.study import Study

FOREST = "sklearn.ensemble.RandomForestClassifier"


def study_of(variants: dict[str, dict[str, Any]], **run: Any) -> Study:
    return Study.from_config(validated({**run, "variants": variants}))


def test_without_variants_the_study_is_run_at_the_top() -> None:
    study = study_of({})
    assert study.studies == {"": study}
    assert (study.train_level, study.split.cv_folds, study.bootstrap_resamples) == (
        TrainLevel.COURSE,
        5,
        1000,
    )
    assert study.weeks_dir(study) == study.labels_dir(study) == study.dataset_dir(study) == ""


def test_each_variant_replaces_the_run_keys_it_names() -> None:
    study = study_of(
        {
            "plain": {},
            "forest": {"model_estimator": FOREST, "model_params": {"n_estimators": 10}},
            "cv": {"split": "cv", "cv_folds": 3, "train_level": "all"},
            "short": {"n_feature_weeks": 2, "label_type": "dropout_current_week"},
        },
        model_params={"C": 0.5},
        split="holdout",
    )
    plain, forest, cv, short = study.variants.values()
    assert list(study.studies) == [f"variants/{n}/" for n in ("plain", "forest", "cv", "short")]
    assert plain == Study.from_config(validated({"model_params": {"C": 0.5}, "split": "holdout"}))
    # model_params is replaced whole: C is the logistic regression's, not the forest's.
    assert (forest.model.estimator, dict(forest.model.params)) == (FOREST, {"n_estimators": 10})
    assert (plain.model.estimator, dict(plain.model.params)) == (MWE_ESTIMATOR, {"C": 0.5})
    assert (cv.split.mode, cv.split.cv_folds, cv.train_level) == (Split.CV, 3, TrainLevel.ALL)
    assert forest.split.mode is Split.HOLDOUT
    assert (short.n_feature_weeks, short.label_type) == (2, "dropout_current_week")
    assert all(not v.variants for v in study.variants.values())


def test_files_are_keyed_by_the_settings_that_determine_them() -> None:
    study = study_of(
        {
            "forum": {},
            "forest": {"model_estimator": FOREST, "split": "cv"},
            "both": {"features": ["forum_posts", "clickstream_activity"]},
            "short": {"n_feature_weeks": 2},
            "current": {"label_type": "dropout_current_week"},
        }
    )
    forum, forest, both, short, current = study.variants.values()
    # The model and the split change no per-session or per-course file.
    for variant in (forum, forest):
        assert study.weeks_dir(variant) == study.labels_dir(variant) == ""
        assert study.dataset_dir(variant) == ""
    assert (study.weeks_dir(both), study.dataset_dir(both)) == (
        "",
        "dataset_forum_posts+clickstream_activity_w4_dropout/",
    )
    assert (study.weeks_dir(short), study.dataset_dir(short)) == (
        "weeks_2/",
        "dataset_forum_posts_w2_dropout/",
    )
    assert (study.weeks_dir(current), study.labels_dir(current)) == (
        "",
        "labels_dropout_current_week/",
    )
    assert study.counts_clickstream_activity
    assert (forum.uses_clickstream_activity, both.uses_clickstream_activity) == (False, True)


def test_optimism_pairs_a_cv_and_a_holdout_variant_alike_but_for_the_split() -> None:
    study = study_of(
        {
            "holdout": {"split": "holdout"},
            "cv": {"split": "cv", "cv_folds": 3},
            "forest_holdout": {"split": "holdout", "model_estimator": FOREST},
        }
    )
    assert study.optimism_pairs == [("cv", "holdout")]
    unmatched = study_of(
        {"cv": {"split": "cv"}, "forest": {"split": "holdout", "model_estimator": FOREST}}
    )
    assert unmatched.optimism_pairs == [("cv", "forest")]
    assert study_of({"a": {}, "b": {"split": "holdout"}}).optimism_pairs == []


def test_a_variant_the_pipeline_cannot_run_is_refused_by_name() -> None:
    with pytest.raises(ConfigError, match=r"variant 'activity': semantics 'mwe' reproduces"):
        study_of({"ok": {}, "activity": {"features": ["clickstream_activity"]}}, semantics="mwe")
    feature = {"module": "a.py", "function": "f"}
    with pytest.raises(ConfigError, match=r"custom feature 'x' is defined differently"):
        study_of(
            {
                "one": {"custom_features": {"x": feature}},
                "two": {"custom_features": {"x": {**feature, "function": "g"}}},
            }
        )


@pytest.mark.parametrize(
    "variants",
    [
        {"bad name": {}},
        {"v": {"semantics": "mwe"}},  # a run-level key, not a variant's
        {"v": {"split": "kfold"}},
        {"v": {"cv_folds": 1}},
    ],
)
def test_the_schema_refuses_bad_variants(variants: dict[str, Any]) -> None:
    with pytest.raises(WorkflowError):
        validated({"variants": variants})


def test_the_replication_example_decodes_to_six_holdout_variants() -> None:
    example = yaml.safe_load((REPO / "examples" / "replication.yaml").read_text())
    study = Study.from_config(validated(example))
    assert list(study.variants) == [
        f"{features}_{model}"
        for model in ("lr", "rf")
        for features in ("forum", "clickstream", "both")
    ]
    assert {v.split.mode for v in study.variants.values()} == {Split.HOLDOUT}
    assert len({study.dataset_dir(v) for v in study.variants.values()}) == 3
    assert {study.weeks_dir(v) for v in study.variants.values()} == {""}
