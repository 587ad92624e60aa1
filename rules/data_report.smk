# Data report: per course, what each session's inputs hold and how much of it reaches the model.
# It reads the counts the feature jobs took while reading the data (no new scan) and gates
# nothing: the checks that stop a run live in the jobs that read the data.


rule data_report:
    input:
        unpack(get_extra_features),
        features=get_course_features,
        stats=get_session_stats,
        labels=get_course_labels,
    output:
        table="results/{course}/data_report.csv",
        html=report(
            "output/{course}/data_report.html",
            caption="../report/data_report.rst",
            category="{course}",
            subcategory="Data",
        ),
    log:
        "logs/{course}/data_report.log",
    benchmark:
        "benchmarks/{course}/data_report.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        **script_job(
            sessions=get_course_sessions,
            semantics=STUDY.semantics,
            forum_posts=STUDY.uses_forum_posts,
            renamed_label_rows=get_renamed_label_rows,
        ),
    shell:
        run_script("data_report")
