"""Broken inputs give the outcomes of the "Bad input" table (docs/reliability.md).

Each case breaks a private copy of the sample data. A broken data tree (its layout, the dates
file, the label files) is refused before any job: in-process here, by the checks the workflow
runs first, and end to end in one real Snakemake run per family of errors (message on the
terminal, exit status 1, nothing written). A break found by a job runs only the target the
break affects: the job fails with a message naming the file (and line), its log saying the
same, and no partial output left.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import SAMPLE_DATA, Workflow
from morf_pipeline.dates import dates_for_session, read_session_dates
from morf_pipeline.errors import CheckPolicy, InputDataError
from morf_pipeline.files import open_maybe_gzip
from morf_pipeline.labels import match_label_sessions, read_label_rows
from morf_pipeline.layout import (
    DATES_FILE,
    LABELS_TEST_FILE,
    LABELS_TRAIN_FILE,
    SessionInputs,
    discover,
)
from morf_pipeline.semantics import Semantics
from morf_pipeline.sql.queries import extract_forum_csvs
from morf_pipeline.weeks import check_feature_weeks

COURSE, SESSION = "accounting", "001"
PLAIN_COURSE, PLAIN_SESSION = "globalenergy", "2012-001"  # its dumps are plain .sql
FEATURES_TARGET = f"results/{COURSE}/{SESSION}/morf_mwe_feats.csv"
FEATURES_LOG = f"logs/{COURSE}/{SESSION}/weekly_features.log"
LABELS_TARGET = f"results/{COURSE}/labels.csv"
MODEL_TARGET = f"output/{COURSE}/output.csv"


def inputs(data: Path, course: str = COURSE, session: str = SESSION) -> SessionInputs:
    return next(s for s in discover(data, [course])[course] if s.session == session)


def read_content(path: Path) -> bytes:
    with open_maybe_gzip(path) as handle:
        return handle.read()


def write_content(path: Path, content: bytes) -> None:
    """Replace the file's content, keeping it gzipped if it was."""
    compressed = path.read_bytes()[:2] == b"\x1f\x8b"
    path.write_bytes(gzip.compress(content, mtime=0) if compressed else content)


def line_of(content: bytes, marker: bytes) -> int:
    return content[: content.index(marker)].count(b"\n") + 1


def rewrite_lines(path: Path, change: Callable[[list[str]], list[str]]) -> None:
    path.write_text("".join(change(path.read_text(encoding="latin-1").splitlines(True))), "latin-1")


def file_line(path: Path, starting: str) -> int:
    lines = path.read_text(encoding="latin-1").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if line.startswith(starting))


# --- the breaks: each changes a copy of the sample data and returns the regex the error matches ---


def no_sessions(data: Path) -> str:
    (data / "emptycourse").mkdir()
    return rf"course 'emptycourse': {re.escape(str(data))}/emptycourse holds no session directories"


def remove(what: str) -> Callable[[Path], str]:
    def remove_file(data: Path) -> str:
        getattr(inputs(data), what).unlink()
        return rf"course '{COURSE}', session '{SESSION}': expected exactly one .* found no file"

    return remove_file


def second_forum_dump(data: Path) -> str:
    dump = inputs(data).forum_dump
    dump.with_name(dump.name.removesuffix(".gz")).write_bytes(read_content(dump))
    return (
        rf"course '{COURSE}', session '{SESSION}': expected exactly one anonymized_forum dump .* "
        rf"found 2 files \({re.escape(dump.name.removesuffix('.gz'))}, {re.escape(dump.name)}\)"
    )


def second_clickstream(data: Path) -> str:
    clickstream = inputs(data).clickstream
    shutil.copy(clickstream, clickstream.with_name("copy-" + clickstream.name))
    return rf"session '{SESSION}': expected exactly one clickstream .* found 2 files"


def dates_file(data: Path) -> Path:
    return data / "coursera_course_dates.csv"


def session_not_in_dates(data: Path) -> str:
    rewrite_lines(dates_file(data), lambda ls: [x for x in ls if not x.startswith(f"{COURSE}-001")])
    return rf"course '{COURSE}', session '{SESSION}': no row '{COURSE}-{SESSION}' in dates file"


def change_dates_row(new_dates: str, message: str) -> Callable[[Path], str]:
    def change(data: Path) -> str:
        path, key = dates_file(data), f"{COURSE}-002"
        line = file_line(path, key)
        rewrite_lines(
            path,
            lambda ls: [
                re.sub(r",[^,]*,[^,]*$", "," + new_dates + "\n", x) if x.startswith(key) else x
                for x in ls
            ],
        )
        return rf"{re.escape(str(path))}, line {line}: " + message.format(key=key)

    return change


def duplicate_dates_row(data: Path) -> str:
    path = dates_file(data)
    rewrite_lines(path, lambda ls: [*ls, next(x for x in ls if x.startswith(f"{COURSE}-002"))])
    line = len(path.read_text(encoding="latin-1").splitlines())  # the appended copy
    return rf"{re.escape(str(path))}, line {line}: '{COURSE}-002' appears twice"


def labels_without_column(data: Path) -> str:
    path = data / "labels-test.csv"
    rewrite_lines(path, lambda ls: [x.rsplit(",", 1)[0] + "\n" for x in ls])
    return rf"{re.escape(str(path))}: missing column\(s\) label_value"


def missing_labels_file(data: Path) -> str:
    (data / "labels-test.csv").unlink()
    return rf"labels file {re.escape(str(data / 'labels-test.csv'))} does not exist"


def label_value_not_binary(data: Path) -> str:
    path = data / "labels-train.csv"
    lines = path.read_text().splitlines(keepends=True)
    line = next(i for i, x in enumerate(lines, start=1) if x.endswith(",dropout,1\n"))
    lines[line - 1] = lines[line - 1].replace(",dropout,1", ",dropout,yes")
    path.write_text("".join(lines))
    return rf"{re.escape(str(path))}, line {line}: label_value 'yes' is not 0 or 1"


def labels_not_utf8(data: Path) -> str:
    path = data / "labels-train.csv"
    lines = path.read_bytes().splitlines(keepends=True)
    line = 5
    lines[line - 1] = lines[line - 1].replace(b",", b"\xe9,", 1)
    path.write_bytes(b"".join(lines))
    return rf"{re.escape(str(path))}, line {line}: not UTF-8 text"


def change_dump(
    change: Callable[[bytes], bytes], message: str, course: str = COURSE, session: str = SESSION
) -> Callable[[Path], str]:
    def change_forum_dump(data: Path) -> str:
        dump = inputs(data, course, session).forum_dump
        content = read_content(dump)
        write_content(dump, change(content))
        return re.escape(str(dump)) + message.format(line=line_of(content, b"INSERT INTO"))

    return change_forum_dump


def corrupt_gzip(data: Path) -> str:
    dump = inputs(data).forum_dump
    compressed = bytearray(dump.read_bytes())
    middle = len(compressed) // 2
    compressed[middle : middle + 64] = bytes(64)
    dump.write_bytes(bytes(compressed))
    return re.escape(str(dump)) + ": cannot decompress the dump"


def truncated_gzip(data: Path) -> str:
    dump = inputs(data).forum_dump
    dump.write_bytes(dump.read_bytes()[: dump.stat().st_size // 2])
    return re.escape(str(dump)) + ": cannot decompress the dump: Compressed file ended"


def clickstream_lines(lines: list[bytes], message: str) -> Callable[[Path], str]:
    def replace_clickstream(data: Path) -> str:
        clickstream = inputs(data).clickstream
        write_content(clickstream, b"".join(lines))
        return re.escape(str(clickstream)) + ": " + message

    return replace_clickstream


def truncated_clickstream(data: Path) -> str:
    clickstream = inputs(data).clickstream
    clickstream.write_bytes(clickstream.read_bytes()[:-200])
    return re.escape(str(clickstream)) + ": cannot read the clickstream"


def rewrite_course_labels(change: Callable[[list[str]], list[str]]) -> Callable[[Path], None]:
    def rewrite(data: Path) -> None:
        for path in (data / "labels-train.csv", data / "labels-test.csv"):
            lines = path.read_text().splitlines(keepends=True)
            ours = [x for x in lines[1:] if f",{COURSE}," in x]
            others = [x for x in lines[1:] if f",{COURSE}," not in x]
            path.write_text("".join([lines[0], *change(ours), *others]))

    return rewrite


def label_session_without_directory(data: Path) -> str:
    path = data / "labels-train.csv"
    line = file_line(path, next(x for x in path.read_text().splitlines() if f",{COURSE},002," in x))
    rewrite_lines(path, lambda ls: [x.replace(f",{COURSE},002,", f",{COURSE},004,") for x in ls])
    return (
        rf"{re.escape(str(path))}, line {line}: \d+ label row\(s\) of course '{COURSE}' name "
        r"session '004', which is not a session directory of the course "
        r"\(data_checks: \{label_session_unmatched: warn\} leaves them out\)"
    )


def no_course_labels(data: Path) -> str:
    rewrite_course_labels(lambda lines: [])(data)
    return rf"course '{COURSE}': no 'dropout' labels in {re.escape(str(data))}/labels-train.csv"


def duplicate_label(data: Path) -> str:
    path = data / "labels-train.csv"
    rewrite_lines(path, lambda ls: [*ls, ls[1]])  # the first row again, at the end
    lines = path.read_text().splitlines()
    user = lines[1].split(",")[0]
    return (
        rf"{re.escape(str(path))}, line {len(lines)}: duplicate label for userID '{user}' in "
        rf"session '001' \(first at {re.escape(str(path))}, line 2\)"
    )


def single_class(data: Path) -> str:
    rewrite_course_labels(lambda lines: [x.rsplit(",", 1)[0] + ",0\n" for x in lines])(data)
    return rf"course '{COURSE}': a stratified split needs at least two learners of each class"


def strangers_labels(data: Path) -> str:
    rewrite_course_labels(lambda lines: [f"{i:040x}" + x[40:] for i, x in enumerate(lines)])(data)
    return rf"course '{COURSE}': no learner has both features and labels"


@dataclass(frozen=True)
class BadInput:
    """A break, and the rule whose job fails and its log (None: the run stops before any job)."""

    name: str
    breaks: Callable[[Path], str]
    rule: str | None = None
    target: str = MODEL_TARGET
    log: str = ""
    config: tuple[str, ...] = ()  # --config overrides; "{data}" is the broken data's path


def course_case(name: str, breaks: Callable[[Path], str], rule: str, target: str) -> BadInput:
    return BadInput(name, breaks, rule, target, f"logs/{COURSE}/{rule}.log")


def sql_case(
    name: str,
    breaks: Callable[[Path], str],
    course: str = COURSE,
    session: str = SESSION,
    query: str = "forum_posts",
) -> BadInput:
    target, log = f"results/{course}/{session}/{query}.csv", f"logs/{course}/{session}"
    # On MariaDB, the reference backend, whose messages the cases expect.
    return BadInput(
        name, breaks, "sql_forum", target, f"{log}/sql_forum.log", ("sql_backend=mariadb",)
    )


def features_case(name: str, breaks: Callable[[Path], str]) -> BadInput:
    return BadInput(name, breaks, "weekly_features", FEATURES_TARGET, FEATURES_LOG)


@dataclass(frozen=True)
class BrokenTree:
    """A break of the data tree, which the workflow refuses before any job."""

    name: str
    breaks: Callable[[Path], str]
    family: str  # layout, dates or labels: the check that finds it
    data_dir: str = "{data}"  # "{data}" is the broken data's path
    courses: tuple[str, ...] | None = None  # None: all

    def run_case(self) -> BadInput:
        """The same break in a real Snakemake run."""
        courses = () if self.courses is None else (f"courses=[{','.join(self.courses)}]",)
        return BadInput(self.name, self.breaks, config=(f"data_dir={self.data_dir}", *courses))


BROKEN_TREES = [
    # The first case of each family (layout, dates, labels) also runs for real, see CASES.
    BrokenTree("two forum dumps", second_forum_dump, "layout"),
    BrokenTree(
        "missing data_dir",
        lambda d: rf"data_dir {re.escape(str(d))}/nowhere does not exist",
        "layout",
        data_dir="{data}/nowhere",
    ),
    BrokenTree("course directory without sessions", no_sessions, "layout"),
    BrokenTree(
        "unknown course", lambda d: "course 'nope': no directory", "layout", courses=("nope",)
    ),
    BrokenTree("no forum dump", remove("forum_dump"), "layout"),
    BrokenTree("no hash_mapping dump", remove("hash_mapping_dump"), "layout"),
    BrokenTree("two clickstreams", second_clickstream, "layout"),
    BrokenTree(
        "malformed date",
        change_dates_row("2012-07-23,9/4/12", "start_date '2012-07-23' of '{key}' is not a date"),
        "dates",
    ),
    BrokenTree("session missing from the dates file", session_not_in_dates, "dates"),
    BrokenTree(
        "end before start",
        change_dates_row("9/4/12,7/23/12", r"'{key}' ends \(7/23/12\) before it starts"),
        "dates",
    ),
    BrokenTree("duplicate dates row", duplicate_dates_row, "dates"),
    BrokenTree("label value not 0/1", label_value_not_binary, "labels"),
    BrokenTree("label file missing a column", labels_without_column, "labels"),
    BrokenTree("label file missing", missing_labels_file, "labels"),
    BrokenTree("non-UTF-8 bytes in a label file", labels_not_utf8, "labels"),
    BrokenTree("label rows naming no session directory", label_session_without_directory, "labels"),
]


def first_of_each_family(trees: list[BrokenTree]) -> list[BrokenTree]:
    firsts: dict[str, BrokenTree] = {}
    for tree in trees:
        firsts.setdefault(tree.family, tree)
    return list(firsts.values())


# One real run per family proves such an error reaches the terminal and stops the run.
ONE_PER_FAMILY = first_of_each_family(BROKEN_TREES)

INVALID_LINE = b"{not json\n"
CASES = [
    *(tree.run_case() for tree in ONE_PER_FAMILY),
    BadInput(
        "relative data_dir missing from the working directory (snakemake -d elsewhere)",
        lambda d: (
            r"data_dir data/sample does not exist or is not a directory: a relative "
            r"data_dir is read from the working directory \(here /.*/data/sample\)"
        ),
        config=("data_dir=data/sample",),
    ),
    BadInput(
        "mwe with n_feature_weeks beyond every session of a course",
        lambda d: (
            rf"semantics 'mwe': every session of course '{COURSE}' is shorter than "
            r"n_feature_weeks=8 weeks \(001: 7, 002: 7, 003: 7\)"
        ),
        config=("semantics=mwe", "n_feature_weeks=8"),
    ),
    BadInput(
        "model_params value out of range",
        lambda d: (
            r"model_estimator '[\w.]*LogisticRegression': The 'C' parameter of "
            r"LogisticRegression must be a float in the range \(0\.0, inf\]\. Got '?-1'? instead\."
        ),
        config=("model_params={{C: -1}}",),
    ),
    BadInput(
        "invalid config value",
        lambda d: r"ValidationError: -1 is less than the minimum of 0.*n_feature_weeks",
        config=("n_feature_weeks=-1",),
    ),
    sql_case("corrupt gzip dump", corrupt_gzip),
    sql_case("truncated gzip dump", truncated_gzip),
    sql_case(
        "truncated SQL dump",
        change_dump(
            lambda c: c[: c.index(b"UNLOCK TABLES")],
            ": truncated dump: it does not end with mysqldump's '-- Dump completed ...' line",
            PLAIN_COURSE,
            PLAIN_SESSION,
        ),
        PLAIN_COURSE,
        PLAIN_SESSION,
    ),
    sql_case(
        "SQL error in a dump",
        change_dump(
            lambda c: c.replace(b"INSERT INTO", b"INSERT INT", 1),
            r", line {line}: the dump did not load: MariaDB error 1064 \(42000\): You have an",
        ),
    ),
    sql_case(
        "dump without forum_comments",
        change_dump(
            lambda c: c.replace(b"`forum_comments`", b"`forum_replies`"),
            r", .*\): query 'forum_comments' failed: Table 'course.forum_comments' doesn't exist",
        ),
        query="forum_comments",
    ),
    sql_case(
        "dump without is_spam",
        change_dump(
            lambda c: c.replace(b"`is_spam`", b"`spam`"),
            r", .*\): query 'forum_posts' failed: Unknown column 'is_spam' in 'WHERE'",
        ),
    ),
    features_case(
        "empty clickstream",
        clickstream_lines([], r"no line of the clickstream names a user \(0 lines, 0 invalid\)"),
    ),
    features_case(
        "clickstream of invalid lines only",
        clickstream_lines(
            [INVALID_LINE, b"\xff\xfe\n", b"[1]\n", b"\n"],
            r"no line of the clickstream names a user \(4 lines, 4 invalid\)",
        ),
    ),
    features_case("truncated clickstream gzip", truncated_clickstream),
    course_case("no labels for the course", no_course_labels, "course_labels", LABELS_TARGET),
    course_case(
        "duplicate (userID, session) labels", duplicate_label, "course_labels", LABELS_TARGET
    ),
    course_case("single-class labels", single_class, "course_model", MODEL_TARGET),
    course_case(
        "no learner with features and labels", strangers_labels, "course_dataset", MODEL_TARGET
    ),
    BadInput(
        "label rows matching no learner, data_checks error",
        lambda d: (
            rf"course '{COURSE}': \d+ of \d+ label rows match no learner with features in "
            r"their session \(001: \d+, 002: \d+, 003: \d+\) \(data_checks: "
        ),
        "course_dataset",
        MODEL_TARGET,
        f"logs/{COURSE}/course_dataset.log",
        ("data_checks={{label_learner_unmatched: error}}",),
    ),
]


def check_before_any_job(data_dir: Path, courses: str | tuple[str, ...]) -> None:
    """The data-tree checks rules/common.smk runs before scheduling any job, in its order, for
    the default study (corrected, 4 feature weeks, data_checks as in config.yaml)."""
    sessions = discover(data_dir, courses)
    dates_path = data_dir / DATES_FILE
    dates = read_session_dates(dates_path)
    session_dates = {
        (inputs.course, inputs.session): dates_for_session(
            dates, dates_path, inputs.course, inputs.session
        )
        for course_sessions in sessions.values()
        for inputs in course_sessions
    }
    labels = read_label_rows([data_dir / LABELS_TRAIN_FILE, data_dir / LABELS_TEST_FILE], "dropout")
    check_feature_weeks(session_dates, 4, Semantics.CORRECTED)
    for course, course_sessions in sessions.items():
        matched = match_label_sessions(labels.get(course, []), [s.session for s in course_sessions])
        matched.findings(course, CheckPolicy.ERROR)


@pytest.fixture
def broken_data(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(SAMPLE_DATA, data)
    return data


def test_the_sample_passes_the_checks_before_any_job(broken_data: Path) -> None:
    check_before_any_job(broken_data, "all")  # so each case below fails by its break alone


@pytest.mark.parametrize("tree", BROKEN_TREES, ids=lambda tree: tree.name)
def test_a_broken_data_tree_is_refused_naming_what_is_wrong(
    tree: BrokenTree, broken_data: Path
) -> None:
    message = tree.breaks(broken_data)
    data_dir = Path(tree.data_dir.format(data=broken_data))
    with pytest.raises(InputDataError, match=message):
        check_before_any_job(data_dir, tree.courses or "all")


@pytest.fixture
def broken_run(tmp_path: Path, broken_data: Path) -> tuple[Workflow, Path]:
    return Workflow.isolated(tmp_path), broken_data


def partial_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if ".partial-" in p.name]


@pytest.mark.workflow
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_bad_input_fails_as_documented(case: BadInput, broken_run: tuple[Workflow, Path]) -> None:
    workflow, data = broken_run
    message = case.breaks(data)
    config = [f"data_dir={data}", *(c.format(data=data) for c in case.config)]
    result = workflow.run(case.target, "--config", *config, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(message, output, re.DOTALL), f"{message!r} not in:\n{output}"
    if case.rule is None:  # stopped before any job: nothing written
        assert sorted(p.name for p in workflow.workdir.iterdir()) in ([], [".snakemake"])
    else:
        assert re.search(rf"Error in rule {case.rule}:", output), output
        assert "Traceback" not in output  # an expected error is its message alone
        log = (workflow.workdir / case.log).read_text()
        assert re.search(message, log, re.DOTALL), log
        assert not (workflow.workdir / case.target).exists()
        assert partial_files(workflow.workdir) == []
        assert workflow.server_dirs() == []


@pytest.mark.workflow
def test_invalid_clickstream_lines_are_skipped_and_counted_and_the_null_user_is_mwe_only(
    broken_run: tuple[Workflow, Path],
) -> None:
    workflow, data = broken_run
    clickstream = inputs(data).clickstream
    learners = [b'{"username": "' + bytes([c]) * 40 + b'"}\n' for c in b"ab"]
    no_username = b'{"key": "pageview"}\n'
    write_content(
        clickstream, b"".join([learners[0], INVALID_LINE, b"\xff\n", no_username, learners[1]])
    )
    workflow.run(FEATURES_TARGET, "--config", f"data_dir={data}")
    log = (workflow.workdir / FEATURES_LOG).read_text()
    name = re.escape(str(clickstream))
    assert re.search(rf"{name}, line 2: invalid log line skipped: ", log)
    assert re.search(rf"{name}, line 3: invalid log line skipped: 'utf-8' codec", log)
    assert re.search(rf"{name}: skipped 2 invalid line\(s\) of 5\n", log)
    assert "dropped the null user of clickstream lines without a username" in log
    corrected = [line.split(",")[0] for line in (workflow.workdir / FEATURES_TARGET).open()]
    assert {"a" * 40, "b" * 40} <= set(corrected) and "" not in corrected
    workflow.run(FEATURES_TARGET, "--config", f"data_dir={data}", "semantics=mwe")
    mwe = [line.split(",")[0] for line in (workflow.workdir / FEATURES_TARGET).open()]
    assert mwe[1] == "" and {"a" * 40, "b" * 40} <= set(mwe)  # the null learner, first


@pytest.mark.workflow
def test_non_utf8_text_in_a_dump_fails_embedded_and_loads_on_mariadb(
    broken_run: tuple[Workflow, Path], tmp_path: Path
) -> None:
    workflow, data = broken_run
    dumps = inputs(data)
    expected = (tmp_path / "posts.csv", tmp_path / "comments.csv")
    extract_forum_csvs(dumps.forum_dump, dumps.hash_mapping_dump, *expected)
    content = read_content(dumps.forum_dump)
    assert b"'Great course" in content
    write_content(dumps.forum_dump, content.replace(b"'Great course", b"'\xff\xfe Great", 1))
    session_dir = f"results/{COURSE}/{SESSION}"
    targets = (f"{session_dir}/forum_posts.csv", f"{session_dir}/forum_comments.csv")
    # The embedded reader refuses text that is not in the dump's declared character set.
    embedded = workflow.run(*targets, "--config", f"data_dir={data}", check=False)
    assert embedded.returncode != 0
    line = line_of(read_content(dumps.forum_dump), b"\xff\xfe Great")
    assert f"{dumps.forum_dump.name}, line {line}: expected utf8mb4 text" in embedded.stderr
    # mysqldump's SQL_MODE is not strict: MariaDB replaces the bytes, with a warning.
    workflow.run(*targets, "--config", f"data_dir={data}", "sql_backend=mariadb")
    for name, path in zip(("forum_posts.csv", "forum_comments.csv"), expected, strict=True):
        assert (workflow.workdir / session_dir / name).read_text() == path.read_text()


@pytest.mark.workflow
def test_mwe_semantics_keeps_duplicate_labels(broken_run: tuple[Workflow, Path]) -> None:
    workflow, data = broken_run
    labels = data / "labels-train.csv"
    rewrite_lines(labels, lambda ls: [*ls, ls[1]])
    workflow.run(LABELS_TARGET, "--config", f"data_dir={data}", "semantics=mwe")
    written = (workflow.workdir / LABELS_TARGET).read_text().splitlines()
    duplicated = labels.read_text().splitlines()[1]
    assert written.count(duplicated) == 2


def matching_label_rows(workdir: Path, label_files: list[Path], course: str) -> int:
    """Label rows of the course whose (userID, session) has a row of the session's features."""
    learners = {
        (line.split(",")[0], session.name)
        for session in (workdir / "results" / course).iterdir()
        if session.is_dir()
        for line in (session / "morf_mwe_feats.csv").read_text().splitlines()[1:]
    }
    rows = [line.split(",") for path in label_files for line in path.read_text().splitlines()]
    return sum((r[0], r[2]) in learners for r in rows if r[1] == course and r[3] == "dropout")


@pytest.mark.workflow
def test_label_sessions_without_zero_padding_are_read_as_their_session(
    broken_run: tuple[Workflow, Path], tmp_path: Path
) -> None:
    """Excel writes 3 for 003: those label rows used to vanish from the dataset silently."""
    workflow, data = broken_run
    original = tmp_path / "labels-test.csv"
    shutil.copy(data / "labels-test.csv", original)
    rewrite_lines(data / "labels-test.csv", lambda ls: [x.replace(",003,", ",3,") for x in ls])
    dataset = f"results/{COURSE}/course_dataset.csv"
    result = workflow.run(dataset, "--config", f"data_dir={data}")
    assert re.search(
        rf"labels-test\.csv, line 2: \d+ label row\(s\) of course '{COURSE}' name session '3', "
        r"read as session '003'",
        result.stderr,
    ), result.stderr
    sessions = [line.split(",")[1] for line in (workflow.workdir / dataset).open()][1:]
    expected = matching_label_rows(workflow.workdir, [data / "labels-train.csv", original], COURSE)
    assert len(sessions) == expected and sessions.count("003") > 0


@pytest.mark.workflow
def test_label_rows_naming_no_session_can_be_left_out_with_a_warning(
    broken_run: tuple[Workflow, Path],
) -> None:
    workflow, data = broken_run
    message = label_session_without_directory(data)
    dataset = f"results/{COURSE}/course_dataset.csv"
    warn = "data_checks={label_session_unmatched: warn, label_learner_unmatched: warn}"
    result = workflow.run(dataset, "--config", f"data_dir={data}", warn)
    left_out = message.split(r" \(data_checks")[0] + ": left out"
    assert re.search(left_out, result.stderr), result.stderr
    sessions = {line.split(",")[1] for line in (workflow.workdir / dataset).open()}
    assert sessions == {"session", "001", "003"}


def clickstream_in_seconds_with_an_empty_username(path: Path) -> None:
    """Timestamps divided by 1000 (unix seconds where Coursera writes milliseconds), and a line
    with ``"username": ""``; invalid lines stay as they are."""
    lines = []
    for line in read_content(path).splitlines(keepends=True):
        try:
            entry = json.loads(line)
        except ValueError:
            entry = None
        if isinstance(entry, dict) and isinstance(entry.get("timestamp"), int):
            entry["timestamp"] //= 1000
            line = json.dumps(entry).encode() + b"\n"
        lines.append(line)
    lines.append(b'{"username": "", "key": "pageview", "timestamp": 1329000000}\n')
    write_content(path, b"".join(lines))


@pytest.mark.workflow
def test_the_data_report_shows_what_changes_what_the_model_sees(
    broken_run: tuple[Workflow, Path],
) -> None:
    """One run, several findings: each a warning on the terminal and a cell of the report."""
    workflow, data = broken_run
    labels = data / "labels-test.csv"
    rewrite_lines(labels, lambda ls: [x.replace(f",{COURSE},003,", f",{COURSE},3,") for x in ls])
    rewrite_lines(labels, lambda ls: [*ls, f"{'f' * 40},{COURSE},004,dropout,1\n"])
    rewrite_lines(
        dates_file(data), lambda ls: [x.replace("7/23/12,9/4/12", "7/23/11,9/4/11") for x in ls]
    )
    clickstream_in_seconds_with_an_empty_username(inputs(data).clickstream)
    result = workflow.run(
        f"output/{COURSE}/data_report.html",
        f"results/{COURSE}/course_dataset.csv",
        "--config",
        f"data_dir={data}",
        "features=[forum_posts, clickstream_activity]",
        "data_checks={label_session_unmatched: warn, label_learner_unmatched: warn}",
    )
    terminal = result.stderr
    for warning in (
        r"name session '3', read as session '003'",
        r"name session '004', which is not a session directory of the course: left out",
        r"every forum feature is zero although the session has \d+ forum posts and comments: "
        r"\d+ before the course start \(7/23/11\), \d+ after its end \(9/4/11\)",
        r"every clickstream activity feature is zero: none of the \d+ events of keys "
        r".* read as unix milliseconds is 1970-01-16",
        r"dropped the empty username of 1 clickstream line\(s\)",
        rf"course '{COURSE}', session 002: features all zero: forum_posts; clickstream_activity",
    ):
        assert re.search(warning, terminal), f"{warning!r} not in:\n{terminal}"
    with (workflow.workdir / f"results/{COURSE}/data_report.csv").open() as handle:
        report = {row["session"]: row for row in csv.DictReader(handle)}
    assert list(report) == ["001", "002", "003", "004"]
    assert report["001"]["features_all_zero"] == "clickstream_activity"
    assert report["001"]["lines_without_username"] == "5"
    assert report["002"]["features_all_zero"] == "forum_posts; clickstream_activity"
    last = {k: int(v) for k, v in report["003"].items() if v.isdigit()}
    # Every label row of 003 was written 3, and joins as 003's.
    assert last["label_rows_renamed_session"] == last["labelled_learners"] > 0
    assert last["labelled_learners_with_features"] > 0
    assert (
        last["labelled_learners_with_features"] + last["label_rows_no_learner"]
        == (last["labelled_learners"])
    )
    assert report["004"]["label_rows_no_session"] == "1"
    features = (workflow.workdir / FEATURES_TARGET).read_text().splitlines()
    assert not any(line.startswith(",") for line in features)  # no empty-userID learner
    html = (workflow.workdir / f"output/{COURSE}/data_report.html").read_text()
    assert '<td class="severe">forum_posts; clickstream_activity</td>' in html
    users = {line.split(",")[0] for path in data.glob("labels-*.csv") for line in path.open()}
    for path in (workflow.workdir / "output").rglob("*"):
        if path.is_file():
            text = path.read_text(errors="replace")
            assert not [user for user in users if len(user) == 40 and user in text], path


@pytest.mark.workflow
@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("results/nope/001/forum_posts.csv", "no session '001' of course 'nope' in"),
        ("results/accounting/999/morf_mwe_feats.csv", "no session '999' of course 'accounting' in"),
        ("output/nope/output.csv", "no course 'nope' in"),
        ("results/nope/labels.csv", "no course 'nope' in"),
    ],
)
def test_a_target_outside_the_data_tree_is_refused_naming_it(
    workflow: Workflow, target: str, message: str
) -> None:
    # Course and session wildcards match any folder name; the lookups name what is missing.
    result = workflow.run("-n", target, "--config", f"data_dir={SAMPLE_DATA}", check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert f"{message} {SAMPLE_DATA}" in output, output
