# Feature stage: users from the clickstream, weekly forum-post counts per user.


rule weekly_features:
    input:
        clickstream=get_clickstream,
        forum_posts="results/{course}/{session}/forum_posts.csv",
        forum_comments="results/{course}/{session}/forum_comments.csv",
    output:
        features="results/{course}/{session}/morf_mwe_feats.csv",
    log:
        "logs/{course}/{session}/weekly_features.log",
    benchmark:
        "benchmarks/runs/{course}/{session}/weekly_features.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=1024,
    params:
        start_date=lambda wildcards: get_session_dates(wildcards).start_date,
        end_date=lambda wildcards: get_session_dates(wildcards).end_date,
        n_feature_weeks=config["n_feature_weeks"],
        semantics=config["semantics"],
    script:
        "../scripts/weekly_features.py"
