"""A course's data report from hand-made session files: its counts, findings and HTML table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from morf_pipeline.data_report import REPORT_COLUMNS, SessionFiles, build_data_report
from morf_pipeline.semantics import Semantics

STATS = {
    "clickstream_lines": 100,
    "invalid_lines": 0,
    "null_user_lines": 0,
    "empty_user_lines": 0,
    "forum_posts": 10,
    "forum_comments": 5,
    "posts_before_start": 0,
    "posts_after_end": 0,
    "posts_unmapped": 0,
    "learners": 3,
}
LABELS = (
    "userID,course,session,label_type,label_value\n"
    "a,acc,001,dropout,1\n"
    "b,acc,001,dropout,0\n"
    "c,acc,001,dropout,1\n"  # c has features in 002 only
    "a,acc,002,dropout,1\n"
    "z,acc,7,dropout,0\n"  # session 7 has no directory
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


@pytest.fixture
def course(tmp_path: Path) -> tuple[list[SessionFiles], Path]:
    forum = write(tmp_path / "001" / "f.csv", "userID,w0,w1\na,1,0\nb,0,2\nd,0,0\n")
    first = SessionFiles(
        session="001",
        stats=write(tmp_path / "001" / "stats.json", json.dumps(STATS)),
        learners=forum,
        features={
            "forum_posts": forum,
            "mine": write(tmp_path / "001" / "m.csv", "userID,x\na,0.0\n"),
        },
    )
    second_stats = {
        **STATS,
        "invalid_lines": 4,
        "null_user_lines": 2,
        "empty_user_lines": 1,
        "posts_after_end": 15,
        "posts_unmapped": 1,
        "learners": 2,
    }
    forum = write(tmp_path / "002" / "f.csv", "userID,w0,w1\na,0,0\nc,0,0\n")
    second = SessionFiles(
        session="002",
        stats=write(tmp_path / "002" / "stats.json", json.dumps(second_stats)),
        learners=forum,
        # A file without rows: every learner gets 0.
        features={"forum_posts": forum, "mine": write(tmp_path / "002" / "m.csv", "userID,x\n")},
    )
    return [first, second], write(tmp_path / "labels.csv", LABELS)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="") as handle:
        return list(csv.DictReader(handle))


def test_each_session_gets_its_counts_and_findings(
    course: tuple[list[SessionFiles], Path], tmp_path: Path
) -> None:
    sessions, labels = course
    table, page = tmp_path / "data_report.csv", tmp_path / "data_report.html"
    report = build_data_report(
        "acc", sessions, labels, Semantics.CORRECTED, {"001": 1}, table, page
    )
    written = rows(table)
    assert list(written[0]) == list(REPORT_COLUMNS)
    assert [row["session"] for row in written] == ["001", "002", "7"]
    first, second, nowhere = written
    assert {k: first[k] for k in REPORT_COLUMNS[1:-1]} == {
        "clickstream_lines": "100",
        "invalid_lines": "0",
        "lines_without_username": "0",
        "learners": "3",
        "forum_posts": "10",
        "forum_comments": "5",
        "posts_before_start": "0",
        "posts_after_end": "0",
        "posts_unmapped": "0",
        "labelled_learners": "3",
        "label_rows_renamed_session": "1",
        "label_rows_no_session": "0",
        "label_rows_no_learner": "1",
        "labelled_learners_with_features": "2",
        "dropout_rate": "0.500",
        "features_all_zero": "mine",
    }
    assert first["findings"] == (
        "1 label row(s) name the session without its zero padding (read as 001); "
        "1 label row(s) match no learner with features (left out); "
        "features all zero: mine"
    )
    assert second["features_all_zero"] == "forum_posts; mine"
    assert second["dropout_rate"] == "1.000" and second["lines_without_username"] == "3"
    assert second["findings"] == (
        "4 invalid clickstream line(s) skipped; "
        "3 clickstream line(s) without a username (no learner); "
        "0 post(s)/comment(s) before the start and 15 after the end of the course "
        "(not counted); "
        "1 post(s)/comment(s) by posters missing from hash_mapping (not counted); "
        "features all zero: forum_posts; mine"
    )
    assert {k: v for k, v in nowhere.items() if v} == {
        "session": "7",
        "labelled_learners": "1",
        "label_rows_no_session": "1",
        "findings": "1 label row(s) name no session directory (left out)",
    }
    assert report.findings[-1] == "session 7: 1 label row(s) name no session directory (left out)"


def test_mwe_matches_labels_on_userid_alone(
    course: tuple[list[SessionFiles], Path], tmp_path: Path
) -> None:
    sessions, labels = course
    table, page = tmp_path / "data_report.csv", tmp_path / "data_report.html"
    build_data_report("acc", sessions, labels, Semantics.MWE, {}, table, page)
    first, _, nowhere = rows(table)
    # c's features are in 002, which the original's join on userID alone pairs with 001's label.
    assert first["label_rows_no_learner"] == "0" and first["labelled_learners_with_features"] == "3"
    assert nowhere["findings"] == (
        "1 label row(s) name no session directory (joined on userID alone); "
        "1 label row(s) match no learner with features (left out)"
    )


def test_the_html_table_highlights_the_findings_and_holds_no_learner_id(
    course: tuple[list[SessionFiles], Path], tmp_path: Path
) -> None:
    sessions, labels = course
    table, page = tmp_path / "data_report.csv", tmp_path / "data_report.html"
    report = build_data_report("acc", sessions, labels, Semantics.CORRECTED, {}, table, page)
    html = page.read_text()
    assert "<title>acc: data report</title>" in html
    assert '<th>label rows matching no learner</th><td class="note">1</td>' in html
    assert '<td class="severe">forum_posts; mine</td>' in html
    assert '<td class="note">15</td>' in html  # posts after the end
    assert html.count("<li") == len(report.findings) == 8
    assert '<li class="severe">session 7: 1 label row(s) name no session directory' in html
    for user in ("a", "b", "c", "d", "z"):
        assert f">{user}<" not in html and f"'{user}'" not in html
