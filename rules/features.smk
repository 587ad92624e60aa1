# Feature stage: users from the clickstream, weekly forum-post counts per user.


rule weekly_features:
    input:
        clickstream=get_clickstream,
        forum_posts=rules.forum_sql.output.forum_posts,
        forum_comments=rules.forum_sql.output.forum_comments,
    output:
        features="results/{course}/{session}/morf_mwe_feats.csv",
    log:
        "logs/{course}/{session}/weekly_features.log",
    benchmark:
        "benchmarks/runs/{course}/{session}/weekly_features.tsv"
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 16 s and 86 MB max_rss for a 35 MB gzipped clickstream of 20,000 users.
    resources:
        mem_mb=1024,
        runtime=runtime_for_input(minutes_per_gb=16),
    params:
        start_date=lambda wildcards: get_session_dates(wildcards).start_date,
        end_date=lambda wildcards: get_session_dates(wildcards).end_date,
        n_feature_weeks=config["n_feature_weeks"],
        semantics=config["semantics"],
    script:
        "../scripts/weekly_features.py"
