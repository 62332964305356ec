"""Environment cost for `dxgym bench`: steps a second, whole-episode cost, memory per live consultation.

Why replayed scripts: the scripted policies (oracle, oracle-paraphrase, request-all, random; tags and
tool calls) are played once to record their turns, then the turns are replayed into fresh
consultations on one pinned core, so the timing holds the environment (parsing, lookup, rendering,
bookkeeping) and nothing of the policy. A second replay answers lookups from a precomputed table,
separating the consultation's own cost from the lookup agent's.

Memory is the growth of Python allocations (tracemalloc) per live consultation — what 1,536 or
10,000 concurrent consultations in one worker cost beyond the shared cases and lookup indexes — and,
apart, the resident-set growth the OS sees for 10,000.
"""

from __future__ import annotations

import asyncio
import gc
import time
import tracemalloc
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from agents.types import AssistantTurn, ExamHit, LookupAgent
from emr_fixtures.models import CaseRecord
from envs.consultation import Consultation, ConsultationConfig
from envs.policy_spec import make_policy
from envs.protocol import tool_specs
from envs.records import build_record
from envs.rewards import score
from evaluation.bench_common import one_core, percentile

POLICIES = ("oracle", "oracle-paraphrase", "request-all", "random")


@dataclass(frozen=True)
class Script:
    """One recorded episode: the case, the turn format and the policy's turns."""

    case: CaseRecord
    policy: str
    tools: bool
    turns: tuple[AssistantTurn, ...]


async def _record(case: CaseRecord, spec: str, tools: bool, lookup: LookupAgent, seed: int) -> Script:
    policy = make_policy(spec, case, seed=seed)
    consultation = Consultation(case, lookup, ConsultationConfig(tools=tools))
    consultation.reset()
    specs = tool_specs() if tools else None
    turns: list[AssistantTurn] = []
    while not consultation.done:
        turn = await policy.act(consultation.messages, specs)
        turns.append(turn)
        consultation.step(turn)
    return Script(case, spec, tools, tuple(turns))


def record_scripts(cases: Sequence[CaseRecord], lookup: LookupAgent, policies: Sequence[str] = POLICIES) -> list[Script]:
    """Every (case, policy, format) episode's turns, deterministic (seed 0)."""

    async def all_scripts() -> list[Script]:
        return [await _record(c, p, t, lookup, 0) for c in cases for p in policies for t in (False, True)]

    return asyncio.run(all_scripts())


class TableLookup:
    """A lookup answering from a table recorded from the real one: isolates the consultation's own cost."""

    name = "table"

    def __init__(self, inner: LookupAgent) -> None:
        self.inner = inner
        self.table: dict[tuple[str, str], list[ExamHit]] = {}

    def resolve(self, request: str, case: CaseRecord) -> list[ExamHit]:
        key = (case.case_id, request)
        hits = self.table.get(key)
        if hits is None:
            hits = self.table[key] = self.inner.resolve(request, case)
        return hits


def _replay(scripts: Sequence[Script], lookup: LookupAgent, configs: dict[bool, ConsultationConfig]) -> dict[str, Any]:
    """Replay every script once: step time per policy, whole-episode time per episode."""
    clock = time.perf_counter
    step_s: dict[str, float] = dict.fromkeys(POLICIES, 0.0)
    steps: dict[str, int] = dict.fromkeys(POLICIES, 0)
    items = 0
    episodes: list[float] = []
    for script in scripts:
        started = clock()
        consultation = Consultation(script.case, lookup, configs[script.tools])
        consultation.reset()
        for turn in script.turns:
            t = clock()
            result = consultation.step(turn)
            step_s[script.policy] += clock() - t
            items += len(getattr(result.action, "items", ()))
        consultation.outcome()
        episodes.append(clock() - started)
        steps[script.policy] += len(script.turns)
    return {"step_s": step_s, "steps": steps, "items": items, "episodes": episodes}


def bench_steps(cases: Sequence[CaseRecord], rounds: int = 3) -> dict[str, Any]:
    """Steps a second over the scripted policies' turns, and µs per whole episode, on one core."""
    from agents.lookup import ExamLookup
    from agents.verifiers import RuleVerifier

    lookup = ExamLookup()
    scripts = record_scripts(cases, lookup)
    configs = {tools: ConsultationConfig(tools=tools) for tools in (False, True)}
    table = TableLookup(lookup)
    _replay(scripts, table, configs)  # fills the table (and warms the real lookup's caches)
    best: dict[str, Any] | None = None
    best_table: dict[str, Any] | None = None
    with one_core():
        for _ in range(rounds):  # best of rounds: the machine is shared, the minimum is the least disturbed
            run = _replay(scripts, lookup, configs)
            if best is None or sum(run["step_s"].values()) < sum(best["step_s"].values()):
                best = run
            run = _replay(scripts, table, configs)
            if best_table is None or sum(run["step_s"].values()) < sum(best_table["step_s"].values()):
                best_table = run
        scored = _scored_episodes(scripts, lookup, configs, RuleVerifier())
    assert best is not None and best_table is not None
    total_steps = sum(best["steps"].values())
    out: dict[str, Any] = {
        "env_steps_per_s": round(total_steps / sum(best["step_s"].values())),
        "env_steps_count": total_steps,
        "env_items_per_step_x": round(best["items"] / total_steps, 2),
        "env_steps_table_lookup_per_s": round(total_steps / sum(best_table["step_s"].values())),
        "episode_env_p50_us": round(percentile(best["episodes"], 50) * 1e6, 1),
        "episode_env_mean_us": round(sum(best["episodes"]) / len(best["episodes"]) * 1e6, 1),
        "episode_scored_mean_us": round(scored * 1e6, 1),
        "env_episodes_count": len(scripts),
    }
    for policy in POLICIES:
        key = policy.replace("-", "_")
        out[f"env_steps_{key}_per_s"] = round(best["steps"][policy] / best["step_s"][policy])
    out["_notes"] = [
        "steps replay the scripted policies' recorded turns (tags and tool calls) on one core; "
        f"a step carries {out['env_items_per_step_x']} examination requests on average (request-all orders 28)",
        "env_steps_table_lookup_per_s answers lookups from a precomputed table: the consultation's own cost",
    ]
    return out


def _scored_episodes(scripts: Sequence[Script], lookup: LookupAgent, configs: dict[bool, ConsultationConfig],
                     verifier: Any) -> float:
    """Mean seconds per episode including the rule-verifier reward and the episode record."""
    started = time.perf_counter()
    for script in scripts:
        consultation = Consultation(script.case, lookup, configs[script.tools])
        consultation.reset()
        for turn in script.turns:
            consultation.step(turn)
        reward = score(consultation.outcome(), verifier)
        build_record(consultation, policy=script.policy, reward=reward).model_dump_json()
    return (time.perf_counter() - started) / len(scripts)


def _first_request(case: CaseRecord) -> str:
    groups = [g for g in case.groups if g in case.relevant_groups] or list(case.groups)
    return "<request>" + "; ".join(groups[:4]) + "</request>"


def _traced_bytes_per_consultation(cases: Sequence[CaseRecord], lookup: LookupAgent, n: int,
                                   config: ConsultationConfig) -> tuple[float, float]:
    """(bytes per consultation after reset, after one request turn) by tracemalloc, `n` alive at once."""
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        live: list[Consultation] = []
        for i in range(n):
            consultation = Consultation(cases[i % len(cases)], lookup, config)
            consultation.reset()
            live.append(consultation)
        gc.collect()
        after_reset = tracemalloc.get_traced_memory()[0] - base
        for i, consultation in enumerate(live):
            consultation.step(_first_request(cases[i % len(cases)]))
        gc.collect()
        mid = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    del live
    return after_reset / n, mid / n


def _rss_bytes() -> int:
    import os

    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def bench_memory(cases: Sequence[CaseRecord], counts: Sequence[int] = (1, 1_000, 10_000),
                 rss: bool = True) -> dict[str, Any]:
    """KB per live consultation at each count (after reset, and after one request turn); `rss` adds the OS view."""
    from agents.lookup import ExamLookup

    lookup = ExamLookup()
    config = ConsultationConfig()
    for case in cases:  # shared, per-worker state (case indexes, parsed queries) is not per consultation
        warm = Consultation(case, lookup, config)
        warm.reset()
        warm.step(_first_request(case))
    out: dict[str, Any] = {}
    for n in counts:
        reset_b, mid_b = _traced_bytes_per_consultation(cases, lookup, n, config)
        out[f"consultation_{n}_kb"] = round(reset_b / 1024, 2)
        out[f"consultation_mid_episode_{n}_kb"] = round(mid_b / 1024, 2)
    n = max(counts)
    if rss and n > 1:
        gc.collect()
        before = _rss_bytes()
        live = []
        for i in range(n):
            consultation = Consultation(cases[i % len(cases)], lookup, config)
            consultation.reset()
            consultation.step(_first_request(cases[i % len(cases)]))
            live.append(consultation)
        out[f"consultation_rss_mid_episode_{n}_kb"] = round((_rss_bytes() - before) / n / 1024, 2)
        del live
    out["_notes"] = ["consultation_N_kb: tracemalloc growth per live consultation after reset; "
                     "mid_episode: after one request turn with its results; rss: resident-set growth"]
    return out
