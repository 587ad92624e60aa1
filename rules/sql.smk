# SQL stage: one job per session and query (config `sql.queries`, the MWE's two by default).
# Each job loads the dumps the query reads into its own database: in-process SQLite
# (sql_backend: embedded) or a private MariaDB server (mariadb). Both write identical CSVs,
# so the backend is a resource, not a param: switching it reruns nothing.


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
    # Benchmarks: 4.5 s and 173 MB max_rss (server included) for 2.7 MB of gzipped dumps.
    resources:
        mem_mb=STUDY.mariadb_buffer_pool_mb + 512,
        runtime=runtime_for_input(minutes_per_gb=60),
        buffer_pool_mb=STUDY.mariadb_buffer_pool_mb,
        sql_backend=get_query_backend,
    params:
        sql=lambda wildcards: STUDY.queries[wildcards.query].sql,
    script:
        "../scripts/sql_query.py"
