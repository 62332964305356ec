"""Episode records as transcripts a clinician can read: what was asked, what came back, what was
not in the record, what was concluded, and why it was scored so.

Why a view model rather than raw messages: the OpenAI message list interleaves protocol tags,
tool-call JSON and the model's reasoning; a clinician wants the requests as a list, the results as
results, "not available" made obvious, and the reasoning folded away until asked for. Everything
here is derived from the record itself (messages and turns), nothing is recomputed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from dxgym.agents.thinking import split_thinking
from dxgym.envs.records import EpisodeRecord, TurnRecord
from dxgym.envs.render import labels
from dxgym.evaluation.metrics import CaseMeta

_TAGS = re.compile(r"</?(?:request|search|diagnosis)>")


@dataclass(frozen=True)
class RequestView:
    item: str
    groups: tuple[str, ...]  # groups the request obtained; empty = not in this patient's record

    @property
    def found(self) -> bool:
        return bool(self.groups)


@dataclass(frozen=True)
class Line:
    text: str
    kind: str  # "na" (not available), "req" (a request's echo), "grp" (group header), "h" (heading), ""


@dataclass(frozen=True)
class TurnView:
    index: int
    kind: str  # request | search | diagnosis | invalid
    think: str | None
    said: str  # what the policy wrote, minus reasoning and protocol tags
    tool_calls: tuple[str, ...]
    requests: tuple[RequestView, ...]
    search: str | None
    invalid_reason: str | None
    observation: tuple[Line, ...]


@dataclass(frozen=True)
class EpisodeView:
    anchor: str
    case_id: str
    rollout_index: int
    language: str
    specialty: str
    source: str
    reference: str
    diagnosis: str | None
    status: str  # correct | incorrect | none
    verdict_reason: str
    stop_reason: str
    turns: int
    reward: float
    components: dict[str, float]
    system: str
    summary: str
    steps: tuple[TurnView, ...]
    error: str | None = None
    not_available: int = 0
    requested: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _line_kind(line: str, absent: tuple[str, ...]) -> str:
    stripped = line.strip()
    if any(a in line for a in absent):
        return "na"
    if stripped.startswith("## ") or stripped.startswith("# "):
        return "h"
    if stripped.startswith("["):
        return "req"
    if stripped.endswith((":", "：")) and not line.startswith(" "):
        return "grp"
    return ""


def observation_lines(text: str) -> tuple[Line, ...]:
    absent = (labels("en")["absent"], labels("zh")["absent"])
    return tuple(Line(line, _line_kind(line, absent)) for line in text.splitlines())


def split_think(content: str) -> tuple[str | None, str]:
    """(reasoning, the rest): `<think>` blocks folded in the report, the rest shown."""
    parts = split_thinking(content)  # the one reading of <think>, as the protocol and the judge read it
    thoughts = (parts.reasoning or "").replace("<think>", "\n\n").replace("</think>", "\n\n").strip()
    rest = _TAGS.sub("", parts.before + parts.after).strip()
    return thoughts or None, rest


def _tool_calls(message: dict[str, Any]) -> tuple[str, ...]:
    calls = []
    for call in message.get("tool_calls") or ():
        fn = call.get("function", {})
        args = fn.get("arguments", "")
        try:
            args = json.dumps(json.loads(args), ensure_ascii=False)
        except (TypeError, ValueError):
            pass
        calls.append(f"{fn.get('name', '?')}({args})")
    return tuple(calls)


def _requests(turn: TurnRecord | None) -> tuple[RequestView, ...]:
    if turn is None:
        return ()
    groups: dict[str, set[str]] = {item: set() for item in turn.requests}
    for hit in turn.hits:
        groups.setdefault(hit.request, set()).add(hit.group)
    return tuple(RequestView(item, tuple(sorted(g))) for item, g in groups.items())


def episode_view(record: EpisodeRecord, meta: CaseMeta | None) -> EpisodeView:
    messages = record.messages
    system = next((m.get("content") or "" for m in messages if m.get("role") == "system"), "")
    first_user = next((i for i, m in enumerate(messages) if m.get("role") == "user"), None)
    summary = (messages[first_user].get("content") or "") if first_user is not None else ""
    steps: list[TurnView] = []
    turn_index = 0
    i = (first_user + 1) if first_user is not None else len(messages)
    while i < len(messages):
        message = messages[i]
        i += 1
        if message.get("role") != "assistant":
            continue
        observation: list[str] = []
        while i < len(messages) and messages[i].get("role") != "assistant":
            observation.append(messages[i].get("content") or "")
            i += 1
        turn = record.turns[turn_index] if turn_index < len(record.turns) else None
        think, said = split_think(message.get("content") or "")
        steps.append(TurnView(
            index=turn_index + 1,
            kind=turn.action_type if turn else "invalid",
            think=think,
            said=said,
            tool_calls=_tool_calls(message),
            requests=_requests(turn),
            search=turn.search if turn else None,
            invalid_reason=turn.invalid_reason if turn else None,
            observation=observation_lines("\n\n".join(o for o in observation if o)),
        ))
        turn_index += 1
    verdict = record.verdict
    status = "none" if record.outcome.diagnosis is None else ("correct" if verdict and verdict.correct else "incorrect")
    all_requests = [r for s in steps for r in s.requests]
    return EpisodeView(
        anchor=f"ep-{record.episode_id}",
        case_id=record.case_id,
        rollout_index=record.rollout_index,
        language=meta.language if meta else "",
        specialty=meta.specialty if meta else "",
        source=meta.source if meta else "",
        reference=meta.diagnosis if meta else "",
        diagnosis=record.outcome.diagnosis,
        status=status,
        verdict_reason=verdict.reason if verdict else "no diagnosis was committed",
        stop_reason=record.stop_reason,
        turns=record.outcome.turns,
        reward=float(record.reward or 0.0),
        components=dict(record.reward_components),
        system=system,
        summary=summary,
        steps=tuple(steps),
        error=record.error,
        not_available=sum(1 for r in all_requests if not r.found),
        requested=len(all_requests),
    )
