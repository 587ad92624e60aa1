# Shared helpers: config validation, discovery of the data tree, and input functions.
import re
from math import ceil
from pathlib import Path

from snakemake.exceptions import WorkflowError
from snakemake.logging import logger
from snakemake.utils import validate

from morf_pipeline.dates import (
    check_feature_weeks,
    dates_for_session,
    read_session_dates,
)
from morf_pipeline.errors import CheckPolicy, ConfigError, InputDataError
from morf_pipeline.labels import label_digest, match_label_sessions, read_label_rows
from morf_pipeline.layout import (
    DATES_FILE,
    LABELS_TEST_FILE,
    LABELS_TRAIN_FILE,
    discover,
)
from morf_pipeline.semantics import Semantics
from morf_pipeline.study import check_study, configured_queries

validate(config, "../config.schema.yaml")

DATA_DIR = Path(config["data_dir"])
DATES_PATH = DATA_DIR / DATES_FILE
LABEL_PATHS = [DATA_DIR / LABELS_TRAIN_FILE, DATA_DIR / LABELS_TEST_FILE]
DATA_CHECKS = config["data_checks"]

try:
    QUERIES = configured_queries(config["queries"])
    CUSTOM_FEATURES = config["custom_features"]
    # Checks the model in a child process while the data tree is read.
    _model_check = check_study(config, QUERIES)
    DUMP_MARKERS = {marker: None for q in QUERIES.values() for marker in q.dumps}
    SESSIONS = discover(DATA_DIR, config["courses"], DUMP_MARKERS)
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
    _labels = read_label_rows(LABEL_PATHS, config["label_type"])
    LABEL_DIGESTS = {course: label_digest(rows) for course, rows in _labels.items()}
    LABEL_SESSIONS = {
        course: match_label_sessions(
            _labels.get(course, []), [s.session for s in sessions]
        )
        for course, sessions in SESSIONS.items()
    }
    # mwe joins labels on userID alone: a row naming no session directory still counts there.
    _session_policy = CheckPolicy(
        "warn"
        if config["semantics"] == "mwe"
        else DATA_CHECKS["label_session_unmatched"]
    )
    _findings = check_feature_weeks(
        SESSION_DATES, config["n_feature_weeks"], Semantics(config["semantics"])
    )
    for course, label_sessions in LABEL_SESSIONS.items():
        _findings += label_sessions.findings(course, _session_policy)
    for finding in _findings:
        logger.warning(f"Warning: {finding}")
    _model_check.wait()
except (InputDataError, ConfigError) as error:
    raise WorkflowError(str(error)) from None

INPUTS = {(s.course, s.session): s for sessions in SESSIONS.values() for s in sessions}


def _one_of(names):
    return "|".join(re.escape(name) for name in sorted(names))


wildcard_constraints:
    course=_one_of(SESSIONS),
    session=_one_of({session for _, session in INPUTS}),
    query=_one_of(QUERIES),
    feature=_one_of(CUSTOM_FEATURES) or "(?!)",


# The queries whose CSVs a feature job reads (weekly_features the MWE's two, each custom feature
# those it declares), so the default target reaches them through their readers.
READ_QUERIES = {"forum_posts", "forum_comments"}.union(
    *(spec.get("queries", []) for spec in CUSTOM_FEATURES.values())
)


def get_final_outputs():
    per_course = [
        "output.csv",
        "eval.csv",
        "performance.png",
        "sessions.png",
        "data_report.html",
    ]
    # Every declared query's CSVs are built, also those no feature reads (a study may want
    # them). Only those are listed here: listing the others too (2 per session by default)
    # adds thousands of inputs to `all` for Snakemake to resolve on every run, for nothing.
    query_csvs = [
        f"results/{course}/{session}/{query}.csv"
        for (course, session) in INPUTS
        for query in QUERIES
        if query not in READ_QUERIES
    ]
    return [
        *expand("output/{course}/{name}", course=SESSIONS, name=per_course),
        "output/eval.csv",
        *query_csvs,
    ]


def get_query_dumps(wildcards):
    dumps = INPUTS[(wildcards.course, wildcards.session)].dumps
    return {marker: dumps[marker] for marker in QUERIES[wildcards.query].dumps}


def get_query_backend(wildcards):
    return QUERIES[wildcards.query].backend or config["sql_backend"]


def get_clickstream(wildcards):
    return INPUTS[(wildcards.course, wildcards.session)].clickstream


def get_session_dates(wildcards):
    return SESSION_DATES[(wildcards.course, wildcards.session)]


def get_course_sessions(wildcards):
    return [s.session for s in SESSIONS[wildcards.course]]


def get_holdout_session(wildcards):
    # MORF's holdout (labels-test) is each course's last session in MORF order.
    return get_course_sessions(wildcards)[-1]


def get_course_features(wildcards):
    return expand(
        "results/{course}/{session}/morf_mwe_feats.csv",
        course=wildcards.course,
        session=get_course_sessions(wildcards),
    )


def get_session_stats(wildcards):
    return expand(
        "results/{course}/{session}/session_stats.json",
        course=wildcards.course,
        session=get_course_sessions(wildcards),
    )


def get_extra_features(wildcards):
    """Per extra feature, its file of each session of the course (MORF order)."""
    sessions = get_course_sessions(wildcards)
    files = {
        name: expand(
            "results/{course}/{session}/features/{feature}.csv",
            course=wildcards.course,
            session=sessions,
            feature=name,
        )
        for name in CUSTOM_FEATURES
    }
    if "clickstream_activity" in config["features"]:
        files["clickstream_activity"] = expand(
            "results/{course}/{session}/clickstream_activity.csv",
            course=wildcards.course,
            session=sessions,
        )
    return {f"extra_{name}": paths for name, paths in files.items()}


def get_custom_feature_inputs(wildcards):
    spec = CUSTOM_FEATURES[wildcards.feature]
    return {
        "module": spec["module"],
        "clickstream": get_clickstream(wildcards),
        **{
            f"query_{name}": f"results/{wildcards.course}/{wildcards.session}/{name}.csv"
            for name in spec.get("queries", [])
        },
    }


def runtime_for_input(minutes_per_gb, minimum_minutes=10):
    """A job's runtime limit (minutes, for cluster schedulers) scaled by its input size."""
    return lambda wildcards, input: max(
        minimum_minutes, ceil(input.size_mb / 1024 * minutes_per_gb)
    )


def get_label_session_renames(wildcards):
    return LABEL_SESSIONS[wildcards.course].renamed


def get_renamed_label_rows(wildcards):
    return LABEL_SESSIONS[wildcards.course].renamed_rows


def get_label_digest(wildcards):
    # A course without labels gets no digest; its labels job then fails naming the files.
    return LABEL_DIGESTS.get(wildcards.course, "")
