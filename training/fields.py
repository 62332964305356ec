"""What crosses from the agent loop to the reward function through verl's `extra_fields`: a compact form.

verl merges `AgentLoopOutput.extra_fields` into the reward function's `extra_info`, and its V1 trainer
moves them with every sample of a step (1,536 in the report's setting) through TransferQueue. The full
episode record (5–50 KB: every message and examination result) would make that ~100 MB a step, so
the loop sends only what the reward side cannot rebuild, under one key:

- where each assistant turn lies in the decoded response (`solution_str`, which verl's reward manager
  already passes: the policy's text travels as tokens, once), with its token counts;
- how the episode ended (the stop reason, a turn the budget cut off) and the consultation's settings;
- the passages each knowledge-base search returned (searches are not repeated on the reward side);
- ids (case, policy, step, rollout) and timing.

The reward side replays the assistant turns through a fresh `Consultation` of the same case
(`areplay`): lookup is deterministic, so the replay reaches the same outcome, transcript and record,
which the reward is computed from and `episodes.jsonl` is written from. A replay that ends otherwise than
the rollout did raises `ReplayMismatch` instead of scoring a different episode. This module is the
only place the form is written and read, so the loop and the reward function cannot drift apart.

Keys of `extra_fields` (verl needs the same keys with the same types on every sample):
    dxgym_episode: the compact form, JSON.
    turn_scores, tool_rewards: `[]` (verl's post-processing expects them on every sample).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from dxgym.agents.types import AssistantTurn, KnowledgeSearch, Passage, Usage
from dxgym.envs.consultation import Consultation, ConsultationConfig
from dxgym.envs.protocol import PromptTerms
from dxgym.envs.records import EpisodeRecord, build_record
from dxgym.envs.rewards import Reward

EPISODE_KEY = "dxgym_episode"
FIELD_KEYS = (EPISODE_KEY, "turn_scores", "tool_rewards")
FORMAT_VERSION = 1


class CompactEpisode(BaseModel):
    """One rolled-out episode, without what the response text or the case already hold."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    v: int = FORMAT_VERSION
    case_id: str
    policy: str
    seed: int
    rollout_index: int
    db: str | None = None  # the loop's case source (None: DXGYM_DATABASE_URL, else the embedded default)
    config: dict[str, Any]  # ConsultationConfig fields that differ from their defaults
    # each stepped assistant turn: (start, end) in the response text, prompt and completion tokens;
    # start -1 when the text was not found there (then it is in `texts`, by turn index)
    turns: list[tuple[int, int, int, int]]
    texts: dict[int, str] = {}
    estimated: bool = False  # token counts are estimates (a shell without a tokenizer), not the tokenizer's
    cut: tuple[int, int, int, int] | None = None  # a turn cut off by the token budget, same shape
    cut_text: str | None = None
    stop_reason: str
    searches: list[list[dict[str, Any]]] = []  # passages each knowledge-base search returned, in order
    knowledge: bool = False  # the loop offered the knowledge base (the system prompt said so)
    timing: tuple[float, float, float] = (0.0, 0.0, 0.0)  # wall, generation, environment seconds


class MissingEpisode(ValueError):
    """`extra_info` carries no dxgym episode: the row was not rolled out by the dxgym agent loop."""


class ReplayMismatch(RuntimeError):
    """The reward side's replay ended otherwise than the rollout: scoring it would score another episode."""


# --- knowledge-base searches, recorded on the loop side and played back on the reward side ----------


class RecordingKnowledge:
    """Wraps the loop's knowledge base and keeps what each search returned."""

    def __init__(self, inner: KnowledgeSearch) -> None:
        self.inner = inner
        self.results: list[list[Passage]] = []

    def search(self, query: str, k: int = 5, language: str | None = None) -> list[Passage]:
        found = list(self.inner.search(query, k=k, language=language))
        self.results.append(found)
        return found


class RecordedKnowledge:
    """Answers the replay's searches, in order, with what the rollout's searches returned."""

    def __init__(self, results: Sequence[Sequence[dict[str, Any]]]) -> None:
        self._results: Iterator[Sequence[dict[str, Any]]] = iter(results)

    def search(self, query: str, k: int = 5, language: str | None = None) -> list[Passage]:
        return [Passage.model_validate(p) for p in next(self._results, ())]


# --- the loop side --------------------------------------------------------------------------------


def _locate(text: str, solution: str, cursor: int) -> tuple[int, int]:
    """Where `text` next occurs in `solution` from `cursor`; (-1, cursor) when it does not."""
    start = solution.find(text, cursor)
    return (start, start + len(text)) if start >= 0 else (-1, cursor)


def _spans(
    turns: Sequence[AssistantTurn], cut: AssistantTurn | None, solution: str
) -> tuple[list[tuple[int, int, int, int]], dict[int, str], tuple[int, int, int, int] | None, str | None]:
    spans: list[tuple[int, int, int, int]] = []
    texts: dict[int, str] = {}
    cursor = 0
    for i, turn in enumerate([*turns, cut] if cut is not None else turns):
        start, end = _locate(turn.content, solution, cursor)
        if start < 0:
            texts[i] = turn.content
        else:
            cursor = end
        usage = turn.usage or Usage()
        spans.append((start, end if start >= 0 else -1, usage.prompt_tokens, usage.completion_tokens))
    cut_span = spans.pop() if cut is not None else None
    cut_text = texts.pop(len(spans), None) if cut is not None else None
    return spans, texts, cut_span, cut_text


def episode_fields(
    consultation: Consultation,
    *,
    turns: Sequence[AssistantTurn],
    solution: str,
    policy: str,
    seed: int = 0,
    rollout_index: int = 0,
    db: str | None = None,
    cut: AssistantTurn | None = None,
    searches: Sequence[Sequence[Passage]] = (),
    timing: tuple[float, float, float] = (0.0, 0.0, 0.0),
) -> dict[str, Any]:
    """The dxgym part of `extra_fields` for one finished (unscored) episode.

    Args:
        consultation: the ended consultation (its case, settings and stop reason are recorded).
        turns: the assistant turns it was stepped with, in order (text and token counts).
        solution: the response text the reward function will receive (verl's `solution_str`).
        cut: an assistant turn the budget cut off (passed to `Consultation.end`, not stepped).
        searches: what each knowledge-base search returned (`RecordingKnowledge.results`).
    """
    spans, texts, cut_span, cut_text = _spans(turns, cut, solution)
    compact = CompactEpisode(
        case_id=consultation.case.case_id,
        policy=policy,
        seed=seed,
        rollout_index=rollout_index,
        db=db,
        config=consultation.config.model_dump(exclude_defaults=True),
        turns=spans,
        texts=texts,
        estimated=any(t.usage is not None and t.usage.estimated for t in [*turns, *([cut] if cut else [])]),
        cut=cut_span,
        cut_text=cut_text,
        stop_reason=consultation.stop_reason or "aborted",
        searches=[[p.model_dump(exclude_defaults=True) for p in found] for found in searches],
        knowledge=consultation.knowledge is not None,
        timing=tuple(round(t, 6) for t in timing),
    )
    return {EPISODE_KEY: compact.model_dump_json(exclude_defaults=True), "turn_scores": [], "tool_rewards": []}


def solution_text(consultation: Consultation) -> tuple[str, list[AssistantTurn], AssistantTurn | None]:
    """For shells without token ids (tests, benchmarks): a response text in verl's shape, the stepped
    turns and the cut one, read back from an ended consultation's transcript."""
    messages = consultation.messages[2:]  # after the system prompt and the summary
    logged = consultation.turns
    said = [m for m in messages if m.role == "assistant"]
    turns = [AssistantTurn(content=m.content or "", usage=t.usage) for m, t in zip(said, logged, strict=False)]
    cut = None
    if len(said) > len(logged):
        total = consultation.usage
        used = sum(t.usage.completion_tokens for t in logged)
        cut = AssistantTurn(content=said[-1].content or "",
                            usage=Usage(prompt_tokens=0, completion_tokens=total.completion_tokens - used))
    solution = "".join(f"{m.role}\n{m.content or ''}\n" for m in messages)
    return solution, turns, cut


# --- the reward side ------------------------------------------------------------------------------


def compact_from_info(extra_info: dict[str, Any]) -> CompactEpisode:
    """The compact episode the agent loop left in `extra_info`."""
    raw = extra_info.get(EPISODE_KEY)
    if not raw:
        raise MissingEpisode(
            f"extra_info has no {EPISODE_KEY!r}: dxgym's reward function needs rows rolled out by the "
            "dxgym_consultation agent loop (agent_name column or rollout.agent.default_agent_loop)"
        )
    return CompactEpisode.model_validate_json(raw)


def _turn(span: tuple[int, int, int, int], text: str | None, solution: str, estimated: bool) -> AssistantTurn:
    start, end, prompt_tokens, completion_tokens = span
    content = text if text is not None else solution[start:end]
    usage = Usage(prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, estimated=estimated)
    return AssistantTurn(content=content, usage=usage)


async def areplay(compact: CompactEpisode, solution: str, terms: PromptTerms | None = None) -> Consultation:
    """The rollout's consultation, rebuilt by stepping its assistant turns through the same case.

    `terms` are the reward terms the loop's system prompt stated (the same `RewardConfig` the reward
    function scores with), so the rebuilt transcript is the one the policy saw.
    """
    from dxgym.training import cases

    case = await cases.aget_case(compact.case_id, compact.db)
    knowledge = RecordedKnowledge(compact.searches) if compact.knowledge or compact.searches else None
    consultation = Consultation(case, cases.shared_lookup(), ConsultationConfig(**compact.config), knowledge, terms)
    consultation.reset()
    for i, span in enumerate(compact.turns):
        if consultation.done:
            raise ReplayMismatch(f"{compact.case_id}: the replay ended ({consultation.stop_reason}) before turn {i + 1} "
                                 f"of {len(compact.turns)}")
        await consultation.astep(_turn(span, compact.texts.get(i), solution, compact.estimated))
    cut = _turn(compact.cut, compact.cut_text, solution, compact.estimated) if compact.cut is not None else None
    if not consultation.done:
        consultation.end(compact.stop_reason, cut=cut)  # type: ignore[arg-type]
    if consultation.stop_reason != compact.stop_reason:
        raise ReplayMismatch(f"{compact.case_id}: the rollout ended with {compact.stop_reason}, "
                             f"the replay with {consultation.stop_reason}")
    return consultation


def episode_record(consultation: Consultation, compact: CompactEpisode, reward: Reward | None = None) -> EpisodeRecord:
    """The full episode record of a replayed rollout, completed with the verdict and reward when given
    (what `episodes.jsonl` holds)."""
    wall, generate, env = compact.timing
    return build_record(consultation, policy=compact.policy, seed=compact.seed, rollout_index=compact.rollout_index,
                        reward=reward, timing={"wall_s": wall, "generate_s": generate, "env_s": env})
