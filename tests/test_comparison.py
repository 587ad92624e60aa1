"""The cross-course statistics against published numbers and independent recomputations."""

from __future__ import annotations

import itertools
import logging
import math
import random
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import baycomp
import numpy as np
import pandas as pd
import pytest
from scipy import stats
from sklearn.metrics import roc_auc_score

from metrics_by_hand import auc_by_pairs, bootstrap_by_hand
from morf_pipeline.auc import auc, bootstrap_auc_interval, hanley_mcneil_se
from morf_pipeline.comparison import (
    AUC_COLUMNS,
    FRIEDMAN_COLUMNS,
    PAIRWISE_COLUMNS,
    auc_by_course,
    auc_difference_z,
    auc_matrix,
    bayesian_signed_rank,
    friedman_test,
    mean_ranks,
    nemenyi_critical_difference,
    nemenyi_groups,
    optimism_gaps,
    pairwise_comparisons,
    stouffer,
    verdict,
)
from morf_pipeline.comparison_plots import plot_critical_difference
from morf_pipeline.errors import InputDataError

# Demsar (2006), Table 6: AUCs of C4.5 and three variants on 14 data sets, to the precision
# of SciPy's test of friedmanchisquare (one value carries a fourth digit, so that the ranks
# are the paper's).
DEMSAR_VARIANTS = ("C4.5", "C4.5+m", "C4.5+cf", "C4.5+m+cf")
DEMSAR_AUCS = (
    (0.763, 0.599, 0.954, 0.628, 0.882, 0.936, 0.661, 0.583, 0.775, 1.0, 0.94, 0.619, 0.972, 0.957),
    (
        0.768,
        0.591,
        0.971,
        0.661,
        0.888,
        0.931,
        0.668,
        0.583,
        0.838,
        1.0,
        0.962,
        0.666,
        0.981,
        0.978,
    ),
    (
        0.771,
        0.59,
        0.968,
        0.654,
        0.886,
        0.916,
        0.609,
        0.563,
        0.866,
        1.0,
        0.965,
        0.614,
        0.9751,
        0.946,
    ),
    (0.798, 0.569, 0.967, 0.657, 0.898, 0.931, 0.685, 0.625, 0.875, 1.0, 0.962, 0.669, 0.975, 0.97),
)
# Demsar (2006), Table 5(a): q_0.05 of the two-tailed Nemenyi test for k = 2..10 classifiers.
DEMSAR_Q_005 = (1.960, 2.343, 2.569, 2.728, 2.850, 2.949, 3.031, 3.102, 3.164)


def auc_table(aucs: dict[str, list[float]], n_pos: int = 40, n_neg: int = 60) -> pd.DataFrame:
    """An AUC table of courses c00, c01, ... and the given variants."""
    rows = [
        {
            "course": f"c{i:02d}",
            "variant": v,
            "auc": a,
            "n": n_pos + n_neg,
            "n_pos": n_pos,
            "n_neg": n_neg,
        }
        for v, column in aucs.items()
        for i, a in enumerate(column)
    ]
    return pd.DataFrame(rows, columns=list(AUC_COLUMNS))


def demsar_table() -> pd.DataFrame:
    return auc_table(dict(zip(DEMSAR_VARIANTS, map(list, DEMSAR_AUCS), strict=True)))


def random_scores(seed: int, n: int) -> tuple[list[int], list[float]]:
    generator = random.Random(seed)
    truth = [int(generator.random() < 0.4) for _ in range(n)]
    # A coarse grid, so that tied scores (which count half) occur.
    return truth, [round(0.2 * t + generator.random() * 0.8, 1) for t in truth]


# --- AUC, its standard error and its bootstrap interval ---


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_auc_equals_the_pairs_count_and_scikit_learn(seed: int) -> None:
    truth, score = random_scores(seed, 80)
    assert auc(truth, score) == pytest.approx(auc_by_pairs(truth, score), abs=1e-15)
    assert auc(truth, score) == pytest.approx(roc_auc_score(truth, score), abs=1e-15)


def test_auc_is_nan_with_one_class_and_rejects_other_labels() -> None:
    assert math.isnan(auc([1, 1], [0.2, 0.3]))
    with pytest.raises(ValueError, match=r"labels other than 0 and 1: \[2\]"):
        auc([0, 1, 2], [0.1, 0.2, 0.3])


def hanley_mcneil_ratings() -> tuple[list[int], list[int]]:
    """Hanley & McNeil (1982), Table 1: ratings 1-5 of 58 normal and 51 abnormal CT images."""
    normal, abnormal = (33, 6, 6, 11, 2), (3, 2, 2, 11, 33)
    ratings = [r for r, count in enumerate(normal + abnormal) for _ in range(count)]
    truth = [0] * sum(normal) + [1] * sum(abnormal)
    return truth, [r % 5 + 1 for r in ratings]


def test_hanley_mcneil_published_example() -> None:
    truth, ratings = hanley_mcneil_ratings()
    area = auc(truth, ratings)
    # The paper: A = 0.893, SE(A) = 0.032.
    assert round(area, 3) == 0.893
    assert round(hanley_mcneil_se(area, 51, 58), 3) == 0.032


@pytest.mark.parametrize(
    ("area", "n_pos", "n_neg"),
    [(Fraction(3, 4), 30, 70), (Fraction(9, 10), 5, 500), (Fraction(3, 5), 200, 200)],
)
def test_hanley_mcneil_equals_an_exact_recomputation(
    area: Fraction, n_pos: int, n_neg: int
) -> None:
    q1, q2 = area / (2 - area), 2 * area * area / (1 + area)
    variance = (
        area * (1 - area) + (n_pos - 1) * (q1 - area * area) + (n_neg - 1) * (q2 - area * area)
    ) / (n_pos * n_neg)
    assert hanley_mcneil_se(float(area), n_pos, n_neg) == pytest.approx(
        math.sqrt(variance), rel=1e-14
    )


@pytest.mark.parametrize(("n_pos", "n_neg"), [(1, 1), (10, 30), (123, 45)])
def test_hanley_mcneil_at_chance_is_the_mann_whitney_null_variance(n_pos: int, n_neg: int) -> None:
    # At A = 1/2, Q1 = Q2 = 1/3 and the variance is Var(U) / (n_pos n_neg)^2 under H0.
    expected = (n_pos + n_neg + 1) / (12 * n_pos * n_neg)
    assert hanley_mcneil_se(0.5, n_pos, n_neg) ** 2 == pytest.approx(expected, rel=1e-14)
    assert hanley_mcneil_se(1.0, n_pos, n_neg) == hanley_mcneil_se(0.0, n_pos, n_neg) == 0.0


@pytest.mark.parametrize(("seed", "n_resamples"), [(1, 200), (7, 101)])
def test_bootstrap_interval_equals_the_procedure_by_hand(seed: int, n_resamples: int) -> None:
    truth, score = random_scores(seed, 60)
    interval = bootstrap_auc_interval(truth, score, n_resamples, seed)
    expected = bootstrap_by_hand(truth, score, n_resamples, seed)
    assert interval == pytest.approx(expected, abs=1e-12)
    assert interval[0] <= auc(truth, score) <= interval[1]


def test_bootstrap_interval_is_seeded() -> None:
    truth, score = random_scores(4, 60)
    first = bootstrap_auc_interval(truth, score, 300, seed=11)
    assert bootstrap_auc_interval(truth, score, 300, seed=11) == first
    assert bootstrap_auc_interval(truth, score, 300, seed=12) != first
    narrower = bootstrap_auc_interval(truth, score, 300, seed=11, level=0.5)
    assert first[0] < narrower[0] < narrower[1] < first[1]


def test_bootstrap_interval_edge_cases() -> None:
    assert all(map(math.isnan, bootstrap_auc_interval([0, 0, 0], [0.1, 0.2, 0.3], 10, 1)))
    with pytest.raises(ValueError, match="n_resamples must be at least 1"):
        bootstrap_auc_interval([0, 1], [0.1, 0.2], 0, 1)


# --- The AUC table ---


def test_auc_table_rows_from_predictions() -> None:
    truth, score = random_scores(5, 40)
    predictions = pd.DataFrame({"y_true": truth, "y_pred": [0] * 40, "y_score": score})
    folds = predictions.assign(fold=[1, 2] * 20)
    table = auc_by_course([("bio", "holdout", predictions), ("bio", "cv", folds)])
    assert list(table.columns) == list(AUC_COLUMNS)
    assert table[["course", "variant", "n", "n_pos", "n_neg"]].values.tolist() == [
        ["bio", "holdout", 40, sum(truth), 40 - sum(truth)],
        ["bio", "cv", 40, sum(truth), 40 - sum(truth)],
    ]
    assert table["auc"][0] == pytest.approx(auc_by_pairs(truth, score))
    # Cross-validated: the mean of the folds' AUCs.
    by_fold = [auc_by_pairs(truth[f::2], score[f::2]) for f in (0, 1)]
    assert table["auc"][1] == pytest.approx(sum(by_fold) / 2)


# --- Ranks, Friedman, Nemenyi ---


def test_demsar_mean_ranks_friedman_and_critical_difference() -> None:
    table = demsar_table()
    ranks = mean_ranks(table)
    assert ranks["variant"].tolist() == list(DEMSAR_VARIANTS)
    # The paper: average ranks 3.143, 2.000, 2.893, 1.964; chi2_F = 9.28; CD = 1.25.
    assert ranks["mean_rank"].round(3).tolist() == [3.143, 2.000, 2.893, 1.964]
    friedman = friedman_test(table)
    assert list(friedman.columns) == list(FRIEDMAN_COLUMNS)
    row = friedman.iloc[0]
    assert round(row["statistic"], 2) == 9.28
    assert (row["n_courses"], row["n_variants"]) == (14, 4)
    assert round(row["critical_difference"], 2) == 1.25
    # Exactly, from the rank sums 44, 28, 40.5, 27.5: 12 / (N k (k+1)) sum(S^2) - 3 N (k+1).
    rank_sums = [Fraction(44), Fraction(28), Fraction(81, 2), Fraction(55, 2)]
    exact = Fraction(12, 14 * 4 * 5) * sum(s * s for s in rank_sums) - 3 * 14 * 5
    assert row["statistic"] == pytest.approx(float(exact), rel=1e-14)
    # The chi-square survival function with 3 degrees of freedom in closed form.
    x = float(exact)
    p_value = math.erfc(math.sqrt(x / 2)) + math.sqrt(2 * x / math.pi) * math.exp(-x / 2)
    assert row["p_value"] == pytest.approx(p_value, rel=1e-12)


def test_nemenyi_q_values_are_demsars_table() -> None:
    for k, q in enumerate(DEMSAR_Q_005, start=2):
        # CD = q sqrt(k (k+1) / (6 N)): with 6 N = k (k+1), the CD is q itself.
        q_alpha = nemenyi_critical_difference(k, 1, 0.05) * math.sqrt(6 / (k * (k + 1)))
        assert q_alpha == pytest.approx(q, abs=1e-3)  # the table cuts 2.3437 to 2.343


@pytest.mark.parametrize("seed", [1, 2])
def test_friedman_equals_scipy_without_ties(seed: int) -> None:
    generator = np.random.RandomState(seed)
    aucs = {f"v{j}": generator.uniform(0.5, 0.9, 9).tolist() for j in range(5)}
    row = friedman_test(auc_table(aucs)).iloc[0]
    reference = stats.friedmanchisquare(*aucs.values())
    assert row["statistic"] == pytest.approx(reference.statistic, rel=1e-12)
    assert row["p_value"] == pytest.approx(reference.pvalue, rel=1e-10)


def test_friedman_with_two_variants_and_with_no_difference() -> None:
    # Two variants: a wins 3 courses of 4; S = (5, 7); chi2 = 12/(4*2*3) * 74 - 3*4*3 = 1.
    row = friedman_test(auc_table({"a": [0.7, 0.7, 0.7, 0.6], "b": [0.6, 0.6, 0.6, 0.7]})).iloc[0]
    assert row["statistic"] == pytest.approx(1.0)
    assert row["p_value"] == pytest.approx(math.erfc(math.sqrt(0.5)))  # chi2 sf, 1 df
    tied = friedman_test(auc_table({"a": [0.7, 0.6], "b": [0.7, 0.6], "c": [0.7, 0.6]})).iloc[0]
    assert (tied["statistic"], tied["p_value"]) == (0.0, 1.0)


def test_ranks_average_ties_and_equal_scipy_rankdata() -> None:
    aucs = {"a": [0.7, 0.8, 0.6], "b": [0.7, 0.6, 0.6], "c": [0.5, 0.9, 0.6]}
    ranks = mean_ranks(auc_table(aucs))
    # Course by course: (1.5, 1.5, 3), (2, 3, 1), (2, 2, 2).
    assert ranks["mean_rank"].tolist() == pytest.approx([5.5 / 3, 6.5 / 3, 2.0])
    by_scipy = np.mean([stats.rankdata([-aucs[v][i] for v in aucs]) for i in range(3)], axis=0)
    assert ranks["mean_rank"].tolist() == pytest.approx(by_scipy.tolist())


def test_nemenyi_groups_join_ranks_closer_than_the_critical_difference() -> None:
    assert nemenyi_groups([1.0, 1.5, 3.0, 3.2, 5.0], 1.0) == [(0, 1), (2, 3)]
    assert nemenyi_groups([3.2, 1.0, 1.5, 3.0], 2.1) == [(0, 2), (1, 3)]
    assert nemenyi_groups([3.2, 1.0, 1.5, 3.0], 2.5) == [(0, 3)]
    assert nemenyi_groups([1.0, 2.0, 3.0], 1.0) == []  # a difference of CD is significant
    assert nemenyi_groups([1.0, 2.0, 3.0], 5.0) == [(0, 2)]


def test_courses_without_every_variants_auc_are_left_out(caplog: pytest.LogCaptureFixture) -> None:
    table = auc_table({"a": [0.7, math.nan, 0.6, 0.8], "b": [0.6, 0.7, 0.65, 0.7]})
    table = table.drop(index=table.index[(table.course == "c03") & (table.variant == "b")])
    with caplog.at_level(logging.WARNING):
        matrix = auc_matrix(table)
    assert matrix.index.tolist() == ["c00", "c02"]
    assert matrix.columns.tolist() == ["a", "b"]
    assert "2 course(s) left out of the comparison" in caplog.text and "c01, c03" in caplog.text


def test_bad_auc_tables_are_errors() -> None:
    with pytest.raises(
        InputDataError, match=r"repeated \(course, variant\) \[\('c00', 'a'\), \('c00', 'b'\)\]"
    ):
        auc_matrix(pd.concat([auc_table({"a": [0.7], "b": [0.6]})] * 2))
    with pytest.raises(InputDataError, match="two or more variants"):
        friedman_test(auc_table({"a": [0.7, 0.6]}))
    with pytest.raises(InputDataError, match="no course has an AUC of every variant"):
        pairwise_comparisons(auc_table({"a": [math.nan], "b": [0.6]}))


# --- Pairwise: Hanley-McNeil z pooled by Stouffer, Bayesian signed-rank ---


def test_stouffer_and_the_z_of_two_aucs() -> None:
    combined, p_value = stouffer([1.0, 2.0, 3.0])
    assert combined == pytest.approx(6 / math.sqrt(3))
    assert p_value == pytest.approx(2 * stats.norm.sf(6 / math.sqrt(3)), rel=1e-12)
    assert stouffer([-1.5]) == pytest.approx((-1.5, 2 * stats.norm.cdf(-1.5)))
    assert auc_difference_z(0.8, 0.03, 0.7, 0.04) == pytest.approx(0.1 / 0.05)
    assert auc_difference_z(1.0, 0.0, 1.0, 0.0) == 0.0
    assert auc_difference_z(0.0, 0.0, 1.0, 0.0) == -math.inf
    assert stouffer([-math.inf, 1.0]) == (-math.inf, 0.0)
    assert all(map(math.isnan, stouffer([-math.inf, math.inf])))


def test_pairwise_equals_a_recomputation_course_by_course() -> None:
    table = demsar_table()
    table["n_pos"] = [20 + i for i in range(len(table))]  # unequal sizes, per course and variant
    table["n_neg"] = [90 - i for i in range(len(table))]
    pairwise = pairwise_comparisons(table, rope=0.01, n_samples=2_000, seed=3)
    assert list(pairwise.columns) == list(PAIRWISE_COLUMNS)
    assert list(zip(pairwise.variant_a, pairwise.variant_b, strict=True)) == list(
        itertools.combinations(DEMSAR_VARIANTS, 2)
    )

    def se(area: float, n_p: float, n_n: float) -> float:
        q1, q2 = area / (2 - area), 2 * area**2 / (1 + area)
        return math.sqrt(
            (area * (1 - area) + (n_p - 1) * (q1 - area**2) + (n_n - 1) * (q2 - area**2))
            / (n_p * n_n)
        )

    def course_z(a: pd.Series[float], b: pd.Series[float]) -> float:
        if a.auc == b.auc:
            return 0.0  # mushroom: both AUCs 1, both errors 0
        spread = se(a.auc, a.n_pos, a.n_neg) ** 2 + se(b.auc, b.n_pos, b.n_neg) ** 2
        return float((a.auc - b.auc) / math.sqrt(spread))

    rows = {v: table[table.variant == v].reset_index() for v in DEMSAR_VARIANTS}
    for row in pairwise.itertuples():
        a, b = rows[str(row.variant_a)], rows[str(row.variant_b)]
        z = [course_z(a.iloc[i], b.iloc[i]) for i in range(14)]
        assert row.stouffer_z == pytest.approx(sum(z) / math.sqrt(14), rel=1e-12)
        assert row.p_value == pytest.approx(
            2 * stats.norm.sf(abs(sum(z) / math.sqrt(14))), rel=1e-9
        )
        expected = baycomp.SignedRankTest.probs(
            a.auc.to_numpy(), b.auc.to_numpy(), rope=0.01, nsamples=2_000, random_state=3
        )
        assert (row.p_a_better, row.p_rope, row.p_b_better) == pytest.approx(expected, abs=1e-12)
        assert row.verdict == verdict(*expected)
    assert pairwise.verdict.tolist() == [
        "undecided",
        "undecided",
        "b better",
        "undecided",
        "undecided",
        "undecided",
    ]


@pytest.mark.parametrize(
    ("n_courses", "rope", "seed"), [(4, 0.01, 1), (12, 0.01, 2), (30, 0.02, 3), (8, 0.0, 4)]
)
def test_bayesian_signed_rank_equals_baycomp(n_courses: int, rope: float, seed: int) -> None:
    generator = np.random.RandomState(100 + seed)
    auc_a = generator.uniform(0.55, 0.8, n_courses)
    auc_b = auc_a + generator.normal(0.005, 0.02, n_courses)
    ours = bayesian_signed_rank(auc_a - auc_b, rope, n_samples=20_000, seed=seed)
    theirs = baycomp.SignedRankTest.probs(
        auc_a, auc_b, rope=rope, nsamples=20_000, random_state=seed
    )
    if rope == 0:  # baycomp then returns (p_a_better, p_b_better) alone
        theirs = (theirs[0], 0.0, theirs[1])
    assert ours == pytest.approx(theirs, abs=1e-12)
    assert sum(ours) == pytest.approx(1.0)


def test_bayesian_signed_rank_by_direct_monte_carlo() -> None:
    """The posterior computed draw by draw from its definition, in plain Python."""
    differences = [0.03, -0.004, 0.012, 0.02, 0.008, -0.015, 0.025]
    rope, n_samples, seed = 0.01, 3_000, 5
    observed = [0.0, *differences]
    draws = np.random.RandomState(seed).dirichlet([0.5] + [1.0] * len(differences), n_samples)
    wins = [0, 0, 0]
    for weights in draws.tolist():
        theta_a = theta_b = 0.0
        for (w_i, z_i), (w_j, z_j) in itertools.product(
            zip(weights, observed, strict=True), repeat=2
        ):
            total = z_i + z_j
            theta_a += w_i * w_j * ((total > 2 * rope) + 0.5 * (total == 2 * rope))
            theta_b += w_i * w_j * ((total < -2 * rope) + 0.5 * (total == -2 * rope))
        theta = [theta_a, 1 - theta_a - theta_b, theta_b]
        wins[theta.index(max(theta))] += 1
    expected = tuple(w / n_samples for w in wins)
    assert bayesian_signed_rank(differences, rope, n_samples, seed) == pytest.approx(
        expected, abs=1e-12
    )


def test_bayesian_signed_rank_limits_and_symmetry() -> None:
    # Only draws that weigh the prior's pseudo-observation of 0 heavily keep a from winning.
    a_better = bayesian_signed_rank([0.1] * 8, 0.01)
    assert a_better[0] > 0.999 and a_better[2] == 0.0
    assert bayesian_signed_rank([-0.1] * 8, 0.01) == (a_better[2], a_better[1], a_better[0])
    assert bayesian_signed_rank([0.0] * 8, 0.01) == (0.0, 1.0, 0.0)
    differences = np.array([0.02, -0.01, 0.015, 0.005, 0.03, -0.002])
    forward = bayesian_signed_rank(differences, 0.01, 10_000, 9)
    backward = bayesian_signed_rank(-differences, 0.01, 10_000, 9)
    assert backward == (forward[2], forward[1], forward[0])
    assert bayesian_signed_rank(differences, 0.01, 10_000, 9) == forward
    assert bayesian_signed_rank(differences, 0.01, 10_000, 10) != forward


def test_verdict_at_the_decision_level() -> None:
    assert verdict(0.96, 0.04, 0.0) == "a better"
    assert verdict(0.0, 0.95, 0.05) == "equivalent"
    assert verdict(0.01, 0.02, 0.97) == "b better"
    assert verdict(0.5, 0.3, 0.2) == "undecided"
    assert verdict(0.5, 0.3, 0.2, level=0.5) == "a better"


# --- Optimism gap, CD diagram ---


def test_optimism_gap_is_cv_minus_holdout(caplog: pytest.LogCaptureFixture) -> None:
    table = pd.concat(
        [
            auc_table({"cv": [0.75, 0.70, 0.8]}),
            auc_table({"holdout": [0.70, 0.72]}),
            auc_table({"other": [0.5, 0.5, 0.5]}),
        ]
    )
    with caplog.at_level(logging.WARNING):
        gaps = optimism_gaps(table, "cv", "holdout")
    assert gaps.values.tolist() == [
        ["c00", 0.75, 0.70, pytest.approx(0.05)],
        ["c01", 0.70, 0.72, pytest.approx(-0.02)],
    ]
    assert "course(s) c02 lack one of the two variants" in caplog.text
    with pytest.raises(InputDataError, match="no AUC of variant 'nope'"):
        optimism_gaps(table, "cv", "nope")


def test_critical_difference_diagram_is_reproducible(tmp_path: Path) -> None:
    table = demsar_table()
    for name in ("first.png", "second.png"):
        plot_critical_difference(mean_ranks(table), friedman_test(table), tmp_path / name)
    first = (tmp_path / "first.png").read_bytes()
    assert first.startswith(b"\x89PNG") and len(first) > 10_000
    assert first == (tmp_path / "second.png").read_bytes()


@pytest.mark.parametrize(
    ("module", "heavy"),
    [
        ("morf_pipeline.auc", {"pandas", "scipy", "sklearn"}),
        ("morf_pipeline.comparison", {"scipy", "sklearn", "matplotlib"}),
    ],
)
def test_the_modules_a_job_imports_stay_light(module: str, heavy: set[str]) -> None:
    code = f"import sys, {module}; print(' '.join(sorted(sys.modules)))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert not heavy & set(loaded)
