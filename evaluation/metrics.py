"""Run-level metrics over episode records: what `summary.json` holds.

Why here and not in `envs`: `envs.metrics.exam_metrics` is the per-episode examination figure the
reward uses; this module only aggregates records (it calls that function, never re-derives it),
so a report shows exactly what the reward saw. Definitions follow MedR-Bench / DiagGym where they
overlap: examination precision / recall / F1 are computed per episode and then averaged (macro,
the papers' figure); the micro figures pool counts over all episodes.

Everything is a pure function of the records, sorted by (case id, rollout index) first, so the
summary does not depend on the order episodes finished in, and it carries no timestamps: a
resumed run and an uninterrupted one give the same `summary.json` byte for byte.

`summary.json` keys (every rate is a fraction in [0, 1]; `{mean, ci_low, ci_high}` is a mean with
a seeded case-level bootstrap 95% percentile interval):

- `schema`: "dxgym.eval.summary/1"; `run`: the run's config fields that shape the figures
  (policy, split, language, verifier, judge, rollouts, seed, tools, reveal_physical_exam, max_turns).
- `n_cases`, `n_episodes`, `rollouts` (K, rollouts a case).
- `accuracy`: diagnosis accuracy (verdict `correct`) with interval; `score`: mean verdict score.
- `accuracy_revealing` / `accuracy_non_revealing`: the same over cases with / without a result that
  names the diagnosis (`reveals_diagnosis`), reported apart; `n_revealing_cases`.
- `pass_at_k`: {"1": …, "K": …} unbiased estimator 1 − C(n−c, k)/C(n, k) averaged over cases.
- `exam`: `precision`, `recall`, `f1` (macro, with intervals), `micro` {precision, recall, f1},
  `examinations_per_episode` (distinct requests), `relevant_per_episode` (relevant auxiliary groups),
  `wasted_per_episode` (requests that revealed nothing), `physical_recall` (physical-examination
  sections revealed / relevant, over episodes with sections to reveal; not part of the exam term).
- `turns`: {mean, median, max}; `turns_histogram`: {turns: episodes}.
- `reward`: total with interval; `reward_components`: mean weighted contribution of each component.
- `tokens`: prompt / completion means and totals, `estimated_fraction` (episodes counted by estimate).
- `cost`: `test_cost`, `turn_cost` per episode (reward-config costs; 0 unless configured).
- `rates`: `format_error` (episodes with ≥ 1 invalid action), `invalid_actions_per_episode`,
  `truncation` (max_turns or length_budget), `no_diagnosis`, `error`.
- `stop_reasons`: counts.
- `judge`: `fallbacks`, `fallback_rate`, `parse_errors`, `verifiers` {name: verdicts}.
- `by_specialty`, `by_language`, `by_source`: {value: a smaller block (n_cases, n_episodes,
  accuracy with interval, exam precision / recall / f1, turns, reward)}.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from dxgym.emr_fixtures.store import natural_key
from dxgym.envs.metrics import ExamMetrics, exam_metrics, micro_exam
from dxgym.envs.records import EpisodeRecord

SUMMARY_SCHEMA = "dxgym.eval.summary/1"
BOOTSTRAP_RESAMPLES = 1_000
DIGITS = 6  # summary figures are rounded: stable JSON, and what the report prints is what is stored


@dataclass(frozen=True, slots=True)
class CaseMeta:
    """What the breakdowns and transcripts need of a case, kept in the run's config.json so a
    report can be rebuilt without the database."""

    case_id: str
    language: str
    specialty: str
    source: str
    diagnosis: str
    revealing: bool = False  # a result of the case names its diagnosis (`reveals_diagnosis`)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CaseMeta:
        fields = {k: str(data.get(k, "unknown")) for k in ("case_id", "language", "specialty", "source", "diagnosis")}
        return cls(**fields, revealing=bool(data.get("revealing", False)))


@dataclass(frozen=True, slots=True)
class EpisodeRow:
    """One record reduced to the numbers the summary aggregates."""

    case_id: str
    rollout_index: int
    correct: bool
    score: float
    precision: float
    recall: float
    f1: float
    distinct_requests: int
    relevant: int
    relevant_obtained: int
    turns: int
    invalid_actions: int
    stop_reason: str
    has_diagnosis: bool
    reward: float
    components: dict[str, float]
    prompt_tokens: int
    completion_tokens: int
    estimated: bool
    fallback: bool
    parse_error: bool
    verifier: str | None
    exam: ExamMetrics


def episode_row(record: EpisodeRecord) -> EpisodeRow:
    """The numbers of one record; examination figures through `envs.metrics.exam_metrics`."""
    out = record.outcome
    exam = exam_metrics(out.resolutions(), out.relevant_groups, out.relevant_sections)
    verdict = record.verdict
    return EpisodeRow(
        case_id=record.case_id,
        rollout_index=record.rollout_index,
        correct=bool(verdict and verdict.correct),
        score=float(verdict.score) if verdict else 0.0,
        precision=exam.precision,
        recall=exam.recall,
        f1=exam.f1,
        distinct_requests=exam.distinct_requests,
        relevant=exam.relevant,
        relevant_obtained=exam.relevant_obtained,
        turns=out.turns,
        invalid_actions=out.invalid_actions,
        stop_reason=record.stop_reason,
        has_diagnosis=out.diagnosis is not None,
        reward=float(record.reward or 0.0),
        components=dict(record.reward_components),
        prompt_tokens=record.usage.prompt_tokens,
        completion_tokens=record.usage.completion_tokens,
        estimated=record.usage.estimated,
        fallback=bool(verdict and verdict.fallback),
        parse_error=bool(verdict and verdict.parse_error),
        verifier=verdict.verifier if verdict else None,
        exam=exam,
    )


def sort_records(records: Iterable[EpisodeRecord]) -> list[EpisodeRecord]:
    """Records in (case id, rollout index) order, one per pair (the first wins): completion order
    and accidental duplicates cannot change a figure."""
    seen: dict[tuple[str, int], EpisodeRecord] = {}
    for r in records:
        seen.setdefault((r.case_id, r.rollout_index), r)
    return [seen[k] for k in sorted(seen, key=lambda k: (natural_key(k[0]), k[1]))]


def _r(x: float) -> float:
    return round(float(x), DIGITS) + 0.0


def _by_case(rows: Sequence[EpisodeRow], value: Callable[[EpisodeRow], float]) -> list[float]:
    """Per-case means (the bootstrap resamples cases, so K rollouts of one case stay together)."""
    groups: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        groups[row.case_id].append(value(row))
    return [sum(v) / len(v) for v in groups.values()]


def bootstrap_ci(values: Sequence[float], *, seed: int = 0, resamples: int = BOOTSTRAP_RESAMPLES,
                 level: float = 0.95) -> tuple[float, float]:
    """Percentile interval of the mean over `resamples` seeded resamples (with replacement)."""
    if not values:
        return (0.0, 0.0)
    data = np.asarray(values, dtype=float)
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(data), size=(resamples, len(data)))
    means = data[idx].mean(axis=1)
    alpha = (1.0 - level) / 2.0
    return float(np.quantile(means, alpha)), float(np.quantile(means, 1.0 - alpha))


def interval(rows: Sequence[EpisodeRow], value: Callable[[EpisodeRow], float], *, seed: int = 0,
             resamples: int = BOOTSTRAP_RESAMPLES) -> dict[str, float]:
    """{mean, ci_low, ci_high}: the mean over cases of per-case means, with its bootstrap interval."""
    per_case = _by_case(rows, value)
    if not per_case:
        return {"mean": 0.0, "ci_low": 0.0, "ci_high": 0.0}
    low, high = bootstrap_ci(per_case, seed=seed, resamples=resamples)
    return {"mean": _r(sum(per_case) / len(per_case)), "ci_low": _r(low), "ci_high": _r(high)}


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from n samples with c correct (Chen et al. 2021): 1 − C(n−c, k) / C(n, k)."""
    if k > n:
        raise ValueError(f"pass@{k} needs at least {k} samples, got {n}")
    if n - c < k:
        return 1.0
    return 1.0 - math.comb(n - c, k) / math.comb(n, k)


def pass_at_k_table(rows: Sequence[EpisodeRow], rollouts: int) -> dict[str, float]:
    """pass@k for k = 1, 2, 4, … and K, averaged over cases with at least k rollouts."""
    per_case: dict[str, list[bool]] = defaultdict(list)
    for row in rows:
        per_case[row.case_id].append(row.correct)
    ks = sorted({1, rollouts, *(2**i for i in range(1, 12) if 2**i < rollouts)})
    table: dict[str, float] = {}
    for k in ks:
        vals = [pass_at_k(len(v), sum(v), k) for v in per_case.values() if len(v) >= k]
        if vals:
            table[str(k)] = _r(sum(vals) / len(vals))
    return table


def _mean(values: Iterable[float]) -> float:
    values = list(values)
    return _r(sum(values) / len(values)) if values else 0.0


def _micro(rows: Sequence[EpisodeRow]) -> dict[str, float]:
    return {k: _r(v) for k, v in micro_exam(r.exam for r in rows).items()}


def _small_block(rows: Sequence[EpisodeRow], seed: int, resamples: int) -> dict[str, Any]:
    return {
        "n_cases": len({r.case_id for r in rows}),
        "n_episodes": len(rows),
        "accuracy": interval(rows, lambda r: float(r.correct), seed=seed, resamples=resamples),
        "exam_precision": _mean(r.precision for r in rows),
        "exam_recall": _mean(r.recall for r in rows),
        "exam_f1": _mean(r.f1 for r in rows),
        "turns": _mean(r.turns for r in rows),
        "reward": _mean(r.reward for r in rows),
    }


def _breakdown(rows: Sequence[EpisodeRow], key: Callable[[EpisodeRow], str], seed: int,
               resamples: int) -> dict[str, dict[str, Any]]:
    groups: dict[str, list[EpisodeRow]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    return {k: _small_block(groups[k], seed, resamples) for k in sorted(groups)}


def summarise(records: Iterable[EpisodeRecord], cases: Mapping[str, CaseMeta], *, run: Mapping[str, Any] | None = None,
              rollouts: int = 1, seed: int = 0, resamples: int = BOOTSTRAP_RESAMPLES) -> dict[str, Any]:
    """The run's summary (keys in the module docstring); deterministic in the set of records."""
    rows = [episode_row(r) for r in sort_records(records)]
    n = len(rows)

    def meta(row: EpisodeRow) -> CaseMeta:
        return cases.get(row.case_id) or CaseMeta(row.case_id, "unknown", "unknown", "unknown", "")

    components = sorted({k for r in rows for k in r.components})
    revealing = [r for r in rows if meta(r).revealing]
    plain = [r for r in rows if not meta(r).revealing]
    turns = [r.turns for r in rows]
    verifiers = Counter(r.verifier for r in rows if r.verifier)
    return {
        "schema": SUMMARY_SCHEMA,
        "run": dict(run or {}),
        "n_cases": len({r.case_id for r in rows}),
        "n_episodes": n,
        "rollouts": rollouts,
        "accuracy": interval(rows, lambda r: float(r.correct), seed=seed, resamples=resamples),
        # reported apart: cases whose results name the diagnosis measure reading, not diagnosing
        "accuracy_revealing": interval(revealing, lambda r: float(r.correct), seed=seed, resamples=resamples),
        "accuracy_non_revealing": interval(plain, lambda r: float(r.correct), seed=seed, resamples=resamples),
        "n_revealing_cases": len({r.case_id for r in revealing}),
        "score": _mean(r.score for r in rows),
        "pass_at_k": pass_at_k_table(rows, rollouts),
        "exam": {
            "precision": interval(rows, lambda r: r.precision, seed=seed, resamples=resamples),
            "recall": interval(rows, lambda r: r.recall, seed=seed, resamples=resamples),
            "f1": interval(rows, lambda r: r.f1, seed=seed, resamples=resamples),
            "micro": _micro(rows),
            "examinations_per_episode": _mean(r.distinct_requests for r in rows),
            "relevant_per_episode": _mean(r.relevant for r in rows),
            "wasted_per_episode": _mean(r.exam.wasted for r in rows),
            "physical_recall": _mean(r.exam.physical_recall for r in rows if r.exam.sections_relevant),
        },
        "turns": {
            "mean": _mean(turns),
            "median": _r(statistics.median(turns)) if turns else 0.0,
            "max": max(turns, default=0),
        },
        "turns_histogram": {str(t): c for t, c in sorted(Counter(turns).items())},
        "reward": interval(rows, lambda r: r.reward, seed=seed, resamples=resamples),
        "reward_components": {c: _mean(r.components.get(c, 0.0) for r in rows) for c in components},
        "tokens": {
            "prompt_mean": _mean(r.prompt_tokens for r in rows),
            "completion_mean": _mean(r.completion_tokens for r in rows),
            "prompt_total": sum(r.prompt_tokens for r in rows),
            "completion_total": sum(r.completion_tokens for r in rows),
            "estimated_fraction": _mean(float(r.estimated) for r in rows),
        },
        "cost": {
            "test_cost": _mean(-r.components.get("test_cost", 0.0) for r in rows),
            "turn_cost": _mean(-r.components.get("turn_cost", 0.0) for r in rows),
        },
        "rates": {
            "format_error": _mean(float(r.invalid_actions > 0) for r in rows),
            "invalid_actions_per_episode": _mean(r.invalid_actions for r in rows),
            "truncation": _mean(float(r.stop_reason in ("max_turns", "length_budget")) for r in rows),
            "no_diagnosis": _mean(float(not r.has_diagnosis) for r in rows),
            "error": _mean(float(r.stop_reason == "error") for r in rows),
        },
        "stop_reasons": dict(sorted(Counter(r.stop_reason for r in rows).items())),
        "judge": {
            "fallbacks": sum(r.fallback for r in rows),
            "fallback_rate": _mean(float(r.fallback) for r in rows),
            "parse_errors": sum(r.parse_error for r in rows),
            "verifiers": dict(sorted(verifiers.items())),
        },
        "by_specialty": _breakdown(rows, lambda r: meta(r).specialty, seed, resamples),
        "by_language": _breakdown(rows, lambda r: meta(r).language, seed, resamples),
        "by_source": _breakdown(rows, lambda r: meta(r).source, seed, resamples),
    }
