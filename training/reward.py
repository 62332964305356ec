"""The reward function verl's reward loop calls (`reward.custom_reward_function`).

`compute_score` never parses the multi-turn text for actions. The agent loop left a compact form of
the episode in `extra_info` (`training.fields`): where each assistant turn lies in `solution_str`
(verl's decoded response), its token counts, how the episode ended and the consultation's settings.
The reward side replays those turns through a `Consultation` of the same case (deterministic lookup,
so the same outcome and transcript), scores the outcome with `envs.rewards.ascore` — the one place a
reward is computed — and returns the total plus every component, the unweighted metrics and the
verdict as flat numbers, which verl logs per step (keys are the same for every sample, as verl
requires). With `DXGYM_EPISODES_PATH` set it writes the full record, completed with the verdict and
reward, one line per rollout, to the run's `episodes.jsonl`. The reference is the case's own primary
diagnosis (the parquet's `ground_truth` is the same name, exported from it).

Verifier: `DXGYM_VERIFIER=rule` (default, deterministic) or `vrm` with `DXGYM_JUDGE=openai:MODEL@URL`,
an OpenAI-compatible endpoint of its own (e.g. `vllm serve` on a judge node); a judge failure falls
back to the rule verifier and says so in the verdict (DESIGN, Contracts: Verifier). The reward-loop
keyword arguments (`reward.custom_reward_function.reward_kwargs`) may set `verifier`, `judge`,
`episodes_path` and any `RewardConfig` field; the length penalty's T and B (`length_threshold`,
`length_budget`) are read from there by the agent loop too, which ends an episode whose assistant
tokens reach B, so the two cannot disagree.

Alternative judge placement: verl's `reward.reward_model` can serve the judge itself in a separate
resource pool (`reward.reward_model.enable=True enable_resource_pool=True nnodes=N
n_gpus_per_node=G model_path=JUDGE`); verl then passes `reward_router_address="host:port"` to this
function, and `DXGYM_JUDGE=openai:JUDGE@http://{reward_router_address}/v1` is the VRM's endpoint
(`reward_router_address` is honoured below). Keep the pool separate: verl's colocated reward path
drops `extra_info`, which this function needs.
"""

from __future__ import annotations

import asyncio
import os
import threading
from typing import Any

from dxgym.agents.types import Verdict, Verifier
from dxgym.envs.metrics import distinct_requests
from dxgym.envs.records import EpisodeRecord
from dxgym.envs.rewards import COMPONENTS, REMOVED_FIELDS, Reward, RewardConfig, ascore
from dxgym.training.fields import areplay, compact_from_info, episode_record
from dxgym.training.watch import collapse_signals

VERIFIER_ENV = "DXGYM_VERIFIER"
JUDGE_ENV = "DXGYM_JUDGE"
EPISODES_ENV = "DXGYM_EPISODES_PATH"

_verifiers: dict[tuple[str, str | None], Verifier] = {}
_verifiers_lock = threading.Lock()


def get_verifier(kind: str | None = None, judge: str | None = None) -> Verifier:
    """One verifier per (kind, judge) per process: the VRM keeps a client and a verdict cache."""
    kind = kind or os.environ.get(VERIFIER_ENV) or "rule"
    judge = judge or os.environ.get(JUDGE_ENV) or None
    key = (kind, judge if kind != "rule" else None)
    with _verifiers_lock:
        if key not in _verifiers:
            from dxgym.agents.verifiers import make_verifier

            _verifiers[key] = make_verifier(kind, judge)
        return _verifiers[key]


def reward_config(options: dict[str, Any]) -> RewardConfig:
    """`RewardConfig` from the reward-loop kwargs (other keys ignored; the removed per-count cost keys
    are passed on so that their validation error names the replacement); B <= T is an error, never dropped."""
    return RewardConfig(**{k: v for k, v in options.items() if k in RewardConfig.model_fields or k in REMOVED_FIELDS})


def trainer_reward_config(config: Any) -> RewardConfig:
    """The `RewardConfig` a composed verl trainer config gives the reward function (its `reward_kwargs`)."""
    from omegaconf import OmegaConf

    kwargs = OmegaConf.select(config, "reward.custom_reward_function.reward_kwargs", default=None)
    options = OmegaConf.to_container(kwargs, resolve=True) if kwargs is not None else {}
    return reward_config(dict(options or {}))  # type: ignore[arg-type]


def score_fields(reward: Reward) -> dict[str, float]:
    """verl's dict: `score`, `acc`, every weighted component, the metrics and the verdict, all floats."""
    verdict: Verdict | None = reward.verdict
    out: dict[str, float] = {"score": float(reward.total), "acc": float(bool(verdict and verdict.correct))}
    out.update({f"reward_{name}": float(reward.components[name]) for name in COMPONENTS})
    out.update({name: float(value) for name, value in sorted(reward.metrics.items())})
    out.update(
        {
            "has_diagnosis": float(verdict is not None),
            "verdict_score": float(verdict.score) if verdict else 0.0,
            "verdict_fallback": float(bool(verdict and verdict.fallback)),
            "verdict_parse_error": float(bool(verdict and verdict.parse_error)),
        }
    )
    return out


_write_lock = threading.Lock()


def append_episode(path: str, record: EpisodeRecord) -> None:
    """Append one line under the file's lock (`PATH.lock`): many reward workers (processes, maybe nodes)
    share the file; a line a killed worker left cut off is moved to `PATH.torn` first (`safe_write`)."""
    from dxgym.emr_fixtures.safe_write import append_lines

    with _write_lock:
        append_lines(path, [record.to_json_line()], torn="repair", what="the episode log")


async def compute_score(
    data_source: str,
    solution_str: str,
    ground_truth: str,
    extra_info: dict[str, Any] | None = None,
    **kwargs: Any,
) -> dict[str, float]:
    """Score one rolled-out consultation for verl (see the module docstring)."""
    del data_source, ground_truth  # the case is the reference; the compact episode and the text are the episode
    compact = compact_from_info(dict(extra_info or {}))
    config = reward_config(kwargs)
    consultation = await areplay(compact, solution_str, config.prompt_terms())
    judge = kwargs.get("judge")
    router = kwargs.get("reward_router_address")
    template = os.environ.get(JUDGE_ENV, "")
    if judge is None and router and "{reward_router_address}" in template:
        judge = template.replace("{reward_router_address}", str(router))
    verifier = get_verifier(kwargs.get("verifier"), judge)
    outcome = consultation.outcome()
    reward = await ascore(outcome, verifier, config)
    path = kwargs.get("episodes_path") or os.environ.get(EPISODES_ENV)
    if path:
        await asyncio.to_thread(append_episode, str(path), episode_record(consultation, compact, reward))
    fields = score_fields(reward)
    # collapse alarms (issue 17): verl's per-step means of these are the signals
    fields.update(collapse_signals(outcome.turns, outcome.usage.completion_tokens,
                                   distinct_requests(outcome.requests), outcome.diagnosis is not None))
    return fields
