# Model stage: each course's configured classifier (the MWE's logistic regression by default)
# on a stratified random split or the holdout session, its predictions scored as MORF scores
# them, and its performance figure. One job per course: these outputs always change together
# (a new model changes all four), and one process imports scikit-learn and matplotlib once
# instead of three processes importing them.


rule course_model:
    input:
        dataset=rules.course_dataset.output.dataset,
    output:
        predictions="output/{course}/output.csv",
        evaluation=report(
            "output/{course}/eval.csv",
            caption="../report/eval_course.rst",
            category="{course}",
            subcategory="Model",
        ),
        metrics_table=report(
            "output/{course}/metrics.html",
            caption="../report/metrics.rst",
            category="{course}",
            subcategory="Model",
        ),
        figure=report(
            "output/{course}/performance.png",
            caption="../report/performance.rst",
            category="{course}",
            subcategory="Model",
        ),
    log:
        "logs/{course}/course_model.log",
    benchmark:
        "benchmarks/{course}/course_model.tsv"
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 2.8 s and 163 MB max_rss for 40,000 learners.
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        split=STUDY.split,
        model=STUDY.model,
        holdout_session=get_holdout_session,
    script:
        "../scripts/course_model.py"
