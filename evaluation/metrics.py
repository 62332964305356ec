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
a seeded case-level bootstrap 95% percentile interval; proportions — accuracy, premature diagnosis —
add `method`: a Wilson interval with one episode a case, the case-clustered bootstrap with several):

- `schema`: "dxgym.eval.summary/1"; `run`: the run's config fields that shape the figures
  (policy, split, language, verifier, judge, rollouts, seed, tools, reveal_physical_exam, max_turns).
- `n_cases`, `n_episodes`, `n_errors` (episodes a policy call failed in: an endpoint error is no
  answer, so they are left out of every figure below but `rates.error` and `stop_reasons`),
  `n_scored` (the rest), `rollouts` (K, rollouts a case).
- `accuracy`: diagnosis accuracy (verdict `correct`) with interval; `score`: mean verdict score.
- `accuracy_revealing` / `accuracy_non_revealing`: the same over cases with / without a result that
  names the diagnosis (`reveals_diagnosis`), reported apart; `n_revealing_cases`.
- `pass_at_k`: {"1": …, "K": …} the unbiased estimator 1 − C(n−c, k)/C(n, k) averaged over cases.
- `exam`: `precision`, `recall`, `f1` (macro, with intervals), `micro` {precision, recall, f1},
  `examinations_per_episode` (distinct requests), `relevant_per_episode` (relevant auxiliary groups),
  `wasted_per_episode` (requests that revealed nothing), `physical_recall` (physical-examination
  sections revealed / relevant, over episodes with sections to reveal; not part of the exam term).
- `turns`: {mean, median, max}; `turns_histogram`: {turns: episodes}.
- `reward`: total with interval; `reward_components`: mean weighted contribution of each component.
- `tokens`: prompt / completion means and totals, `estimated_fraction` (episodes counted by estimate).
- `cost_usd`: visits and orders per episode in US dollars (`envs.pricing`), with interval.
- `process`: `premature_diagnosis` (committed with no request; rate over diagnosed episodes, Wilson),
  `turns_to_diagnosis` {mean, median}, `evidence_coverage` (relevant groups seen before the diagnosis /
  relevant groups), `requests_per_episode`, `repeated_requests_per_episode`,
  `absent_requests_per_episode` (things the record lacks), `category_refusals_per_episode`,
  `budget_refusals_per_episode`, `single_turn_rate`, `cost_usd_per_case`, `diagnosed_episodes`.
- `rates`: `format_error` (episodes with ≥ 1 invalid action), `invalid_actions_per_episode`,
  `truncation` (max_turns or length_budget), `no_diagnosis`, `error`.
- `stop_reasons`: counts.
- `judge`: `fallbacks`, `fallback_rate`, `parse_errors`, `verifiers` {name: verdicts}.
- `top_examinations`: {`revealed`: {group: episodes}, `not_available`: {request: episodes}}, the most
  frequent twelve each, in the records' own words.
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
from dxgym.envs.process import process_metrics
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
    cost_usd: float
    process: dict[str, float | None]


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
        cost_usd=float(record.cost_usd),
        process=process_metrics(record.turns, out, record.cost_usd),
    )


def sort_records(records: Iterable[EpisodeRecord]) -> list[EpisodeRecord]:
    """Records in (case id, rollout index) order, one per pair (the first wins, except that an episode
    which ended in a policy error gives way to its retry): completion order and accidental
    duplicates cannot change a figure."""
    seen: dict[tuple[str, int], EpisodeRecord] = {}
    for r in records:
        key = (r.case_id, r.rollout_index)
        if key not in seen or (seen[key].stop_reason == "error" and r.stop_reason != "error"):
            seen[key] = r
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
    """Percentile bootstrap interval of the mean (scipy), `resamples` seeded resamples with replacement."""
    if not values:
        return (0.0, 0.0)
    data = np.asarray(values, dtype=float)
    if np.all(data == data[0]):  # every resample has the same mean; scipy warns and returns it
        return float(data[0]), float(data[0])
    from scipy import stats

    result = stats.bootstrap((data,), np.mean, n_resamples=resamples, confidence_level=level,
                             method="percentile", rng=np.random.default_rng(seed))
    return float(result.confidence_interval.low), float(result.confidence_interval.high)


def wilson_ci(successes: float, n: int, level: float = 0.95) -> tuple[float, float]:
    """Wilson score interval of a proportion (statsmodels): honest at 0 and 1, where a bootstrap
    collapses to a point (27 of 27 correct gives [0.875, 1], not [1, 1])."""
    if n == 0:
        return (0.0, 0.0)
    from statsmodels.stats.proportion import proportion_confint

    low, high = proportion_confint(successes, n, alpha=1.0 - level, method="wilson")
    return float(low), float(high)


def proportion_interval(rows: Sequence[EpisodeRow], value: Callable[[EpisodeRow], float], *, seed: int = 0,
                        resamples: int = BOOTSTRAP_RESAMPLES) -> dict[str, Any]:
    """A rate's {mean, ci_low, ci_high, method}: Wilson over episodes when each case has one episode;
    with several rollouts a case, the case-clustered bootstrap (rollouts of a case are not independent),
    unless every case has the same rate (then Wilson over cases: the bootstrap would be a point)."""
    per_case = _by_case(rows, value)
    if not per_case:
        return {"mean": 0.0, "ci_low": 0.0, "ci_high": 0.0, "method": "wilson"}
    mean = sum(per_case) / len(per_case)
    if len(per_case) == len(rows) or len(set(per_case)) == 1:
        low, high = wilson_ci(sum(per_case), len(per_case))
        method = "wilson"
    else:
        low, high = bootstrap_ci(per_case, seed=seed, resamples=resamples)
        method = "case-bootstrap"
    return {"mean": _r(mean), "ci_low": _r(low), "ci_high": _r(high), "method": method}


def interval(rows: Sequence[EpisodeRow], value: Callable[[EpisodeRow], float], *, seed: int = 0,
             resamples: int = BOOTSTRAP_RESAMPLES) -> dict[str, float]:
    """{mean, ci_low, ci_high}: the mean over cases of per-case means, with its case-bootstrap interval."""
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


def _applicable(rows: Sequence[EpisodeRow], key: str) -> list[float]:
    return [v for r in rows if (v := r.process.get(key)) is not None]


def process_block(rows: Sequence[EpisodeRow], seed: int = 0, resamples: int = BOOTSTRAP_RESAMPLES) -> dict[str, Any]:
    """How diagnoses were reached (`envs.process`): rates over the episodes a figure applies to."""
    diagnosed = [r for r in rows if r.process.get("premature_diagnosis") is not None]
    turns_to_dx = _applicable(rows, "turns_to_diagnosis")
    return {
        "premature_diagnosis": proportion_interval(
            diagnosed, lambda r: float(r.process["premature_diagnosis"] or 0.0), seed=seed, resamples=resamples),
        "turns_to_diagnosis": {"mean": _mean(turns_to_dx),
                               "median": _r(statistics.median(turns_to_dx)) if turns_to_dx else 0.0},
        "evidence_coverage": _mean(_applicable(rows, "evidence_coverage")),
        "requests_per_episode": _mean(_applicable(rows, "requests")),
        "repeated_requests_per_episode": _mean(_applicable(rows, "repeated_requests")),
        "absent_requests_per_episode": _mean(_applicable(rows, "absent_requests")),
        "category_refusals_per_episode": _mean(_applicable(rows, "category_refusals")),
        "budget_refusals_per_episode": _mean(_applicable(rows, "budget_refusals")),
        "single_turn_rate": _mean(float(r.turns <= 1) for r in rows),
        "cost_usd_per_case": _mean(r.cost_usd for r in rows),
        "diagnosed_episodes": len(diagnosed),
    }


TOP_EXAMINATIONS = 12


def top_examinations(records: Sequence[EpisodeRecord], k: int = TOP_EXAMINATIONS) -> dict[str, dict[str, int]]:
    """What the policy ordered most: groups revealed and requests the record lacked, by episodes that
    did so, in the record's own words (Chinese groups for Chinese cases). Ties break by name."""
    revealed: Counter[str] = Counter()
    absent: Counter[str] = Counter()
    for record in records:
        revealed.update(set(record.outcome.obtained_groups))
        absent.update({r.item.strip() for r in record.outcome.requests if not r.groups and not r.refused})

    def top(counter: Counter[str]) -> dict[str, int]:
        return dict(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:k])

    return {"revealed": top(revealed), "not_available": top(absent)}


def _micro(rows: Sequence[EpisodeRow]) -> dict[str, float]:
    return {k: _r(v) for k, v in micro_exam(r.exam for r in rows).items()}


def _small_block(rows: Sequence[EpisodeRow], seed: int, resamples: int) -> dict[str, Any]:
    return {
        "n_cases": len({r.case_id for r in rows}),
        "n_episodes": len(rows),
        "accuracy": proportion_interval(rows, lambda r: float(r.correct), seed=seed, resamples=resamples),
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
    ordered = sort_records(records)
    rows = [episode_row(r) for r in ordered]
    n = len(rows)
    stops = Counter(r.stop_reason for r in rows)
    n_cases = len({r.case_id for r in rows})
    # a failed endpoint call is no answer at all: counted (n_errors, rates.error), kept out of every figure
    rows = [r for r in rows if r.stop_reason != "error"]

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
        "n_cases": n_cases,
        "n_episodes": n,
        "n_errors": stops.get("error", 0),
        "n_scored": len(rows),
        "rollouts": rollouts,
        "accuracy": proportion_interval(rows, lambda r: float(r.correct), seed=seed, resamples=resamples),
        # reported apart: cases whose results name the diagnosis measure reading, not diagnosing
        "accuracy_revealing": proportion_interval(revealing, lambda r: float(r.correct), seed=seed,
                                                  resamples=resamples),
        "accuracy_non_revealing": proportion_interval(plain, lambda r: float(r.correct), seed=seed,
                                                      resamples=resamples),
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
        "cost_usd": interval(rows, lambda r: r.cost_usd, seed=seed, resamples=resamples),
        "process": process_block(rows, seed, resamples),
        "rates": {
            "format_error": _mean(float(r.invalid_actions > 0) for r in rows),
            "invalid_actions_per_episode": _mean(r.invalid_actions for r in rows),
            "truncation": _mean(float(r.stop_reason in ("max_turns", "length_budget")) for r in rows),
            "no_diagnosis": _mean(float(not r.has_diagnosis) for r in rows),
            "error": _r(stops.get("error", 0) / n) if n else 0.0,
        },
        "stop_reasons": dict(sorted(stops.items())),
        "judge": {
            "fallbacks": sum(r.fallback for r in rows),
            "fallback_rate": _mean(float(r.fallback) for r in rows),
            "parse_errors": sum(r.parse_error for r in rows),
            "verifiers": dict(sorted(verifiers.items())),
        },
        "by_specialty": _breakdown(rows, lambda r: meta(r).specialty, seed, resamples),
        "by_language": _breakdown(rows, lambda r: meta(r).language, seed, resamples),
        "by_source": _breakdown(rows, lambda r: meta(r).source, seed, resamples),
        "top_examinations": top_examinations(ordered),
    }
