"""Environment cost for `dxgym bench`: steps a second, whole-episode cost, memory per live consultation.

Why replayed scripts: the scripted policies (oracle, oracle-paraphrase, request-all, random; tags and
tool calls) are played once to record their turns, then the turns are replayed into fresh
consultations on one pinned core, so the timing holds the environment (parsing, lookup, rendering,
bookkeeping) and nothing of the policy. A second replay answers lookups from a precomputed table,
separating the consultation's own cost from the lookup agent's.

Why three memo settings: the environment memoises pure functions of text (the lookup's results per
case and request, request splitting and items, result lines and blocks, a case's summary), bounded,
shared by a worker's consultations —
GRPO plays 12 rollouts of each case that ask largely the same things. `env_steps_per_s` replays after
the recording pass as this benchmark always has (every per-worker cache, memos included, already
holds the replayed requests: the steady state of a group's later rollouts). `_memo_cold_` empties the
memos at the start of each round, so the first time a round asks something it pays full price and
only repeats within the round hit (8 episodes a case from 4 different policies: a low hit rate);
`_unmemoised_` empties them before every step. The lookup's own latency is measured unmemoised.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from dxgym.agents.lookup import split as split_module
from dxgym.agents.types import AssistantTurn, ExamHit, LookupAgent
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs import consultation as consultation_module
from dxgym.envs import protocol, render
from dxgym.envs.consultation import Consultation, ConsultationConfig
from dxgym.envs.policy_spec import make_policy
from dxgym.envs.protocol import tool_specs
from dxgym.envs.records import build_record
from dxgym.envs.rewards import score
from dxgym.evaluation.bench_common import one_core, percentile

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


def clear_memos(lookup: LookupAgent) -> None:
    """Empty every memo the environment keeps (the lookup's results, splits and request items, rendered lines
    and blocks)."""
    clear = getattr(lookup, "clear_memo", None)
    if clear is not None:
        clear()
    split_module.clear_memo()
    render.clear_memo()
    consultation_module.clear_memo()
    protocol.clear_memo()


def _replay(scripts: Sequence[Script], lookup: LookupAgent, configs: dict[bool, ConsultationConfig],
            memo: str = "round") -> dict[str, Any]:
    """Replay every script once: step time per policy, whole-episode time per episode.

    `memo`: "round" empties the memos first, "step" before every step (untimed), "warm" keeps them."""
    clock = time.perf_counter
    step_s: dict[str, float] = dict.fromkeys(POLICIES, 0.0)
    steps: dict[str, int] = dict.fromkeys(POLICIES, 0)
    items = resolved = 0
    episodes: list[float] = []
    clear: Callable[[], None] = functools.partial(clear_memos, lookup)
    if memo == "round":
        clear()
    for script in scripts:
        started = clock()
        consultation = Consultation(script.case, lookup, configs[script.tools])
        consultation.reset()
        for turn in script.turns:
            if memo == "step":
                pause = clock()
                clear()
                started += clock() - pause  # the clearing is not the episode's cost
            t = clock()
            result = consultation.step(turn)
            step_s[script.policy] += clock() - t
            items += len(getattr(result.action, "items", ()))
        consultation.outcome()
        episodes.append(clock() - started)
        steps[script.policy] += len(script.turns)
        resolved += len(consultation.requests)  # lookups asked for (repeats within an episode are not)
    return {"step_s": step_s, "steps": steps, "items": items, "resolved": resolved, "episodes": episodes}


def _lookup_latency(scripts: Sequence[Script], lookup: Any) -> dict[str, list[float]]:
    """Per-request µs over the replay's distinct (case, item) requests: `resolve` (unmemoised) and a memo hit."""
    from dxgym.envs.protocol import parse_action

    work = list(dict.fromkeys((s.case.case_id, item) for s in scripts for t in s.turns
                              for item in getattr(parse_action(t.content, t.tool_calls), "items", ())))
    cases = {s.case.case_id: s.case for s in scripts}
    clock = time.perf_counter_ns
    unmemoised: list[float] = []
    hit: list[float] = []
    with one_core():
        for case_id, item in work:
            case = cases[case_id]
            t = clock()
            lookup.resolve(item, case)
            unmemoised.append((clock() - t) / 1000)
            lookup.resolve_cached(item, case)
            t = clock()
            lookup.resolve_cached(item, case)
            hit.append((clock() - t) / 1000)
    return {"unmemoised": unmemoised, "hit": hit}


def _total(run: dict[str, Any]) -> float:
    return sum(run["step_s"].values())


def bench_steps(cases: Sequence[CaseRecord], rounds: int = 3) -> dict[str, Any]:
    """Steps a second over the scripted policies' turns, and µs per whole episode, on one core."""
    from dxgym.agents.lookup import ExamLookup
    from dxgym.agents.verifiers import RuleVerifier

    lookup = ExamLookup()
    scripts = record_scripts(cases, lookup)
    configs = {tools: ConsultationConfig(tools=tools) for tools in (False, True)}
    table = TableLookup(lookup)
    _replay(scripts, table, configs)  # fills the table (and warms the real lookup's caches)
    best: dict[str, dict[str, Any]] = {}
    # "warm" follows "round", which has just filled the memos
    variants = (("round", lookup, "round"), ("warm", lookup, "warm"), ("table", table, "round"), ("step", lookup, "step"))
    with one_core():
        for _ in range(rounds):  # best of rounds: the machine is shared, the minimum is the least disturbed
            for name, agent, memo in variants:
                run = _replay(scripts, agent, configs, memo)
                if name == "round":
                    run["memo_entries"] = lookup.memo_len()  # the round's lookup misses
                if name not in best or _total(run) < _total(best[name]):
                    best[name] = run
        scored = _scored_episodes(scripts, lookup, configs, RuleVerifier())
        reward_us = _reward_latency(scripts, lookup, configs)
    latency = _lookup_latency(scripts, lookup)
    main = best["warm"]
    total_steps = sum(main["steps"].values())
    out: dict[str, Any] = {
        "env_steps_per_s": round(total_steps / _total(main)),
        "env_steps_memo_cold_per_s": round(total_steps / _total(best["round"])),
        "env_steps_unmemoised_per_s": round(total_steps / _total(best["step"])),
        "env_steps_table_lookup_per_s": round(total_steps / _total(best["table"])),
        "env_steps_count": total_steps,
        "env_items_per_step_x": round(main["items"] / total_steps, 2),
        "env_lookup_memo_cold_hit_rate_x": round(1 - best["round"]["memo_entries"] / best["round"]["resolved"], 3),
        "env_lookup_unmemoised_p50_us": round(percentile(latency["unmemoised"], 50), 1),
        "env_lookup_unmemoised_p99_us": round(percentile(latency["unmemoised"], 99), 1),
        "env_lookup_memo_hit_p50_us": round(percentile(latency["hit"], 50), 2),
        "env_lookup_memo_hit_p99_us": round(percentile(latency["hit"], 99), 2),
        "episode_env_p50_us": round(percentile(main["episodes"], 50) * 1e6, 1),
        "episode_env_mean_us": round(sum(main["episodes"]) / len(main["episodes"]) * 1e6, 1),
        "episode_env_memo_cold_mean_us": round(sum(best["round"]["episodes"]) / len(main["episodes"]) * 1e6, 1),
        "episode_scored_mean_us": round(scored * 1e6, 1),
        "reward_score_p50_us": round(percentile(reward_us, 50), 1),
        "reward_score_p99_us": round(percentile(reward_us, 99), 1),
        "env_episodes_count": len(scripts),
    }
    for policy in POLICIES:
        key = policy.replace("-", "_")
        out[f"env_steps_{key}_per_s"] = round(main["steps"][policy] / main["step_s"][policy])
    out["_notes"] = [
        "reward_score_p50_us / _p99_us: one episode's rewards.score with the rule verifier (no semantic tier), "
        "every answer memo emptied before each call; each reference's readings stay cached (issue 14)",
        "steps replay the scripted policies' recorded turns (tags and tool calls) on one core; "
        f"a step carries {out['env_items_per_step_x']} examination requests on average (request-all orders 28)",
        "env_steps_per_s replays after the recording pass, so the memos (lookup results, splits, result lines "
        "and blocks) "
        "already hold every replayed request: a GRPO group's repeats; _memo_cold_: memos emptied each round "
        f"({out['env_lookup_memo_cold_hit_rate_x']:.0%} of lookups hit, from the round's own repeats); "
        "_unmemoised_: emptied before every step",
        "env_steps_table_lookup_per_s answers lookups from a precomputed table (memos emptied each round): "
        "the consultation's own cost",
        "env_lookup_unmemoised_*: ExamLookup.resolve over the replay's distinct requests (unmemoised, as "
        "lookup_p50/p99); env_lookup_memo_hit_*: resolve_cached answering from its memo",
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


def _reward_latency(scripts: Sequence[Script], lookup: LookupAgent,
                    configs: dict[bool, ConsultationConfig]) -> list[float]:
    """µs for one episode's `rewards.score` with the rule verifier (semantic tier off), each call with
    every answer memo emptied: what a new answer costs; each reference's readings stay cached, as
    they do across a GRPO group (a prompt's 12 rollouts share the reference)."""
    from dxgym.agents.verifiers import rule
    from dxgym.agents.verifiers.rule import RuleVerifier

    verifier = RuleVerifier()
    outcomes = []
    for script in scripts:
        consultation = Consultation(script.case, lookup, configs[script.tools])
        consultation.reset()
        for turn in script.turns:
            consultation.step(turn)
        outcomes.append(consultation.outcome())
    for outcome in outcomes:  # warm the per-reference and vocabulary caches
        score(outcome, verifier)
    timings: list[float] = []
    for outcome in outcomes:
        rule.clear_answer_memos()
        started = time.perf_counter()
        score(outcome, verifier)
        timings.append((time.perf_counter() - started) * 1e6)
    return timings


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
    from dxgym.agents.lookup import ExamLookup

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
    out.update(_memo_memory(cases, lookup))
    out["_notes"] = ["consultation_N_kb: tracemalloc growth per live consultation after reset; "
                     "mid_episode: after one request turn with its results; rss: resident-set growth",
                     "env_memo_*: the per-worker memos (lookup results, splits, result lines), shared by every "
                     "consultation and bounded; full_kb is the measured bytes an entry times every memo's capacity"]
    return out


def _memo_memory(cases: Sequence[CaseRecord], lookup: Any) -> dict[str, Any]:
    """Bytes per memo entry (tracemalloc) after one replay of the scripted episodes fills the emptied memos."""
    from dxgym.agents.lookup.split import _chunk_items_memo, _split_memo

    memos = (_chunk_items_memo, _split_memo, render._group_line, render._hit_line, protocol._cleaned_memo,
             consultation_module._normalised)
    scripts = record_scripts(cases, lookup)
    configs = {tools: ConsultationConfig(tools=tools) for tools in (False, True)}
    clear_memos(lookup)
    gc.collect()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        _replay(scripts, lookup, configs, "warm")  # memos already emptied; consultations are dropped as they end
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - base
    finally:
        tracemalloc.stop()
    own = ((consultation_module._shown_memo, consultation_module._SHOWN_SIZE),
           (consultation_module._case_facts_memo, consultation_module._CASE_FACTS_SIZE))
    entries = lookup.memo_len() + sum(m.cache_info().currsize for m in memos) + sum(len(m) for m, _ in own)
    capacity = lookup.memo_size + sum(m.cache_info().maxsize or 0 for m in memos) + sum(n for _, n in own)
    per_entry = grown / max(1, entries)
    return {"env_memo_entries_count": entries, "env_memo_entry_bytes": round(per_entry),
            "env_memo_full_kb": round(per_entry * capacity / 1024, 1)}
