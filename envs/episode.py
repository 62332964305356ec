"""`run_episode`: the one episode loop every shell uses (evaluation runner, CLI play, tests).

system prompt + summary -> policy.act -> consultation.astep -> ... -> rewards.ascore -> record.
A policy that raises ends the episode with stop_reason "error" (recorded, scored as no
diagnosis); a policy that raises `EpisodeAborted` (a clinician quitting `play`) ends it as
"aborted". The loop itself never crashes on what a policy says.
"""

from __future__ import annotations

import time

from dxgym.agents.types import KnowledgeSearch, LookupAgent, Policy, Verifier
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.consultation import Consultation, ConsultationConfig
from dxgym.envs.protocol import tool_specs
from dxgym.envs.records import EpisodeRecord, build_record
from dxgym.envs.rewards import RewardConfig, ascore


class EpisodeAborted(Exception):
    """Raised by a policy (e.g. a human at the terminal) to end an episode without a diagnosis."""


async def run_episode(
    case: CaseRecord,
    policy: Policy,
    *,
    lookup: LookupAgent,
    verifier: Verifier,
    config: ConsultationConfig | None = None,
    reward_config: RewardConfig | None = None,
    seed: int = 0,
    rollout_index: int = 0,
    knowledge: KnowledgeSearch | None = None,
    tools: bool = False,
) -> EpisodeRecord:
    """Run one episode to its end and return its scored record.

    Args:
        tools: offer the protocol's tool schemas (and a tool-describing system prompt) instead of tags.
            `config.tools` is set to match.
    """
    config = (config or ConsultationConfig()).model_copy(update={"tools": tools})
    reward_config = reward_config or RewardConfig()
    # the prompt offers what this episode has (a knowledge base or not) and states the rules it is scored by
    # (a cost weight there also brings the prices into the prompt: `Consultation.reset`)
    consultation = Consultation(case, lookup, config, knowledge, reward_config.prompt_terms())
    consultation.reset()
    specs = tool_specs(knowledge is not None) if tools else None
    started = time.perf_counter()
    policy_s = 0.0
    error: str | None = None
    while not consultation.done:
        t0 = time.perf_counter()
        try:
            turn = await policy.act(consultation.messages, specs)
        except EpisodeAborted:
            consultation.end("aborted")
            break
        except Exception as exc:  # a policy failure is data, not a crash
            error = f"{type(exc).__name__}: {str(exc)[:500]}"
            consultation.end("error")
            break
        finally:
            policy_s += time.perf_counter() - t0
        await consultation.astep(turn)
    t0 = time.perf_counter()
    reward = await ascore(consultation.outcome(), verifier, reward_config)
    score_s = time.perf_counter() - t0
    timing = {"wall_s": time.perf_counter() - started, "policy_s": policy_s, "score_s": score_s}
    return build_record(
        consultation,
        policy=getattr(policy, "name", type(policy).__name__),
        seed=seed,
        rollout_index=rollout_index,
        reward=reward,
        error=error,
        timing=timing,
    )
