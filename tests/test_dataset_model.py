"""Course dataset joins (both semantics) and the model's output."""

from pathlib import Path

import pandas as pd
import pytest

from morf_pipeline.dataset import build_course_dataset
from morf_pipeline.errors import InputDataError
from morf_pipeline.features import Semantics
from morf_pipeline.model import train_test_course

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
