"""Scripted policies that speak the protocol: test instruments built with the case in hand.

`oracle` asks for the case's relevant groups by their record names and answers the reference
diagnosis: it bounds what a perfect policy scores. `oracle-paraphrase` does the same in
clinicians' words (abbreviations, synonyms, Chinese names) from `envs/data/paraphrases.json` —
a table written apart from the lookup lexicon, so it measures the lookup agent and the verifier
instead of echoing them. `request-all` orders a fixed catalogue; `random` babbles, seeded.
All are deterministic given (case, seed) and answer in tags, or in tool calls when offered tools.
"""

from __future__ import annotations

import json
import random
from functools import cache
from importlib import resources
from typing import Any

from dxgym.agents.types import AssistantTurn, ChatMessage, FunctionCall, ToolCall, ToolSpec
from dxgym.emr_fixtures.models import CaseRecord
from dxgym.envs.orders import is_category_order
from dxgym.envs.protocol import TOOL_DIAGNOSIS, TOOL_REQUEST, TOOL_SEARCH
from dxgym.envs.render import humanise, labels

REQUEST_ALL_CATALOGUE: tuple[str, ...] = (
    "vital signs", "general examination", "cardiovascular examination", "respiratory examination",
    "abdominal examination", "neurological examination", "skin examination", "complete blood count",
    "basic metabolic panel", "liver function tests", "renal function", "electrolytes", "C-reactive protein",
    "ESR", "coagulation profile", "urinalysis", "blood glucose", "thyroid function tests", "blood cultures",
    "chest x-ray", "ECG", "echocardiogram", "abdominal ultrasound", "CT head", "MRI brain", "CT chest",
    "CT abdomen", "biopsy",
)


@cache
def paraphrase_table() -> dict[str, Any]:
    return json.loads(resources.files("dxgym.envs").joinpath("data", "paraphrases.json").read_text(encoding="utf-8"))


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("’", "'").replace("_", " ").split())


def _rng(case: CaseRecord | None, seed: int, salt: str) -> random.Random:
    return random.Random(f"{salt}:{case.case_id if case else ''}:{seed}")


def _tool_call(n: int, name: str, arguments: dict[str, Any]) -> ToolCall:
    return ToolCall(id=f"call_{n}", function=FunctionCall(name=name, arguments=json.dumps(arguments, ensure_ascii=False)))


def _assistant_turns(messages: list[ChatMessage]) -> int:
    return sum(1 for m in messages if m.role == "assistant")


def _request_turn(items: list[str], tools: list[ToolSpec] | None, n: int) -> AssistantTurn:
    if tools:
        return AssistantTurn(tool_calls=(_tool_call(n, TOOL_REQUEST, {"names": items}),))
    return AssistantTurn(content=f"<request>{'; '.join(items)}</request>")


def _diagnosis_turn(diagnosis: str, tools: list[ToolSpec] | None, n: int) -> AssistantTurn:
    if tools:
        return AssistantTurn(tool_calls=(_tool_call(n, TOOL_DIAGNOSIS, {"diagnosis": diagnosis}),))
    return AssistantTurn(content=f"<diagnosis>\\boxed{{{diagnosis}}}</diagnosis>")


def _groups_to_request(case: CaseRecord, messages: list[ChatMessage]) -> list[str]:
    """Relevant groups in record order, minus any the summary already shows (revealed physical exam)."""
    summary = next((m.content or "" for m in messages if m.role == "user"), "")
    marker = f"## {labels(case.language)['pe']}"
    shown = summary.split(marker, 1)[1] if marker in summary else ""
    relevant = case.relevant_groups
    return [g for g in case.groups if g in relevant and f"{humanise(g)}:" not in shown]


def _orders_for(case: CaseRecord, group: str, phrase: str) -> list[str]:
    """What to order for a group: its name, unless that names no test (a record calling its panel
    `Blood_Tests`, which the consultation treats as a category order): then its records by name."""
    if not is_category_order(phrase):
        return [phrase]
    return list(dict.fromkeys(e.name.rsplit(" / ", 1)[-1] for e in case.examinations if e.group == group))


class OraclePolicy:
    """Requests the relevant groups by record name in one turn, then answers the reference diagnosis."""

    def __init__(self, case: CaseRecord, seed: int = 0) -> None:
        self.case = case
        self.seed = seed
        self.name = "oracle"

    def phrase_group(self, group: str, rng: random.Random) -> str:
        return group

    def phrase_diagnosis(self, rng: random.Random) -> str:
        return self.case.primary_diagnosis.name

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> AssistantTurn:
        n = _assistant_turns(messages)
        rng = _rng(self.case, self.seed, self.name)
        groups = _groups_to_request(self.case, messages)
        if n == 0 and groups:
            items = [o for g in groups for o in _orders_for(self.case, g, self.phrase_group(g, rng))]
            return _request_turn(list(dict.fromkeys(items)), tools, n)
        return _diagnosis_turn(self.phrase_diagnosis(rng), tools, n)


class ParaphraseOraclePolicy(OraclePolicy):
    """The oracle in clinicians' words, from the paraphrase table (never from the lookup lexicon)."""

    def __init__(self, case: CaseRecord, seed: int = 0) -> None:
        super().__init__(case, seed)
        self.name = "oracle-paraphrase"

    def phrase_group(self, group: str, rng: random.Random) -> str:
        table = paraphrase_table()
        entry = table["groups"].get(_key(group))
        if entry:
            pool = (entry.get("zh") or []) + (entry.get("en") or []) if self.case.language == "zh" else (
                (entry.get("en") or []) + (entry.get("zh") or [])
            )
            # mostly the case's language, sometimes the other one (bilingual requests)
            preferred = entry.get("zh" if self.case.language == "zh" else "en") or pool
            return rng.choice(preferred if rng.random() < 0.85 else pool)
        words = [table["words"].get(w.casefold(), w.casefold()) for w in humanise(group).split()]
        return " ".join(words)

    def phrase_diagnosis(self, rng: random.Random) -> str:
        primary = self.case.primary_diagnosis
        synonyms = paraphrase_table()["diagnoses"].get(_key(primary.name))
        if synonyms:
            return rng.choice(synonyms)
        if primary.icd10 and self.case.language == "en":  # ICD-10-CM descriptions are English
            import simple_icd_10_cm as icd

            try:
                return icd.get_description(primary.icd10)
            except ValueError:
                pass
        return primary.name


class RequestAllPolicy:
    """Orders a fixed catalogue of common examinations, then answers a fixed, usually wrong diagnosis.

    The baseline for examination precision: recall without judgement.
    """

    def __init__(self, case: CaseRecord | None = None, seed: int = 0, diagnosis: str = "viral syndrome") -> None:
        self.name = "request-all"
        self.diagnosis = diagnosis

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> AssistantTurn:
        n = _assistant_turns(messages)
        if n == 0:
            return _request_turn(list(REQUEST_ALL_CATALOGUE), tools, n)
        return _diagnosis_turn(self.diagnosis, tools, n)


_RANDOM_WORDS = (
    "CBC", "x-ray", "MRI", "biopsy", "pneumonia", "migraine", "troponin", "normal", "urine", "anemia",
    "sepsis", "fracture", "lupus", "ECG", "glucose", "血常规", "肺炎", "头痛", "?", "the", "patient",
)


class RandomPolicy:
    """Seeded babble: valid and invalid actions in both formats, random examination names and diagnoses."""

    def __init__(self, case: CaseRecord | None = None, seed: int = 0) -> None:
        self.name = "random"
        self._rng = _rng(case, seed, "random")

    def _words(self, k: int) -> str:
        return " ".join(self._rng.choice(_RANDOM_WORDS) for _ in range(k))

    async def act(self, messages: list[ChatMessage], tools: list[ToolSpec] | None) -> AssistantTurn:
        r, n = self._rng, _assistant_turns(messages)
        roll = r.random()
        if tools and r.random() < 0.7:
            if roll < 0.5:
                return AssistantTurn(tool_calls=(_tool_call(n, TOOL_REQUEST, {"names": [self._words(2) for _ in range(r.randint(1, 3))]}),))
            if roll < 0.6:
                return AssistantTurn(tool_calls=(_tool_call(n, TOOL_SEARCH, {"query": self._words(3)}),))
            if roll < 0.8:
                return AssistantTurn(tool_calls=(_tool_call(n, TOOL_DIAGNOSIS, {"diagnosis": self._words(2)}),))
            return AssistantTurn(tool_calls=(ToolCall(id=f"call_{n}", function=FunctionCall(name=TOOL_REQUEST, arguments="{" + self._words(1)),),))
        if roll < 0.45:
            return AssistantTurn(content=f"<request>{'; '.join(self._words(2) for _ in range(r.randint(1, 4)))}</request>")
        if roll < 0.55:
            return AssistantTurn(content=f"<search>{self._words(3)}</search>")
        if roll < 0.75:
            return AssistantTurn(content=f"<think>{self._words(5)}</think><diagnosis>\\boxed{{{self._words(2)}}}</diagnosis>")
        return AssistantTurn(content=self._words(r.randint(0, 8)))
