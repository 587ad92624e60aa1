# Model stage: the configured classifier (the MWE's logistic regression by default) on a
# stratified random split, the holdout session or cross-validation folds; one model per course
# (train_model) or one on every course's training rows (train_pooled, train_level: all).


rule train_model:
    input:
        datasets=lambda wildcards: get_model_datasets(wildcards, [wildcards.course]),
    output:
        predictions="output/{variant}{course}/output.csv",
    log:
        "logs/{variant}{course}/train_model.log",
    benchmark:
        "benchmarks/{variant}{course}/train_model.tsv"
    wildcard_constraints:
        variant=_one_of(folders_training("course")),
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 2.8 s and 163 MB max_rss for 40,000 learners.
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        courses=lambda wildcards: [wildcards.course],
        splits=lambda wildcards: [course_split(wildcards.variant, wildcards.course)],
        model=lambda wildcards: STUDIES[wildcards.variant].model,
    script:
        "../scripts/train_model.py"


rule train_pooled:
    input:
        datasets=lambda wildcards: get_model_datasets(wildcards, list(SESSIONS)),
    output:
        predictions=expand(
            rules.train_model.output.predictions, course=SESSIONS, allow_missing=True
        ),
    log:
        "logs/{variant}train_pooled.log",
    benchmark:
        "benchmarks/{variant}train_pooled.tsv"
    wildcard_constraints:
        variant=_one_of(folders_training("all")),
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=2048,
        runtime=30,
    params:
        courses=list(SESSIONS),
        splits=lambda wildcards: [course_split(wildcards.variant, c) for c in SESSIONS],
        model=lambda wildcards: STUDIES[wildcards.variant].model,
    script:
        "../scripts/train_model.py"
