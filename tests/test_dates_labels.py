"""The shared dates and label files: parsing, validation and per-course extraction."""

from pathlib import Path

import pytest

from morf_pipeline import labels
from morf_pipeline.dates import dates_for_session, read_session_dates
from morf_pipeline.errors import CheckPolicy, InputDataError
from morf_pipeline.labels import (
    label_digest,
    match_label_sessions,
    read_label_rows,
    write_course_labels,
)

DATES = (
    "course,fullname,start_date,end_date\n"
    'acc-001,"Accounting, Intro \xe9",2/2/15,3/30/15\n'
    "acc-002,Accounting,10/12/15,12/7/15\n"
)


def test_dates_are_read_as_latin1_and_validated(tmp_path: Path) -> None:
    path = tmp_path / "coursera_course_dates.csv"
    path.write_bytes(DATES.encode("latin-1"))
    dates = read_session_dates(path)
    assert dates_for_session(dates, path, "acc", "001").start_date == "2/2/15"
    end = dates_for_session(dates, path, "acc", "002").end
    assert end.year == 2015 and end.month == 12
    with pytest.raises(InputDataError, match="no row 'acc-003'"):
        dates_for_session(dates, path, "acc", "003")


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("acc-003,x,2015-02-02,3/30/15", r"line 4: start_date '2015-02-02' of 'acc-003'"),
        ("acc-003,x,2/2/15", r"line 4: end_date '' of 'acc-003'"),  # a short row
        ("acc-003,x,3/30/15,2/2/15", "line 4: 'acc-003' ends .* before it starts"),
        ("acc-003,x,2/2/15,3/30/15\nacc-003,x,2/2/15,3/30/15", "line 5: 'acc-003' appears twice"),
    ],
)
def test_bad_date_rows_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "coursera_course_dates.csv"
    path.write_bytes((DATES + row + "\n").encode("latin-1"))
    dates = read_session_dates(path)
    with pytest.raises(InputDataError, match=message):
        dates_for_session(dates, path, "acc", "003")


def test_rows_of_sessions_not_run_are_not_checked(tmp_path: Path) -> None:
    """A blank row, dates still to be announced or a repeated row of another course's session
    stop no run that does not use them."""
    path = tmp_path / "coursera_course_dates.csv"
    rows = ",,,\nfin-001,Finance,TBA,TBA\nfin-002,x,1/1/15,2/2/15\nfin-002,x,1/1/15,2/2/15\n"
    path.write_bytes((DATES + rows).encode("latin-1"))
    dates = read_session_dates(path)
    assert dates_for_session(dates, path, "acc", "002").end_date == "12/7/15"
    with pytest.raises(InputDataError, match=r"line 5: start_date 'TBA' of 'fin-001'"):
        dates_for_session(dates, path, "fin", "001")


def test_a_utf8_bom_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    """Excel's "CSV UTF-8" starts the dates and label files with a byte order mark."""
    dates = tmp_path / "coursera_course_dates.csv"
    dates.write_bytes(b"\xef\xbb\xbf" + DATES.encode("utf-8"))
    assert dates_for_session(read_session_dates(dates), dates, "acc", "001").start_date == "2/2/15"
    labels = tmp_path / "labels-train.csv"
    labels.write_bytes(
        b"\xef\xbb\xbfuserID,course,session,label_type,label_value\nu1,acc,001,dropout,1\n"
    )
    assert [row.fields for row in read_label_rows([labels], "dropout")["acc"]] == [
        ("u1", "acc", "001", "dropout", "1")
    ]


def write_labels(
    path: Path, rows: list[str], header: str = "userID,course,session,label_type,label_value"
) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n")
    return path


def test_course_labels_keep_session_text_and_filter_type(tmp_path: Path) -> None:
    train = write_labels(
        tmp_path / "labels-train.csv",
        ["u1,acc,001,dropout,1", "u1,acc,001,dropout_current_week,0", "u2,fin,001,dropout,0"],
    )
    test = write_labels(tmp_path / "labels-test.csv", ["u3,acc,002,dropout,0"])
    out = tmp_path / "labels.csv"
    assert write_course_labels([train, test], "acc", "dropout", out, require_unique=True) == 2
    assert out.read_text() == (
        "userID,course,session,label_type,label_value\nu1,acc,001,dropout,1\nu3,acc,002,dropout,0\n"
    )


def test_label_digest_changes_only_for_the_changed_course(tmp_path: Path) -> None:
    before = read_label_rows(
        [write_labels(tmp_path / "a.csv", ["u1,acc,001,dropout,1", "u2,fin,001,dropout,0"])],
        "dropout",
    )
    after = read_label_rows(
        [write_labels(tmp_path / "a.csv", ["u1,acc,001,dropout,0", "u2,fin,001,dropout,0"])],
        "dropout",
    )
    assert label_digest(before["acc"]) != label_digest(after["acc"])
    assert label_digest(before["fin"]) == label_digest(after["fin"])


def test_label_rows_of_one_course_as_csv_reads_them(tmp_path: Path) -> None:
    """Columns in any order (a repeated name is its last column), extra columns, quoted fields
    across lines and blank lines as csv.DictReader reads them; a short row's missing fields are
    empty."""
    path = write_labels(
        tmp_path / "l.csv",
        [
            "x,acc,dropout,u1,1,001,extra",
            "",  # a blank line
            '"a\nb",fin,dropout,u2,0,001',  # a quoted field across two lines
            "x,acc,dropout_current_week,u1,0,001",
            "x,acc",  # a short row: no label_type, so not a dropout label
            "x,acc,dropout,u3,0",  # a short row with its label: an empty session
        ],
        header="session,course,label_type,userID,label_value,session",
    )
    rows = read_label_rows([path], "dropout", "acc")
    assert list(rows) == ["acc"]
    assert [(row.fields, row.line) for row in rows["acc"]] == [
        (("u1", "acc", "001", "dropout", "1"), 2),
        (("u3", "acc", "", "dropout", "0"), 8),
    ]
    assert [row.line for row in read_label_rows([path], "dropout")["fin"]] == [5]


def test_a_bad_label_of_another_course_fails(tmp_path: Path) -> None:
    path = write_labels(tmp_path / "l.csv", ["u1,acc,001,dropout,1", "u2,fin,001,dropout,2"])
    with pytest.raises(InputDataError, match=r"l\.csv, line 3: label_value '2'"):
        read_label_rows([path], "dropout", "acc")


def test_label_errors_name_the_file(tmp_path: Path) -> None:
    out = tmp_path / "labels.csv"
    missing_column = write_labels(
        tmp_path / "l.csv", ["u1,acc,001,1"], header="userID,course,session,label_value"
    )
    with pytest.raises(InputDataError, match=r"l\.csv: missing column\(s\) label_type"):
        write_course_labels([missing_column], "acc", "dropout", out, require_unique=False)
    bad_value = write_labels(tmp_path / "b.csv", ["u1,acc,001,dropout,yes"])
    with pytest.raises(InputDataError, match=r"b\.csv, line 2: label_value 'yes'"):
        write_course_labels([bad_value], "acc", "dropout", out, require_unique=False)
    duplicate = write_labels(tmp_path / "d.csv", ["u1,acc,001,dropout,1", "u1,acc,001,dropout,0"])
    with pytest.raises(InputDataError, match=r"d\.csv, line 3: duplicate label for userID 'u1'"):
        write_course_labels([duplicate], "acc", "dropout", out, require_unique=True)
    with pytest.raises(InputDataError, match="course 'fin': no 'dropout' labels"):
        write_course_labels([duplicate], "fin", "dropout", out, require_unique=False)
    latin1 = tmp_path / "x.csv"
    latin1.write_bytes(b"userID,course,session,label_type,label_value\nu1,acc,001,dropout,1\n\xe9")
    with pytest.raises(InputDataError, match=r"x\.csv, line 3: not UTF-8 text"):
        write_course_labels([latin1], "acc", "dropout", out, require_unique=False)
    assert not out.exists()


LABEL_ROWS = [
    "u1,acc,001,dropout,1",
    "u2,acc,3,dropout,0",  # Excel's 3 for 003
    "u3,acc,0003,dropout,1",
    "u4,acc,003,dropout,0",
    "u5,acc,7,dropout,1",  # no session 007
    "u6,acc,7,dropout,0",
    "u7,acc,,dropout,0",  # no session at all
]


def test_label_sessions_are_matched_to_the_session_directories(tmp_path: Path) -> None:
    path = write_labels(tmp_path / "labels-train.csv", LABEL_ROWS)
    rows = read_label_rows([path], "dropout", "acc")["acc"]
    matched = match_label_sessions(rows, ["001", "002", "003"])
    assert matched.renamed == {"3": "003", "0003": "003"}
    assert matched.renamed_rows == {"003": 2}
    assert {text: len(rows) for text, rows in matched.unmatched.items()} == {"7": 2, "": 1}
    # Not a number, or two directories of that number: no renaming.
    assert match_label_sessions(rows, ["2012-001", "2013-003"]).renamed == {}
    assert match_label_sessions(rows, ["03", "003"]).renamed == {}


def test_unmatched_label_sessions_warn_or_stop_as_configured(tmp_path: Path) -> None:
    path = write_labels(tmp_path / "labels-train.csv", LABEL_ROWS)
    rows = read_label_rows([path], "dropout", "acc")["acc"]
    matched = match_label_sessions(rows, ["001", "002", "003"])
    warnings = matched.findings("acc", CheckPolicy.WARN)
    assert warnings == [
        f"{path}, line 3: 2 label row(s) of course 'acc' name session '3' or '0003', "
        "read as session '003'",
        f"{path}, line 6: 2 label row(s) of course 'acc' name session '7', which is not a "
        "session directory of the course: left out",
        f"{path}, line 8: 1 label row(s) of course 'acc' name session '', which is not a "
        "session directory of the course: left out",
    ]
    with pytest.raises(InputDataError) as error:
        matched.findings("acc", CheckPolicy.ERROR)
    assert str(error.value) == (
        f"{path}, line 6: 2 label row(s) of course 'acc' name session '7', which is not a "
        f"session directory of the course; {path}, line 8: 1 label row(s) of course 'acc' name "
        "session '', which is not a session directory of the course "
        "(data_checks: {label_session_unmatched: warn} leaves them out)"
    )
    out = tmp_path / "labels.csv"
    write_course_labels([path], "acc", "dropout", out, False, session_renames=matched.renamed)
    assert [line.split(",")[2] for line in out.read_text().splitlines()] == [
        "session",
        *("001", "003", "003", "003", "7", "7", ""),
    ]


@pytest.mark.parametrize(
    "rows",
    [
        ["u1,acc,001,dropout,1", "u2,fin,001,dropout,0", "u3,acc,002,dropout_current_week,1"],
        # Values another field repeats, or that look like the label type's or course's.
        ["u1,dropout,001,dropout,1", "u2,acc,dropout,dropout,0", "acc,acc,acc,dropout,1"],
        ["u1,acc,001,dropout,dropout", "u2,acc,001,dropout,1"],  # a bad value
        ["u1,acc,001,dropout", "u2,acc,001,dropout,1"],  # a short row: an empty value
        ["u1,acc,001,dropout,1,extra", "u2,acc,001,dropout,0"],  # a longer row
        ["u1,acc,001,dropout,1", "", "u2,acc,001,dropout,0"],  # a blank line
        ['"u1",acc,001,dropout,1', "u2,acc,001,dropout,0\r"],  # quotes, a carriage return
        ["u1,acc,001,xdropout,1", "u2,acc,001,dropoutx,0", "u3,acc,001, dropout,1"],
        ["\ufeffu1,acc,001,dropout,1", "u2,acc ,001,dropout,0", "u3,acc,001,dropout,1 "],
        ["u1,acc,001,dropout,dropout,1", "u2,acc,001,dropout,1"],  # value "dropout", then 1
        ["u1,acc,001,dropout,1,dropout,0", "u2,acc,001,x,dropout,0"],  # valid, then not a label
        ["u1,fin,001,dropout,1", "u2,acc,001,dropout,0", "u3,fin,1,dropout,1", "u4,acc,2,x,1"],
        ["u1,acc,001,dropout,1", "u2,fin,acc,dropout,0", "é,acc,001,dropout,0", ",,,,"],
    ],
)
def test_the_plain_text_reading_of_labels_equals_the_csv_modules(
    tmp_path: Path, rows: list[str]
) -> None:
    """Where the label files are plain comma-separated text, they are read without the csv
    module: every row, line number and error the same."""
    for bom in ("", "\ufeff"):
        path = tmp_path / "l.csv"
        path.write_text(bom + "userID,course,session,label_type,label_value\n" + "\n".join(rows))
        text = labels._utf8_content(path)
        for course in ("acc", "dropout", None):
            try:
                expected: object = labels._csv_rows(path, text, "dropout", course)
            except InputDataError as error:
                expected = str(error)
            plain = labels._plain_rows(text, "dropout", course) if course else None
            if plain is not None:
                assert plain == expected, (rows, course)
            try:
                read: object = sorted(
                    (row.line, row.fields)
                    for rows_of_course in read_label_rows([path], "dropout", course).values()
                    for row in rows_of_course
                )
            except InputDataError as error:
                read = str(error)
            assert read == (sorted(expected) if isinstance(expected, list) else expected)


def test_plain_label_files_are_read_without_the_csv_module(tmp_path: Path) -> None:
    path = write_labels(tmp_path / "l.csv", ["u1,acc,001,dropout,1", "u2,fin,001,dropout,0"])
    text = labels._utf8_content(path)
    assert labels._plain_rows(text, "dropout", "acc") == [(2, ("u1", "acc", "001", "dropout", "1"))]
    assert labels._plain_rows(text.replace(b"u1", b'"u1"'), "dropout", "acc") is None


def test_long_lines_are_found_without_reading_every_line() -> None:
    lines = b"a\n" + b"x" * 10 + b"\n" + b"bb\n"
    assert not labels._has_long_line(lines, 0, 10)
    assert labels._has_long_line(lines, 0, 9)
    assert not labels._has_long_line(lines, 2, 10)
    assert labels._has_long_line(b"x" * 11, 0, 10)
    assert not labels._has_long_line(b"x" * 11, 1, 10)
