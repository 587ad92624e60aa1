# The MORF minimum working example (MOOC dropout prediction) as a per-session workflow.
# Wiring only: the steps live in the morf_pipeline package, the rules in rules/.
import os

from snakemake.utils import min_version

min_version("9.0")


# Read beside this file, so the workflow runs from any working directory (--directory).
configfile: os.path.join(workflow.basedir, "config.yaml")


include: "rules/common.smk"
include: "rules/sql.smk"
include: "rules/features.smk"
include: "rules/dataset.smk"
include: "rules/data_report.smk"
include: "rules/model.smk"
include: "rules/evaluation.smk"


rule all:
    default_target: True
    input:
        get_final_outputs(),
