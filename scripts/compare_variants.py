"""Snakemake adapter: compare the study's variants across courses (``output/comparison/``)."""

from pathlib import Path
from typing import Any

from morf_pipeline.comparison import compare_variants, write_table
from morf_pipeline.comparison_plots import plot_critical_difference
from morf_pipeline.logs import logged_step

snakemake: Any

with logged_step(snakemake.log[0]):
    tables = compare_variants(
        (
            (course, variant, Path(path))
            for (course, variant), path in zip(
                snakemake.params.tested, snakemake.input.predictions, strict=True
            )
        ),
        optimism_pairs=snakemake.params.optimism_pairs,
        seed=snakemake.params.seed,
    )
    for name in ("auc_by_course", "ranks", "friedman", "pairwise", "optimism"):
        if name in snakemake.output.keys():  # noqa: SIM118 (a Namedlist: `in` tests values)
            write_table(getattr(tables, name), Path(snakemake.output[name]))
    plot_critical_difference(tables.ranks, tables.friedman, Path(snakemake.output.cd))
