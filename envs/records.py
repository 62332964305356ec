"""`EpisodeRecord`: one finished (or, in training, to-be-scored) episode as one JSON line.

Fields are DESIGN's contract. Everything is derived from the consultation and the reward, in a
fixed order (model field order, sorted sets), so two runs with the same case, seed and
deterministic policy give byte-identical lines once `timing` — the only volatile field — is
removed. `episode_id` is a hash, not a random id, for the same reason.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from dxgym.agents.types import Usage, Verdict
from dxgym.envs.consultation import (
    ActionRejected,
    Consultation,
    DiagnosisCommitted,
    RequestResolved,
    SearchDone,
    TurnLog,
)
from dxgym.envs.metrics import RequestResolution, distinct_requests
from dxgym.envs.process import process_metrics
from dxgym.envs.protocol import RequestAction, SearchAction
from dxgym.envs.rewards import Reward

SCHEMA_VERSION = 2  # 2: auxiliary groups and physical-examination sections apart; category orders
StopReasonName = Literal["diagnosis", "max_turns", "length_budget", "error", "aborted"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class HitRecord(_Model):
    request: str
    name: str
    group: str
    tier: str
    source_key: str


class ChargeRecord(_Model):
    item: str  # the group, record or order charged
    key: str  # the price-table row that priced it
    usd: float


class TurnRecord(_Model):
    index: int
    action_type: Literal["request", "search", "diagnosis", "invalid"]
    requests: list[str] = Field(default_factory=list)
    hits: list[HitRecord] = Field(default_factory=list)
    not_available: list[str] = Field(default_factory=list)  # requested items the record does not hold
    category_orders: list[str] = Field(default_factory=list)  # items that named no test ("all labs")
    search: str | None = None
    passages: list[str] = Field(default_factory=list)  # passage ids shown this turn, in citation order
    citations: list[str] = Field(default_factory=list)
    invalid_reason: str | None = None
    refused: list[str] = Field(default_factory=list)  # orders refused (past the budget): nothing shown
    charges: list[ChargeRecord] = Field(default_factory=list)  # the orders this turn charged
    cost_usd: float = 0.0  # the turn's physician visit plus its charges
    usage: Usage


class RequestRecord(_Model):
    item: str
    groups: list[str]  # auxiliary groups revealed
    sections: list[str] = Field(default_factory=list)  # physical-examination sections revealed
    category_order: bool = False
    refused: str | None = None  # "budget": refused before anything was shown (a wasted request)


class OutcomeRecord(_Model):
    diagnosis: str | None
    citations: list[str]
    requests: list[RequestRecord]
    distinct_requests: int
    relevant_groups: list[str]  # relevant auxiliary groups (the exam term)
    obtained_groups: list[str]
    invalid_actions: int
    turns: int
    searches: list[str]
    passages_shown: list[str]
    relevant_sections: list[str] = Field(default_factory=list)  # physical-examination sections (own metric)
    obtained_sections: list[str] = Field(default_factory=list)

    def resolutions(self) -> tuple[RequestResolution, ...]:
        """The requests as `envs.metrics` reads them (evaluation and the verl reward rebuild from these)."""
        return tuple(
            RequestResolution(r.item, frozenset(r.groups), frozenset(r.sections), r.category_order, r.refused)
            for r in self.requests
        )


class EpisodeRecord(_Model):
    schema_version: int = SCHEMA_VERSION
    episode_id: str
    case_id: str
    seed: int
    rollout_index: int
    policy: str
    messages: list[dict[str, Any]]
    turns: list[TurnRecord]
    outcome: OutcomeRecord
    stop_reason: StopReasonName
    verdict: Verdict | None = None  # None until scored (training), or when nothing was committed
    reward: float | None = None
    reward_components: dict[str, float] = Field(default_factory=dict)
    usage: Usage
    cost_usd: float = 0.0  # physician visits and orders, US dollars (`envs.pricing`); itemised in `turns`
    process: dict[str, float | None] = Field(default_factory=dict)  # `envs.process.process_metrics`
    error: str | None = None  # what went wrong when stop_reason is "error"
    versions: dict[str, str]
    timing: dict[str, float] = Field(default_factory=dict)  # the only volatile field

    def to_json_line(self) -> str:
        """One line, non-ASCII kept as is."""
        return self.model_dump_json()

    def stable_json(self) -> str:
        """The record without `timing`: byte-identical across identical runs."""
        return self.model_dump_json(exclude={"timing"})

    def with_reward(self, reward: Reward) -> EpisodeRecord:
        """Complete a record written before scoring (the verl reward function's path)."""
        return self.model_copy(
            update={"verdict": reward.verdict, "reward": reward.total, "reward_components": dict(reward.components)}
        )


def episode_id(case_id: str, seed: int, policy: str, rollout_index: int) -> str:
    """Derived, not random: the same episode always has the same id."""
    key = "\x1f".join((case_id, str(seed), policy, str(rollout_index)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@cache
def prompts_version() -> str:
    """A short hash of the protocol's prompt files: a prompt edit shows up in every record."""
    digest = hashlib.sha256()
    folder = resources.files("dxgym.envs").joinpath("prompts")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith((".txt", ".json")):
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:12]


@cache
def _package_version() -> str:
    try:
        return metadata.version("dxgym")
    except metadata.PackageNotFoundError:
        return "unknown"


def _turn_record(log: TurnLog) -> TurnRecord:
    action = log.action
    fields: dict[str, Any] = {"index": log.index, "action_type": action.kind, "usage": log.usage}
    if isinstance(action, RequestAction):
        fields["requests"] = list(action.items)
    if isinstance(action, SearchAction):
        fields["search"] = action.query
    hits: list[HitRecord] = []
    absent: list[str] = []
    category: list[str] = []
    refused: list[str] = []
    charges: list[ChargeRecord] = []
    for event in log.events:
        if isinstance(event, RequestResolved):
            if event.refused:
                refused.append(event.item)
                continue
            hits += [HitRecord(request=event.item, name=h.name, group=h.group, tier=h.tier, source_key=h.source_key)
                     for h in event.hits]
            charges += [ChargeRecord(item=c.item, key=c.key, usd=c.usd) for c in event.charges if c.usd]
            if event.category_order:
                category.append(event.item)
            elif not event.hits:
                absent.append(event.item)
        elif isinstance(event, SearchDone):
            fields["passages"] = [p.passage_id for _, p in event.passages]
        elif isinstance(event, DiagnosisCommitted):
            fields["citations"] = list(event.citations)
        elif isinstance(event, ActionRejected):
            fields["invalid_reason"] = event.reason
    return TurnRecord(hits=hits, not_available=absent, category_orders=category, refused=refused, charges=charges,
                      cost_usd=log.cost_usd, **fields)


def build_record(
    consultation: Consultation,
    *,
    policy: str,
    seed: int = 0,
    rollout_index: int = 0,
    reward: Reward | None = None,
    error: str | None = None,
    timing: dict[str, float] | None = None,
) -> EpisodeRecord:
    """The record of a consultation that has ended (or been ended with `Consultation.end`)."""
    out = consultation.outcome()
    stop = out.stop_reason or ("error" if error else "aborted")
    versions = {
        "dxgym": _package_version(),
        "schema": str(SCHEMA_VERSION),
        "prompts": prompts_version(),
        "lookup": type(consultation.lookup).__name__,
        "consultation_config": hashlib.sha256(consultation.config.model_dump_json().encode()).hexdigest()[:12],
    }
    if reward is not None and reward.verdict is not None:
        versions["verifier"] = reward.verdict.verifier
    if consultation.config.price_table is not None:
        versions["prices"] = consultation.prices.origin
    turns = [_turn_record(t) for t in consultation.turns]
    outcome = OutcomeRecord(
        diagnosis=out.diagnosis,
        citations=list(out.citations),
        requests=[RequestRecord(item=r.item, groups=sorted(r.groups), sections=sorted(r.sections),
                                category_order=r.category_order, refused=r.refused) for r in out.requests],
        distinct_requests=distinct_requests(out.requests),
        relevant_groups=sorted(out.relevant_groups),
        obtained_groups=sorted(out.obtained_groups),
        invalid_actions=out.invalid_actions,
        turns=out.turns,
        searches=list(out.searches),
        passages_shown=[p.passage_id for p in out.passages_shown],
        relevant_sections=sorted(out.relevant_sections),
        obtained_sections=sorted(out.obtained_sections),
    )
    return EpisodeRecord(
        episode_id=episode_id(out.case_id, seed, policy, rollout_index),
        case_id=out.case_id,
        seed=seed,
        rollout_index=rollout_index,
        policy=policy,
        messages=consultation.openai_messages(),
        turns=turns,
        outcome=outcome,
        stop_reason=stop,
        verdict=reward.verdict if reward else None,
        reward=reward.total if reward else None,
        reward_components=dict(reward.components) if reward else {},
        usage=out.usage,
        cost_usd=out.cost_usd,
        process=process_metrics(turns, outcome, out.cost_usd),
        error=error,
        versions=versions,
        timing=dict(timing or {}),
    )


def write_jsonl(path: str | Path, records: Iterable[EpisodeRecord], *, append: bool = True) -> int:
    """Write records one per line (UTF-8, flushed); returns how many were written."""
    n = 0
    with Path(path).open("a" if append else "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(record.to_json_line() + "\n")
            n += 1
        handle.flush()
    return n


def read_jsonl(path: str | Path) -> Iterator[EpisodeRecord]:
    """Records of a JSONL file, in order; blank lines skipped."""
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield EpisodeRecord.model_validate_json(line)


def strip_timing(line: str) -> str:
    """A JSON line without its `timing` (for byte comparisons of stored lines)."""
    data = json.loads(line)
    data.pop("timing", None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
