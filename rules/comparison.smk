# Comparison stage: with two or more variants, their AUCs compared across courses (ranks,
# Friedman and Nemenyi, pairwise Stouffer's Z and Bayesian signed-rank verdicts, optimism gap).


rule compare_variants:
    input:
        predictions=[
            expand(
                rules.course_model.output.predictions,
                variant=f"variants/{name}/",
                course=course,
            )[0]
            for course, name in tested_courses()
        ],
    output:
        **(
            {"optimism": comparison_report("optimism.csv", "comparison_optimism")}
            if STUDY.optimism_pairs
            else {}
        ),
        auc_by_course=comparison_report("auc_by_course.csv", "comparison_auc"),
        ranks=comparison_report("ranks.csv", "comparison_ranks"),
        friedman=comparison_report("friedman.csv", "comparison_friedman"),
        pairwise=comparison_report("pairwise.csv", "comparison_pairwise"),
        cd=comparison_report("cd.png", "comparison_cd"),
    log:
        "logs/comparison/compare_variants.log",
    benchmark:
        "benchmarks/comparison/compare_variants.tsv"
    conda:
        "../envs/morf.yaml"
    resources:
        mem_mb=1024,
        runtime=10,
    params:
        **script_job(
            tested=tested_courses(),
            optimism_pairs=STUDY.optimism_pairs,
            seed=STUDY.random_state,
        ),
    shell:
        run_script("compare_variants")
