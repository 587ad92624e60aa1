# Shared helpers: config validation, discovery of the data tree, and input functions.
import re
from math import ceil
from pathlib import Path

from snakemake.exceptions import WorkflowError
from snakemake.utils import validate

from morf_pipeline.dates import dates_for_session, read_session_dates
from morf_pipeline.errors import InputDataError
from morf_pipeline.labels import label_digest, read_label_rows
from morf_pipeline.layout import (
    DATES_FILE,
    LABELS_TEST_FILE,
    LABELS_TRAIN_FILE,
    discover,
)

validate(config, "../config.schema.yaml")

DATA_DIR = Path(config["data_dir"])
DATES_PATH = DATA_DIR / DATES_FILE
LABEL_PATHS = [DATA_DIR / LABELS_TRAIN_FILE, DATA_DIR / LABELS_TEST_FILE]

try:
    SESSIONS = discover(DATA_DIR, config["courses"])
    _dates = read_session_dates(DATES_PATH)
    # Per-session dates and per-course label fingerprints are passed as params, so a change
    # to one course's rows of the shared files reruns only that course's jobs.
    SESSION_DATES = {
        (s.course, s.session): dates_for_session(
            _dates, DATES_PATH, s.course, s.session
        )
        for sessions in SESSIONS.values()
        for s in sessions
    }
    LABEL_DIGESTS = {
        course: label_digest(rows)
        for course, rows in read_label_rows(LABEL_PATHS, config["label_type"]).items()
    }
except InputDataError as error:
    raise WorkflowError(str(error)) from None

INPUTS = {(s.course, s.session): s for sessions in SESSIONS.values() for s in sessions}


def _one_of(names):
    return "|".join(re.escape(name) for name in sorted(names))


wildcard_constraints:
    course=_one_of(SESSIONS),
    session=_one_of({session for _, session in INPUTS}),


def get_final_outputs():
    return expand("output/{course}/output.csv", course=SESSIONS)


def get_forum_dumps(wildcards):
    inputs = INPUTS[(wildcards.course, wildcards.session)]
    return {
        "forum_dump": inputs.forum_dump,
        "hash_mapping_dump": inputs.hash_mapping_dump,
    }


def get_clickstream(wildcards):
    return INPUTS[(wildcards.course, wildcards.session)].clickstream


def get_session_dates(wildcards):
    return SESSION_DATES[(wildcards.course, wildcards.session)]


def get_course_sessions(wildcards):
    return [s.session for s in SESSIONS[wildcards.course]]


def get_course_features(wildcards):
    return expand(
        "results/{course}/{session}/morf_mwe_feats.csv",
        course=wildcards.course,
        session=get_course_sessions(wildcards),
    )


def runtime_for_input(minutes_per_gb, minimum_minutes=10):
    """A job's runtime limit (minutes, for cluster schedulers) scaled by its input size."""
    return lambda wildcards, input: max(
        minimum_minutes, ceil(input.size_mb / 1024 * minutes_per_gb)
    )


def get_label_digest(wildcards):
    # A course without labels gets no digest; its labels job then fails naming the files.
    return LABEL_DIGESTS.get(wildcards.course, "")
