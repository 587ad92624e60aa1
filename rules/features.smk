# Feature stage: learners from the clickstream, weekly forum-post counts per learner, the
# clickstream activity (same pass over the clickstream) and the study's own features.


rule weekly_features:
    input:
        clickstream=get_clickstream,
        forum_posts=query_csv("forum_posts"),
        forum_comments=query_csv("forum_comments"),
    output:
        **(
            {"activity": "results/{weeks}{course}/{session}/clickstream_activity.csv"}
            if STUDY.counts_clickstream_activity
            else {}
        ),
        features="results/{weeks}{course}/{session}/morf_mwe_feats.csv",
        # What the data report counts of the session, gathered in the same pass.
        stats="results/{weeks}{course}/{session}/session_stats.json",
    log:
        "logs/{weeks}{course}/{session}/weekly_features.log",
    benchmark:
        "benchmarks/{weeks}{course}/{session}/weekly_features.tsv"
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 16 s and 86 MB max_rss for a 35 MB gzipped clickstream of 20,000 users.
    resources:
        mem_mb=1024,
        runtime=runtime_for_input(minutes_per_gb=16),
    params:
        **script_job(
            start_date=lambda wildcards: get_session_dates(wildcards).start_date,
            end_date=lambda wildcards: get_session_dates(wildcards).end_date,
            n_feature_weeks=lambda wildcards: FEATURE_WEEKS[wildcards.weeks],
            semantics=STUDY.semantics,
            activity_keys=STUDY.clickstream_activity_keys,
        ),
    shell:
        run_script("weekly_features")


rule custom_feature:
    input:
        unpack(get_custom_feature_inputs),
    output:
        features="results/{weeks}{course}/{session}/features/{feature}.csv",
    log:
        "logs/{weeks}{course}/{session}/feature_{feature}.log",
    benchmark:
        "benchmarks/{weeks}{course}/{session}/feature_{feature}.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        **script_job(
            function=lambda wildcards: STUDY.all_custom_features[
                wildcards.feature
            ].function,
            start_date=lambda wildcards: get_session_dates(wildcards).start_date,
            end_date=lambda wildcards: get_session_dates(wildcards).end_date,
            n_feature_weeks=lambda wildcards: FEATURE_WEEKS[wildcards.weeks],
        ),
    shell:
        run_script("custom_feature")
