# Evaluation stage: every course's metrics in one table, and each course's data figure.


report: "../report/workflow.rst"


rule evaluate_all:
    input:
        evaluations=expand(
            rules.course_model.output.evaluation,
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
    params:
        **script_job(),
    shell:
        run_script("evaluate_all")


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
        **script_job(
            sessions=get_course_sessions,
        ),
    shell:
        run_script("plot_sessions")
