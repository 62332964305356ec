"""The one place a reward is computed (DESIGN, "Reward").

`reward.total` is the sum of `reward.components`, each component already weighted, so a report
can show what every part contributed; `reward.metrics` holds the unweighted diagnostics
(precision, recall, token count, ...), which carry no weight. Shells hold the verifier and pass
it in; nothing else in dxgym turns an outcome into a number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, model_validator

from dxgym.agents.types import Verdict, Verifier, VerifyRequest
from dxgym.envs.consultation import Outcome
from dxgym.envs.metrics import exam_metrics
from dxgym.envs.protocol import PromptTerms

# Every `Reward.components` holds exactly these keys, in this order (shells log them by name).
COMPONENTS = ("correctness", "exam_f1", "format", "no_diagnosis", "length", "cost", "citation")
REMOVED_FIELDS = {  # issue 17: per-count costs became one dollar-priced term
    "turn_cost": "removed: every turn is now a priced physician visit; use cost_weight (reward per $1,000 spent)",
    "test_cost": "removed: every order is now priced in dollars; use cost_weight (reward per $1,000 spent)",
}


class RewardConfig(BaseModel):
    """Component weights and thresholds. Defaults are DESIGN's; they live here only."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    correctness_weight: float = 1.0  # × verdict score (0..1)
    exam_f1_weight: float = 0.5  # × examination F1 over auxiliary groups revealed (as DiagGym; envs.metrics)
    invalid_action_penalty: float = 0.1  # per invalid action ...
    invalid_action_cap: float = 0.5  # ... at most this much in all
    no_diagnosis_penalty: float = 0.5  # no committed diagnosis (truncated, error, aborted)
    length_threshold: int = Field(8_192, ge=0)  # T: no length penalty at or under T tokens
    length_budget: int = Field(16_384, ge=1)  # B: the response budget; full penalty from B on
    length_weight: float = 1.0  # × the cosine penalty, itself at most 0.5
    cost_weight: float = Field(0.0, ge=0)  # reward lost per $1,000 of visits and orders (`envs.pricing`); off by default
    citation_weight: float = 0.0  # credit when a cited, shown passage names the diagnosis (issue 9)
    unshown_citation_penalty: float = 0.1  # × citation_weight, per cited passage never shown

    @model_validator(mode="before")
    @classmethod
    def _removed_fields(cls, data: object) -> object:
        if isinstance(data, dict):
            for name, why in REMOVED_FIELDS.items():
                if name in data:
                    raise ValueError(f"{name} is {why}")
        return data

    def prompt_terms(self) -> PromptTerms:
        """The terms the system prompt states (`envs.protocol.system_prompt`): the same numbers as the reward."""
        return PromptTerms(
            correctness=self.correctness_weight, exam=self.exam_f1_weight, format=self.invalid_action_penalty,
            format_cap=self.invalid_action_cap, no_diagnosis=self.no_diagnosis_penalty,
            length=0.5 * self.length_weight, length_threshold=self.length_threshold, cost=self.cost_weight,
            citation=self.citation_weight,
        )

    @model_validator(mode="after")
    def _budget_above_threshold(self) -> RewardConfig:
        if self.length_budget <= self.length_threshold:
            raise ValueError(
                f"length_budget (B={self.length_budget}) must exceed length_threshold (T={self.length_threshold})"
            )
        return self


@dataclass(frozen=True, slots=True)
class Reward:
    total: float
    components: dict[str, float]  # weighted contributions; they sum to total
    verdict: Verdict | None  # None when no diagnosis was committed (nothing to verify)
    metrics: dict[str, float]  # unweighted diagnostics


def cosine_length_penalty(length: int, threshold: int = 8_192, budget: int = 16_384) -> float:
    """The report's penalty: 0.5·(1 − cos(π·min(max(0, L−T), B−T)/(B−T)))/2, in [0, 0.5]."""
    span = budget - threshold
    x = min(max(0, length - threshold), span)
    return 0.5 * (1.0 - math.cos(math.pi * x / span)) / 2.0


def _names_diagnosis(text: str, names: list[str]) -> bool:
    from dxgym.emr_fixtures.coding import normalise_name

    haystack = f" {normalise_name(text)} "
    return any(n and f" {n} " in haystack for n in names)


def citation_support(outcome: Outcome) -> tuple[bool, int]:
    """(a cited shown passage names the committed diagnosis or its ICD-10 description, citations never shown)."""
    shown = {p.passage_id: p for p in outcome.passages_shown}
    unshown = sum(1 for c in outcome.citations if c not in shown)
    if outcome.diagnosis is None or not outcome.citations:
        return False, unshown
    from dxgym.emr_fixtures.coding import assign_icd10, normalise_name

    names = [normalise_name(outcome.diagnosis)]
    code = assign_icd10(outcome.diagnosis).icd10
    if code:
        import simple_icd_10_cm as icd

        try:
            names.append(normalise_name(icd.get_description(code)))
        except ValueError:
            pass
    supported = any(
        _names_diagnosis(f"{shown[c].title} {shown[c].text}", names) for c in outcome.citations if c in shown
    )
    return supported, unshown


def _components(outcome: Outcome, verdict: Verdict | None, config: RewardConfig) -> Reward:
    exam = exam_metrics(outcome.requests, outcome.relevant_groups, outcome.relevant_sections)
    length = outcome.usage.completion_tokens
    penalty = cosine_length_penalty(length, config.length_threshold, config.length_budget)
    supported, unshown = citation_support(outcome)
    components = {
        "correctness": config.correctness_weight * (verdict.score if verdict else 0.0),
        "exam_f1": config.exam_f1_weight * exam.f1,
        "format": -min(config.invalid_action_penalty * outcome.invalid_actions, config.invalid_action_cap),
        "no_diagnosis": -config.no_diagnosis_penalty if outcome.diagnosis is None else 0.0,
        "length": -config.length_weight * penalty,
        "cost": -config.cost_weight * outcome.cost_usd / 1000.0,
        "citation": config.citation_weight * ((1.0 if supported else 0.0) - config.unshown_citation_penalty * unshown),
    }
    components = {k: v + 0.0 for k, v in components.items()}  # -0.0 -> 0.0: stable JSON
    metrics = {
        "exam_precision": exam.precision,
        "exam_recall": exam.recall,
        "exam_f1": exam.f1,
        "distinct_requests": float(exam.distinct_requests),
        "relevant_groups": float(exam.relevant),
        "relevant_obtained": float(exam.relevant_obtained),
        "groups_revealed": float(exam.revealed),
        "wasted_requests": float(exam.wasted),
        "physical_recall": exam.physical_recall,
        "invalid_actions": float(outcome.invalid_actions),
        "response_tokens": float(length),
        "turns": float(outcome.turns),
        "citations_supported": 1.0 if supported else 0.0,
        "citations_unshown": float(unshown),
        "cost_usd": float(outcome.cost_usd),
    }
    return Reward(sum(components.values()) + 0.0, components, verdict, metrics)


def _request(outcome: Outcome) -> VerifyRequest:
    lang = "zh" if outcome.language == "zh" else "en"
    return VerifyRequest(reference=outcome.reference, prediction=outcome.diagnosis or "", language=lang,
                         case_id=outcome.case_id, transcript=outcome.judge_history or None)


async def ascore(outcome: Outcome, verifier: Verifier, config: RewardConfig | None = None) -> Reward:
    """Score an outcome, awaiting the verifier (which may call a judge)."""
    config = config or RewardConfig()
    verdict = await verifier.verify(_request(outcome)) if outcome.diagnosis is not None else None
    return _components(outcome, verdict, config)


def score(outcome: Outcome, verifier: Verifier, config: RewardConfig | None = None) -> Reward:
    """Synchronous `ascore`, through the verifier's `verify_sync`."""
    config = config or RewardConfig()
    verdict = verifier.verify_sync(_request(outcome)) if outcome.diagnosis is not None else None
    return _components(outcome, verdict, config)
