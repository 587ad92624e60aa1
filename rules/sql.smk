# SQL stage: each session's dumps go into the job's own private MariaDB server.


rule forum_sql:
    input:
        unpack(get_forum_dumps),
    output:
        forum_posts="results/{course}/{session}/forum_posts.csv",
        forum_comments="results/{course}/{session}/forum_comments.csv",
    log:
        "logs/{course}/{session}/forum_sql.log",
    benchmark:
        "benchmarks/runs/{course}/{session}/forum_sql.tsv"
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 4.5 s and 173 MB max_rss (server included) for 2.7 MB of gzipped dumps.
    resources:
        mem_mb=config["mariadb_buffer_pool_mb"] + 512,
        runtime=runtime_for_input(minutes_per_gb=60),
        buffer_pool_mb=config["mariadb_buffer_pool_mb"],
    script:
        "../scripts/forum_sql.py"
