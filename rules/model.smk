# Model stage: the configured classifier (the MWE's logistic regression by default) on a
# stratified random split or the holdout session.


rule train_model:
    input:
        dataset=rules.course_dataset.output.dataset,
    output:
        predictions="output/{course}/output.csv",
    log:
        "logs/{course}/train_model.log",
    benchmark:
        "benchmarks/{course}/train_model.tsv"
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
        "../scripts/train_model.py"
