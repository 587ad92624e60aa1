"""A course's data report: per session, what its inputs hold and how much of it reaches the
model (``results/<course>/data_report.csv``), and the report's HTML table of it with the
findings highlighted (``output/<course>/data_report.html``).

It reads what the jobs before it wrote: each session's ``session_stats.json`` (the counts the
``weekly_features`` job took while it read the clickstream and the forum exports), its feature
files and the course's ``labels.csv``. Counts and session ids only: no learner id.
"""

from __future__ import annotations

import csv
import html
import json
import logging
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from morf_pipeline.files import atomic_text_output
from morf_pipeline.semantics import Semantics

log = logging.getLogger(__name__)

# Column -> its label in the HTML table.
MEASURES = {
    "clickstream_lines": "clickstream lines",
    "invalid_lines": "invalid clickstream lines (skipped)",
    "lines_without_username": "clickstream lines without a username",
    "learners": "learners (rows of morf_mwe_feats.csv)",
    "forum_posts": "forum posts",
    "forum_comments": "forum comments",
    "posts_before_start": "posts and comments before the course start",
    "posts_after_end": "posts and comments after the course end",
    "posts_unmapped": "posts and comments by posters missing from hash_mapping",
    "labelled_learners": "labelled learners (label rows)",
    "label_rows_renamed_session": "label rows naming the session without its zero padding",
    "label_rows_no_session": "label rows naming no session directory",
    "label_rows_no_learner": "label rows matching no learner",
    "labelled_learners_with_features": "labelled learners with features",
    "dropout_rate": "dropout rate of the labelled learners with features",
    "features_all_zero": "features all zero",
}
REPORT_COLUMNS = ("session", *MEASURES, "findings")
# The measures that are the weekly_features job's counts as it wrote them (session_stats.json).
STATS_MEASURES = (
    "clickstream_lines",
    "invalid_lines",
    "learners",
    "forum_posts",
    "forum_comments",
    "posts_before_start",
    "posts_after_end",
    "posts_unmapped",
)
STYLE = (
    "body{font-family:sans-serif}table{border-collapse:collapse}"
    "td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}th{text-align:left}"
    ".note{background:#fff3cd}.severe{background:#f8d7da}li{width:fit-content}"
)


@dataclass(frozen=True)
class SessionFiles:
    """What the report reads of one session."""

    session: str
    stats: Path  # session_stats.json
    learners: Path  # morf_mwe_feats.csv: its userIDs are the session's learners
    features: Mapping[str, Path]  # each feature set the model uses -> the session's file


@dataclass(frozen=True)
class Finding:
    session: str
    columns: tuple[str, ...]  # the cells it highlights
    text: str
    severe: bool  # the session's data likely cannot be right, rather than worth a look


@dataclass(frozen=True)
class DataReport:
    rows: list[dict[str, str]]
    cell_findings: list[Finding]

    @property
    def findings(self) -> list[str]:
        """One line per finding, as the job logs it."""
        return [f"session {f.session}: {f.text}" for f in self.cell_findings]


def _data_rows(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader, None)
        yield from reader


def _all_zero(path: Path) -> bool:
    """True if no feature value of the file is other than 0 (also a file without rows: every
    learner gets 0)."""
    return all(value == "0" or float(value) == 0 for row in _data_rows(path) for value in row[1:])


def _label_measures(labels: Sequence[tuple[str, str]], learners: set[str]) -> dict[str, object]:
    """``labels``: (userID, label_value) rows; ``learners``: the userIDs a label must name to
    join (the session's, or in mwe the whole course's)."""
    values = [value for user, value in labels if user in learners]
    return {
        "labelled_learners": len(labels),
        "label_rows_no_learner": len(labels) - len(values),
        "labelled_learners_with_features": len(values),
        "dropout_rate": f"{values.count('1') / len(values):.3f}" if values else "",
    }


def _session_row(
    files: SessionFiles,
    labels: Sequence[tuple[str, str]],
    learners: set[str],
    renamed_rows: int,
) -> dict[str, object]:
    stats = json.loads(files.stats.read_text(encoding="utf-8"))
    return {
        "session": files.session,
        **{measure: stats[measure] for measure in STATS_MEASURES},
        "lines_without_username": stats["null_user_lines"] + stats["empty_user_lines"],
        **_label_measures(labels, learners),
        "label_rows_renamed_session": renamed_rows,
        "label_rows_no_session": 0,
        "features_all_zero": "; ".join(
            name for name, path in files.features.items() if _all_zero(path)
        ),
    }


def _no_directory_row(
    session: str, labels: Sequence[tuple[str, str]], everyone: set[str], semantics: Semantics
) -> dict[str, object]:
    """A session that label rows name but that has no directory: mwe joins its labels on
    userID alone, corrected leaves them all out."""
    row: dict[str, object] = {
        **dict.fromkeys(MEASURES, ""),
        "session": session,
        "labelled_learners": len(labels),
        "label_rows_no_session": len(labels),
    }
    if semantics is Semantics.MWE:
        row |= _label_measures(labels, everyone)
    return row


def _findings(row: Mapping[str, object], semantics: Semantics) -> Iterator[Finding]:
    """What in a row changes what the model sees, in the row's column order."""
    mwe = semantics is Semantics.MWE
    session = str(row["session"])

    def finding(text: str, *columns: str, severe: bool = False) -> Finding:
        return Finding(session, columns, text, severe)

    def count(column: str) -> int:
        value = row[column]
        return value if isinstance(value, int) else 0

    if n := count("invalid_lines"):
        yield finding(f"{n} invalid clickstream line(s) skipped", "invalid_lines")
    if n := count("lines_without_username"):
        learner = "the original's null or empty learner" if mwe else "no learner"
        text = f"{n} clickstream line(s) without a username ({learner})"
        yield finding(text, "lines_without_username")
    before, after = count("posts_before_start"), count("posts_after_end")
    if before or after:
        counted = "those after the end count in the last week" if mwe else "not counted"
        text = (
            f"{before} post(s)/comment(s) before the start and {after} after the end of the "
            f"course ({counted})"
        )
        columns = ("posts_before_start",) * bool(before) + ("posts_after_end",) * bool(after)
        yield finding(text, *columns)
    if n := count("posts_unmapped"):
        counted = "counted for a learner named NULL" if mwe else "not counted"
        text = f"{n} post(s)/comment(s) by posters missing from hash_mapping ({counted})"
        yield finding(text, "posts_unmapped")
    if row["learners"] == 0:
        yield finding("no learner has features", "learners", severe=True)
    if n := count("label_rows_renamed_session"):
        text = f"{n} label row(s) name the session without its zero padding (read as {session})"
        yield finding(text, "label_rows_renamed_session")
    if n := count("label_rows_no_session"):
        joined = "joined on userID alone" if mwe else "left out"
        text = f"{n} label row(s) name no session directory ({joined})"
        yield finding(text, "label_rows_no_session", severe=True)
    if n := count("label_rows_no_learner"):
        text = f"{n} label row(s) match no learner with features (left out)"
        yield finding(text, "label_rows_no_learner")
    if row["labelled_learners_with_features"] == 0 and not count("label_rows_no_session"):
        text = "no labelled learner has features: the session adds nothing to the model"
        yield finding(text, "labelled_learners_with_features", severe=True)
    if all_zero := row["features_all_zero"]:
        yield finding(f"features all zero: {all_zero}", "features_all_zero", severe=True)


def _html_table(course: str, report: DataReport) -> str:
    classes = {
        (f.session, column): "severe" if f.severe else "note"
        for f in report.cell_findings
        for column in f.columns
    }
    sessions = [row["session"] for row in report.rows]
    lines = ["<tr><th></th>" + "".join(f"<th>{html.escape(s)}</th>" for s in sessions) + "</tr>"]
    for column, label in MEASURES.items():
        cells = []
        for row in report.rows:
            found = classes.get((row["session"], column))
            attribute = f' class="{found}"' if found else ""
            cells.append(f"<td{attribute}>{html.escape(row[column])}</td>")
        lines.append(f"<tr><th>{html.escape(label)}</th>{''.join(cells)}</tr>")
    items = [
        f'<li class="{"severe" if f.severe else "note"}">'
        f"session {html.escape(f.session)}: {html.escape(f.text)}</li>"
        for f in report.cell_findings
    ]
    findings = f"<ul>\n{chr(10).join(items)}\n</ul>" if items else "<p>No findings.</p>"
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(course)}: '
        f"data report</title><style>{STYLE}</style></head>\n<body><h3>{html.escape(course)}: "
        "data report, one column per session</h3>\n<table>\n"
        + "\n".join(lines)
        + f"\n</table>\n<h4>Findings</h4>\n{findings}\n</body></html>\n"
    )


def build_data_report(
    course: str,
    sessions: Sequence[SessionFiles],
    labels_csv: Path,
    semantics: Semantics,
    renamed_label_rows: Mapping[str, int],
    table_destination: Path,
    html_destination: Path,
) -> DataReport:
    """Write the course's data report (CSV and HTML) and log each finding as a warning.

    One row per session in the given (MORF) order, then one per session that label rows name
    but that has no directory. ``renamed_label_rows``: per session, the label rows that named
    it without its zero padding (``labels.LabelSessions.renamed_rows``).
    """
    labels: dict[str, list[tuple[str, str]]] = {}
    for user, _, session, _, value in _data_rows(labels_csv):
        labels.setdefault(session, []).append((user, value))
    learners = {s.session: {row[0] for row in _data_rows(s.learners)} for s in sessions}
    everyone = set().union(*learners.values())
    rows = [
        _session_row(
            files,
            labels.pop(files.session, []),
            everyone if semantics is Semantics.MWE else learners[files.session],
            renamed_label_rows.get(files.session, 0),
        )
        for files in sessions
    ]
    rows += [
        _no_directory_row(session, session_labels, everyone, semantics)
        for session, session_labels in labels.items()
    ]
    findings = [f for row in rows for f in _findings(row, semantics)]
    report = DataReport(
        [
            {
                **{k: str(v) for k, v in row.items()},
                "findings": "; ".join(f.text for f in findings if f.session == row["session"]),
            }
            for row in rows
        ],
        findings,
    )
    with atomic_text_output(table_destination) as handle:
        writer = csv.DictWriter(handle, REPORT_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(report.rows)
    with atomic_text_output(html_destination) as handle:
        handle.write(_html_table(course, report))
    for text in report.findings:
        log.warning("course %r, %s", course, text)
    log.info(
        "course %s: data report of %d session row(s), %d finding(s)",
        course,
        len(rows),
        len(findings),
    )
    return report
