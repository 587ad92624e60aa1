"""Finding sessions and their files in a MORF data tree."""

from pathlib import Path

import pytest

from morf_pipeline.errors import InputDataError
from morf_pipeline.layout import discover, list_courses, session_sort_key

FORUM = "Intro (acc-{s})_SQL_anonymized_forum.sql.gz"
HASH = "Intro (acc-{s})_SQL_hash_mapping.sql"
CLICKS = "acc-{s}_clickstream_export.gz"


def make_session(root: Path, course: str, session: str, names: list[str]) -> Path:
    directory = root / course / session
    directory.mkdir(parents=True)
    for name in names:
        (directory / name.format(s=session)).write_text("")
    return directory


def test_discovers_sessions_in_morf_order(tmp_path: Path) -> None:
    for session in ("2013-002", "2012-001", "2014-003"):
        make_session(tmp_path, "acc", session, [FORUM, HASH, CLICKS, "other (acc-{s}).csv"])
    sessions = discover(tmp_path, "all")["acc"]
    assert [s.session for s in sessions] == ["2012-001", "2013-002", "2014-003"]
    first = sessions[0]
    assert first.forum_dump.name == "Intro (acc-2012-001)_SQL_anonymized_forum.sql.gz"
    assert first.hash_mapping_dump.name == "Intro (acc-2012-001)_SQL_hash_mapping.sql"
    assert first.clickstream.name == "acc-2012-001_clickstream_export.gz"


def test_session_sort_key_uses_the_last_three_characters() -> None:
    assert sorted(["2013-002", "003", "2014-001"], key=session_sort_key) == [
        "2014-001",
        "2013-002",
        "003",
    ]


def test_two_forum_dumps_are_an_error_naming_both(tmp_path: Path) -> None:
    make_session(
        tmp_path, "acc", "001", [FORUM, HASH, CLICKS, "Old (acc-{s})_SQL_anonymized_forum.sql"]
    )
    with pytest.raises(InputDataError) as error:
        discover(tmp_path, ["acc"])
    message = str(error.value)
    assert "session '001'" in message and "2 files" in message
    assert "Old (acc-001)_SQL_anonymized_forum.sql" in message


@pytest.mark.parametrize("missing", [FORUM, HASH, CLICKS])
def test_a_missing_input_is_an_error(tmp_path: Path, missing: str) -> None:
    make_session(tmp_path, "acc", "001", [n for n in (FORUM, HASH, CLICKS) if n != missing])
    with pytest.raises(InputDataError, match="course 'acc', session '001': expected exactly one"):
        discover(tmp_path, "all")


def test_missing_data_dir_course_and_sessions(tmp_path: Path) -> None:
    with pytest.raises(InputDataError, match="does not exist"):
        list_courses(tmp_path / "nowhere", "all")
    with pytest.raises(InputDataError, match="no course directories"):
        list_courses(tmp_path, "all")
    with pytest.raises(InputDataError, match="course 'acc': no directory"):
        list_courses(tmp_path, ["acc"])
    (tmp_path / "acc").mkdir()
    with pytest.raises(InputDataError, match="holds no session directories"):
        discover(tmp_path, ["acc"])


def test_a_missing_relative_data_dir_says_relative_to_what(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``snakemake -d elsewhere`` with the default ``data_dir: data/sample``."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputDataError) as error:
        list_courses(Path("data/sample"), "all")
    assert str(error.value) == (
        f"data_dir data/sample does not exist or is not a directory: a relative data_dir is "
        f"read from the working directory (here {tmp_path}/data/sample), which snakemake's "
        "--directory (-d) sets: give an absolute path, e.g. --config data_dir=/path/to/data"
    )
