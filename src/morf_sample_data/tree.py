"""Writing a whole MORF-style tree: the dates and labels files, and each session's five files."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Final

from morf_sample_data import seeds
from morf_sample_data.clickstream import write_clickstream
from morf_sample_data.compression import write_gzip_bytes
from morf_sample_data.dumps import (
    ANNOUNCEMENTS,
    FORUM_COMMENTS,
    FORUM_FORUMS,
    FORUM_POSTS,
    FORUM_THREADS,
    HASH_MAPPING,
    render_dump,
)
from morf_sample_data.plan import CoursePlan, SampleSpec, plan_courses
from morf_sample_data.rows import SessionData
from morf_sample_data.session import build_session

DATES_FILE: Final = "coursera_course_dates.csv"
LABELS_TRAIN_FILE: Final = "labels-train.csv"
LABELS_TEST_FILE: Final = "labels-test.csv"
DATES_ENCODING: Final = "iso-8859-1"
DUMP_GZIP_LEVEL: Final = 6
_LABELS_HEADER: Final = ("userID", "course", "session", "label_type", "label_value")


def format_course_date(day: date) -> str:
    """MORF's ``%m/%d/%y`` without zero padding of month and day: ``2/2/15``."""
    return f"{day.month}/{day.day}/{day.year % 100:02d}"


def _csv_text(rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _demographics(spec: SampleSpec, data: SessionData) -> str:
    rng = seeds.rng(spec.seed, data.plan.course, data.plan.session, "demographics")
    rows: list[list[object]] = [["session_user_id", "age_range", "gender", "country_cd", "degree"]]
    for user in data.plan.learners:
        if rng.random() < 0.4:
            rows.append(
                [
                    user,
                    rng.choice(("18-24", "25-34", "35-44", "45-54", "55+", "")),
                    rng.choice(("female", "male", "other", "")),
                    rng.choice(("US", "IN", "BR", "CN", "ES", "DE", "FR", "")),
                    rng.choice(("Bachelor's", "Master's", "High school", "Doctorate", "")),
                ]
            )
    return _csv_text(rows)


def write_session(spec: SampleSpec, data: SessionData, session_dir: Path) -> None:
    """Write one session's five files into ``session_dir``."""
    plan = data.plan
    session_dir.mkdir(parents=True, exist_ok=True)
    forum = render_dump(
        plan,
        [
            (FORUM_COMMENTS, data.comments),
            (FORUM_FORUMS, data.forums),
            (FORUM_POSTS, data.posts),
            (FORUM_THREADS, data.threads),
        ],
    ).encode()
    mapping = render_dump(plan, [(HASH_MAPPING, data.hash_mapping)], ascii_only=True).encode()
    for name, payload in ((plan.forum_dump_name, forum), (plan.hash_mapping_dump_name, mapping)):
        if plan.gzip_dumps:
            write_gzip_bytes(session_dir / name, payload, DUMP_GZIP_LEVEL)
        else:
            (session_dir / name).write_bytes(payload)
    general = render_dump(plan, [(ANNOUNCEMENTS, data.announcements)]).encode()
    write_gzip_bytes(session_dir / plan.general_dump_name, general, DUMP_GZIP_LEVEL)
    (session_dir / plan.demographics_name).write_text(_demographics(spec, data), encoding="utf-8")
    write_clickstream(session_dir / plan.clickstream_name, spec, data)


def _dates_rows(courses: Sequence[CoursePlan]) -> list[list[object]]:
    rows: list[list[object]] = [["course", "fullname", "start_date", "end_date"]]
    for course in courses:
        for plan in course.sessions:
            start, end = format_course_date(plan.start), format_course_date(plan.end)
            rows.append([plan.key, plan.fullname, start, end])
    return rows


def generate(out_dir: Path, spec: SampleSpec) -> None:
    """Write a whole MORF-style data tree; ``out_dir`` must be empty or absent."""
    spec.validate()
    out_dir = Path(out_dir)
    if out_dir.exists() and (not out_dir.is_dir() or any(out_dir.iterdir())):
        raise FileExistsError(f"{out_dir} exists and is not an empty directory")
    courses = plan_courses(spec)
    out_dir.mkdir(parents=True, exist_ok=True)
    train: list[Sequence[object]] = [_LABELS_HEADER]
    test: list[Sequence[object]] = [_LABELS_HEADER]
    for course in courses:
        for plan in course.sessions:
            data = build_session(spec, plan)
            write_session(spec, data, out_dir / plan.relative_dir)
            labels = test if plan is course.test_session else train
            labels.extend(
                [row.userID, row.course, row.session, row.label_type, row.label_value]
                for row in data.labels
            )
    (out_dir / DATES_FILE).write_bytes(_csv_text(_dates_rows(courses)).encode(DATES_ENCODING))
    (out_dir / LABELS_TRAIN_FILE).write_text(_csv_text(train), encoding="utf-8")
    (out_dir / LABELS_TEST_FILE).write_text(_csv_text(test), encoding="utf-8")
