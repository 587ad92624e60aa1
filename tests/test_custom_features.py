"""A study's own feature functions: loading, the checks of their result, joining the dataset."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO
from morf_pipeline.custom_features import SessionData, load_feature_function, write_custom_feature
from morf_pipeline.dataset import build_course_dataset
from morf_pipeline.dates import SessionDates
from morf_pipeline.errors import InputDataError
from morf_pipeline.semantics import Semantics

EXAMPLE_MODULE = REPO / "examples" / "study_features.py"


def session_data(tmp_path: Path, queries: dict[str, str]) -> SessionData:
    csvs = {}
    for name, text in queries.items():
        csvs[name] = tmp_path / f"{name}.csv"
        csvs[name].write_text(text)
    return SessionData(
        course="acc",
        session="001",
        dates=SessionDates("1/5/15", "2/2/15"),
        n_feature_weeks=4,
        clickstream=tmp_path / "unused_clickstream_export.gz",
        query_csvs=csvs,
    )


def write_module(path: Path, body: str) -> Path:
    path.write_text("import pandas as pd\n\n\ndef feature(session):\n" + body)
    return path


def test_a_session_without_rows_gives_zeros_to_every_learner(tmp_path: Path) -> None:
    """The example study on a session without an original post (no thread started)."""
    data = session_data(tmp_path, {"thread_starts": "id,thread_id,post_time,session_user_id\n"})
    destination = tmp_path / "features" / "threads_started.csv"
    written = write_custom_feature(
        "threads_started", EXAMPLE_MODULE, "threads_started", data, destination
    )
    assert written.empty and len(written.columns) == 6
    forum = tmp_path / "morf_mwe_feats.csv"
    forum.write_text("userID,week_0_forum_posts\na,1\nb,0\n")
    labels = tmp_path / "labels.csv"
    labels.write_text("userID,course,session,label_type,label_value\na,acc,001,dropout,0\n")
    dataset = build_course_dataset(
        "acc",
        [("001", forum)],
        labels,
        Semantics.CORRECTED,
        extra_features={"threads_started": [destination]},
    )
    assert dataset.drop(columns=["userID", "session"]).to_dict("records") == [
        {
            "week_0_forum_posts": 1,
            **{f"week_{week}_threads_started": 0 for week in range(5)},
            "label_value": 0,
        }
    ]
    assert (dataset.dtypes[[f"week_{w}_threads_started" for w in range(5)]] == "int64").all()


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "    return pd.DataFrame({'userID': ['a', 'b'], 'x': [1.0, math.inf]})\n",
            r"column\(s\) \['x'\] hold infinite values \(1 row\(s\)\)",
        ),
        (
            "    return pd.DataFrame({'userID': ['a'], 'x': [-math.inf], 'y': [1]})\n",
            r"column\(s\) \['x'\] hold infinite values \(1 row\(s\)\)",
        ),
        ("    return pd.DataFrame({'userID': ['a']})\n", "it returned no feature column"),
        (
            "    return pd.DataFrame({'userID': ['a', 'b'], 'x': [1.0, None]})\n",
            "it returned missing values",
        ),
    ],
)
def test_an_unusable_result_fails_naming_the_feature_and_the_problem(
    tmp_path: Path, body: str, message: str
) -> None:
    module = write_module(tmp_path / "mine.py", body)
    module.write_text("import math\n" + module.read_text())
    with pytest.raises(
        InputDataError, match=rf"course 'acc', session '001': feature 'f': {message}"
    ):
        write_custom_feature("f", module, "feature", session_data(tmp_path, {}), tmp_path / "o.csv")
    assert not (tmp_path / "o.csv").exists()


def test_a_feature_module_imports_a_helper_file_beside_it(tmp_path: Path) -> None:
    study = tmp_path / "study"
    study.mkdir()
    (study / "study_helpers_for_test.py").write_text("WEIGHT = 3\n")
    module = write_module(
        study / "features.py",
        "    from study_helpers_for_test import WEIGHT\n"
        "    return pd.DataFrame({'userID': ['a'], 'x': [WEIGHT]})\n",
    )
    module.write_text("import study_helpers_for_test\n" + module.read_text())
    function = load_feature_function(module, "feature")
    assert function(session_data(tmp_path, {}))["x"].tolist() == [3]


def test_an_all_zero_feature_is_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    module = write_module(
        tmp_path / "m.py", "    return pd.DataFrame({'userID': ['a'], 'x': [0]})\n"
    )
    write_custom_feature("f", module, "feature", session_data(tmp_path, {}), tmp_path / "o.csv")
    assert "course 'acc', session '001': feature 'f' is zero for every learner" in caplog.text
    assert (tmp_path / "o.csv").read_text() == "userID,x\na,0\n"
