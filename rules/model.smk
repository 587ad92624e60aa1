# Model stage: the MWE's logistic regression on a stratified random split.


rule train_model:
    input:
        dataset=rules.course_dataset.output.dataset,
    output:
        predictions="output/{course}/output.csv",
    log:
        "logs/{course}/train_model.log",
    benchmark:
        "benchmarks/runs/{course}/train_model.tsv"
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 2.8 s and 163 MB max_rss for 40,000 learners.
    resources:
        mem_mb=1024,
        runtime=10,
    script:
        "../scripts/train_model.py"
