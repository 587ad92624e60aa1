# Shared helpers: the config decoded into the study, discovery of the data tree, and input
# functions.
import re
from math import ceil
from pathlib import Path

from snakemake.exceptions import WorkflowError
from snakemake.logging import logger
from snakemake.utils import validate

from morf_pipeline.dates import dates_for_session, read_session_dates
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.labels import label_digest, match_label_sessions, read_label_rows
from morf_pipeline.layout import (
    DATES_FILE,
    LABELS_TEST_FILE,
    LABELS_TRAIN_FILE,
    discover,
)
from morf_pipeline.study import ModelCheck, Study, load_schema, prepare_config
from morf_pipeline.weeks import check_feature_weeks

SCHEMA = Path(workflow.basedir) / "config.schema.yaml"

try:
    prepare_config(config, load_schema(SCHEMA))
except ConfigError as error:
    raise WorkflowError(str(error)) from None
validate(config, str(SCHEMA))

try:
    # The config decoded once: rules read STUDY, and pass scripts the values they need.
    STUDY = Study.from_config(config)
    # Checks the model in a child process while the data tree is read.
    _model_check = ModelCheck.start(STUDY.model)
    DATA_DIR = STUDY.data_dir
    DATES_PATH = DATA_DIR / DATES_FILE
    LABEL_PATHS = [DATA_DIR / LABELS_TRAIN_FILE, DATA_DIR / LABELS_TEST_FILE]
    SESSIONS = discover(DATA_DIR, STUDY.courses, STUDY.dump_markers)
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
    _labels = read_label_rows(LABEL_PATHS, STUDY.label_type)
    LABEL_DIGESTS = {course: label_digest(rows) for course, rows in _labels.items()}
    LABEL_SESSIONS = {
        course: match_label_sessions(
            _labels.get(course, []), [s.session for s in sessions]
        )
        for course, sessions in SESSIONS.items()
    }
    _findings = check_feature_weeks(
        SESSION_DATES, STUDY.n_feature_weeks, STUDY.semantics
    )
    for course, label_sessions in LABEL_SESSIONS.items():
        _findings += label_sessions.findings(course, STUDY.label_session_policy)
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
    query=_one_of(STUDY.queries),
    feature=_one_of(STUDY.custom_features) or "(?!)",


def as_is(value):
    """A param that reaches the script unchanged: Snakemake formats text params with
    the wildcards, making an enum member (a str) plain text, but not a function's."""
    return lambda wildcards: value


def query_csv(query, **wildcards):
    """A query's CSV: of the given course and session, else with those left as wildcards."""
    return expand(
        rules.sql_query.output.csv, query=query, **wildcards, allow_missing=True
    )[0]


def get_final_outputs():
    per_course = [
        rules.train_model.output.predictions,
        rules.evaluate_course.output.evaluation,
        rules.plot_performance.output.figure,
        rules.plot_sessions.output.figure,
        rules.data_report.output.html,
    ]
    # Every declared query's CSVs are built, also those no feature reads (a study may want
    # them). Only those are listed here: the others are reached through their readers, and
    # listing them too (2 per session by default) adds thousands of inputs to `all` for
    # Snakemake to resolve on every run, for nothing.
    unread = [query for query in STUDY.queries if query not in STUDY.read_queries]
    return [
        *(
            expand(pattern, course=course)[0]
            for course in SESSIONS
            for pattern in per_course
        ),
        rules.evaluate_all.output.evaluation,
        *(
            query_csv(query, course=course, session=session)
            for (course, session) in INPUTS
            for query in unread
        ),
    ]


def get_query_dumps(wildcards):
    dumps = INPUTS[(wildcards.course, wildcards.session)].dumps
    return {marker: dumps[marker] for marker in STUDY.queries[wildcards.query].dumps}


def get_query_backend(wildcards):
    return STUDY.query_backend(wildcards.query)


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
        rules.weekly_features.output.features,
        course=wildcards.course,
        session=get_course_sessions(wildcards),
    )


def get_session_stats(wildcards):
    return expand(
        rules.weekly_features.output.stats,
        course=wildcards.course,
        session=get_course_sessions(wildcards),
    )


def get_extra_features(wildcards):
    """Per extra feature, its file of each session of the course (MORF order)."""
    sessions = get_course_sessions(wildcards)
    files = {
        name: expand(
            rules.custom_feature.output.features,
            course=wildcards.course,
            session=sessions,
            feature=name,
        )
        for name in STUDY.custom_features
    }
    if STUDY.counts_clickstream_activity:
        files["clickstream_activity"] = expand(
            rules.weekly_features.output.activity,
            course=wildcards.course,
            session=sessions,
        )
    return {f"extra_{name}": paths for name, paths in files.items()}


def get_custom_feature_inputs(wildcards):
    feature = STUDY.custom_features[wildcards.feature]
    return {
        "module": feature.module,
        "clickstream": get_clickstream(wildcards),
        **{
            f"query_{name}": query_csv(
                name, course=wildcards.course, session=wildcards.session
            )
            for name in feature.queries
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
