"""Paired comparisons of two runs on the same cases: is a difference more than noise?

Why paired: two policies on the same 27 cases differ mostly by which cases are hard, and an unpaired
comparison of two means throws that away. Episodes are matched by (case id, rollout index); only
pairs both runs hold are compared. Accuracy is a pair of booleans per episode: McNemar's exact test
on the discordant pairs (statsmodels). Continuous figures (exam F1, reward, turns, cost) get the
paired bootstrap of the mean difference (scipy), resampling cases so rollouts of a case stay
together; its p-value is the two-sided share of the bootstrap distribution across zero.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from dxgym.envs.records import EpisodeRecord
from dxgym.evaluation.metrics import BOOTSTRAP_RESAMPLES, EpisodeRow, episode_row

# (summary label, value of one episode, kind)
PAIRED_METRICS: tuple[tuple[str, Callable[[EpisodeRow], float], str], ...] = (
    ("Accuracy", lambda r: float(r.correct), "mcnemar"),
    ("Exam precision", lambda r: r.precision, "bootstrap"),
    ("Exam recall", lambda r: r.recall, "bootstrap"),
    ("Exam F1", lambda r: r.f1, "bootstrap"),
    ("Reward", lambda r: r.reward, "bootstrap"),
    ("Turns (mean)", lambda r: float(r.turns), "bootstrap"),
    ("Cost per case (USD)", lambda r: r.cost_usd, "bootstrap"),
)


@dataclass(frozen=True, slots=True)
class PairedResult:
    label: str
    test: str  # "mcnemar-exact" | "mcnemar-chi2" | "paired-bootstrap"
    n_pairs: int
    delta: float  # mean(B) − mean(A) over the pairs
    ci_low: float | None
    ci_high: float | None
    p_value: float


def pair_rows(a: Iterable[EpisodeRecord], b: Iterable[EpisodeRecord]) -> list[tuple[EpisodeRow, EpisodeRow]]:
    """Episodes of both runs matched by (case id, rollout index), in that order."""
    rows_a = {(r.case_id, r.rollout_index): episode_row(r) for r in a}
    rows_b = {(r.case_id, r.rollout_index): episode_row(r) for r in b}
    return [(rows_a[k], rows_b[k]) for k in sorted(rows_a.keys() & rows_b.keys())]


def mcnemar_test(pairs: Sequence[tuple[bool, bool]]) -> tuple[float, str]:
    """McNemar's test on paired outcomes: exact (binomial) below 25 discordant pairs, else chi-square."""
    from statsmodels.stats.contingency_tables import mcnemar

    table = [[0, 0], [0, 0]]
    for x, y in pairs:
        table[int(not x)][int(not y)] += 1
    discordant = table[0][1] + table[1][0]
    if discordant == 0:
        return 1.0, "mcnemar-exact"
    exact = discordant < 25
    result = mcnemar(table, exact=exact, correction=True)
    return float(result.pvalue), "mcnemar-exact" if exact else "mcnemar-chi2"


def paired_bootstrap(pairs: Sequence[tuple[str, float, float]], *, seed: int = 0,
                     resamples: int = BOOTSTRAP_RESAMPLES) -> tuple[float, float, float, float]:
    """(delta, ci_low, ci_high, p) of mean(B − A), resampling cases: `pairs` are (case id, a, b)."""
    per_case: dict[str, list[float]] = defaultdict(list)
    for case_id, x, y in pairs:
        per_case[case_id].append(y - x)
    diffs = np.array([sum(v) / len(v) for v in per_case.values()], dtype=float)
    delta = float(diffs.mean()) if len(diffs) else 0.0
    if len(diffs) < 2 or np.all(diffs == diffs[0]):
        p = 1.0 if delta == 0 else 0.0  # no variation to resample: the difference is the same on every case
        return delta, delta, delta, p
    from scipy import stats

    result = stats.bootstrap((diffs,), np.mean, n_resamples=resamples, method="percentile",
                             rng=np.random.default_rng(seed))
    dist = result.bootstrap_distribution
    p = min(1.0, 2.0 * min(float(np.mean(dist <= 0.0)), float(np.mean(dist >= 0.0))))
    return delta, float(result.confidence_interval.low), float(result.confidence_interval.high), p


def compare_runs(a: Iterable[EpisodeRecord], b: Iterable[EpisodeRecord], *, seed: int = 0) -> list[PairedResult]:
    """Every `PAIRED_METRICS` figure of B against A on their shared episodes."""
    pairs = pair_rows(a, b)
    out: list[PairedResult] = []
    for label, value, kind in PAIRED_METRICS:
        if not pairs:
            out.append(PairedResult(label, "none", 0, 0.0, None, None, 1.0))
            continue
        if kind == "mcnemar":
            p, test = mcnemar_test([(ra.correct, rb.correct) for ra, rb in pairs])
            delta = sum(value(rb) - value(ra) for ra, rb in pairs) / len(pairs)
            out.append(PairedResult(label, test, len(pairs), delta, None, None, p))
        else:
            delta, low, high, p = paired_bootstrap([(ra.case_id, value(ra), value(rb)) for ra, rb in pairs], seed=seed)
            out.append(PairedResult(label, "paired-bootstrap", len(pairs), delta, low, high, p))
    return out


def format_p(p: float) -> str:
    """p-values as readers expect them: three decimals, and "<0.001" rather than 0.000."""
    return "<0.001" if p < 0.001 else f"{p:.3f}"
