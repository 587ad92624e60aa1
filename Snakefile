# The MORF minimum working example (MOOC dropout prediction) as a per-session workflow.
# Wiring only: the steps live in the morf_pipeline package, the rules in rules/.
import os

from snakemake.utils import min_version

from morf_pipeline.run_hooks import (
    cancel_scheduler_wakeups,
    collect_garbage_rarely,
    record_params_as_text,
    skip_final_collection,
)

min_version("9.0")


# Read beside this file, so the workflow runs from any working directory (--directory).
configfile: os.path.join(workflow.basedir, "config.yaml")


# A site's defaults over config.yaml, optional (the container's data_dir,
# container/site-config.yaml); --configfile and --config still override them.
SITE_CONFIG = os.environ.get("MORF_SITE_CONFIG")
if SITE_CONFIG:

    configfile: SITE_CONFIG


include: "rules/common.smk"
include: "rules/sql.smk"
include: "rules/features.smk"
include: "rules/dataset.smk"
include: "rules/data_report.smk"
include: "rules/model.smk"
include: "rules/evaluation.smk"
include: "rules/comparison.smk"


# Snakemake's process then builds the DAG: its garbage collector works less often, and its
# params trigger records the params (text) without importing pandas.
collect_garbage_rarely()
record_params_as_text()


rule all:
    default_target: True
    input:
        get_final_outputs(),


# One warm worker per run runs the jobs' scripts (morf_pipeline.runner): where jobs run
# on this machine, and not under --sdm conda (the environment's Python runs them).
onstart:
    start_worker()


# At the end the worker stops; and Snakemake's process, which would wait up to a second for
# its scheduler's pending wake-up timers (morf_pipeline.run_hooks), cancels them and skips
# the garbage collection at its exit.
onsuccess:
    stop_worker()
    cancel_scheduler_wakeups()
    skip_final_collection()


onerror:
    stop_worker()
    cancel_scheduler_wakeups()
    skip_final_collection()
