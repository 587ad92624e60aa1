# Model stage: the configured classifier (the MWE's logistic regression by default) on a
# stratified random split, the holdout session or cross-validation folds; one model per course
# (course_model) or one on every course's training rows (pooled_model, train_level: all).
# Each job also scores its predictions as MORF scores them and draws the performance figure:
# these outputs always change together (a new model changes all four), and one process
# imports scikit-learn and matplotlib once instead of three processes importing them.


rule course_model:
    input:
        datasets=lambda wildcards: get_model_datasets(wildcards, [wildcards.course]),
    output:
        predictions="output/{variant}{course}/output.csv",
        evaluation=report(
            "output/{variant}{course}/eval.csv",
            caption="../report/eval_course.rst",
            category="{course}",
            subcategory="Model",
        ),
        metrics_table=report(
            "output/{variant}{course}/metrics.html",
            caption="../report/metrics.rst",
            category="{course}",
            subcategory="Model",
        ),
        figure=report(
            "output/{variant}{course}/performance.png",
            caption="../report/performance.rst",
            category="{course}",
            subcategory="Model",
        ),
    log:
        "logs/{variant}{course}/course_model.log",
    benchmark:
        "benchmarks/{variant}{course}/course_model.tsv"
    wildcard_constraints:
        variant=_one_of(folders_training("course")),
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 2.8 s and 163 MB max_rss for 40,000 learners.
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        **script_job(
            courses=lambda wildcards: [wildcards.course],
            splits=lambda wildcards: [
                course_split(wildcards.variant, wildcards.course)
            ],
            model=lambda wildcards: STUDIES[wildcards.variant].model,
            bootstrap_resamples=STUDY.bootstrap_resamples,
            seed=STUDY.random_state,
        ),
    shell:
        run_script("course_model")


rule pooled_model:
    input:
        datasets=lambda wildcards: get_model_datasets(wildcards, list(SESSIONS)),
    output:
        predictions=expand(
            rules.course_model.output.predictions, course=SESSIONS, allow_missing=True
        ),
        evaluation=expand(
            rules.course_model.output.evaluation, course=SESSIONS, allow_missing=True
        ),
        metrics_table=expand(
            rules.course_model.output.metrics_table,
            course=SESSIONS,
            allow_missing=True,
        ),
        figure=expand(
            rules.course_model.output.figure, course=SESSIONS, allow_missing=True
        ),
    log:
        "logs/{variant}pooled_model.log",
    benchmark:
        "benchmarks/{variant}pooled_model.tsv"
    wildcard_constraints:
        variant=_one_of(folders_training("all")),
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=2048,
        runtime=30,
    params:
        **script_job(
            courses=list(SESSIONS),
            splits=lambda wildcards: [
                course_split(wildcards.variant, c) for c in SESSIONS
            ],
            model=lambda wildcards: STUDIES[wildcards.variant].model,
            bootstrap_resamples=STUDY.bootstrap_resamples,
            seed=STUDY.random_state,
        ),
    shell:
        run_script("course_model")
