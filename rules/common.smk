# Shared helpers: the config decoded into the study, discovery of the data tree, and input
# functions.
import hashlib
import re
import sys
from math import ceil
from pathlib import Path

from snakemake.exceptions import WorkflowError
from snakemake_interface_executor_plugins.settings import DeploymentMethod
from snakemake.logging import logger
from snakemake.utils import validate

from morf_pipeline.dates import dates_for_session, read_session_dates
from morf_pipeline.errors import ConfigError, InputDataError
from morf_pipeline.labels import label_index
from morf_pipeline.runner import client as runner_client
from morf_pipeline.runner.job import JobFiles, encode
from morf_pipeline.runner.worker import WorkerProcess
from morf_pipeline.layout import (
    DATES_FILE,
    LABELS_TEST_FILE,
    LABELS_TRAIN_FILE,
    discover,
)
from morf_pipeline.sql.catalog import MWE_QUERIES
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
    # The studies run, by their folder under output/: the run's (""), or each variant's.
    STUDIES = STUDY.studies
    # Each study's model is checked in a child process while the data tree is read.
    _model_checks = {
        folder: ModelCheck.start(study.model) for folder, study in STUDIES.items()
    }
    # Files keyed by the settings that determine them (the run's own: ""), so variants that
    # need a file alike share it; the run's settings also give each course's sessions figure.
    FEATURE_WEEKS = {
        STUDY.weeks_dir(s): s.n_feature_weeks for s in (STUDY, *STUDIES.values())
    }
    LABEL_TYPES = {
        STUDY.labels_dir(s): s.label_type for s in (STUDY, *STUDIES.values())
    }
    DATASET_STUDIES = {STUDY.dataset_dir(s): s for s in STUDIES.values()}
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
    # Each label type's files, read once (the files hold every course's rows).
    _session_names = {
        course: [s.session for s in sessions] for course, sessions in SESSIONS.items()
    }
    _label_indexes = {
        label_type: label_index(LABEL_PATHS, label_type, _session_names)
        for label_type in set(LABEL_TYPES.values())
    }
    LABEL_DIGESTS = {
        (folder, course): digest
        for folder, label_type in LABEL_TYPES.items()
        for course, digest in _label_indexes[label_type].digests.items()
    }
    LABEL_SESSIONS = _label_indexes[STUDY.label_type].sessions
    _findings = check_feature_weeks(
        SESSION_DATES, STUDY.n_feature_weeks, STUDY.semantics
    )
    for course, label_sessions in LABEL_SESSIONS.items():
        _findings += label_sessions.findings(course, STUDY.label_session_policy)
    for finding in _findings:
        logger.warning(f"Warning: {finding}")
    for folder, model_check in _model_checks.items():
        try:
            model_check.wait()
        except ConfigError as error:
            raise ConfigError(f"{folder}: {error}" if folder else str(error)) from None
except (InputDataError, ConfigError) as error:
    raise WorkflowError(str(error)) from None

INPUTS = {(s.course, s.session): s for sessions in SESSIONS.values() for s in sessions}
# The MWE's two queries run together (rule sql_forum); any other query in its own job.
FORUM_QUERIES = [query.name for query in MWE_QUERIES]
STUDY_QUERIES = [name for name in STUDY.queries if name not in FORUM_QUERIES]
# MariaDB, the reference, runs both forum queries if either must run there.
FORUM_BACKEND = (
    "mariadb"
    if "mariadb" in {STUDY.query_backend(query) for query in FORUM_QUERIES}
    else "embedded"
)


def _one_of(names):
    """A constraint matching exactly the given names (none: nothing)."""
    if not names:
        return "(?!)"
    # A group, so that a lone empty name ("": the run's own folder) is a constraint too.
    return "(?:" + "|".join(re.escape(name) for name in sorted(names)) + ")"


# A course or session is one folder: the names are looked up (and an unknown one reported)
# where a job's inputs are found. Listed as alternatives they would be copied into every file
# pattern of every job, which costs ~10% of a no-op rerun of 1,000 sessions.
wildcard_constraints:
    course="[^/]+",
    session="[^/]+",
    query=_one_of(STUDY_QUERIES),
    feature=_one_of(STUDY.all_custom_features),
    weeks=_one_of(FEATURE_WEEKS),
    labels=_one_of(LABEL_TYPES),
    dataset=_one_of(DATASET_STUDIES),
    variant=_one_of(STUDIES),


def script_job(**params):
    """A rule's params for its scripts/ adapter (run by ``run_script``), in two params:
    ``values``, the params proper as JSON (a change reruns the job), and ``files``, the job's
    files and wildcards (derived from the files, which Snakemake tracks itself). A param is
    a value or a function of the wildcards."""

    def values(wildcards):
        return encode(
            {
                name: value(wildcards) if callable(value) else value
                for name, value in params.items()
            }
        )

    def files(wildcards, input, output):
        return JobFiles(input, output, wildcards)

    return {"values": values, "files": files}


# Jobs run their adapter through the runner's client (morf_pipeline.runner): in the run's
# warm worker, or a fresh Python without one. Under --sdm conda, the environment's Python.
RUNNER_PYTHON = (
    "python"
    if DeploymentMethod.CONDA in workflow.deployment_settings.deployment_method
    else sys.executable
)
RUNNER_CLIENT = Path(runner_client.__file__)
SCRIPTS_DIR = Path(workflow.basedir) / "scripts"


def run_script(name, resources=()):
    """The shell command of a job that runs scripts/<name>.py, with the named ``resources``
    (the script reads them as ``snakemake.resources``). The script's digest is part of the
    command, so that editing the script reruns its jobs (Snakemake's code trigger)."""
    script = SCRIPTS_DIR / f"{name}.py"
    digest = hashlib.sha256(script.read_bytes()).hexdigest()[:16]
    return " ".join(
        [
            f"MORF_SCRIPT={digest} {RUNNER_PYTHON} -S {RUNNER_CLIENT} {script}",
            "{threads} {params.values:q} {params.files:q} {log:q}",
            *(f"{resource}={{resources.{resource}:q}}" for resource in resources),
        ]
    )


_WORKERS = []


def start_worker():
    if workflow.local_exec and not workflow.touch and RUNNER_PYTHON == sys.executable:
        _WORKERS.append(WorkerProcess.start(Path(".snakemake/morf-worker.log")))


def stop_worker():
    while _WORKERS:
        _WORKERS.pop().stop()


def query_csv(query, **wildcards):
    """A query's CSV: of the given course and session, else with those left as wildcards."""
    if query in FORUM_QUERIES:
        return expand(
            getattr(rules.sql_forum.output, query), **wildcards, allow_missing=True
        )[0]
    return expand(
        rules.sql_query.output.csv, query=query, **wildcards, allow_missing=True
    )[0]


def get_final_outputs():
    per_study = [
        rules.course_model.output.predictions,
        rules.course_model.output.evaluation,
        rules.course_model.output.metrics_table,
        rules.course_model.output.figure,
    ]
    # Every declared query's CSVs are built, also those no feature reads (a study may want
    # them). Only those are listed here: the others are reached through their readers, and
    # listing them too (2 per session by default) adds thousands of inputs to `all` for
    # Snakemake to resolve on every run, for nothing.
    unread = [query for query in STUDY.queries if query not in STUDY.read_queries]
    return [
        *(
            expand(pattern, variant=folder, course=course)[0]
            for folder in STUDIES
            for course in SESSIONS
            for pattern in per_study
        ),
        *expand(rules.plot_sessions.output.figure, course=SESSIONS),
        *expand(rules.data_report.output.html, course=SESSIONS),
        *expand(rules.evaluate_all.output.evaluation, variant=STUDIES),
        *(get_comparison_outputs() if len(STUDIES) > 1 else []),
        *(
            query_csv(query, course=course, session=session)
            for (course, session) in INPUTS
            for query in unread
        ),
    ]


def known_course(course):
    """``course``, if the data tree has it."""
    if course not in SESSIONS:
        raise WorkflowError(f"no course {course!r} in {DATA_DIR}")
    return course


def known_session_inputs(wildcards):
    """The input files of the job's session, found in the data tree."""
    try:
        return INPUTS[(wildcards.course, wildcards.session)]
    except KeyError:
        raise WorkflowError(
            f"no session {wildcards.session!r} of course {wildcards.course!r} in {DATA_DIR}"
        ) from None


def _session_dumps(wildcards, queries):
    """The session's dumps that ``queries`` read, by name marker."""
    dumps = known_session_inputs(wildcards).dumps
    return {
        marker: dumps[marker]
        for query in queries
        for marker in STUDY.queries[query].dumps
    }


def get_forum_dumps(wildcards):
    return _session_dumps(wildcards, FORUM_QUERIES)


def get_query_dumps(wildcards):
    return _session_dumps(wildcards, [wildcards.query])


def get_query_backend(wildcards):
    return STUDY.query_backend(wildcards.query)


def get_clickstream(wildcards):
    return known_session_inputs(wildcards).clickstream


def get_session_dates(wildcards):
    return SESSION_DATES[(wildcards.course, wildcards.session)]


def get_course_sessions(wildcards):
    return [s.session for s in SESSIONS[known_course(wildcards.course)]]


def dataset_study(wildcards):
    """The study whose dataset a job reads or writes: a dataset's, or the run's."""
    folder = getattr(wildcards, "dataset", None)
    return STUDY if folder is None else DATASET_STUDIES[folder]


def get_course_features(wildcards):
    return expand(
        rules.weekly_features.output.features,
        weeks=STUDY.weeks_dir(dataset_study(wildcards)),
        course=wildcards.course,
        session=get_course_sessions(wildcards),
    )


def get_course_labels(wildcards):
    return expand(
        rules.course_labels.output.labels,
        labels=STUDY.labels_dir(dataset_study(wildcards)),
        course=wildcards.course,
    )[0]


def get_session_stats(wildcards):
    return expand(
        rules.weekly_features.output.stats,
        weeks=STUDY.weeks_dir(dataset_study(wildcards)),
        course=wildcards.course,
        session=get_course_sessions(wildcards),
    )


def get_extra_features(wildcards):
    """Per extra feature, its file of each session of the course (MORF order)."""
    study = dataset_study(wildcards)
    sessions = get_course_sessions(wildcards)
    weeks = STUDY.weeks_dir(study)
    files = {
        name: expand(
            rules.custom_feature.output.features,
            weeks=weeks,
            course=wildcards.course,
            session=sessions,
            feature=name,
        )
        for name in study.custom_features
    }
    if study.uses_clickstream_activity:
        files["clickstream_activity"] = expand(
            rules.weekly_features.output.activity,
            weeks=weeks,
            course=wildcards.course,
            session=sessions,
        )
    return {f"extra_{name}": paths for name, paths in files.items()}


def course_split(folder, course):
    """The split of a course in the study of output folder ``folder``; MORF's holdout
    (labels-test) is each course's last session in MORF order."""
    return STUDIES[folder].split._replace(holdout_session=SESSIONS[course][-1].session)


def get_model_datasets(wildcards, courses):
    study = STUDIES[wildcards.variant]
    return expand(
        rules.course_dataset.output.dataset,
        dataset=STUDY.dataset_dir(study),
        course=courses,
    )


def folders_training(level):
    """The output folders of the studies that train at ``level`` (course or all)."""
    return [folder for folder, study in STUDIES.items() if study.train_level == level]


def get_custom_feature_inputs(wildcards):
    feature = STUDY.all_custom_features[wildcards.feature]
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
    return LABEL_SESSIONS[known_course(wildcards.course)].renamed


def get_renamed_label_rows(wildcards):
    return LABEL_SESSIONS[known_course(wildcards.course)].renamed_rows


def get_label_digest(wildcards):
    # A course without labels gets no digest; its labels job then fails naming the files.
    return LABEL_DIGESTS.get((wildcards.labels, wildcards.course), "")


def comparison_report(name, caption):
    return report(
        f"output/comparison/{name}",
        caption=f"../report/{caption}.rst",
        category="Comparison",
    )


def get_comparison_outputs():
    return list(rules.compare_variants.output)


def tested_courses():
    """(course, variant) of each output.csv the comparison reads, variant by variant."""
    return [(course, name) for name in STUDY.variants for course in SESSIONS]
