"""Optional LLM lookup tier: a model maps a request the deterministic tiers missed to a record name.

Why it is built this way (DESIGN: "no leaks"):
- The model sees only the current case's examination *names* (groups and records) — never a
  result it was not asked for, never the diagnosis, never another patient's data.
- It must answer with one name from that list (or NONE). With a vLLM endpoint the answer is
  constrained by structured outputs (`choice`); whatever it says, an answer not in the list is
  dropped, so the tier can only ever return this case's own records.
- It is a fallback: `ExamLookup(fallback_tiers=[LLMTier(...)])` calls `aresolve` only when the
  deterministic tiers find nothing, and filters its hits to the case again. A failing model
  (timeout, HTTP error) means "nothing found" here, with the failure kept in `last_error`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from dxgym.agents.policies.errors import reason_for
from dxgym.agents.types import ChatMessage, ExamHit, Policy
from dxgym.emr_fixtures.models import CaseRecord, ExamRecord

NONE = "NONE"

SYSTEM = (
    "You match a clinician's examination request to the examinations held in one patient's record. "
    "Answer with exactly one name copied from the list, or NONE if nothing in the list is what was asked for. "
    "Answer with the name only."
)


def _label(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


def name_table(case: CaseRecord) -> dict[str, list[int]]:
    """Choice label -> indices of the case's records it stands for (groups and record names only).

    A record name shared by several groups ("Findings") is labelled "Group: Name" to stay unambiguous.
    """
    groups: dict[str, list[int]] = {}
    names: dict[str, list[int]] = {}
    for index, record in enumerate(case.examinations):
        groups.setdefault(_label(record.group), []).append(index)
        names.setdefault(_label(record.name), []).append(index)
    table: dict[str, list[int]] = dict(groups)
    for name, indices in names.items():
        owners = {case.examinations[i].group for i in indices}
        if len(owners) == 1:
            table.setdefault(name, indices)
        else:
            for index in indices:
                table.setdefault(f"{_label(case.examinations[index].group)}: {name}", []).append(index)
    return table


def _hit(record: ExamRecord) -> ExamHit:
    value = record.value
    return ExamHit(
        name=record.name,
        group=record.group,
        category=record.category,
        result=record.result,
        unit=value.unit if value else None,
        reference_range=value.reference_range if value else None,
        flag=value.flag if value else None,
        tier="llm",
        source_key=record.source_key,
        time=record.time,
    )


class LLMTier:
    """A fallback lookup tier over a chat model (an `OpenAIPolicy` or anything with `act`)."""

    name = "llm"

    def __init__(
        self, policy: Policy | str, *, constrain: bool = True, allow_none: bool = True, max_choices: int = 400
    ) -> None:
        if isinstance(policy, str):
            from dxgym.agents.policies import from_spec

            policy = from_spec(policy, max_tokens=48, temperature=0.0, timeout=30.0)
        self.policy = policy
        self.constrain = constrain
        self.allow_none = allow_none
        self.max_choices = max_choices
        self.last_error: str | None = None
        self.last_prompt: list[ChatMessage] = []

    def messages(self, request: str, choices: Sequence[str]) -> list[ChatMessage]:
        listing = "\n".join(f"- {c}" for c in choices)
        none = f"\n- {NONE}" if self.allow_none else ""
        user = f"Request: {request[:300]}\n\nExaminations in this patient's record:\n{listing}{none}"
        system = SYSTEM if self.allow_none else SYSTEM.replace(", or NONE if nothing in the list is what was asked for", "")
        return [ChatMessage(role="system", content=system), ChatMessage(role="user", content=user)]

    def _policy_for(self, choices: Sequence[str]) -> Any:
        if self.constrain and hasattr(self.policy, "with_options"):
            body = dict(getattr(self.policy, "extra_body", None) or {})
            body["structured_outputs"] = {"choice": [*choices, NONE] if self.allow_none else list(choices)}
            return self.policy.with_options(extra_body=body)
        return self.policy

    async def aresolve(self, request: str, case: CaseRecord) -> list[ExamHit]:
        table = name_table(case)
        choices = list(table)[: self.max_choices]
        if not choices:
            return []
        messages = self.messages(request, choices)
        self.last_prompt = messages
        try:
            turn = await self._policy_for(choices).act(messages, None)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a failing model finds nothing; the lookup goes on
            self.last_error = reason_for(exc)
            return []
        self.last_error = None
        answer = _label(turn.content.strip().strip("`'\"").rstrip("."))
        if answer not in table or answer == NONE:
            return []  # not a name from the list: dropped, never guessed at
        return [_hit(case.examinations[i]) for i in table[answer]]
