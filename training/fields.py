"""What crosses from the agent loop to the reward function, through verl's `extra_fields`.

verl merges `AgentLoopOutput.extra_fields` into the reward function's `extra_info`, and its V1
trainer stores them column-wise (tensordicts), so every sample must carry the same keys with the
same types: strings for structured values (JSON), `[]` for the per-turn lists verl itself expects.
This module is the only place that shape is written and read, so the agent loop and the reward
function cannot drift apart, and the reward function never re-parses the multi-turn text.

Keys:
    diagnosis: the committed diagnosis, "" when none.
    requested_examinations: JSON list of the distinct items requested, in order.
    episode_record: `EpisodeRecord` JSON without verdict or reward (the reward function completes it).
    turn_scores, tool_rewards: `[]` (verl's V0 post-processing expects them on every sample).
"""

from __future__ import annotations

import json
from typing import Any

from dxgym.envs.consultation import Outcome
from dxgym.envs.metrics import RequestResolution
from dxgym.envs.records import EpisodeRecord

FIELD_KEYS = ("diagnosis", "requested_examinations", "episode_record", "turn_scores", "tool_rewards")


def episode_fields(record: EpisodeRecord) -> dict[str, Any]:
    """The dxgym part of `extra_fields` for one finished (unscored) episode."""
    outcome = record.outcome
    return {
        "diagnosis": outcome.diagnosis or "",
        "requested_examinations": json.dumps([r.item for r in outcome.requests], ensure_ascii=False),
        "episode_record": record.to_json_line(),
        "turn_scores": [],
        "tool_rewards": [],
    }


class MissingEpisode(ValueError):
    """`extra_info` carries no dxgym episode: the row was not rolled out by the dxgym agent loop."""


def record_from_info(extra_info: dict[str, Any]) -> EpisodeRecord:
    """The episode record the agent loop left in `extra_info`."""
    raw = extra_info.get("episode_record")
    if not raw:
        raise MissingEpisode(
            "extra_info has no 'episode_record': dxgym's reward function needs rows rolled out by the "
            "dxgym_consultation agent loop (agent_name column or rollout.agent.default_agent_loop)"
        )
    return EpisodeRecord.model_validate_json(raw)


def outcome_from_record(
    record: EpisodeRecord, *, reference: str, language: str, reference_icd10: str | None = None
) -> Outcome:
    """Rebuild the `Outcome` the consultation ended with, from its record and the row's reference.

    Exact for everything `envs.rewards` reads. Knowledge-base passages are not carried (the
    training loop runs without a knowledge base, so none are ever shown).
    """
    o = record.outcome
    return Outcome(
        case_id=record.case_id,
        language=language,
        reference=reference,
        reference_icd10=reference_icd10,
        diagnosis=o.diagnosis,
        citations=tuple(o.citations),
        requests=tuple(RequestResolution(r.item, frozenset(r.groups), r.refused) for r in o.requests),
        relevant_groups=frozenset(o.relevant_groups),
        obtained_groups=frozenset(o.obtained_groups),
        invalid_actions=o.invalid_actions,
        stop_reason=record.stop_reason,
        turns=o.turns,
        usage=record.usage,
        passages_shown=(),
        searches=tuple(o.searches),
        cost_usd=record.cost_usd,
    )
