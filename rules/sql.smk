# SQL stage: each session's dumps go into the job's own database: in-process SQLite
# (sql_backend: embedded) or a private MariaDB server (mariadb). Both write identical CSVs,
# so the backend is a resource, not a param: switching it reruns nothing.


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
    resources:
        mem_mb=config["mariadb_buffer_pool_mb"] + 512,
        buffer_pool_mb=config["mariadb_buffer_pool_mb"],
        sql_backend=config["sql_backend"],
    script:
        "../scripts/forum_sql.py"
