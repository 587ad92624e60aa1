# Model stage: the MWE's logistic regression on a stratified random split or the holdout session.


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
        split=config["split"],
        test_size=config["test_size"],
        random_state=config["random_state"],
        model={
            "C": config["model_C"],
            "class_weight": config["model_class_weight"],
            "max_iter": config["model_max_iter"],
            "solver": config["model_solver"],
            "estimator": config["model_estimator"],
            "params": config["model_params"],
        },
        holdout_session=get_holdout_session,
    script:
        "../scripts/train_model.py"
