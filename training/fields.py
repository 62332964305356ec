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

from dxgym.agents.types import ChatMessage, Passage
from dxgym.envs.consultation import Outcome, judge_dialogue, said_for_judge
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

    Exact for everything `envs.rewards` reads. Passages shown travel as ids; they are looked up in
    the shipped knowledge base (what the agent loop offers with `knowledge: true`) when there are any.
    """
    o = record.outcome
    shown: tuple[Passage, ...] = ()
    if o.passages_shown:
        from dxgym.agents.knowledge import load_default_kb

        kb = load_default_kb()
        shown = tuple(p for p in map(kb.get, o.passages_shown) if p is not None)
    return Outcome(
        case_id=record.case_id,
        language=language,
        reference=reference,
        reference_icd10=reference_icd10,
        diagnosis=o.diagnosis,
        citations=tuple(o.citations),
        requests=o.resolutions(),
        relevant_groups=frozenset(o.relevant_groups),
        obtained_groups=frozenset(o.obtained_groups),
        invalid_actions=o.invalid_actions,
        stop_reason=record.stop_reason,
        turns=o.turns,
        usage=record.usage,
        passages_shown=shown,
        searches=tuple(o.searches),
        relevant_sections=frozenset(o.relevant_sections),
        obtained_sections=frozenset(o.obtained_sections),
        judge_history=judge_history(record),
    )


def judge_history(record: EpisodeRecord) -> tuple[ChatMessage, ...]:
    """The judge's view of a recorded episode, as the live consultation builds it (`judge_dialogue`)."""
    messages = [ChatMessage.model_validate(m) for m in record.messages]
    return judge_dialogue(messages, [said_for_judge(t.action_type, t.requests, t.search) for t in record.turns])
