# Dataset stage: a course's labels, joined with the features of all its sessions.


rule course_labels:
    input:
        # ancient: edits to the shared label files rerun only the courses whose labels
        # changed, detected through the digest param.
        train=ancient(LABEL_PATHS[0]),
        test=ancient(LABEL_PATHS[1]),
    output:
        labels="results/{labels}{course}/labels.csv",
    log:
        "logs/{labels}{course}/course_labels.log",
    benchmark:
        "benchmarks/{labels}{course}/course_labels.tsv"
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 3 s and 95 MB max_rss for 80,000 label rows.
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        **script_job(
            label_type=lambda wildcards: LABEL_TYPES[wildcards.labels],
            require_unique=STUDY.require_unique_labels,
            digest=get_label_digest,
            session_renames=get_label_session_renames,
        ),
    shell:
        run_script("course_labels")


rule course_dataset:
    input:
        unpack(get_extra_features),
        features=get_course_features,
        labels=get_course_labels,
    output:
        dataset="results/{dataset}{course}/course_dataset.csv",
    log:
        "logs/{dataset}{course}/course_dataset.log",
    benchmark:
        "benchmarks/{dataset}{course}/course_dataset.tsv"
    conda:
        "../envs/morf.yaml"
    # Benchmarks: 1.3 s and 91 MB max_rss for 40,000 learners.
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        **script_job(
            sessions=get_course_sessions,
            semantics=STUDY.semantics,
            keep_session=lambda wildcards: dataset_study(
                wildcards
            ).mwe_dataset_keeps_session,
            forum_posts=lambda wildcards: dataset_study(wildcards).uses_forum_posts,
            unmatched_labels=STUDY.data_checks.label_learner_unmatched,
        ),
    shell:
        run_script("course_dataset")
