"""Compare a study's variants across courses by their AUCs, as MORF's replications did by hand.

- ``auc_by_course``: each variant's AUC in each course, with the numbers of tested learners;
- ``mean_ranks`` and ``friedman_test``: average ranks, Friedman's chi-square over courses and
  the Nemenyi critical difference (Demsar 2006, the method of Gardner & Brooks 2018);
- ``pairwise_comparisons``: for each pair of variants, the per-course z of the AUC difference
  with Hanley-McNeil standard errors pooled by Stouffer's Z (Gardner et al., L@S 2018), and the
  Bayesian signed-rank test over courses with a region of practical equivalence (Benavoli et
  al. 2014, 2017; Gardner & Brooks 2018);
- ``optimism_gaps``: cross-validated minus holdout AUC per course (Gardner et al., EDM 2019).

Only the Friedman test and the critical difference need scipy, and import it themselves:
``scipy.stats`` costs ~0.7 s.
"""

from __future__ import annotations

import itertools
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pandas as pd

from morf_pipeline.auc import auc, hanley_mcneil_se
from morf_pipeline.errors import InputDataError
from morf_pipeline.files import atomic_text_output
from morf_pipeline.tables import COURSE_COLUMN, FOLD_COLUMN

log = logging.getLogger(__name__)

VARIANT_COLUMN = "variant"
AUC_COLUMNS = (COURSE_COLUMN, VARIANT_COLUMN, "auc", "n", "n_pos", "n_neg")
RANK_COLUMNS = (VARIANT_COLUMN, "mean_rank")
FRIEDMAN_COLUMNS = ("statistic", "p_value", "n_courses", "n_variants", "critical_difference")
PAIRWISE_COLUMNS = (
    "variant_a",
    "variant_b",
    "stouffer_z",
    "p_value",
    "p_a_better",
    "p_rope",
    "p_b_better",
    "verdict",
)
GAP_COLUMNS = (COURSE_COLUMN, "cv_auc", "holdout_auc", "optimism_gap")

ROPE = 0.01  # AUC differences smaller than this are of no practical consequence
DECISION_LEVEL = 0.95
BAYESIAN_SAMPLES = 50_000  # baycomp's default
SIGNED_RANK_PRIOR = 0.5  # baycomp's: strength of the prior pseudo-observation of no difference
A_BETTER, EQUIVALENT, B_BETTER, UNDECIDED = "a better", "equivalent", "b better", "undecided"


def auc_row(course: str, variant: str, predictions: pd.DataFrame) -> dict[str, object]:
    """A variant's AUC in a course from its ``output.csv``, and the tested learners.

    Cross-validated predictions (a ``fold`` column) give the mean of the folds' AUCs, the
    cross-validation estimate; every learner is tested once, so the counts are the course's.
    """
    truth = predictions["y_true"]
    if FOLD_COLUMN in predictions:
        area = float(
            np.mean(
                [
                    auc(fold["y_true"], fold["y_score"])
                    for _, fold in predictions.groupby(FOLD_COLUMN)
                ]
            )
        )
    else:
        area = auc(truth, predictions["y_score"])
    n_pos = int((truth == 1).sum())
    return {
        COURSE_COLUMN: course,
        VARIANT_COLUMN: variant,
        "auc": area,
        "n": len(truth),
        "n_pos": n_pos,
        "n_neg": len(truth) - n_pos,
    }


def auc_by_course(predictions: Iterable[tuple[str, str, pd.DataFrame]]) -> pd.DataFrame:
    """``auc_by_course.csv`` from each ``(course, variant, output.csv)``, in the given order."""
    return pd.DataFrame([auc_row(*item) for item in predictions], columns=list(AUC_COLUMNS))


@dataclass(frozen=True)
class _Comparable:
    """One row per course in which every variant has an AUC (in order of appearance), one
    column per variant (likewise)."""

    auc: pd.DataFrame
    n_pos: pd.DataFrame
    n_neg: pd.DataFrame


def _comparable(auc_table: pd.DataFrame) -> _Comparable:
    keys = [COURSE_COLUMN, VARIANT_COLUMN]
    if duplicated := sorted(
        set(auc_table.loc[auc_table.duplicated(keys), keys].itertuples(index=False, name=None))
    ):
        raise InputDataError(f"AUC table: repeated (course, variant) {duplicated}")
    courses = list(dict.fromkeys(auc_table[COURSE_COLUMN]))
    variants = list(dict.fromkeys(auc_table[VARIANT_COLUMN]))
    if len(variants) < 2:
        raise InputDataError(f"a comparison needs two or more variants, not {variants}")

    def wide(column: str) -> pd.DataFrame:
        return auc_table.pivot(index=COURSE_COLUMN, columns=VARIANT_COLUMN, values=column).reindex(
            index=courses, columns=variants
        )

    areas = wide("auc")
    incomplete = [c for c, row in areas.iterrows() if row.isna().any()]
    if incomplete:
        log.warning(
            "%d course(s) left out of the comparison, where some variant's AUC is undefined "
            "(one class tested) or missing: %s",
            len(incomplete),
            ", ".join(map(str, incomplete)),
        )
    if len(incomplete) == len(courses):
        raise InputDataError("no course has an AUC of every variant: nothing to compare")
    return _Comparable(
        *(wide(column).drop(index=incomplete) for column in ("auc", "n_pos", "n_neg"))
    )


def auc_matrix(auc_table: pd.DataFrame) -> pd.DataFrame:
    """AUCs, one row per course in which every variant has one and one column per variant."""
    return _comparable(auc_table).auc


def _course_ranks(auc_table: pd.DataFrame) -> pd.DataFrame:
    """Each variant's rank in each course: 1 for the highest AUC, ties sharing their mean."""
    return auc_matrix(auc_table).rank(axis=1, ascending=False, method="average")


def mean_ranks(auc_table: pd.DataFrame) -> pd.DataFrame:
    """``ranks.csv``: each variant's mean rank over the courses (1 = highest AUC in a course,
    ties sharing the mean of their ranks), variants in order of appearance."""
    ranks = _course_ranks(auc_table)
    return pd.DataFrame({VARIANT_COLUMN: ranks.columns, "mean_rank": ranks.mean().to_numpy()})


def nemenyi_critical_difference(n_variants: int, n_courses: int, alpha: float = 0.05) -> float:
    """The difference of mean ranks from which on the Nemenyi test separates two variants:
    q_alpha / sqrt(2) * sqrt(k (k + 1) / (6 N)), q_alpha the studentized range quantile."""
    from scipy.stats import studentized_range

    q_alpha = float(studentized_range.ppf(1 - alpha, n_variants, math.inf))
    return q_alpha / math.sqrt(2) * math.sqrt(n_variants * (n_variants + 1) / (6 * n_courses))


def nemenyi_groups(
    mean_ranks: Sequence[float], critical_difference: float
) -> list[tuple[int, int]]:
    """The maximal runs of variants, in ascending order of mean rank, that the Nemenyi test
    does not separate (their ranks differ by less than the critical difference): pairs of
    first and last positions in ``sorted(mean_ranks)``, as the bars of a CD diagram."""
    ordered = sorted(mean_ranks)
    groups: list[tuple[int, int]] = []
    for first, rank in enumerate(ordered):
        last = max(i for i in range(first, len(ordered)) if ordered[i] - rank < critical_difference)
        if last > first and (not groups or last > groups[-1][1]):
            groups.append((first, last))
    return groups


def friedman_test(auc_table: pd.DataFrame, alpha: float = 0.05) -> pd.DataFrame:
    """``friedman.csv``: Friedman's chi-square over courses, its p value (k - 1 degrees of
    freedom) and the Nemenyi critical difference at ``alpha``.

    Demsar's (2006) statistic, without the tie correction that ``scipy.stats.friedmanchisquare``
    applies (the two agree when no course has tied AUCs); it is defined for two variants too.
    """
    from scipy.stats import chi2

    ranks = _course_ranks(auc_table)
    n_courses, n_variants = ranks.shape
    rank_sums = ranks.sum().to_numpy()  # halves at most: exact in floating point
    statistic = 12 * float((rank_sums**2).sum()) / (
        n_courses * n_variants * (n_variants + 1)
    ) - 3 * n_courses * (n_variants + 1)
    statistic = max(statistic, 0.0)  # rounding may leave -1e-15 when all ranks are equal
    row = {
        "statistic": statistic,
        "p_value": float(chi2.sf(statistic, n_variants - 1)),
        "n_courses": n_courses,
        "n_variants": n_variants,
        "critical_difference": nemenyi_critical_difference(n_variants, n_courses, alpha),
    }
    return pd.DataFrame([row], columns=list(FRIEDMAN_COLUMNS))


def auc_difference_z(auc_a: float, se_a: float, auc_b: float, se_b: float) -> float:
    """(AUC_a - AUC_b) / sqrt(SE_a^2 + SE_b^2); with both errors 0 (AUCs of 0 or 1), 0 for
    equal AUCs and an infinite z otherwise."""
    difference = auc_a - auc_b
    spread = math.hypot(se_a, se_b)
    if spread == 0:
        return 0.0 if difference == 0 else math.copysign(math.inf, difference)
    return difference / spread


def stouffer(z_values: Sequence[float]) -> tuple[float, float]:
    """Stouffer's Z = sum(z) / sqrt(number of z) and its two-sided normal p value."""
    if not z_values:
        raise ValueError("Stouffer's Z needs at least one z")
    combined = sum(z_values) / math.sqrt(len(z_values))  # NaN if z of both infinite signs
    return combined, math.erfc(abs(combined) / math.sqrt(2))


def _half_step(values: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """1 where positive, 1/2 where zero, 0 where negative."""
    return np.where(values > 0, 1.0, np.where(values == 0, 0.5, 0.0))


def bayesian_signed_rank(
    differences: Sequence[float] | npt.ArrayLike,
    rope: float = ROPE,
    n_samples: int = BAYESIAN_SAMPLES,
    seed: int = 1,
    prior: float = SIGNED_RANK_PRIOR,
) -> tuple[float, float, float]:
    """The Bayesian signed-rank test of Benavoli et al. (ICML 2014) on per-course differences
    ``AUC_a - AUC_b``: the posterior probabilities that a is better by more than ``rope``, that
    the two are practically equivalent, and that b is better by more than ``rope``.

    The differences' distribution gets a Dirichlet process posterior: weights
    w ~ Dirichlet(prior, 1, ..., 1) over a pseudo-observation of 0 and the n differences z. In
    each of ``n_samples`` draws, theta_a = sum over pairs (i, j) of w_i w_j [z_i + z_j > 2 rope]
    (ties counting half), theta_b the same below -2 rope, theta_rope the rest; each returned
    probability is the share of draws in which its region has the largest theta. This is
    baycomp's ``SignedRankTest`` (by the method's authors) with its draws (NumPy's frozen
    ``RandomState(seed).dirichlet``) and its prior; vectorised here instead of a loop per draw.
    """
    if rope < 0:
        raise ValueError(f"rope must not be negative, not {rope}")
    if n_samples < 1:
        raise ValueError(f"n_samples must be at least 1, not {n_samples}")
    observed = np.concatenate(([0.0], np.asarray(differences, dtype=np.float64)))
    pair_sums = observed[:, np.newaxis] + observed[np.newaxis, :]
    weights = np.ones(len(observed))
    weights[0] = prior
    draws = np.random.RandomState(seed).dirichlet(weights, n_samples)
    theta_a = ((draws @ _half_step(pair_sums - 2 * rope)) * draws).sum(axis=1)
    theta_b = ((draws @ _half_step(-pair_sums - 2 * rope)) * draws).sum(axis=1)
    theta = np.column_stack((theta_a, 1 - theta_a - theta_b, theta_b))
    wins = np.bincount(theta.argmax(axis=1), minlength=3) / n_samples
    return float(wins[0]), float(wins[1]), float(wins[2])


def verdict(
    p_a_better: float, p_rope: float, p_b_better: float, level: float = DECISION_LEVEL
) -> str:
    """The decision at ``level``: a better, equivalent, b better, or undecided."""
    for probability, decision in (
        (p_a_better, A_BETTER),
        (p_rope, EQUIVALENT),
        (p_b_better, B_BETTER),
    ):
        if probability >= level:
            return decision
    return UNDECIDED


def pairwise_comparisons(
    auc_table: pd.DataFrame,
    rope: float = ROPE,
    n_samples: int = BAYESIAN_SAMPLES,
    seed: int = 1,
    level: float = DECISION_LEVEL,
) -> pd.DataFrame:
    """``pairwise.csv``: every pair of variants (a before b in order of appearance) over the
    courses where every variant has an AUC.

    Each course's z compares the two AUCs with their Hanley-McNeil errors as if independent,
    as Gardner et al. did (on the same test learners they are usually positively correlated,
    which makes the z conservative); Stouffer's Z pools the courses. Every pair's Bayesian test
    uses the same ``seed``: adding a variant that leaves the compared courses as they were
    leaves the other pairs' numbers unchanged.
    """
    comparable = _comparable(auc_table)
    areas = comparable.auc
    errors = {
        variant: [
            hanley_mcneil_se(*course)
            for course in zip(
                areas[variant], comparable.n_pos[variant], comparable.n_neg[variant], strict=True
            )
        ]
        for variant in areas.columns
    }
    rows = []
    for a, b in itertools.combinations(areas.columns, 2):
        z_values = [
            auc_difference_z(*course)
            for course in zip(areas[a], errors[a], areas[b], errors[b], strict=True)
        ]
        probabilities = bayesian_signed_rank(areas[a] - areas[b], rope, n_samples, seed)
        rows.append((a, b, *stouffer(z_values), *probabilities, verdict(*probabilities, level)))
    return pd.DataFrame(rows, columns=list(PAIRWISE_COLUMNS))


def optimism_gaps(auc_table: pd.DataFrame, cv_variant: str, holdout_variant: str) -> pd.DataFrame:
    """Each course's cross-validated AUC minus its holdout AUC, in the cross-validated
    variant's course order; courses missing from either variant are left out, with a warning."""
    by_variant = auc_table.set_index(VARIANT_COLUMN)
    for variant in (cv_variant, holdout_variant):
        if variant not in by_variant.index:
            raise InputDataError(f"optimism gap: no AUC of variant {variant!r}")
    cv = by_variant.loc[[cv_variant], [COURSE_COLUMN, "auc"]].rename(columns={"auc": "cv_auc"})
    holdout = by_variant.loc[[holdout_variant], [COURSE_COLUMN, "auc"]].rename(
        columns={"auc": "holdout_auc"}
    )
    gaps = cv.merge(holdout, on=COURSE_COLUMN, how="inner")
    if missing := sorted(set(cv[COURSE_COLUMN]) ^ set(holdout[COURSE_COLUMN])):
        log.warning("optimism gap: course(s) %s lack one of the two variants", ", ".join(missing))
    gaps["optimism_gap"] = gaps["cv_auc"] - gaps["holdout_auc"]
    return gaps[list(GAP_COLUMNS)]


OPTIMISM_COLUMNS = ("cv_variant", "holdout_variant", *GAP_COLUMNS)


@dataclass(frozen=True)
class ComparisonTables:
    """The tables of ``output/comparison/``."""

    auc_by_course: pd.DataFrame
    ranks: pd.DataFrame
    friedman: pd.DataFrame
    pairwise: pd.DataFrame
    optimism: pd.DataFrame  # empty without a cross-validated and a holdout variant


def compare_variants(
    predictions: Iterable[tuple[str, str, Path]],
    optimism_pairs: Sequence[tuple[str, str]],
    seed: int,
) -> ComparisonTables:
    """Every table of the comparison from each ``(course, variant, output.csv)``; the
    optimism gap of each ``(cross-validated variant, holdout variant)`` pair."""
    table = auc_by_course(
        (course, variant, pd.read_csv(path)) for course, variant, path in predictions
    )
    gaps = [
        optimism_gaps(table, cv, holdout).assign(cv_variant=cv, holdout_variant=holdout)
        for cv, holdout in optimism_pairs
    ]
    return ComparisonTables(
        auc_by_course=table,
        ranks=mean_ranks(table),
        friedman=friedman_test(table),
        pairwise=pairwise_comparisons(table, seed=seed),
        optimism=pd.concat(gaps, ignore_index=True)[list(OPTIMISM_COLUMNS)]
        if gaps
        else pd.DataFrame(columns=list(OPTIMISM_COLUMNS)),
    )


def write_table(table: pd.DataFrame, destination: Path) -> None:
    """A comparison table as CSV; undefined numbers are written ``NaN``."""
    with atomic_text_output(destination) as handle:
        table.to_csv(handle, index=False, na_rep="NaN")
