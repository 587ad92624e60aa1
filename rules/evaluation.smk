# Evaluation stage: MORF's metrics of each course's predictions, and the report's figures.


report: "../report/workflow.rst"


rule evaluate_course:
    input:
        predictions=rules.train_model.output.predictions,
    output:
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
    log:
        "logs/{variant}{course}/evaluate_course.log",
    benchmark:
        "benchmarks/{variant}{course}/evaluate_course.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        bootstrap_resamples=STUDY.bootstrap_resamples,
        seed=STUDY.random_state,
    script:
        "../scripts/evaluate_course.py"


rule evaluate_all:
    input:
        evaluations=expand(
            rules.evaluate_course.output.evaluation,
            course=SESSIONS,
            allow_missing=True,
        ),
    output:
        evaluation=report(
            "output/{variant}eval.csv",
            caption="../report/eval_all.rst",
            category="All courses",
        ),
    log:
        "logs/{variant}evaluate_all.log",
    benchmark:
        "benchmarks/{variant}evaluate_all.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=1024,
        runtime=10,
    script:
        "../scripts/evaluate_all.py"


rule plot_performance:
    input:
        predictions=rules.train_model.output.predictions,
    output:
        figure=report(
            "output/{variant}{course}/performance.png",
            caption="../report/performance.rst",
            category="{course}",
            subcategory="Model",
        ),
    log:
        "logs/{variant}{course}/plot_performance.log",
    benchmark:
        "benchmarks/{variant}{course}/plot_performance.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=1024,
        runtime=10,
    script:
        "../scripts/plot_performance.py"


rule plot_sessions:
    input:
        features=get_course_features,
        labels=get_course_labels,
    output:
        figure=report(
            "output/{course}/sessions.png",
            caption="../report/sessions.rst",
            category="{course}",
            subcategory="Data",
        ),
    log:
        "logs/{course}/plot_sessions.log",
    benchmark:
        "benchmarks/{course}/plot_sessions.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        sessions=get_course_sessions,
    script:
        "../scripts/plot_sessions.py"
