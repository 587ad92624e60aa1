"""Course dataset joins (both semantics) and the model's output."""

from pathlib import Path

import pandas as pd
import pytest
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from morf_pipeline.dataset import build_course_dataset
from morf_pipeline.errors import CheckPolicy, ConfigError, InputDataError
from morf_pipeline.model import build_classifier
from morf_pipeline.model_settings import ModelSettings, Split, SplitSettings
from morf_pipeline.semantics import Semantics
from morf_pipeline.splits import train_test_course
from morf_pipeline.study import ModelCheck

LABELS = (
    "userID,course,session,label_type,label_value\n"
    "a,acc,001,dropout,1\n"
    "b,acc,001,dropout,0\n"
    "a,acc,002,dropout,0\n"  # learner a is in two sessions
    "c,acc,002,dropout,1\n"
)


@pytest.fixture
def course(tmp_path: Path) -> tuple[list[tuple[str, Path]], Path]:
    first = tmp_path / "001.csv"
    first.write_text("userID,week_0_forum_posts,week_1_forum_posts\n,0,0\nNULL,0,3\na,1,2\nb,0,0\n")
    second = tmp_path / "002.csv"
    second.write_text("userID,week_0_forum_posts,week_1_forum_posts\na,5,6\nc,0,1\n")
    labels = tmp_path / "labels.csv"
    labels.write_text(LABELS)
    return [("001", first), ("002", second)], labels


def test_mwe_joins_on_user_alone(course: tuple[list[tuple[str, Path]], Path]) -> None:
    dataset = build_course_dataset("acc", *course, Semantics.MWE)
    assert list(dataset.columns) == ["week_0_forum_posts", "week_1_forum_posts", "label_value"]
    # Learner a's features of each session pair with the labels of both sessions.
    assert dataset.values.tolist() == [
        [1, 2, 1],
        [1, 2, 0],
        [0, 0, 0],
        [5, 6, 1],
        [5, 6, 0],
        [0, 1, 1],
    ]


def test_corrected_joins_on_user_and_session(course: tuple[list[tuple[str, Path]], Path]) -> None:
    dataset = build_course_dataset("acc", *course, Semantics.CORRECTED)
    assert list(dataset.columns) == [
        "userID",
        "session",
        "week_0_forum_posts",
        "week_1_forum_posts",
        "label_value",
    ]
    assert dataset.values.tolist() == [
        ["a", "001", 1, 2, 1],
        ["b", "001", 0, 0, 0],
        ["a", "002", 5, 6, 0],
        ["c", "002", 0, 1, 1],
    ]


def test_no_learner_with_labels_is_an_error(
    tmp_path: Path, course: tuple[list[tuple[str, Path]], Path]
) -> None:
    labels = tmp_path / "none.csv"
    labels.write_text("userID,course,session,label_type,label_value\nzz,acc,001,dropout,1\n")
    with pytest.raises(
        InputDataError, match="course 'acc': no learner has both features and labels"
    ):
        build_course_dataset("acc", course[0], labels, Semantics.CORRECTED)


@pytest.mark.parametrize(
    ("semantics", "missing"),
    [
        (Semantics.CORRECTED, "2 of 6 label rows match no learner with features in their session"),
        (Semantics.MWE, "1 of 6 label rows match no learner with features in any session"),
    ],
)
def test_label_rows_matching_no_learner_warn_or_stop_as_configured(
    tmp_path: Path,
    course: tuple[list[tuple[str, Path]], Path],
    caplog: pytest.LogCaptureFixture,
    semantics: Semantics,
    missing: str,
) -> None:
    """A label whose learner has no features is left out of the dataset: never silently."""
    sessions, labels = course
    more = labels.with_name("more.csv")
    # c has features in 002 only (so corrected misses it in 001), z in no session.
    more.write_text(labels.read_text() + "c,acc,001,dropout,0\nz,acc,002,dropout,1\n")
    build_course_dataset("acc", sessions, more, semantics)
    per_session = "(001: 1, 002: 1)" if semantics is Semantics.CORRECTED else "(002: 1)"
    assert f"course 'acc': {missing} {per_session}: left out" in caplog.text
    with pytest.raises(InputDataError) as error:
        build_course_dataset("acc", sessions, more, semantics, unmatched_labels=CheckPolicy.ERROR)
    assert str(error.value) == (
        f"course 'acc': {missing} {per_session} "
        "(data_checks: {label_learner_unmatched: warn} leaves them out)"
    )


def make_dataset(n: int) -> pd.DataFrame:
    posts = [i % 5 for i in range(n)]
    return pd.DataFrame(
        {
            "userID": [f"u{i}" for i in range(n)],
            "session": "001",
            "week_0_forum_posts": posts,
            "label_value": [int(p < 2) for p in posts],
        }
    )


def test_model_output_is_the_mwe_split_and_fit() -> None:
    dataset = make_dataset(40)
    output = train_test_course("acc", dataset)
    assert list(output.columns) == ["y_true", "y_pred", "y_score"]
    assert len(output) == 10  # test size 0.25
    assert output["y_true"].mean() == dataset["label_value"].mean()  # stratified
    assert output["y_score"].between(0, 1).all()
    assert ((output["y_score"] > 0.5).astype(int) == output["y_pred"]).all()
    # The identifiers are not model inputs: the same fit without them gives the same output.
    pd.testing.assert_frame_equal(
        output, train_test_course("acc", dataset.drop(columns=["userID", "session"]))
    )


def test_single_class_labels_are_an_error() -> None:
    dataset = make_dataset(20).assign(label_value=1)
    with pytest.raises(
        InputDataError, match=r"course 'acc': a stratified split needs .* \{1: 20\}"
    ):
        train_test_course("acc", dataset)


def test_mwe_dataset_keeps_the_label_session_for_the_holdout_split(
    course: tuple[list[tuple[str, Path]], Path],
) -> None:
    dataset = build_course_dataset("acc", *course, Semantics.MWE, keep_session=True)
    assert list(dataset.columns) == [
        "session",
        "week_0_forum_posts",
        "week_1_forum_posts",
        "label_value",
    ]
    # The same rows as without the session; each row's session is its label row's.
    pd.testing.assert_frame_equal(
        dataset.drop(columns="session"), build_course_dataset("acc", *course, Semantics.MWE)
    )
    assert dataset["session"].tolist() == ["001", "002", "001", "001", "002", "002"]


def holdout_dataset() -> pd.DataFrame:
    sessions = [make_dataset(30).assign(session=s) for s in ("001", "002", "003")]
    return pd.concat(sessions, ignore_index=True)


def test_holdout_trains_on_earlier_sessions_and_tests_the_last() -> None:
    dataset = holdout_dataset()
    split = SplitSettings(mode=Split.HOLDOUT, holdout_session="003")
    output = train_test_course("acc", dataset, split)
    assert list(output.columns) == ["y_true", "y_pred", "y_score", "session"]
    assert (output["session"] == "003").all()
    test = dataset[dataset["session"] == "003"]
    assert output["y_true"].tolist() == test["label_value"].tolist()
    # Independent fit on sessions 001 and 002 only.
    train = dataset[dataset["session"] != "003"]
    model = LogisticRegression(random_state=1).fit(
        train[["week_0_forum_posts"]], train["label_value"]
    )
    expected = model.predict_proba(test[["week_0_forum_posts"]])[:, 1]
    assert output["y_score"].tolist() == pytest.approx(expected.tolist())


def test_holdout_errors_name_the_course_and_session() -> None:
    dataset = holdout_dataset()
    with pytest.raises(InputDataError, match=r"course 'acc': no labelled learner .* '004'"):
        train_test_course("acc", dataset, SplitSettings(Split.HOLDOUT, holdout_session="004"))
    one_class = dataset.assign(label_value=(dataset["session"] == "003").astype(int))
    with pytest.raises(InputDataError, match="before '003' needs learners of both classes"):
        train_test_course("acc", one_class, SplitSettings(Split.HOLDOUT, holdout_session="003"))


def test_split_and_model_settings_reach_the_fit() -> None:
    dataset = make_dataset(40)
    output = train_test_course("acc", dataset, SplitSettings(test_size=0.5, random_state=7))
    assert len(output) == 20
    x_train, x_test, y_train, _ = train_test_split(
        dataset[["week_0_forum_posts"]],
        dataset["label_value"],
        test_size=0.5,
        stratify=dataset["label_value"],
        random_state=7,
    )
    settings = ModelSettings(
        params={"C": 0.01, "class_weight": "balanced", "max_iter": 50, "solver": "liblinear"}
    )
    weak = train_test_course("acc", dataset, SplitSettings(test_size=0.5, random_state=7), settings)
    expected = LogisticRegression(
        C=0.01, class_weight="balanced", max_iter=50, solver="liblinear", random_state=1
    ).fit(x_train, y_train)
    assert weak.index.tolist() == x_test.index.tolist()
    assert weak["y_score"].tolist() == pytest.approx(expected.predict_proba(x_test)[:, 1].tolist())
    assert weak["y_score"].tolist() != pytest.approx(output["y_score"].tolist())


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        (ModelSettings(params={"C": -1}), r"model_estimator .*LogisticRegression.*'C' parameter"),
        (ModelSettings(params={"solver": "nope"}), r"'solver' parameter"),
        (
            ModelSettings(
                estimator="sklearn.ensemble.RandomForestClassifier", params={"n_estimators": 0}
            ),
            r"The 'n_estimators' parameter of RandomForestClassifier must be an int",
        ),
        (ModelSettings(params={"n_trees": 3}), "unexpected keyword argument 'n_trees'"),
        (ModelSettings("sklearn.svm.SVC"), "not a classifier with predict_proba"),
        (ModelSettings("sklearn.nope.Forest"), "no such class"),
    ],
)
def test_a_model_that_cannot_run_is_refused_before_fitting(
    settings: ModelSettings, message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        build_classifier(settings)


def test_the_mwe_model_is_the_logistic_regression_with_scikit_learns_defaults() -> None:
    assert ModelSettings().is_mwe_model
    classifier = build_classifier(ModelSettings())
    assert classifier.get_params() == LogisticRegression(random_state=1).get_params()
    assert not ModelSettings(params={"C": 1.0}).is_mwe_model


def test_the_model_check_runs_in_a_child_process_and_names_the_parameter() -> None:
    check = ModelCheck.start(ModelSettings(params={"C": -1}))
    with pytest.raises(ConfigError, match=r"^model_estimator .*The 'C' parameter of Logistic"):
        check.wait()
    ModelCheck.start(ModelSettings(params={"C": 2})).wait()
    # The MWE's own classifier needs no check (no child).
    assert ModelCheck.start(ModelSettings()).process is None
