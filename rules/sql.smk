# SQL stage: each session's query CSVs, from its dumps loaded into a private database: in-process
# SQLite (sql_backend: embedded) or a private MariaDB server (mariadb). Both write identical
# CSVs, so the backend is a resource, not a param: switching it reruns nothing.
# The MWE's two forum queries read the same two dumps: one job per session loads them once and
# writes both CSVs (a change to either query reruns that job, so both CSVs and what reads them).
# A query a study adds (config `sql.queries`) has its own job per session: editing it reruns
# only its CSVs and their readers.


rule sql_forum:
    input:
        unpack(get_forum_dumps),
    output:
        forum_posts="results/{course}/{session}/forum_posts.csv",
        forum_comments="results/{course}/{session}/forum_comments.csv",
    log:
        "logs/{course}/{session}/sql_forum.log",
    benchmark:
        "benchmarks/{course}/{session}/sql_forum.tsv"
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 4.5 s and 173 MB max_rss (server included) for 2.7 MB of gzipped dumps.
    resources:
        mem_mb=STUDY.mariadb_buffer_pool_mb + 512,
        runtime=runtime_for_input(minutes_per_gb=60),
        buffer_pool_mb=STUDY.mariadb_buffer_pool_mb,
        sql_backend=FORUM_BACKEND,
    params:
        **script_job(
            # In the order of the outputs.
            queries={name: STUDY.queries[name].sql for name in FORUM_QUERIES},
        ),
    shell:
        run_script("sql_queries", resources=["tmpdir", "sql_backend", "buffer_pool_mb"])


rule sql_query:
    input:
        unpack(get_query_dumps),
    output:
        csv="results/{course}/{session}/{query}.csv",
    log:
        "logs/{course}/{session}/sql_{query}.log",
    benchmark:
        "benchmarks/{course}/{session}/sql_{query}.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=STUDY.mariadb_buffer_pool_mb + 512,
        runtime=runtime_for_input(minutes_per_gb=60),
        buffer_pool_mb=STUDY.mariadb_buffer_pool_mb,
        sql_backend=get_query_backend,
    params:
        **script_job(
            queries=lambda wildcards: {
                wildcards.query: STUDY.queries[wildcards.query].sql
            },
        ),
    shell:
        run_script("sql_queries", resources=["tmpdir", "sql_backend", "buffer_pool_mb"])
