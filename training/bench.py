"""Agent-loop overhead per turn, generation excluded (DESIGN target: < 2 ms a turn).

The loop runs as verl would build it (real composed config, real `DxAgentLoop`, verl's
Continuous-Token helpers) against `FixedTokenServer`, which answers instantly with pre-tokenised
replies; the time spent inside `generate` is measured and subtracted anyway. What remains is what
dxgym and verl's helpers add to every turn: chat-template rendering of the initial prompt and of
each observation, token merges, decoding, the consultation step, the episode record.
`dxgym bench` calls `bench_agent_loop_overhead`; key names carry their unit.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any


class _TimedServer:
    """Wraps a stand-in server and adds up the time spent inside `generate`."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.seconds = 0.0
        self.calls = 0

    async def generate(self, request_id: str, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return await self.inner.generate(request_id, **kwargs)
        finally:
            self.seconds += time.perf_counter() - t0
            self.calls += 1


def _replies(case: Any, turns: int) -> list[str]:
    groups = sorted(case.relevant_groups) or ["complete blood count"]
    requests = [f"<request>{groups[i % len(groups)].replace('_', ' ')}</request>" for i in range(turns - 1)]
    return [*requests, f"<diagnosis>\\boxed{{{case.primary_diagnosis.name}}}</diagnosis>"]


async def _run(turns: int, episodes: int, case_id: str) -> dict[str, Any]:
    from transformers import AutoTokenizer

    from dxgym.agents.serving.tiny_model import build_tiny_model
    from dxgym.emr_fixtures.fixtures import fixture_case
    from dxgym.training import cases
    from dxgym.training.data import case_row
    from dxgym.training.standin import FixedTokenServer
    from dxgym.training.verl_config import compose, with_launch_overrides

    tokenizer = AutoTokenizer.from_pretrained(build_tiny_model())
    config = compose("grpo", with_launch_overrides([]))
    case = fixture_case(case_id)
    cases.case_store(cases.FIXTURES).get(case_id)  # cached per worker in training too; not per turn
    server = _TimedServer(FixedTokenServer(tokenizer, _replies(case, turns)))
    row = case_row(case, 0)
    kwargs = {"raw_prompt": row["prompt"], "extra_info": row["extra_info"], "reward_model": row["reward_model"],
              "data_source": row["data_source"], "index": 0, "global_steps": 0}
    params = {"temperature": 1.0, "top_p": 1.0, "top_k": -1, "repetition_penalty": 1.0, "logprobs": True}

    from dxgym.training.verl_config import instantiate_agent_loop

    run_ms: list[float] = []
    env_us: list[float] = []
    instantiate_ms: list[float] = []
    field_bytes: list[int] = []
    record_bytes = 0
    done_turns = 0
    for episode in range(episodes + 1):  # episode 0 warms caches (lookup index, templates) and is not counted
        server.seconds = 0.0
        server.calls = 0
        t0 = time.perf_counter()
        loop = instantiate_agent_loop(config, server, tokenizer, db=cases.FIXTURES, max_turns=max(turns, 1))
        t1 = time.perf_counter()
        out = await loop.run(dict(params), session_id=episode, **kwargs)
        t2 = time.perf_counter()
        if episode == 0:
            continue
        done_turns += server.calls
        instantiate_ms.append((t1 - t0) * 1e3)
        run_ms.append((t2 - t1 - server.seconds) * 1e3)
        env_us.append(out.metrics.tool_calls * 1e6 / server.calls)
        field_bytes.append(extra_fields_bytes(out.extra_fields))
    record_bytes = await _record_bytes(out, tokenizer)
    init_ms = _init_ms(loop, config, server, tokenizer)
    per_turn = sorted((r + init_ms) / (done_turns / episodes) for r in run_ms)
    return {
        "agent_loop_overhead_ms_per_turn": statistics.fmean(per_turn),
        "agent_loop_overhead_p50_ms_per_turn": per_turn[len(per_turn) // 2],
        "agent_loop_overhead_max_ms_per_turn": per_turn[-1],
        "agent_loop_init_ms_per_episode": init_ms,
        "consultation_step_us_per_turn": statistics.fmean(env_us),
        "verl_instantiate_ms_per_episode": statistics.fmean(instantiate_ms),
        "agent_loop_turns_per_episode": done_turns / episodes,
        "agent_loop_episodes": episodes,
        "agent_loop_target_ms_per_turn": 2.0,
        "agent_loop_extra_fields_bytes": statistics.fmean(field_bytes),
        "agent_loop_extra_fields_max_bytes": max(field_bytes),
        "agent_loop_episode_record_bytes": record_bytes,
    }


def extra_fields_bytes(fields: dict[str, Any]) -> int:
    """What one sample's `extra_fields` weigh in a batch: their JSON, UTF-8 (the server's weight-version
    fields included, as verl stores them with the sample)."""
    import json

    return len(json.dumps(fields, ensure_ascii=False, default=str).encode("utf-8"))


async def _record_bytes(out: Any, tokenizer: Any) -> int:
    """The full episode record the reward side rebuilds from the compact fields (what used to ride along)."""
    from dxgym.training.fields import areplay, compact_from_info, episode_record

    compact = compact_from_info(out.extra_fields)
    consultation = await areplay(compact, tokenizer.decode(out.response_ids, skip_special_tokens=True))
    return len(episode_record(consultation, compact).to_json_line().encode("utf-8"))


def _init_ms(loop: Any, config: Any, server: Any, tokenizer: Any, n: int = 50) -> float:
    """`DxAgentLoop.__init__` alone (verl's hydra.instantiate around it is reported apart)."""
    from verl.experimental.agent_loop.agent_loop import DictConfigWrap, ToolListWrap
    from verl.utils.dataset.rl_dataset import RLHFDataset

    cls = type(loop)
    kwargs = dict(trainer_config=DictConfigWrap(config), server_manager=server, tokenizer=tokenizer, processor=None,
                  dataset_cls=RLHFDataset, data_config=DictConfigWrap(config.data), hf_model_type="qwen2",
                  tools=ToolListWrap([]), db="fixtures")
    t0 = time.perf_counter()
    for _ in range(n):
        cls(**kwargs)
    return (time.perf_counter() - t0) * 1e3 / n


def bench_agent_loop_overhead(turns: int = 4, episodes: int = 50, case_id: str = "agentclinic:medqa:0") -> dict[str, Any]:
    """Mean, median and worst overhead per turn over `episodes` episodes of `turns` turns (one event loop).

    Per turn = (the loop's `__init__` + `run`, minus the time inside `generate`) / turns: what dxgym's
    loop and verl's token helpers cost. verl's own per-trajectory `hydra.utils.instantiate` (which
    wraps `__init__`) is reported apart as `verl_instantiate_ms_per_episode`.
    """
    if turns < 1 or episodes < 1:
        raise ValueError("turns and episodes must be >= 1")
    return asyncio.run(_run(turns, episodes, case_id))


if __name__ == "__main__":
    import json

    print(json.dumps(bench_agent_loop_overhead(), indent=1))
