# The MORF minimum working example (MOOC dropout prediction) as a per-session workflow.
# Wiring only: the steps live in the morf_pipeline package, the rules in rules/.
from snakemake.utils import min_version

min_version("9.0")


configfile: "config.yaml"


include: "rules/common.smk"
include: "rules/sql.smk"
include: "rules/features.smk"
include: "rules/dataset.smk"
include: "rules/model.smk"


rule all:
    input:
        get_final_outputs(),
    default_target: True
